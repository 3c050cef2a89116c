// /lay-y-kien/:id/tong-hop — the synthesis: counts by position and channel, the groups of similar opinions, and the
// response to each group. Officials correct the groups (merge, split, rename, move), write the responses, publish,
// finish and download the DOCX report and the XLSX workbook; residents see the published result.
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import {
  action,
  exportUrl,
  fetchConsultation,
  fetchOpinions,
  fetchSynthesis,
  mergeGroups,
  moveOpinions,
  renameGroup,
  respond,
  splitGroup,
  type Group,
  type ResponseKind,
  type Synthesis,
} from './api.ts';
import { StatusBadge } from './ListPage.tsx';

type Run = (fn: () => Promise<unknown>) => Promise<boolean>;

function GroupOpinions({ id, g, groups, run }: { id: string; g: Group; groups: Group[]; run: Run }) {
  const { t } = useTranslation('consultations');
  const uid = useId();
  const q = useQuery({ queryKey: ['consultation.opinions', id, g.key], queryFn: () => fetchOpinions(id, g.key, null) });
  const [picked, setPicked] = useState<string[]>([]);
  const [label, setLabel] = useState('');
  const [target, setTarget] = useState('');
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} />;
  const others = groups.filter((x) => x.key !== g.key);
  const to = target || others[0]?.key || '';
  return (
    <div className="group-opinions">
      <ul className="opinion-list">
        {q.data.items.map((o) => (
          <li key={o.id}>
            <label className="inline">
              <input
                type="checkbox"
                checked={picked.includes(o.id)}
                onChange={(e) => setPicked((p) => (e.target.checked ? [...p, o.id] : p.filter((x) => x !== o.id)))}
              />{' '}
              <span className="visually-hidden">{t('synthesis.pickOpinion')}: </span>
              <span className="badge">{t(`stances.${o.stance}`)}</span> {o.body} <span className="muted small">({t(`sources.${o.source}`)})</span>
            </label>
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <div className="split-move">
          <label htmlFor={`${uid}-label`}>{t('synthesis.splitLabel')}</label>
          <input id={`${uid}-label`} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => run(() => splitGroup(id, g.key, picked, label.trim() || undefined)).then((ok) => ok && setPicked([]))}>
              {t('synthesis.split')}
            </button>
          </div>
          {others.length > 0 && (
            <>
              <label htmlFor={`${uid}-to`}>{t('synthesis.moveTo')}</label>
              <select id={`${uid}-to`} value={to} onChange={(e) => setTarget(e.target.value)}>
                {others.map((x) => (
                  <option key={x.key} value={x.key}>
                    {x.label}
                  </option>
                ))}
              </select>
              <div className="form-actions">
                <button type="button" className="secondary" onClick={() => run(() => moveOpinions(id, to, picked)).then((ok) => ok && setPicked([]))}>
                  {t('synthesis.move')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function GroupCard({
  id,
  g,
  groups,
  editable,
  answerable,
  selected,
  onSelect,
  run,
}: {
  id: string;
  g: Group;
  groups: Group[];
  /** The groups may be corrected (merge, split, rename, move). */
  editable: boolean;
  /** A response may be written. */
  answerable: boolean;
  selected: boolean;
  onSelect(v: boolean): void;
  run: Run;
}) {
  const { t } = useTranslation('consultations');
  const f = useFormat();
  const uid = useId();
  const [name, setName] = useState(g.label);
  const [kind, setKind] = useState<ResponseKind>(g.response?.kind ?? 'accepted');
  const [text, setText] = useState(g.response?.text ?? '');
  const [open, setOpen] = useState(false);

  async function saveResponse(e: FormEvent) {
    e.preventDefault();
    await run(() => respond(id, g.key, { kind, text: text.trim() }));
  }

  return (
    <li className="card group-card" aria-labelledby={`${uid}-h`}>
      <div className="group-head">
        {editable && (
          <input type="checkbox" aria-label={t('synthesis.select', { label: g.label })} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        )}
        <h3 id={`${uid}-h`}>{g.label}</h3>
      </div>
      <p className="muted">
        {t('synthesis.groupSize', { n: f.int(g.size), share: f.percent(g.percent) })} · {t('stances.agree')} {f.int(g.stances.agree)} · {t('stances.disagree')}{' '}
        {f.int(g.stances.disagree)} · {t('stances.other')} {f.int(g.stances.other)}
      </p>
      {!answerable &&
        (g.response ? (
          <p className="response">
            <strong>{t(`responseKinds.${g.response.kind}`)}:</strong> {g.response.text}
          </p>
        ) : (
          <p className="muted">{t('synthesis.noResponse')}</p>
        ))}
      {editable && (
        <>
          <form
            className="rename-row"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => renameGroup(id, g.key, name.trim()));
            }}
          >
            <label htmlFor={`${uid}-name`}>{t('synthesis.rename')}</label>
            <div className="search-row">
              <input id={`${uid}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
              <button type="submit" className="secondary">
                {t('synthesis.saveName')}
              </button>
            </div>
          </form>
          <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('synthesis.hideOpinions') : t('synthesis.showOpinions')}
          </button>
          {open && <GroupOpinions id={id} g={g} groups={groups} run={run} />}
        </>
      )}
      {answerable && (
        <form className="response-form" onSubmit={saveResponse}>
          <fieldset>
            <legend>
              {t('synthesis.response')} {g.response ? <span className="badge new">{t('synthesis.responded')}</span> : <span className="badge">{t('synthesis.noResponse')}</span>}
            </legend>
            <label className="inline">
              <input type="radio" name={`${uid}-kind`} checked={kind === 'accepted'} onChange={() => setKind('accepted')} /> {t('responseKinds.accepted')}
            </label>
            <label className="inline">
              <input type="radio" name={`${uid}-kind`} checked={kind === 'explained'} onChange={() => setKind('explained')} /> {t('responseKinds.explained')}
            </label>
            <label htmlFor={`${uid}-text`}>{t('synthesis.responseText')}</label>
            <textarea id={`${uid}-text`} rows={3} maxLength={10000} value={text} onChange={(e) => setText(e.target.value)} />
            <div className="form-actions">
              <button type="submit" disabled={!text.trim()}>
                {t('synthesis.saveResponse')}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </li>
  );
}

function Figures({ s }: { s: Synthesis }) {
  const { t } = useTranslation('consultations');
  const f = useFormat();
  type R = { key: string; label: string; count: number; percent: number | null };
  const stance: R[] = (['agree', 'disagree', 'other'] as const).map((k) => ({ key: k, label: t(`stances.${k}`), ...s.tally.byStance[k] }));
  const source: R[] = (['online', 'meeting', 'paper_form', 'other'] as const).map((k) => ({ key: k, label: t(`sources.${k}`), ...s.tally.bySource[k] }));
  const cols = [
    { key: 'what', header: t('synthesis.colWhat'), rowHeader: true, render: (r: R) => r.label },
    { key: 'n', header: t('synthesis.colCount'), numeric: true, render: (r: R) => f.int(r.count) },
    { key: 'p', header: t('synthesis.colShare'), numeric: true, render: (r: R) => f.percent(r.percent) },
  ];
  return (
    <div className="figures">
      <p className="total">{t('synthesis.total', { total: f.int(s.tally.total) })}</p>
      <DataTable caption={t('synthesis.byStance')} rows={stance} rowKey={(r) => r.key} columns={cols} />
      <DataTable caption={t('synthesis.bySource')} rows={source} rowKey={(r) => r.key} columns={cols} />
    </div>
  );
}

export function SynthesisPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('consultations');
  const { me } = useAuth();
  const qc = useQueryClient();
  const c = useQuery({ queryKey: ['consultation', id, me?.id ?? null], queryFn: () => fetchConsultation(id) });
  const s = useQuery({ queryKey: ['consultation.synthesis', id, me?.id ?? null], queryFn: () => fetchSynthesis(id) });
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeLabel, setMergeLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const uid = useId();
  usePageTitle(t('synthesis.title'));

  const run: Run = async (fn) => {
    setError(null);
    setMsg(null);
    try {
      await fn();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['consultation.synthesis', id] }),
        qc.invalidateQueries({ queryKey: ['consultation', id] }),
        qc.invalidateQueries({ queryKey: ['consultation.opinions', id] }),
      ]);
      setMsg(t('synthesis.done'));
      return true;
    } catch (err) {
      setError(errorText(err, ''));
      return false;
    }
  };

  if (c.isPending || s.isPending) return <Loading />;
  if (c.isError) return <ErrorMessage error={c.error} onRetry={() => c.refetch()} />;
  if (s.isError) return <ErrorMessage error={s.error} onRetry={() => s.refetch()} />;
  const cons = c.data;
  const syn = s.data;
  const editable = cons.can.correct;
  const missing = syn.groups.filter((g) => !g.response).length;

  return (
    <article className="synthesis">
      <p>
        <Link to={`/lay-y-kien/${id}`}>← {t('synthesis.back')}</Link>
      </p>
      <h1>
        {t('synthesis.title')}: {cons.title}
      </h1>
      <p>
        <StatusBadge c={cons} />
      </p>
      <Figures s={syn} />
      <section aria-labelledby={`${uid}-groups`}>
        <h2 id={`${uid}-groups`}>{t('synthesis.groups', { n: syn.groups.length })}</h2>
        {syn.groups.length === 0 && <p className="muted">{t('synthesis.notYet')}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {msg && (
          <p className="ok" role="status">
            {msg}
          </p>
        )}
        {editable && syn.groups.length > 1 && (
          <div className="card merge-box">
            <label htmlFor={`${uid}-merge`}>{t('synthesis.mergeLabel')}</label>
            <div className="search-row">
              <input id={`${uid}-merge`} value={mergeLabel} maxLength={200} onChange={(e) => setMergeLabel(e.target.value)} />
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  if (selected.length < 2) return setError(t('synthesis.mergeNeedTwo'));
                  void run(() => mergeGroups(id, selected, mergeLabel.trim() || undefined)).then((ok) => ok && (setSelected([]), setMergeLabel('')));
                }}
              >
                {t('synthesis.merge')}
              </button>
            </div>
          </div>
        )}
        <ol className="group-list">
          {syn.groups.map((g) => (
            <GroupCard
              key={`${g.key}:${g.label}:${g.size}:${g.response?.text ?? ''}`}
              id={id}
              g={g}
              groups={syn.groups}
              editable={editable}
              answerable={cons.can.respond}
              selected={selected.includes(g.key)}
              onSelect={(v) => setSelected((x) => (v ? [...x, g.key] : x.filter((k) => k !== g.key)))}
              run={run}
            />
          ))}
        </ol>
      </section>
      {cons.can.manage && (
        <section className="card" aria-labelledby={`${uid}-finish`}>
          <h2 id={`${uid}-finish`}>{t('detail.manage')}</h2>
          {cons.status === 'finished' ? (
            <p className="ok">{t('synthesis.finished')}</p>
          ) : (
            <>
              {missing > 0 && <p className="muted">{t('synthesis.missing', { count: missing })}</p>}
              <div className="form-actions">
                {cons.can.publish && (
                  <button type="button" className="secondary" onClick={() => run(() => action(id, 'publish'))}>
                    {t('synthesis.publish')}
                  </button>
                )}
                {cons.can.finish && (
                  <button type="button" onClick={() => run(() => action(id, 'finish'))}>
                    {t('synthesis.finish')}
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      )}
      {syn.groups.length > 0 && (
        <section className="card" aria-labelledby={`${uid}-dl`}>
          <h2 id={`${uid}-dl`}>{t('synthesis.download')}</h2>
          <ul>
            <li>
              <a href={exportUrl(id, 'docx')} download>
                {t('synthesis.docx')}
              </a>
            </li>
            <li>
              <a href={exportUrl(id, 'xlsx')} download>
                {t('synthesis.xlsx')}
              </a>
            </li>
          </ul>
        </section>
      )}
    </article>
  );
}
