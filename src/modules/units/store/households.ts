// SQL of households, the people in them and their dated representatives (households, people,
// household_representatives).
import { tablesOf, type Db } from '../../../core/db.ts';
import { notFound } from '../../../core/refusal.ts';
import type { NewHousehold } from '../rules.ts';
import type { UnitsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<UnitsTables>(db);

/** Rows per multi-row INSERT when adding households in bulk. */
const INSERT_CHUNK = 2000;

/** Inserts households with their representatives in chunks (multi-row INSERTs); returns the new ids in order. */
export async function insertHouseholds(db: Db, unitId: number, items: readonly NewHousehold[], fromDate: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += INSERT_CHUNK) {
    const chunk = items.slice(i, i + INSERT_CHUNK);
    const hh = await q(db)
      .insertInto('households')
      .values(chunk.map((h) => ({ unit_id: unitId, name: h.name, address: h.address, code: h.code })))
      .returning('id')
      .execute();
    const hhIds = hh.map((r) => r.id);
    const people = await q(db)
      .insertInto('people')
      .values(chunk.map((h, k) => ({ name: h.representative.name, phone: h.representative.phone, household_id: hhIds[k]! })))
      .returning('id')
      .execute();
    await q(db)
      .insertInto('household_representatives')
      .values(people.map((p, k) => ({ household_id: hhIds[k]!, person_id: p.id, from_date: fromDate })))
      .execute();
    ids.push(...hhIds);
  }
  return ids;
}

/** A page of a unit's households (limit + 1 rows, by id) with their current representative; `q` searches names. */
export async function listHouseholds(db: Db, unitId: number, f: { q?: string; afterId?: number | null; limit: number }) {
  let sel = q(db)
    .selectFrom('households as h')
    .leftJoin('household_representatives as r', (j) => j.onRef('r.household_id', '=', 'h.id').on('r.to_date', 'is', null))
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select(['h.id', 'h.name', 'h.address', 'h.code', 'h.active', 'p.name as rep_name', 'p.phone as rep_phone', 'r.from_date as rep_since'])
    .where('h.unit_id', '=', unitId);
  if (f.q) {
    const like = `%${f.q}%`;
    sel = sel.where((eb) =>
      eb.or([
        eb(eb.fn('coso_fold', ['h.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
        eb(eb.fn('coso_fold', ['p.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
      ]),
    );
  }
  if (f.afterId) sel = sel.where('h.id', '>', f.afterId);
  return sel.orderBy('h.id').limit(f.limit + 1).execute();
}

/** The number of active households of a unit. */
export async function countHouseholds(db: Db, unitId: number): Promise<number> {
  const r = await q(db)
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The household, or 404 "Hộ gia đình không tồn tại." */
export async function getHousehold(db: Db, id: number) {
  const h = await q(db).selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
  if (!h) throw notFound('Hộ gia đình');
  return h;
}

/** Household codes already used in the given units, as `${unitId}\0${code}`. */
export async function householdCodesIn(db: Db, unitIds: readonly number[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < unitIds.length; i += 500) {
    const rows = await q(db)
      .selectFrom('households')
      .select(['unit_id', 'code'])
      .where('unit_id', 'in', unitIds.slice(i, i + 500))
      .where('code', 'is not', null)
      .execute();
    for (const r of rows) out.add(`${r.unit_id}\0${r.code}`);
  }
  return out;
}

/** The first household of a unit (by id) that has a current representative, with that person. */
export async function firstRepresentedHousehold(db: Db, unitId: number) {
  return q(db)
    .selectFrom('households')
    .innerJoin('household_representatives as r', (j) => j.onRef('r.household_id', '=', 'households.id').on('r.to_date', 'is', null))
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['households.id', 'r.person_id', 'p.name'])
    .where('households.unit_id', '=', unitId)
    .orderBy('households.id')
    .executeTakeFirstOrThrow();
}

// ---- people and representatives ------------------------------------------------------------------------------

/** The household a person belongs to: undefined when there is no such person, null when in none. */
export async function householdOfPerson(db: Db, personId: number): Promise<number | null | undefined> {
  const p = await q(db).selectFrom('people').select('household_id').where('id', '=', personId).executeTakeFirst();
  return p ? p.household_id : undefined;
}

export async function insertPerson(db: Db, p: { name: string; phone: string | null; householdId: number | null }): Promise<number> {
  const row = await q(db).insertInto('people').values({ name: p.name, phone: p.phone, household_id: p.householdId }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The person currently representing a household (undefined when none). */
export async function currentRepresentative(db: Db, householdId: number) {
  return q(db)
    .selectFrom('household_representatives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.from_date', 'p.name', 'p.phone'])
    .where('r.household_id', '=', householdId)
    .where('r.to_date', 'is', null)
    .executeTakeFirst();
}

/** Every representative a household has had, oldest first. */
export async function representativeHistory(db: Db, householdId: number) {
  return q(db)
    .selectFrom('household_representatives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.from_date', 'r.to_date', 'p.name'])
    .where('r.household_id', '=', householdId)
    .orderBy('r.id')
    .execute();
}

/** Ends a representation on `toDate` and starts the next one from that date (`endId` null: there was none). */
export async function replaceRepresentative(db: Db, householdId: number, endId: number | null, personId: number, fromDate: string): Promise<void> {
  if (endId !== null) await q(db).updateTable('household_representatives').set({ to_date: fromDate }).where('id', '=', endId).execute();
  await q(db).insertInto('household_representatives').values({ household_id: householdId, person_id: personId, from_date: fromDate }).execute();
}
