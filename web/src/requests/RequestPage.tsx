// /yeu-cau/:id — one document of the committee and the table of its addressed units: on time / late / missing /
// returned / not yet due, filtered; the committee selects units and reminds them (or every missing one), reads a
// report with its figures and returns it for correction with a reason. Below 40rem the table becomes cards.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import '../shell/panels.css';

type Request = ApiResponse<'/steering/requests/{id}'>;
type Row = Request['rows'][number];
type Status = Row['status'];
const FILTERS: (Status | 'all')[] = ['all', 'missing', 'late', 'returned', 'not_yet_due', 'on_time'];
const OWING: Status[] = ['missing', 'returned', 'not_yet_due'];

function Submission({ requestId, submissionId, onClose }: { requestId: string; submissionId: string; onClose(): void }) {
  const { t } = useTranslation('requests');
  const f = useFormat();
  const s = useQuery({
    queryKey: ['requests', 'submission', requestId, submissionId],
    queryFn: () => api<ApiResponse<'/steering/requests/{id}/submissions/{sid}'>>(`/steering/requests/${requestId}/submissions/${submissionId}`),
  });
  if (s.isPending) return <Loading />;
  if (s.isError) return <ErrorMessage error={s.error} onRetry={() => s.refetch()} />;
  const d = s.data;
  return (
    <div className="card">
      <h3>{t('submission', { name: d.unitName, date: f.date(d.submittedOn) })}</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{d.narrative}</p>
      {d.returnReason && <p className="error">{t('returnedBecause', { reason: d.returnReason })}</p>}
      {d.attachments.length > 0 && (
        <ul aria-label={t('attachments')}>
          {d.attachments.map((a, i) => (
            <li key={a}>
              <a href={`/api/v1/attachments/${a}`}>{`${t('attachments')} ${i + 1}`}</a>
            </li>
          ))}
        </ul>
      )}
      {d.indicators && (
        <DataTable
          caption={t('figures')}
          rows={d.indicators.rows}
          rowKey={(r) => r.label}
          columns={[
            { key: 'label', header: t('col.indicator'), rowHeader: true, render: (r) => r.label },
            { key: 'value', header: t('figures'), numeric: true, render: (r) => r.value },
          ]}
        />
      )}
      <button type="button" className="secondary small-button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}

function ReturnForm({ request, row, onDone }: { request: Request; row: Row; onDone(): void }) {
  const { t } = useTranslation('requests');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: ApiBody<'/steering/requests/{id}/submissions/{sid}/return'> = { reason };
      await api(`/steering/requests/${request.id}/submissions/${row.submissionId}/return`, { method: 'POST', body });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit}>
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor={`ret-${row.unitId}`}>{t('returnReason', { name: row.name })}</label>
      <textarea id={`ret-${row.unitId}`} rows={2} required maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="small-button" disabled={busy}>
        {t('returnSend')}
      </button>
    </form>
  );
}

function RequestScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation('requests');
  const f = useFormat();
  const qc = useQueryClient();
  const [filter, setFilter] = useState<Status | 'all'>('all');
  const [selected, setSelected] = useState<string[]>([]);
  const [viewing, setViewing] = useState<string | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const q = useQuery({
    queryKey: ['requests', 'one', id, filter],
    queryFn: () => api<Request>(`/steering/requests/${id}${filter === 'all' ? '' : `?status=${filter}`}`),
  });
  usePageTitle(q.data?.title ?? t('title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  const refresh = () => qc.invalidateQueries({ queryKey: ['requests'] });

  async function remind(unitIds?: string[]) {
    setError(null);
    setMessage(null);
    try {
      const body: ApiBody<'/steering/requests/{id}/reminders'> = unitIds ? { unitIds } : {};
      const res = await api<ApiResponse<'/steering/requests/{id}/reminders', 'post'>>(`/steering/requests/${r.id}/reminders`, { method: 'POST', body });
      setMessage(t('reminded', { units: f.int(res.units), notified: f.int(res.notified) }));
      setSelected([]);
      await refresh();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section>
      {r.can.remind && <Link to="/yeu-cau">{t('back')}</Link>}
      <h1>{`${r.number ? `${r.number} — ` : ''}${r.title}`}</h1>
      <p>
        {r.unitName} · {t(`kinds.${r.kind}`)} · {t('col.issuedOn')}: {f.date(r.issuedOn)}
        {r.dueOn ? ` · ${t('col.dueOn')}: ${f.date(r.dueOn)}` : ''}
      </p>
      {r.period && <p>{t('period', { from: f.date(r.period.from), to: f.date(r.period.to) })}</p>}
      <p role="status">
        {t('summary', { submitted: f.int(r.submitted), expected: f.int(r.expected), onTime: f.int(r.onTime), late: f.int(r.late), missing: f.int(r.missing.length), notYetDue: f.int(r.notYetDue) })}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {message && <p role="status">{message}</p>}
      <div className="card">
        <label htmlFor="rq-filter">{t('filter')}</label>
        <select id="rq-filter" value={filter} onChange={(e) => setFilter(e.target.value as Status | 'all')}>
          {FILTERS.map((x) => (
            <option key={x} value={x}>
              {t(`filters.${x}`)}
            </option>
          ))}
        </select>
        {r.can.remind && (
          <>
            <button type="button" className="small-button" disabled={!selected.length} onClick={() => remind(selected)}>
              {t('remindSelected')}
            </button>
            <button type="button" className="secondary small-button" disabled={!r.missing.length && !r.returned} onClick={() => remind()}>
              {t('remindMissing')}
            </button>
          </>
        )}
      </div>
      {viewing && <Submission requestId={r.id} submissionId={viewing} onClose={() => setViewing(null)} />}
      <DataTable
        caption={t('title')}
        hideCaption
        rows={r.rows}
        rowKey={(x) => x.unitId}
        rowClassName={(x) => (x.status === 'missing' ? 'overdue' : undefined)}
        empty={t('empty')}
        columns={[
          ...(r.can.remind
            ? [
                {
                  key: 'select',
                  header: t('col.select'),
                  render: (x: Row) =>
                    OWING.includes(x.status) ? (
                      <input
                        type="checkbox"
                        aria-label={t('selectUnit', { name: x.name })}
                        checked={selected.includes(x.unitId)}
                        onChange={() => setSelected(selected.includes(x.unitId) ? selected.filter((s) => s !== x.unitId) : [...selected, x.unitId])}
                      />
                    ) : (
                      '—'
                    ),
                },
              ]
            : []),
          { key: 'unit', header: t('col.unit'), rowHeader: true, render: (x) => x.name },
          {
            key: 'status',
            header: t('col.status'),
            render: (x) => (
              <>
                <strong className={`state-${x.status === 'missing' ? 'overdue' : x.status}`}>{t(`statuses.${x.status}`)}</strong>
                {x.reminders > 0 && ` (${t('reminders', { n: x.reminders })})`}
                {x.returnReason && <div>{t('returnedBecause', { reason: x.returnReason })}</div>}
              </>
            ),
          },
          { key: 'submitted', header: t('col.submittedOn'), render: (x) => (x.submittedOn ? f.date(x.submittedOn) : '—') },
          {
            key: 'actions',
            header: t('col.actions'),
            render: (x) =>
              x.submissionId ? (
                <>
                  <button type="button" className="secondary small-button" onClick={() => setViewing(x.submissionId)}>
                    {t('view')}
                  </button>
                  {r.can.return && (x.status === 'on_time' || x.status === 'late') && (
                    returning === x.unitId ? (
                      <ReturnForm request={r} row={x} onDone={() => { setReturning(null); void refresh(); }} />
                    ) : (
                      <button type="button" className="secondary small-button" onClick={() => setReturning(x.unitId)}>
                        {t('returnIt')}
                      </button>
                    )
                  )}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </section>
  );
}

export function RequestPage() {
  return (
    <RequireAuth>
      <RequestScreen />
    </RequireAuth>
  );
}
