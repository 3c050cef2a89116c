// SQL of the unit tree (units): creating units, listing a level of the tree, looking units up by code.
import { tablesOf, type Db } from '../../../core/db.ts';
import type { UnitKind } from '../../../core/schema.ts';
import type { UnitsTables } from '../tables.ts';
import { UNIT_COLS, type UnitRow } from './shared.ts';

const q = (db: Db) => tablesOf<UnitsTables>(db);

/** Inserts a unit below `parent` (null = a root) and sets its materialised path once its id is known. */
export async function insertUnit(db: Db, u: { kind: UnitKind; name: string; code: string | null; parent: UnitRow | null }): Promise<UnitRow> {
  const depth = u.parent ? u.parent.depth + 1 : 0;
  const row = await q(db)
    .insertInto('units')
    .values({ kind: u.kind, name: u.name, code: u.code, parent_id: u.parent?.id ?? null, path: '/', depth })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${u.parent?.path ?? '/'}${row.id}/`;
  await q(db).updateTable('units').set({ path }).where('id', '=', row.id).execute();
  return { id: row.id, kind: u.kind, name: u.name, code: u.code, parent_id: u.parent?.id ?? null, path, depth };
}

type UnitListRow = UnitRow & { children: number; households: number };

/** A page of units (limit + 1 rows, by id) with their number of children and of active households. */
export async function listUnits(db: Db, f: { parentId?: number | null; kind?: UnitKind; afterId?: number | null; limit: number }): Promise<UnitListRow[]> {
  let sel = q(db)
    .selectFrom('units as u')
    .select(UNIT_COLS.map((c) => `u.${c}` as const))
    .select((eb) => eb.selectFrom('units as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.parent_id', '=', 'u.id').as('children'))
    .select((eb) =>
      eb
        .selectFrom('households as h')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('h.unit_id', '=', 'u.id')
        .where('h.active', '=', true)
        .as('households'),
    );
  if (f.parentId === null) sel = sel.where('u.parent_id', 'is', null);
  else if (f.parentId !== undefined) sel = sel.where('u.parent_id', '=', f.parentId);
  if (f.kind) sel = sel.where('u.kind', '=', f.kind);
  if (f.afterId) sel = sel.where('u.id', '>', f.afterId);
  const rows = await sel.orderBy('u.id').limit(f.limit + 1).execute();
  return rows.map((r) => ({ ...r, children: Number(r.children ?? 0), households: Number(r.households ?? 0) }));
}

/** Whether a unit already has this code (codes are unique across the tree). */
export async function unitCodeTaken(db: Db, code: string): Promise<boolean> {
  return !!(await q(db).selectFrom('units').select('id').where('code', '=', code).executeTakeFirst());
}

interface UnitByCode {
  id: number;
  kind: UnitKind;
  path: string;
}

/** The units having one of `codes`, by code (unknown codes are left out). */
export async function unitsByCodes(db: Db, codes: readonly string[]): Promise<Map<string, UnitByCode>> {
  const out = new Map<string, UnitByCode>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await q(db).selectFrom('units').select(['id', 'kind', 'code', 'path']).where('code', 'in', unique.slice(i, i + 1000)).execute();
    for (const r of rows) out.set(r.code!, { id: r.id, kind: r.kind, path: r.path });
  }
  return out;
}
