// /don-vi/:id/ho-gia-dinh — households of a village for officials and village heads: total ("Tổng số: 1.949 hộ"),
// diacritics-insensitive search (server-side, ?q= kept in the address), "Xem thêm" pagination, a table that turns
// into cards on a phone, and a form to add a household (draft kept in localStorage, the API's Vietnamese errors
// shown inline).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../shell/DataTable.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useFormat } from '../shell/format.ts';
import { createHousehold, fetchHouseholds, fetchUnit, type Household, type UnitDetail } from './api.ts';

const PHONE = /^[0-9+ ().-]*$/;

interface AddForm {
  name: string;
  representative: string;
  phone: string;
  address: string;
}
const EMPTY_FORM: AddForm = { name: '', representative: '', phone: '', address: '' };

function AddHousehold({ unit, onAdded }: { unit: UnitDetail; onAdded(h: Household): void }) {
  const { t } = useTranslation('units');
  const [form, setForm, clearDraft, restored] = useDraft<AddForm>(`household.add.${unit.id}`, EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<keyof AddForm | 'api', string>>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const uid = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const repRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  const field = (k: keyof AddForm) => ({
    id: `${uid}-${k}`,
    value: form[k],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value })),
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': errors[k] ? `${uid}-${k}-error` : undefined,
  });
  const fieldError = (k: keyof AddForm) =>
    errors[k] && (
      <p id={`${uid}-${k}-error`} className="error field-error">
        {errors[k]}
      </p>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const errs: typeof errors = {};
    if (!form.name.trim()) errs.name = t('add.nameRequired');
    if (!form.representative.trim()) errs.representative = t('add.representativeRequired');
    if (!PHONE.test(form.phone)) errs.phone = t('add.phoneInvalid');
    setErrors(errs);
    if (errs.name) return nameRef.current?.focus();
    if (errs.representative) return repRef.current?.focus();
    if (errs.phone) return phoneRef.current?.focus();
    setBusy(true);
    try {
      const body = {
        name: form.name.trim(),
        ...(form.address.trim() ? { address: form.address.trim() } : {}),
        representative: { name: form.representative.trim(), ...(form.phone.trim() ? { phone: form.phone.trim() } : {}) },
      };
      const { id } = await createHousehold(unit.id, body);
      onAdded({
        id,
        name: body.name,
        address: body.address ?? null,
        code: null,
        active: true,
        representative: { name: body.representative.name, phone: body.representative.phone ?? null, since: null },
      });
      clearDraft();
      setDone(t('add.added', { name: body.name }));
      nameRef.current?.focus();
    } catch (err) {
      setErrors({ api: errorText(err, t('common:errors.generic')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card add-household" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('add.title')}</h2>
      {restored && (form.name || form.representative) && <p className="muted small">{t('add.draftRestored')}</p>}
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${uid}-name`}>{t('add.name')}</label>
        <input {...field('name')} ref={nameRef} name="name" placeholder={t('add.nameHint')} maxLength={200} required autoComplete="off" />
        {fieldError('name')}
        <label htmlFor={`${uid}-representative`}>{t('add.representative')}</label>
        <input {...field('representative')} ref={repRef} name="representative" maxLength={200} required autoComplete="off" />
        {fieldError('representative')}
        <label htmlFor={`${uid}-phone`}>{t('add.phone')}</label>
        <input {...field('phone')} ref={phoneRef} name="phone" type="tel" inputMode="tel" maxLength={20} autoComplete="off" />
        {fieldError('phone')}
        <label htmlFor={`${uid}-address`}>{t('add.address')}</label>
        <input {...field('address')} name="address" maxLength={300} autoComplete="off" />
        {errors.api && (
          <p role="alert" className="error">
            {errors.api}
          </p>
        )}
        <p role="status" className="ok">
          {done}
        </p>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? t('add.submitting') : t('add.submit')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              clearDraft();
              setErrors({});
              setDone(null);
            }}
          >
            {t('add.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}

function HouseholdList({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('units');
  const f = useFormat();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [added, setAdded] = useState<Household[]>([]);
  const searchId = useId();

  // Typing searches after a short pause; the query stays in the address (back button, shared links).
  useEffect(() => {
    const v = text.trim();
    if (v === q) return;
    const timer = setTimeout(() => setParams(v ? { q: v } : {}, { replace: true }), 350);
    return () => clearTimeout(timer);
  }, [text, q, setParams]);

  const list = useInfiniteQuery({
    queryKey: ['households', unit.id, q],
    queryFn: ({ pageParam }) => fetchHouseholds(unit.id, q, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (prev) => prev,
  });

  const pages = list.data?.pages ?? [];
  const loaded = pages.flatMap((p) => p.items);
  const loadedIds = new Set(loaded.map((h) => h.id));
  const addedIds = new Set(added.map((h) => h.id));
  // A household added here is shown at the top (marked "new") until it appears in the loaded pages.
  const fresh = q ? [] : added.filter((h) => !loadedIds.has(h.id));
  const rows = [...fresh, ...loaded];
  const total = pages[0]?.total ?? unit.households ?? 0;

  const columns: Column<Household>[] = [
    {
      key: 'name',
      header: t('households.colName'),
      rowHeader: true,
      render: (h) => (
        <>
          {h.name}
          {addedIds.has(h.id) && <span className="badge new">{t('households.newBadge')}</span>}
        </>
      ),
    },
    { key: 'code', header: t('households.colCode'), render: (h) => h.code ?? '—' },
    {
      key: 'rep',
      header: t('households.colRepresentative'),
      render: (h) =>
        h.representative ? (
          <>
            {h.representative.name}
            {h.representative.since && (
              <span className="muted small block">
                {t('households.colSince')}: {f.date(h.representative.since)}
              </span>
            )}
          </>
        ) : (
          '—'
        ),
    },
    { key: 'phone', header: t('households.colPhone'), render: (h) => <span className="nowrap">{h.representative?.phone || '—'}</span> },
    { key: 'address', header: t('households.colAddress'), render: (h) => h.address || '—' },
  ];

  return (
    <div className="households-layout">
      <div className="households-main">
        <p className="total" aria-live="polite">
          <strong>{t('households.total', { total: f.int(total) })}</strong>
          {q && (
            <>
              {' · '}
              {t('households.searchResult', { q })}
            </>
          )}
        </p>
        <form
          role="search"
          className="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            const v = text.trim();
            setParams(v ? { q: v } : {}, { replace: true });
          }}
        >
          <label htmlFor={searchId}>{t('households.searchLabel')}</label>
          <div className="search-row">
            <input id={searchId} type="search" value={text} placeholder={t('households.searchPlaceholder')} onChange={(e) => setText(e.target.value)} maxLength={100} />
            <button type="submit">{t('households.searchButton')}</button>
          </div>
        </form>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <DataTable
              caption={t('households.caption', { name: unit.name })}
              hideCaption
              columns={columns}
              rows={rows}
              rowKey={(h) => h.id}
              rowClassName={(h) => (addedIds.has(h.id) ? 'row-new' : undefined)}
              empty={t('households.none')}
            />
            <p className="muted small" aria-live="polite">
              {t('households.shown', { shown: f.int(rows.length) })}
            </p>
            {list.hasNextPage && (
              <button type="button" className="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? t('households.loadingMore') : t('households.more')}
              </button>
            )}
          </>
        )}
      </div>
      {unit.can.addHouseholds && (
        <AddHousehold
          unit={unit}
          onAdded={(h) => {
            setAdded((a) => [h, ...a]);
            void qc.invalidateQueries({ queryKey: ['unit', unit.id] });
            void qc.invalidateQueries({ queryKey: ['households', unit.id] });
          }}
        />
      )}
    </div>
  );
}

function HouseholdsScreen() {
  const { t } = useTranslation('units');
  const { id = '' } = useParams();
  const unit = useQuery({ queryKey: ['unit', id], queryFn: () => fetchUnit(id) });
  usePageTitle(unit.data ? t('households.title', { name: unit.data.name }) : undefined);
  if (unit.isPending) return <Loading />;
  if (unit.isError) return <ErrorMessage error={unit.error} onRetry={() => void unit.refetch()} />;
  const u = unit.data;
  const trail = u.ancestors.filter((a) => a.kind !== 'country');
  return (
    <section>
      <nav aria-label={t('households.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/don-vi">{t('tree.title')}</Link>
          </li>
          {trail.map((a) => (
            <li key={a.id}>{a.name}</li>
          ))}
          <li aria-current="page">{u.name}</li>
        </ol>
      </nav>
      <h1>{t('households.title', { name: u.name })}</h1>
      {u.kind !== 'village' || !u.can.listHouseholds ? (
        <p>
          {t(u.kind !== 'village' ? 'households.notVillage' : 'households.notAllowed')} <Link to="/don-vi">{t('households.backToTree')}</Link>
        </p>
      ) : (
        <HouseholdList unit={u} />
      )}
    </section>
  );
}

export function HouseholdsPage() {
  return (
    <RequireAuth>
      <HouseholdsScreen />
    </RequireAuth>
  );
}
