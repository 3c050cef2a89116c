// /tiep-cong-dan — the leaders' citizen reception schedule (public, with a warning when it falls short of the law),
// and for officials: add a session to the schedule, log a reception, open a case from it.
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { formatVi, todayVn } from '../shell/format.ts';
import type { ApiBody } from '../api.ts';
import { CASE_TYPES, casesApi, type CaseType } from './api.ts';
import './cases.css';

function AddSchedule({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const [f, setF] = useState({ day: '', startsAt: '07:30', endsAt: '11:00', leaderName: '', leaderTitle: 'Chủ tịch UBND', isChair: true, place: '' });
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await casesApi.addSchedule({ unitId, ...f });
      setMsg({ ok: true, text: t('detail.done') });
      onDone();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, t('reception.add')) });
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-sched">
      <h2 id="add-sched">{t('reception.addTitle')}</h2>
      <label htmlFor="s-day">{t('reception.day')}</label>
      <input id="s-day" type="date" value={f.day} onChange={(e) => setF({ ...f, day: e.target.value })} required />
      <label htmlFor="s-from">{t('reception.startsAt')}</label>
      <input id="s-from" type="time" value={f.startsAt} onChange={(e) => setF({ ...f, startsAt: e.target.value })} required />
      <label htmlFor="s-to">{t('reception.endsAt')}</label>
      <input id="s-to" type="time" value={f.endsAt} onChange={(e) => setF({ ...f, endsAt: e.target.value })} required />
      <label htmlFor="s-name">{t('reception.leaderName')}</label>
      <input id="s-name" value={f.leaderName} onChange={(e) => setF({ ...f, leaderName: e.target.value })} required />
      <label htmlFor="s-title">{t('reception.leaderTitle')}</label>
      <input id="s-title" value={f.leaderTitle} onChange={(e) => setF({ ...f, leaderTitle: e.target.value })} required />
      <label className="choice">
        <input type="checkbox" checked={f.isChair} onChange={(e) => setF({ ...f, isChair: e.target.checked })} /> <span>{t('reception.isChair')}</span>
      </label>
      <label htmlFor="s-place">{t('reception.place')}</label>
      <input id="s-place" value={f.place} onChange={(e) => setF({ ...f, place: e.target.value })} required />
      {msg && <p className={msg.ok ? 'ok' : 'error'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</p>}
      <p className="actions">
        <button type="submit">{t('reception.add')}</button>
      </p>
    </form>
  );
}

function LogSession({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const today = todayVn();
  const [f, setF] = useState({ heldOn: today, receiverName: '', visitorName: '', visitorCount: 1, topic: '', outcome: '', open: false, type: 'feedback' as CaseType, subject: '', phone: '' });
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/reception/sessions'> = { unitId, heldOn: f.heldOn, receiverName: f.receiverName, visitorCount: f.visitorCount, topic: f.topic };
    if (f.visitorName.trim()) body.visitorName = f.visitorName.trim();
    if (f.outcome.trim()) body.outcome = f.outcome.trim();
    if (f.open) {
      body.openCase = { type: f.type, subject: f.subject || f.topic, content: f.topic, sender: { name: f.visitorName.trim(), ...(f.phone.trim() ? { phone: f.phone.trim() } : {}) } };
    }
    try {
      const r = await casesApi.logSession(body);
      setMsg({ ok: true, text: r.case ? t('reception.openedCase', { code: r.case.trackingCode, secret: r.case.trackingSecret }) : t('reception.logged') });
      onDone();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, t('reception.log')) });
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="log-sess">
      <h2 id="log-sess">{t('reception.logTitle')}</h2>
      <label htmlFor="l-day">{t('reception.heldOn')}</label>
      <input id="l-day" type="date" value={f.heldOn} onChange={(e) => setF({ ...f, heldOn: e.target.value })} required />
      <label htmlFor="l-recv">{t('reception.receiverName')}</label>
      <input id="l-recv" value={f.receiverName} onChange={(e) => setF({ ...f, receiverName: e.target.value })} required />
      <label htmlFor="l-vis">{t('reception.visitorName')}</label>
      <input id="l-vis" value={f.visitorName} onChange={(e) => setF({ ...f, visitorName: e.target.value })} />
      <label htmlFor="l-count">{t('reception.visitorCount')}</label>
      <input id="l-count" type="number" min={1} value={f.visitorCount} onChange={(e) => setF({ ...f, visitorCount: Math.max(1, Number(e.target.value) || 1) })} />
      <label htmlFor="l-topic">{t('reception.topic')}</label>
      <textarea id="l-topic" rows={3} value={f.topic} onChange={(e) => setF({ ...f, topic: e.target.value })} required />
      <label htmlFor="l-out">{t('reception.outcome')}</label>
      <textarea id="l-out" rows={2} value={f.outcome} onChange={(e) => setF({ ...f, outcome: e.target.value })} />
      <label className="choice">
        <input type="checkbox" checked={f.open} onChange={(e) => setF({ ...f, open: e.target.checked })} /> <span>{t('reception.openCase')}</span>
      </label>
      {f.open && (
        <>
          <label htmlFor="l-type">{t('reception.caseType')}</label>
          <select id="l-type" value={f.type} onChange={(e) => setF({ ...f, type: e.target.value as CaseType })}>
            {CASE_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </select>
          <label htmlFor="l-subj">{t('send.subject')}</label>
          <input id="l-subj" value={f.subject} onChange={(e) => setF({ ...f, subject: e.target.value })} />
          <label htmlFor="l-phone">{t('send.phone')}</label>
          <input id="l-phone" type="tel" value={f.phone} onChange={(e) => setF({ ...f, phone: e.target.value })} />
        </>
      )}
      {msg && <p className={msg.ok ? 'ok' : 'error'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</p>}
      <p className="actions">
        <button type="submit">{t('reception.log')}</button>
      </p>
    </form>
  );
}

export function ReceptionPage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('reception.title'));
  const { unitsFor } = useAuth();
  const qc = useQueryClient();
  const units = useQuery({ queryKey: ['cases', 'units'], queryFn: casesApi.units, staleTime: 300_000 });
  const own = unitsFor('reception.manage')[0];
  const [chosen, setChosen] = useState('');
  const unitId = chosen || own || units.data?.[0]?.id || '';
  const sched = useQuery({ queryKey: ['cases', 'schedule', unitId], queryFn: () => casesApi.schedule(unitId), enabled: !!unitId });
  // The schedule's answer says whether the user may manage reception at this unit.
  const canManage = !!sched.data?.can.manage;
  const sessions = useQuery({ queryKey: ['cases', 'sessions', unitId], queryFn: () => casesApi.sessions(unitId), enabled: canManage && !!unitId });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['cases'] });
  return (
    <section aria-labelledby="rec-title">
      <h1 id="rec-title">{t('reception.title')}</h1>
      <p>{t('reception.intro')}</p>
      <label htmlFor="rec-unit">{t('reception.unit')}</label>
      <select id="rec-unit" value={unitId} onChange={(e) => setChosen(e.target.value)}>
        {(units.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      {sched.isPending ? (
        <Loading />
      ) : sched.isError ? (
        <ErrorMessage error={sched.error} onRetry={() => sched.refetch()} />
      ) : (
        <>
          {sched.data.requirement && <p className="muted">{sched.data.requirement.legalSource}</p>}
          {sched.data.warnings.length > 0 && (
            <div className="warn-box" role="note" aria-labelledby="rec-warn">
              <p id="rec-warn">
                <strong>{t('reception.warnings')}</strong>
              </p>
              <ul>
                {sched.data.warnings.map((w) => (
                  <li key={w.period}>{w.message}</li>
                ))}
              </ul>
            </div>
          )}
          {sched.data.items.length === 0 ? (
            <p>{t('reception.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="case-table">
                <caption className="visually-hidden">{t('reception.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reception.colDay')}</th>
                    <th scope="col">{t('reception.colTime')}</th>
                    <th scope="col">{t('reception.colLeader')}</th>
                    <th scope="col">{t('reception.colPlace')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sched.data.items.map((s) => (
                    <tr key={s.id}>
                      <td>{formatVi.date(s.day)}</td>
                      <td>
                        {s.startsAt}–{s.endsAt}
                      </td>
                      <td>
                        {s.leaderName}, {s.leaderTitle}
                      </td>
                      <td>{s.place}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {canManage && unitId && (
        <>
          <div className="case-grid">
            <AddSchedule unitId={unitId} onDone={refresh} />
            <LogSession unitId={unitId} onDone={refresh} />
          </div>
          <h2>{t('reception.sessions')}</h2>
          {sessions.data && (
            <div className="table-scroll">
              <table className="case-table">
                <caption className="visually-hidden">{t('reception.sessionsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reception.heldOn')}</th>
                    <th scope="col">{t('reception.colVisitor')}</th>
                    <th scope="col">{t('reception.colTopic')}</th>
                    <th scope="col">{t('reception.colCase')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.data.items.map((s) => (
                    <tr key={s.id}>
                      <td>{formatVi.date(s.heldOn)}</td>
                      <td>{s.visitorName ?? (s.caseType === 'denunciation' ? t('reception.protectedVisitor') : '—')} ({s.visitorCount})</td>
                      <td>{s.topic}</td>
                      <td>{s.trackingCode ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
