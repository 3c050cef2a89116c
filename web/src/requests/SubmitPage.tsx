// /yeu-cau/:id/gui?unitId= — a unit sends its report: its own narrative and files; the unit's indicators for the
// request's period, computed by the platform, are shown before sending and attached. The draft survives a dropped
// network (useDraft); a report returned for correction is sent again from here.
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import { useDraft } from '../shell/useDraft.ts';
import '../shell/panels.css';

async function upload(file: File, unitId: string, csrf: string | undefined): Promise<{ id: string; filename: string }> {
  const p = new URLSearchParams({ filename: file.name, unitId });
  const res = await fetch(`/api/v1/attachments?${p}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    body: file,
  });
  const data = (await res.json().catch(() => null)) as { id?: string; filename?: string; error?: { message?: string } } | null;
  if (!res.ok || !data?.id) throw new Error(data?.error?.message ?? `Lỗi ${res.status}`);
  return { id: data.id, filename: data.filename ?? file.name };
}

function SubmitScreen() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('requests');
  const f = useFormat();
  const qc = useQueryClient();
  const { me, unitsFor } = useAuth();
  const unitId = params.get('unitId') ?? unitsFor('request.submit')[0] ?? '';
  const [form, setForm, clearDraft, restored] = useDraft(`requests.submit:${id}:${unitId}`, { narrative: '', attachments: [] as { id: string; filename: string }[] });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<boolean | null>(null);
  const asked = useQuery({
    queryKey: ['requests', 'asked', unitId],
    enabled: !!unitId,
    queryFn: () => api<ApiResponse<'/steering/requests/asked'>>(`/steering/requests/asked?unitId=${unitId}`),
  });
  const preview = useQuery({
    queryKey: ['requests', 'preview', id, unitId],
    enabled: !!unitId,
    queryFn: () => api<ApiResponse<'/steering/requests/{id}/preview'>>(`/steering/requests/${id}/preview?unitId=${unitId}`),
  });
  const item = asked.data?.items.find((x) => x.id === id);
  usePageTitle(item ? t('submitTitle', { title: item.title }) : t('submit'));
  if (asked.isPending) return <Loading />;
  if (asked.isError) return <ErrorMessage error={asked.error} onRetry={() => asked.refetch()} />;
  if (!item) return <p className="error">{t('askedEmpty')}</p>;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: ApiBody<'/steering/requests/{id}/submissions'> = { unitId, narrative: form.narrative, attachments: form.attachments.map((a) => a.id) };
      const r = await api<{ id: string; onTime: boolean }>(`/steering/requests/${id}/submissions`, { method: 'POST', body });
      clearDraft();
      setSent(r.onTime);
      await qc.invalidateQueries({ queryKey: ['requests'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <Link to="/viec-cap-tren">{`← ${t('askedTitle')}`}</Link>
      <h1>{t('submitTitle', { title: `${item.number ? `${item.number} — ` : ''}${item.title}` })}</h1>
      <p>
        {item.issuerName}
        {item.dueOn ? ` · ${t('col.dueOn')}: ${f.date(item.dueOn)}` : ''} · <strong>{t(`statuses.${item.status}`)}</strong>
      </p>
      {item.returnReason && <p className="error">{t('returnedBecause', { reason: item.returnReason })}</p>}
      {sent !== null ? (
        <p role="status">{sent ? t('sentOnTime') : t('sentLate')}</p>
      ) : !item.can.submit ? (
        <p role="status">{t('alreadySent')}</p>
      ) : (
        <form onSubmit={submit} className="card narrow-form report-editor">
          {restored && <p role="status">{t('draftRestored')}</p>}
          {error ? <ErrorMessage error={error} /> : null}
          <label htmlFor="rq-narrative">{t('narrative')}</label>
          <textarea id="rq-narrative" rows={8} maxLength={100_000} value={form.narrative} onChange={(e) => setForm({ ...form, narrative: e.target.value })} />
          <label htmlFor="rq-files">{t('attachments')}</label>
          <input
            id="rq-files"
            type="file"
            multiple
            onChange={async (e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              for (const file of files) {
                try {
                  const a = await upload(file, unitId, me?.csrfToken);
                  setForm((x) => ({ ...x, attachments: [...x.attachments, a] }));
                } catch (err) {
                  setError(err);
                }
              }
            }}
          />
          {form.attachments.length > 0 && (
            <ul>
              {form.attachments.map((a) => (
                <li key={a.id}>{a.filename}</li>
              ))}
            </ul>
          )}
          {preview.isPending ? (
            <Loading />
          ) : preview.isError ? (
            <ErrorMessage error={preview.error} onRetry={() => preview.refetch()} />
          ) : preview.data.snapshot ? (
            <DataTable
              caption={t('indicatorsAttached', { from: f.date(preview.data.snapshot.from), to: f.date(preview.data.snapshot.to) })}
              rows={preview.data.snapshot.rows}
              rowKey={(r) => r.label}
              columns={[
                { key: 'label', header: t('col.indicator'), rowHeader: true, render: (r) => r.label },
                { key: 'value', header: t('figures'), numeric: true, render: (r) => r.value },
              ]}
            />
          ) : (
            <p>{t('noIndicators')}</p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t('sending') : item.status === 'returned' ? t('resubmit') : t('submit')}
          </button>
        </form>
      )}
    </section>
  );
}

export function SubmitPage() {
  return (
    <RequireAuth>
      <SubmitScreen />
    </RequireAuth>
  );
}
