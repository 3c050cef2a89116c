// /cong-khai/dang-moi — officials publish a disclosure: unit, category (the law's list for the unit's kind),
// title, content, channels, date of the decision, attachments, and the notice-board posting with a photo.
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { fetchReference, publish, uploadFile, type MediumCode } from './api.ts';
import { useDisclosureUnits } from './useDisclosureUnits.ts';
import './disclosures.css';

const kindOf = (unitKind: string) => (unitKind === 'village' ? 'commune' : unitKind);

export function PublishPage() {
  return (
    <RequireAuth>
      <PublishForm />
    </RequireAuth>
  );
}

function PublishForm() {
  const { t } = useTranslation('disclosures');
  const { me } = useAuth();
  const navigate = useNavigate();
  usePageTitle(t('publish.title'));
  const units = useDisclosureUnits('disclosure.publish');
  const [unitId, setUnitId] = useState('');
  const unit = units.data?.find((u) => u.id === (unitId || units.data?.[0]?.id));
  const kind = unit ? kindOf(unit.kind) : 'commune';
  const ref = useQuery({ queryKey: ['disclosure-ref', kind], queryFn: () => fetchReference(kind), staleTime: 3_600_000 });
  const [category, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [channels, setChannels] = useState<Set<MediumCode>>(new Set(['notice_board']));
  const [decidedOn, setDecidedOn] = useState('');
  const [postingDays, setPostingDays] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [place, setPlace] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cat = useMemo(() => ref.data?.categories.find((c) => c.code === (category || ref.data?.categories[0]?.code)), [ref.data, category]);

  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;

  const toggle = (code: MediumCode) => {
    const next = new Set(channels);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setChannels(next);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!unit || !cat || !title.trim() || channels.size === 0) {
      setError(t('publish.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const attachmentIds: string[] = [];
      for (const file of files) attachmentIds.push((await uploadFile(file, me?.csrfToken, unit.id)).id);
      const ph = photo ? await uploadFile(photo, me?.csrfToken, unit.id) : null;
      const r = await publish({
        unitId: unit.id,
        category: cat.code,
        title: title.trim(),
        body,
        channels: [...channels],
        ...(decidedOn ? { decidedOn } : {}),
        ...(postingDays ? { postingDays: Number(postingDays) } : {}),
        attachmentIds,
        postings: channels.has('notice_board') ? [{ channel: 'notice_board', place: place.trim() || `${t('publish.defaultPlace')} ${unit.name}`, ...(ph ? { photoAttachmentId: ph.id } : {}) }] : [],
      });
      navigate(`/cong-khai/${r.id}`);
    } catch (err) {
      setError(errorText(err, 'Lỗi'));
      setBusy(false);
    }
  }

  return (
    <section className="disclosures">
      <h1>{t('publish.title')}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <label htmlFor="pb-unit">{t('publish.unit')}</label>
        <select id="pb-unit" value={unit?.id ?? ''} onChange={(e) => { setUnitId(e.target.value); setCategory(''); }}>
          {units.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="pb-category">{t('publish.category')}</label>
        <select id="pb-category" value={cat?.code ?? ''} onChange={(e) => setCategory(e.target.value)}>
          {ref.data?.categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
              {c.mandatory ? ` (${t('publish.mandatory')})` : ''}
            </option>
          ))}
        </select>
        {cat && (
          <p className="small muted">
            {cat.legalBasis} · {t(`frequency.${cat.frequency}`)}
          </p>
        )}
        <label htmlFor="pb-title">{t('publish.heading')}</label>
        <input id="pb-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
        <label htmlFor="pb-body">{t('publish.body')}</label>
        <textarea id="pb-body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
        <fieldset>
          <legend>{t('publish.channels')}</legend>
          {ref.data?.channels
            .filter((c) => c.code !== 'website')
            .map((c) => (
              <label key={c.code} className="check">
                <input type="checkbox" checked={channels.has(c.code)} onChange={() => toggle(c.code)} /> {c.name}
              </label>
            ))}
        </fieldset>
        <label htmlFor="pb-decided">{t('publish.decidedOn')}</label>
        <input id="pb-decided" type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
        <label htmlFor="pb-days">{t('publish.postingDays')}</label>
        <input id="pb-days" type="number" min={1} max={3650} value={postingDays} onChange={(e) => setPostingDays(e.target.value)} />
        <label htmlFor="pb-files">{t('publish.files')}</label>
        <input
          id="pb-files"
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,image/jpeg,image/png,image/webp"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        {channels.has('notice_board') && (
          <fieldset>
            <legend>{t('publish.posting')}</legend>
            <label htmlFor="pb-place">{t('publish.postingPlace')}</label>
            <input id="pb-place" value={place} placeholder={unit ? `${t('publish.defaultPlace')} ${unit.name}` : ''} onChange={(e) => setPlace(e.target.value)} maxLength={300} />
            <label htmlFor="pb-photo">{t('publish.postingPhoto')}</label>
            <input id="pb-photo" type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
          </fieldset>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('publish.uploading') : t('publish.submit')}
        </button>
      </form>
    </section>
  );
}
