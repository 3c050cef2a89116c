// /don-vi — the unit tree, public. Nested disclosure buttons (aria-expanded, aria-controls) in nested lists, with
// children loaded lazily from GET /api/v1/units?parentId=<id> (root = provinces). Keyboard: Tab as usual, plus
// arrows like a tree view (↑/↓ move, → opens / goes to the first child, ← closes / goes to the parent, Home/End).
// A village's name links to its household list (/don-vi/:id/ho-gia-dinh).
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { useFormat } from '../shell/format.ts';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { fetchChildren, fetchUnit, type UnitItem } from './api.ts';

const OPEN_KEY = 'coso.unitTree.open';

function loadOpen(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(OPEN_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function focusables(tree: HTMLElement): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>('[data-tree-focus]')];
}

/** Arrow-key navigation over the visible nodes, delegated on the tree's root list. */
function onTreeKeyDown(e: KeyboardEvent<HTMLElement>, toggle: (id: string, open?: boolean) => void) {
  const target = e.target as HTMLElement;
  if (!target.dataset.treeFocus) return;
  const tree = e.currentTarget;
  const all = focusables(tree);
  const i = all.indexOf(target);
  const id = target.dataset.treeFocus;
  const expanded = target.getAttribute('aria-expanded');
  const move = (el: HTMLElement | undefined) => {
    if (el) {
      e.preventDefault();
      el.focus();
    }
  };
  switch (e.key) {
    case 'ArrowDown':
      move(all[i + 1]);
      break;
    case 'ArrowUp':
      move(all[i - 1]);
      break;
    case 'Home':
      move(all[0]);
      break;
    case 'End':
      move(all[all.length - 1]);
      break;
    case 'ArrowRight':
      if (expanded === 'false') {
        e.preventDefault();
        toggle(id, true);
      } else if (expanded === 'true') move(all[i + 1]);
      break;
    case 'ArrowLeft':
      if (expanded === 'true') {
        e.preventDefault();
        toggle(id, false);
      } else {
        const parentLi = target.closest('li')?.parentElement?.closest('li');
        move(parentLi?.querySelector<HTMLElement>('[data-tree-focus]') ?? undefined);
      }
      break;
  }
}

function HouseholdCount({ unit }: { unit: UnitItem }) {
  const { t } = useTranslation('units');
  const f = useFormat();
  const q = useQuery({
    queryKey: ['unit', unit.id],
    queryFn: () => fetchUnit(unit.id),
    enabled: unit.households === undefined,
    staleTime: 60_000,
  });
  const n = unit.households ?? q.data?.households;
  if (n === undefined) return null;
  return <span className="badge">{t('tree.households', { count: n, n: f.int(n) })}</span>;
}

function UnitNode({ unit, open, toggle }: { unit: UnitItem; open: Set<string>; toggle: (id: string, o?: boolean) => void }) {
  const { t } = useTranslation('units');
  const f = useFormat();
  const childCount = unit.children ?? 0;
  const expandable = childCount > 0;
  const isOpen = expandable && open.has(unit.id);
  const groupId = `unit-children-${unit.id}`;
  const kind = t(`kinds.${unit.kind}`);
  return (
    <li className={`tree-node kind-${unit.kind}`}>
      <div className="node-row">
        {expandable ? (
          <button
            type="button"
            className="node-toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? groupId : undefined}
            data-tree-focus={unit.id}
            onClick={() => toggle(unit.id)}
          >
            <span className="twisty" aria-hidden="true">
              {isOpen ? '▾' : '▸'}
            </span>
            <span className="node-name">{unit.name}</span>
          </button>
        ) : unit.kind === 'village' ? (
          <Link to={`/don-vi/${unit.id}/ho-gia-dinh`} className="node-link" data-tree-focus={unit.id}>
            <span className="twisty" aria-hidden="true">
              •
            </span>
            <span className="node-name">{unit.name}</span>
          </Link>
        ) : (
          <span className="node-leaf">
            <span className="twisty" aria-hidden="true">
              •
            </span>
            <span className="node-name">{unit.name}</span>
          </span>
        )}
        <span className="node-meta">
          <span className="kind">{kind}</span>
          {expandable && <span className="badge">{t('tree.children', { count: childCount, n: f.int(childCount) })}</span>}
          {unit.kind === 'village' && <HouseholdCount unit={unit} />}
          {unit.kind === 'village' && (
            <Link to={`/don-vi/${unit.id}/ho-gia-dinh`} className="node-action" aria-label={t('tree.openHouseholdsOf', { name: unit.name })}>
              {t('tree.openHouseholds')}
            </Link>
          )}
        </span>
      </div>
      {isOpen && <UnitChildren parentId={unit.id} groupId={groupId} open={open} toggle={toggle} />}
    </li>
  );
}

function UnitChildren({
  parentId,
  groupId,
  open,
  toggle,
}: {
  parentId: string | null;
  groupId: string;
  open: Set<string>;
  toggle: (id: string, o?: boolean) => void;
}) {
  const { t } = useTranslation('units');
  const q = useInfiniteQuery({
    queryKey: ['units', 'children', parentId],
    queryFn: ({ pageParam }) => fetchChildren(parentId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 60_000,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data.pages.flatMap((p) => p.items);
  return (
    <>
      <ul id={groupId} className="tree-group">
        {items.map((u) => (
          <UnitNode key={u.id} unit={u} open={open} toggle={toggle} />
        ))}
        {items.length === 0 && <li className="muted">{t('tree.empty')}</li>}
      </ul>
      {q.hasNextPage && (
        <button type="button" className="secondary small-button" disabled={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
          {t('tree.more')}
        </button>
      )}
    </>
  );
}

export function UnitTreePage() {
  const { t } = useTranslation('units');
  const [open, setOpen] = useState<Set<string>>(loadOpen);
  usePageTitle(t('tree.title'));
  useEffect(() => {
    try {
      sessionStorage.setItem(OPEN_KEY, JSON.stringify([...open]));
    } catch {
      /* ignore */
    }
  }, [open]);
  const toggle = useCallback((id: string, o?: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev);
      const shouldOpen = o ?? !prev.has(id);
      if (shouldOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  return (
    <section>
      <h1 id="unit-tree-title">{t('tree.title')}</h1>
      <p>{t('tree.intro')}</p>
      <p id="unit-tree-hint" className="muted small">
        {t('tree.keyboardHint')}
      </p>
      <nav aria-label={t('tree.label')} aria-describedby="unit-tree-hint" className="unit-tree" onKeyDown={(e) => onTreeKeyDown(e, toggle)}>
        <UnitChildren parentId={null} groupId="unit-tree-root" open={open} toggle={toggle} />
      </nav>
    </section>
  );
}
