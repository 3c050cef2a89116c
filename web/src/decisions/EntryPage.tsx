// /bieu-quyet/:id/nhap-phieu — the village head enters meeting / paper ballots on a phone: live participation at
// the top, a search that ignores diacritics, one big button per option on every household. Each tap is saved to
// this device first (queue.ts) and sent in order; with no network the ballots wait and are sent when it returns.
// One household, one ballot: a household already voted (any channel) is refused by the server (409) and shown.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { foldVietnamese } from '../../../src/core/text.ts';
import { castBallot, fetchDecision, fetchParticipation, type Decision } from './api.ts';
import { enqueue, loadQueue, saveQueue, type QueuedBallot } from './queue.ts';
import { LiveParticipation } from './DetailPage.tsx';
import './decisions.css';

const SHOWN = 60;

function Entry({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const [showVoted, setShowVoted] = useState(false);
  const [channel, setChannel] = useState<'paper' | 'meeting'>(d.method === 'meeting' ? 'meeting' : 'paper');
  const [queue, setQueue] = useState<QueuedBallot[]>(() => loadQueue(d.id));
  const [messages, setMessages] = useState<{ ok: boolean; text: string }[]>([]);
  const [recorded, setRecorded] = useState<Set<string>>(new Set());
  const flushing = useRef(false);
  // Villages of more than 500 households: the search also goes to the server (same folding, coso_fold).
  const [big, setBig] = useState(false);
  const serverQ = big ? foldVietnamese(search.trim()) : '';
  const p = useQuery({
    queryKey: ['decision-participation', d.id, serverQ],
    queryFn: () => fetchParticipation(d.id, serverQ || undefined),
    refetchInterval: 5000,
    placeholderData: (prev) => prev,
  });
  useEffect(() => {
    if (p.data?.nextCursor) setBig(true);
  }, [p.data]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const q = loadQueue(d.id);
        const next = q[0];
        if (!next) break;
        try {
          await castBallot(d.id, next.householdId, next.choice, next.channel);
          setRecorded((s) => new Set(s).add(next.householdId));
          setMessages((m) => [{ ok: true, text: t('entry.recorded', { name: next.householdName, choice: next.choice }) }, ...m].slice(0, 5));
        } catch (e) {
          if (e instanceof ApiError && e.status === 0) break; // offline: keep the queue, try again later
          setMessages((m) => [{ ok: false, text: t('entry.refused', { name: next.householdName, message: errorText(e, '') }) }, ...m].slice(0, 5));
        }
        const rest = loadQueue(d.id).filter((x) => x.householdId !== next.householdId);
        saveQueue(d.id, rest);
        setQueue(rest);
      }
    } finally {
      flushing.current = false;
      await qc.invalidateQueries({ queryKey: ['decision-participation', d.id] });
    }
  }, [d.id, qc, t]);

  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => void flush(), 10_000);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [flush]);

  function enter(householdId: string, householdName: string, choice: string) {
    const next = enqueue(loadQueue(d.id), { householdId, householdName, choice, channel, queuedAt: new Date().toISOString() });
    saveQueue(d.id, next);
    setQueue(next);
    void flush();
  }

  const items = p.data?.items ?? [];
  const needle = foldVietnamese(search.trim());
  const queued = useMemo(() => new Set(queue.map((x) => x.householdId)), [queue]);
  const filtered = items.filter((h) => {
    const done = h.voted || recorded.has(h.householdId);
    if (done && !showVoted) return false;
    if (!needle) return true;
    return foldVietnamese(`${h.name} ${h.representative ?? ''} ${h.address ?? ''}`).includes(needle);
  });
  const participating = Math.max(p.data?.participatingHouseholds ?? d.participatingHouseholds, 0);

  return (
    <section>
      <p>
        <Link to={`/bieu-quyet/${d.id}`}>← {t('entry.back')}</Link>
      </p>
      <h1>{t('entry.title', { title: d.title })}</h1>
      <div className="entry-sticky">
        <LiveParticipation n={participating} total={d.eligibleHouseholds} />
        {queue.length > 0 && <p className="entry-status overdue">{t('entry.pending', { n: queue.length })}</p>}
        <div aria-live="polite" role="status">
          {messages.slice(0, 1).map((m, i) => (
            <p key={i} className={`entry-status ${m.ok ? 'ok' : 'error'}`}>
              {m.text}
            </p>
          ))}
        </div>
        <label htmlFor="entry-search">{t('entry.search')}</label>
        <input id="entry-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
        <div className="form-actions">
          <label htmlFor="entry-channel">{t('entry.channel')}</label>
          <select id="entry-channel" value={channel} onChange={(e) => setChannel(e.target.value as 'paper' | 'meeting')} style={{ width: 'auto' }}>
            <option value="paper">{t('channels.paper')}</option>
            <option value="meeting">{t('channels.meeting')}</option>
          </select>
          <label className="inline-check">
            <input type="checkbox" checked={showVoted} onChange={(e) => setShowVoted(e.target.checked)} />
            {t('entry.showVoted')}
          </label>
        </div>
      </div>
      {d.status !== 'open' && <p className="error">{t('entry.closed')}</p>}
      {p.isPending ? (
        <Loading />
      ) : p.isError ? (
        <ErrorMessage error={p.error} onRetry={() => p.refetch()} />
      ) : filtered.length === 0 ? (
        <p>{t('entry.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('entry.shown', { n: Math.min(filtered.length, SHOWN) })}</p>
          <ul className="entry-list">
            {filtered.slice(0, SHOWN).map((h) => {
              const done = h.voted || recorded.has(h.householdId);
              const waiting = queued.has(h.householdId);
              return (
                <li key={h.householdId} className={`entry-item${done ? ' done' : ''}`}>
                  <p className="hh-name">{h.name}</p>
                  <p className="hh-rep">
                    {h.representative}
                    {h.address ? ` · ${h.address}` : ''}
                  </p>
                  {done ? (
                    <p className="ok">{t('entry.voted', { channel: h.channel ? t(`channels.${h.channel}`) : '' })}</p>
                  ) : waiting ? (
                    <p className="overdue">{t('entry.queued')}</p>
                  ) : (
                    <div className="entry-buttons">
                      {d.options.map((o, i) => (
                        <button
                          key={o}
                          type="button"
                          className={`option-${i}`}
                          disabled={!d.can.enterBallots}
                          aria-label={t('entry.choiceFor', { choice: o, name: h.name })}
                          onClick={() => enter(h.householdId, h.name, o)}
                        >
                          {o}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function EntryScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation('decisions');
  const q = useQuery({ queryKey: ['decision', id, 'entry'], queryFn: () => fetchDecision(id), refetchInterval: 15_000 });
  usePageTitle(q.data ? t('entry.title', { title: q.data.title }) : undefined);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  return <Entry d={q.data} />;
}

export function BallotEntryPage() {
  return (
    <RequireAuth>
      <EntryScreen />
    </RequireAuth>
  );
}
