// /cong-khai — the public portal: pick a commune (and a village), see its disclosures newest first, filter by
// category, search with or without diacritics; logged-in residents subscribe to categories. The choice lives in
// the URL (?xa=&thon=&danh-muc=&q=) so a link can be shared, and is remembered on the device.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import { fetchDisclosures, fetchReference, fetchSubscriptions, fetchUnits, saveSubscriptions, type Category } from './api.ts';
import './disclosures.css';

const REMEMBER = 'coso.congkhai.unit';

export function PortalPage() {
  const { t } = useTranslation('disclosures');
  const f = useFormat();
  const { me, can } = useAuth();
  usePageTitle(t('portal.title'));
  const [params, setParams] = useSearchParams();
  const commune = params.get('xa') ?? '';
  const village = params.get('thon') ?? '';
  const category = params.get('danh-muc') ?? '';
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  // Default: the remembered unit, else the commune of the user's first role.
  useEffect(() => {
    if (commune) return;
    const saved = localStorage.getItem(REMEMBER);
    if (saved) {
      const [c, v] = saved.split(':');
      if (c) set({ xa: c, thon: v ?? '' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (commune) localStorage.setItem(REMEMBER, `${commune}:${village}`);
  }, [commune, village]);

  const communes = useQuery({ queryKey: ['units', 'communes'], queryFn: () => fetchUnits({ kind: 'commune' }), staleTime: 600_000 });
  const villages = useQuery({
    queryKey: ['units', 'villages', commune],
    queryFn: () => fetchUnits({ parentId: commune, kind: 'village' }),
    enabled: !!commune,
    staleTime: 600_000,
  });
  const ref = useQuery({ queryKey: ['disclosure-ref', 'commune'], queryFn: () => fetchReference('commune'), staleTime: 3_600_000 });
  const unitId = village || commune;
  const list = useInfiniteQuery({
    queryKey: ['disclosures', unitId, category, q],
    queryFn: ({ pageParam }) => fetchDisclosures({ unitId: unitId || undefined, category: category || undefined, q, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (p) => p.nextCursor,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unitName =
    (village && villages.data?.items.find((v) => v.id === village)?.name) || communes.data?.items.find((c) => c.id === commune)?.name || '';

  function search(e: FormEvent) {
    e.preventDefault();
    set({ q: text.trim() });
  }

  return (
    <section className="disclosures">
      <h1>{t('portal.title')}</h1>
      <p className="muted">{t('portal.intro')}</p>
      {(can('disclosure.publish') || can('disclosure.answer') || can('disclosure.compliance')) && (
        <p className="form-actions">
          {can('disclosure.publish') && (
            <Link className="button" to="/cong-khai/dang-moi">
              {t('portal.publishNew')}
            </Link>
          )}
          {can('disclosure.answer') && (
            <Link className="button secondary" to="/cong-khai/cau-hoi">
              {t('portal.questions')}
            </Link>
          )}
          {can('disclosure.compliance') && (
            <Link className="button secondary" to="/cong-khai/tuan-thu">
              {t('portal.compliance')}
            </Link>
          )}
        </p>
      )}
      <form className="card filters" onSubmit={search} role="search">
        <div className="filter-grid">
          <div>
            <label htmlFor="dc-commune">{t('portal.pickCommune')}</label>
            <select id="dc-commune" value={commune} onChange={(e) => set({ xa: e.target.value, thon: '' })}>
              <option value="">{t('portal.chooseCommune')}</option>
              {communes.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dc-village">{t('portal.pickVillage')}</label>
            <select id="dc-village" value={village} onChange={(e) => set({ thon: e.target.value })} disabled={!commune}>
              <option value="">{t('portal.allVillages')}</option>
              {villages.data?.items.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dc-category">{t('portal.category')}</label>
            <select id="dc-category" value={category} onChange={(e) => set({ 'danh-muc': e.target.value })}>
              <option value="">{t('portal.allCategories')}</option>
              {ref.data?.categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dc-q">{t('portal.search')}</label>
            <div className="search-row">
              <input id="dc-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('portal.searchHint')} aria-describedby="dc-q-hint" />
              <button type="submit">{t('portal.searchButton')}</button>
            </div>
            <p id="dc-q-hint" className="small muted">
              {t('portal.searchHint')}
            </p>
          </div>
        </div>
      </form>

      <h2>
        {t('portal.results')}
        {unitName ? ` — ${unitName}` : ''}
      </h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('portal.empty')}</p>
      ) : (
        <ol className="disclosure-list">
          {items.map((d) => (
            <li key={d.id} className="disclosure-card">
              <h3>
                <Link to={`/cong-khai/${d.id}`}>{d.title}</Link>
              </h3>
              <p className="small">
                <span className="badge">{d.categoryName}</span> {d.unitName}
              </p>
              <p className="small muted">
                {t('portal.published', { date: f.date(d.publishedOn) })} ·{' '}
                {d.postedUntil ? t('portal.postedUntil', { date: f.date(d.postedUntil) }) : t('portal.permanent')}
                {d.version > 1 ? ` · ${t('portal.version', { n: d.version })}` : ''}
              </p>
              <p className="excerpt">{d.excerpt}</p>
              {(d.attachments > 0 || d.answeredQuestions > 0) && (
                <p className="small muted">
                  {d.attachments > 0 && t('portal.attachments', { count: d.attachments })}
                  {d.attachments > 0 && d.answeredQuestions > 0 && ' · '}
                  {d.answeredQuestions > 0 && t('portal.answers', { count: d.answeredQuestions })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {list.hasNextPage && (
        <button type="button" className="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('portal.more')}
        </button>
      )}
      {unitId && (me ? <SubscribeBox unitId={unitId} unitName={unitName} categories={ref.data?.categories ?? []} /> : (
        <p className="card small">
          <Link to={`/dang-nhap?next=${encodeURIComponent(`/cong-khai?${params}`)}`}>{t('subscribe.loginToSubscribe')}</Link>
        </p>
      ))}
    </section>
  );
}

function SubscribeBox({ unitId, unitName, categories }: { unitId: string; unitName: string; categories: Category[] }) {
  const { t } = useTranslation('disclosures');
  const subs = useQuery({ queryKey: ['disclosure-subscriptions'], queryFn: fetchSubscriptions });
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const current = new Set(subs.data?.items.filter((s) => s.unitId === unitId).map((s) => s.category) ?? []);
  const sel = chosen ?? current;
  const toggle = (code: string) => {
    const next = new Set(sel);
    if (code === '*') {
      if (next.has('*')) next.delete('*');
      else return setChosen(new Set(['*']));
    } else {
      next.delete('*');
      if (next.has(code)) next.delete(code);
      else next.add(code);
    }
    setChosen(next);
  };
  async function save() {
    try {
      await saveSubscriptions(unitId, [...sel]);
      setMsg({ ok: true, text: t('subscribe.saved') });
      await subs.refetch();
      setChosen(null);
    } catch (e) {
      setMsg({ ok: false, text: errorText(e, 'Lỗi') });
    }
  }
  return (
    <details className="card subscribe">
      <summary>{t('subscribe.title')}</summary>
      <p className="small">{t('subscribe.intro', { unit: unitName })}</p>
      <fieldset>
        <legend className="visually-hidden">{t('subscribe.title')}</legend>
        <label className="check">
          <input type="checkbox" checked={sel.has('*')} onChange={() => toggle('*')} /> {t('subscribe.all')}
        </label>
        {categories.map((c) => (
          <label key={c.code} className="check">
            <input type="checkbox" checked={sel.has('*') || sel.has(c.code)} disabled={sel.has('*')} onChange={() => toggle(c.code)} /> {c.name}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={save}>
        {t('subscribe.save')}
      </button>
      {msg && (
        <p role="status" className={msg.ok ? 'ok' : 'error'}>
          {msg.text}
        </p>
      )}
    </details>
  );
}
