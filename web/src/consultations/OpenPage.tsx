// /lay-y-kien/mo-moi — an official opens a consultation on a draft for their commune or one of its villages. The
// form is kept as a draft in localStorage; the server checks the minimum period and answers in Vietnamese.
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import { KINDS, openConsultation, uploadAttachment, type Kind } from './api.ts';
import { todayVn } from '../shell/format.ts';

interface UnitOption {
  id: string;
  name: string;
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
function plusDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

interface Form {
  unitId: string;
  kind: Kind;
  title: string;
  draft: string;
  opensOn: string;
  closesOn: string;
  attachments: { id: string; filename: string }[];
}

/**
 * The communes and villages where the user may open a consultation, a commune followed by its villages ("— Thôn
 * Đông").
 */
function useConsultedUnits() {
  const units = useMyUnits(['consultation.open'], ['village']);
  const all = units.data ?? [];
  const options: UnitOption[] = all
    .filter((u) => u.kind === 'commune' || u.kind === 'village')
    .map((u) => ({ id: u.id, name: all.some((p) => p.id === u.parentId && p.kind === 'commune') ? `— ${u.name}` : u.name }));
  return { ...units, options };
}

function OpenForm() {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  const units = useConsultedUnits();
  const uid = useId();
  const today = todayVn();
  const [form, setForm, clearDraft, restored] = useDraft<Form>('consultation.open', {
    unitId: '',
    kind: 'other',
    title: '',
    draft: '',
    opensOn: today,
    closesOn: plusDays(today, 30),
    attachments: [],
  });
  const { me } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('openForm.title'));
  if (units.isLoading) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  const options = units.options;
  if (options.length === 0) return <p className="error">{t('openForm.noUnit')}</p>;
  const unitId = form.unitId || options[0]!.id;
  const minDays = form.kind === 'convention' ? 30 : 20;
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!form.title.trim() || !form.draft.trim() || !form.closesOn) return setError(t('openForm.required'));
    setBusy(true);
    try {
      const c = await openConsultation({ unitId, kind: form.kind, title: form.title.trim(), draft: form.draft, opensOn: form.opensOn, closesOn: form.closesOn, attachmentIds: form.attachments.map((a) => a.id) });
      clearDraft();
      navigate(`/lay-y-kien/${c.id}`);
    } catch (err) {
      setError(errorText(err, t('openForm.required')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      {restored && <p className="muted">{t('openForm.draftRestored')}</p>}
      <label htmlFor={`${uid}-unit`}>{t('openForm.unit')}</label>
      <select id={`${uid}-unit`} value={unitId} onChange={(e) => set('unitId', e.target.value)}>
        {options.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-kind`}>{t('openForm.kind')}</label>
      <select id={`${uid}-kind`} value={form.kind} onChange={(e) => set('kind', e.target.value as Kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-title`}>{t('openForm.name')}</label>
      <input id={`${uid}-title`} value={form.title} maxLength={300} onChange={(e) => set('title', e.target.value)} required />
      <label htmlFor={`${uid}-draft`}>{t('openForm.draft')}</label>
      <textarea id={`${uid}-draft`} rows={10} value={form.draft} onChange={(e) => set('draft', e.target.value)} required />
      <label htmlFor={`${uid}-opens`}>{t('openForm.opensOn')}</label>
      <input id={`${uid}-opens`} type="date" value={form.opensOn} aria-describedby={`${uid}-opens-hint`} onChange={(e) => set('opensOn', e.target.value)} />
      <p id={`${uid}-opens-hint`} className="muted small">
        {t('openForm.opensOnHint')}
      </p>
      <label htmlFor={`${uid}-closes`}>{t('openForm.closesOn')}</label>
      <input id={`${uid}-closes`} type="date" value={form.closesOn} aria-describedby={`${uid}-closes-hint`} onChange={(e) => set('closesOn', e.target.value)} required />
      <p id={`${uid}-closes-hint`} className="muted small">
        {t('openForm.closesOnHint', { days: minDays })}
      </p>
      <label htmlFor={`${uid}-files`}>{t('openForm.attachments')}</label>
      <input
        id={`${uid}-files`}
        type="file"
        multiple
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          setError(null);
          for (const file of files) {
            try {
              const a = await uploadAttachment(file, unitId, me?.csrfToken);
              setForm((f) => ({ ...f, attachments: [...f.attachments, a] }));
            } catch (err) {
              setError(errorText(err, file.name));
            }
          }
        }}
      />
      {form.attachments.length > 0 && (
        <ul>
          {form.attachments.map((a) => (
            <li key={a.id}>
              {a.filename}{' '}
              <button type="button" className="secondary small-button" onClick={() => set('attachments', form.attachments.filter((x) => x.id !== a.id))}>
                {t('openForm.removeAttachment', { name: a.filename })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t('openForm.submit')}
        </button>
      </div>
    </form>
  );
}

export function OpenConsultationPage() {
  const { t } = useTranslation('consultations');
  return (
    <RequireAuth>
      <section>
        <h1>{t('openForm.title')}</h1>
        <OpenForm />
      </section>
    </RequireAuth>
  );
}
