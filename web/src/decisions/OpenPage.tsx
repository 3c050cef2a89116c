// /bieu-quyet/mo-moi — the village head (or a commune official) opens a matter for the households to decide.
// The form survives a dropped network (useDraft); the server checks the law (method allowed for the matter, options).
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import { MATTERS, METHODS, openDecision, type Matter, type Method } from './api.ts';
import './decisions.css';

interface Form {
  unitId: string;
  title: string;
  description: string;
  matter: Matter;
  method: Method;
  options: string;
  secret: boolean;
  closesAt: string;
  lacked: boolean;
  online: string;
}

function OpenForm() {
  const { t } = useTranslation('decisions');
  const navigate = useNavigate();
  const qc = useQueryClient();
  usePageTitle(t('open.title'));
  const { can } = useAuth();
  // Villages the user may open a vote in (decision.open): those they hold the right on, and the villages below.
  const villages = useMyUnits(['decision.open'], ['village']);
  const [form, setForm, clearDraft] = useDraft<Form>('decision.open', {
    unitId: '',
    title: '',
    description: '',
    matter: 'other',
    method: 'meeting',
    options: 'Tán thành\nKhông tán thành',
    secret: false,
    closesAt: '',
    lacked: false,
    online: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!can('decision.open')) return <p className="error">{t('open.needVillage')}</p>;
  if (villages.isPending) return <Loading />;
  if (villages.isError) return <ErrorMessage error={villages.error} onRetry={() => villages.refetch()} />;
  const list = villages.data.filter((u) => u.kind === 'village');
  if (list.length === 0) return <p className="error">{t('open.needVillage')}</p>;
  const unitId = form.unitId && list.some((u) => u.id === form.unitId) ? form.unitId : list[0]!.id;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await openDecision({
        unitId,
        title: form.title,
        ...(form.description.trim() ? { description: form.description } : {}),
        matter: form.matter,
        method: form.method,
        options: form.options.split('\n').map((s) => s.trim()).filter(Boolean),
        secret: form.secret,
        ...(form.closesAt ? { closesAt: new Date(form.closesAt).toISOString() } : {}),
        ...(form.method === 'ballot' && form.lacked ? { meetingLackedHouseholds: true } : {}),
        ...(form.method === 'online' && form.online ? { householdsChoosingOnline: Number(form.online) } : {}),
      });
      clearDraft();
      await qc.invalidateQueries({ queryKey: ['decisions'] });
      navigate(`/bieu-quyet/${r.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow-form">
      <h1>{t('open.title')}</h1>
      <p className="muted">{t('open.frozen')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <form onSubmit={submit} className="card">
        <label htmlFor="d-unit">{t('open.unit')}</label>
        <select id="d-unit" value={unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
          {list.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="d-title">{t('open.titleField')}</label>
        <input id="d-title" required maxLength={300} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        <label htmlFor="d-desc">{t('open.description')}</label>
        <textarea id="d-desc" rows={3} maxLength={5000} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        <label htmlFor="d-matter">{t('open.matter')}</label>
        <select id="d-matter" value={form.matter} onChange={(e) => setForm({ ...form, matter: e.target.value as Matter })}>
          {MATTERS.map((m) => (
            <option key={m} value={m}>
              {t(`matters.${m}`)}
            </option>
          ))}
        </select>
        <label htmlFor="d-method">{t('open.method')}</label>
        <select id="d-method" value={form.method} onChange={(e) => setForm({ ...form, method: e.target.value as Method })}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </select>
        {form.method === 'ballot' && (
          <label className="inline-check">
            <input type="checkbox" checked={form.lacked} onChange={(e) => setForm({ ...form, lacked: e.target.checked })} />
            {t('open.lacked')}
          </label>
        )}
        {form.method === 'online' && (
          <>
            <label htmlFor="d-online">{t('open.online')}</label>
            <input id="d-online" type="number" min={0} inputMode="numeric" aria-describedby="d-online-hint" value={form.online} onChange={(e) => setForm({ ...form, online: e.target.value })} />
            <p id="d-online-hint" className="muted small">
              {t('open.onlineHint')}
            </p>
          </>
        )}
        <label htmlFor="d-options">{t('open.options')}</label>
        <textarea id="d-options" rows={4} required value={form.options} onChange={(e) => setForm({ ...form, options: e.target.value })} />
        <label className="inline-check">
          <input type="checkbox" checked={form.secret} onChange={(e) => setForm({ ...form, secret: e.target.checked })} />
          {t('open.secret')}
        </label>
        <label htmlFor="d-closes">{t('open.closesAt')}</label>
        <input id="d-closes" type="datetime-local" value={form.closesAt} onChange={(e) => setForm({ ...form, closesAt: e.target.value })} />
        <button type="submit" disabled={busy}>
          {busy ? t('open.submitting') : t('open.submit')}
        </button>
      </form>
    </section>
  );
}

export function OpenDecisionPage() {
  return (
    <RequireAuth>
      <OpenForm />
    </RequireAuth>
  );
}
