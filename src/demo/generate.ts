// A synthetic, national-shape dataset for benchmarks and demos (`coso generate`): provinces → communes → villages
// with households, agencies and enterprises, and a year of records — conferences, dialogues, village meetings and
// supervision activities (rows of the conferences and oversight tables) plus the indicator counters of every event (cases,
// decisions, disclosures included), written in bulk, one transaction per province. Deterministic for a seed.
//
// Shape at scale 1 (the country: 34 provinces, ~3,321 communes, ~100,000 villages, ~28 million households): per
// province ~100 communes, ~30 villages per commune, ~280 households per village.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../modules/index.ts';
import { addDays } from '../core/calendar/index.ts';
import { ProgressBar } from '../core/progress.ts';
import { prng } from '../core/random.ts';

/** Cases by type as communes receive them: mostly feedback and petitions (weights by repetition). */
const CASE_MIX = ['feedback', 'feedback', 'feedback', 'petition', 'petition', 'petition', 'complaint', 'complaint', 'denunciation'] as const;

export interface GenerateOptions {
  provinces: number;
  /** Scales the number of communes and villages (1 = national shape). */
  scale: number;
  /** Households per village; default 280 × scale. */
  householdsPerVillage?: number;
  /** Multiplies the number of records (conferences, cases, decisions…), units unchanged. */
  records: number;
  seed: number;
  year: number;
  agenciesPerCommune: number;
  enterprisesPerCommune: number;
  /** Provincial agencies (departments) per province. */
  provincialAgencies: number;
  /** Add records to the provinces generated earlier with the same seed instead of creating new units. */
  recordsOnly?: boolean;
  /** Seed of the records (default: `seed`); another value adds different records to the same units. */
  recordsSeed?: number;
  /** Silence the progress bar. */
  quiet?: boolean;
}

export const GENERATE_DEFAULTS: GenerateOptions = {
  provinces: 1,
  scale: 1,
  records: 1,
  seed: 1,
  year: 2026,
  agenciesPerCommune: 3,
  enterprisesPerCommune: 2,
  provincialAgencies: 20,
};

export interface GenerateResult {
  provinces: { id: number; name: string; code: string }[];
  units: number;
  households: number;
  conferences: number;
  oversightActivities: number;
  counterEvents: number;
}

const PROVINCE_NAMES = ['Sông Hồng', 'Trường Sơn', 'Cửu Long', 'Tây Nguyên', 'Hạ Long', 'Bạch Đằng', 'Lam Sơn', 'Hương Giang', 'Đồng Nai', 'Tiền Giang'];
const COMMUNE_NAMES = ['An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Thạnh', 'Hưng', 'Long', 'Phước', 'Quang', 'Đông', 'Nghĩa', 'Thuận', 'Lộc', 'Mỹ'];
const SUFFIX = ['Thành', 'Lợi', 'Lạc', 'Hiệp', 'Xuân', 'Thịnh', 'Phong', 'Điền', 'Sơn', 'Hải'];

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** Rounds a scaled expected count to an integer, randomly (keeps the mean exact). */
const scaled = (r: Rand, x: number) => Math.floor(x) + (r() < x - Math.floor(x) ? 1 : 0);

export interface UnitRef {
  id: number;
  path: string;
  kind: string;
}

/** Aggregates counter events in memory, then writes them in bulk (the monthly roll-up follows by trigger). */
class CounterBatch {
  private m = new Map<string, { unit: UnitRef; key: string; day: string; value: number }>();
  events = 0;
  add(unit: UnitRef, key: string, day: string, value = 1): void {
    if (!value) return;
    this.events += value;
    const k = `${unit.id}|${key}|${day}`;
    const e = this.m.get(k);
    if (e) e.value += value;
    else this.m.set(k, { unit, key, day, value });
  }
  async flush(db: Kysely<DB>): Promise<void> {
    const rows = [...this.m.values()];
    this.m.clear();
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await sql`INSERT INTO unit_counters (unit_id, unit_path, key, day, value) VALUES ${sql.join(
        chunk.map((r) => sql`(${r.unit.id}, ${r.unit.path}, ${r.key}, ${r.day}, ${r.value})`),
      )} ON CONFLICT (unit_id, key, day) DO UPDATE SET value = unit_counters.value + EXCLUDED.value`.execute(db);
    }
  }
}

function dayOfYear(r: Rand, year: number, last: string): string {
  const d = addDays(`${year}-01-01`, int(r, 0, 364));
  return d > last ? last : d;
}

async function insertChildren(db: Kysely<DB>, parents: UnitRef[], kind: string, names: (i: number) => string, perParent: (p: UnitRef) => number): Promise<void> {
  const rows: { parent: UnitRef; name: string }[] = [];
  for (const p of parents) {
    const n = perParent(p);
    for (let i = 1; i <= n; i++) rows.push({ parent: p, name: names(i) });
  }
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await sql`INSERT INTO units (kind, name, parent_id, path, depth) VALUES ${sql.join(
      chunk.map((r) => sql`(${kind}, ${r.name}, ${r.parent.id}, '/', ${r.parent.path.split('/').length - 2})`),
    )}`.execute(db);
  }
  await sql`UPDATE units u SET path = p.path || u.id || '/' FROM units p WHERE u.parent_id = p.id AND u.path = '/'`.execute(db);
}

async function subtree(db: Kysely<DB>, path: string): Promise<UnitRef[]> {
  const rows = await db.selectFrom('units').select(['id', 'path', 'kind']).where('path', 'like', `${path}%`).orderBy('id').execute();
  return rows.map((r) => ({ id: Number(r.id), path: r.path, kind: r.kind }));
}

/** Units per parent at a scale. */
interface Shape {
  communesPer: number;
  villagesPer: number;
  householdsPer: number;
}

function shapeOf(o: GenerateOptions): Shape {
  return {
    communesPer: Math.max(1, Math.round(100 * o.scale)),
    villagesPer: Math.max(1, Math.round(30 * o.scale)),
    householdsPer: Math.max(0, Math.round(o.householdsPerVillage ?? 280 * o.scale)),
  };
}

// ---- units and households ------------------------------------------------------------------------------------

/** A new province with its communes, agencies, villages, enterprises and households. */
async function createProvince(db: Kysely<DB>, o: GenerateOptions, shape: Shape, code: string, name: string): Promise<UnitRef> {
  const r = await sql<{ id: number }>`INSERT INTO units (kind, name, code, parent_id, path, depth) VALUES ('province', ${name}, ${code}, 1, '/', 1) RETURNING id`.execute(db);
  const id = Number(r.rows[0]!.id);
  await sql`UPDATE units SET path = ${`/1/${id}/`} WHERE id = ${id}`.execute(db);
  const province: UnitRef = { id, path: `/1/${id}/`, kind: 'province' };
  const cName = (i: number) => `${i % 3 === 0 ? 'Phường' : 'Xã'} ${COMMUNE_NAMES[i % COMMUNE_NAMES.length]} ${SUFFIX[Math.floor(i / COMMUNE_NAMES.length) % SUFFIX.length]}${i > 150 ? ` ${i}` : ''}`;
  await insertChildren(db, [province], 'commune', cName, () => shape.communesPer);
  await insertChildren(db, [province], 'agency', (i) => `Sở ngành số ${i}`, () => o.provincialAgencies);
  const communes = (await subtree(db, province.path)).filter((u) => u.kind === 'commune');
  await insertChildren(db, communes, 'village', (i) => `Thôn ${i}`, () => shape.villagesPer);
  await insertChildren(db, communes, 'agency', (i) => (i === 1 ? 'Trường Tiểu học' : i === 2 ? 'Trạm Y tế' : `Cơ quan ${i}`), () => o.agenciesPerCommune);
  await insertChildren(db, communes, 'enterprise', (i) => `Công ty TNHH số ${i}`, () => o.enterprisesPerCommune);
  if (shape.householdsPer > 0) {
    await sql`INSERT INTO households (unit_id, name, code)
      SELECT v.id, 'Hộ số ' || g, lpad(g::text, 4, '0') FROM units v, generate_series(1, ${shape.householdsPer}) g
      WHERE v.kind = 'village' AND v.path LIKE ${`${province.path}%`}`.execute(db);
  }
  return province;
}

/** The province of `code`: the one generated earlier with the same seed, or a new one (not with `recordsOnly`). */
async function provinceOf(db: Kysely<DB>, o: GenerateOptions, shape: Shape, code: string, name: string): Promise<UnitRef> {
  const prov = await db.selectFrom('units').select(['id', 'path', 'kind']).where('code', '=', code).executeTakeFirst();
  if (prov) return { id: Number(prov.id), path: prov.path, kind: prov.kind };
  if (o.recordsOnly) throw new Error(`Chưa có tỉnh ${code}: chạy lệnh không có --records-only trước.`);
  return createProvince(db, o, shape, code, name);
}

// ---- a year of records ---------------------------------------------------------------------------------------

type ConferenceRow = { unit_id: number; kind: string; held_on: string; total: number | null; present: number | null; valid: boolean | null; raised: number; resolved: number };
type ActivityRow = { unit_id: number; board: string; subject: string; held_on: string; has_violation: boolean };

/** The records of a province, drawn unit by unit from one random stream (same seed, same records). */
class Records {
  readonly conferences: ConferenceRow[] = [];
  readonly activities: ActivityRow[] = [];
  readonly counters = new CounterBatch();

  constructor(
    private readonly rand: Rand,
    private readonly year: number,
    /** The last day records may fall on (the end of the year, or today). */
    private readonly last: string,
    private readonly today: string,
  ) {}

  private day(): string {
    return dayOfYear(this.rand, this.year, this.last);
  }

  /** A conference (counted when valid: two thirds present, or no quorum asked). */
  conference(u: UnitRef, kind: string, day: string, total: number | null, present: number | null, raised: number, resolved: number): void {
    const valid = total === null || present === null ? null : 3 * present >= 2 * total;
    this.conferences.push({ unit_id: u.id, kind, held_on: day, total, present, valid, raised, resolved });
    if (valid === false) return;
    this.counters.add(u, `conferences.${kind}`, day);
    this.counters.add(u, 'conferences.opinions_raised', day, raised);
    this.counters.add(u, 'conferences.opinions_resolved', day, resolved);
  }

  /** One year of the unit's records, by its kind. */
  add(u: UnitRef): void {
    if (u.kind === 'agency') this.agency(u);
    if (u.kind === 'enterprise') this.enterprise(u);
    if (u.kind === 'village') this.village(u);
    if (u.kind === 'commune') this.commune(u);
  }

  private agency(u: UnitRef): void {
    const rand = this.rand;
    if (rand() < 0.97) {
      const total = int(rand, 15, 120);
      const raised = int(rand, 0, 15);
      this.conference(u, 'staff_conference', this.day(), total, int(rand, Math.ceil((2 * total) / 3), total), raised, int(rand, 0, raised));
    }
  }

  private enterprise(u: UnitRef): void {
    const rand = this.rand;
    if (rand() < 0.85) {
      const total = int(rand, 50, 800);
      const raised = int(rand, 0, 30);
      this.conference(u, 'worker_conference', this.day(), total, int(rand, Math.ceil((2 * total) / 3), total), raised, int(rand, 0, raised));
    }
    if (rand() < 0.92) {
      const raised = int(rand, 1, 12);
      this.conference(u, 'dialogue', this.day(), null, int(rand, 10, 60), raised, int(rand, Math.floor(raised / 2), raised));
    }
  }

  private village(u: UnitRef): void {
    const rand = this.rand;
    for (let m = 0; m < 2; m++) this.conference(u, 'village_meeting', this.day(), null, int(rand, 40, 250), int(rand, 0, 8), 0);
    // Decisions of households: about one a year per village, 85% pass.
    if (rand() < 0.9) {
      const d = this.day();
      this.counters.add(u, 'decisions.held', d);
      if (rand() < 0.85) this.counters.add(u, 'decisions.passed', d);
    }
  }

  private commune(u: UnitRef): void {
    const rand = this.rand;
    // Supervision: ~4 a year, 15% with signs of violation.
    for (let a = 0; a < 4; a++) {
      const d = this.day();
      const v = rand() < 0.15;
      this.activities.push({ unit_id: u.id, board: rand() < 0.5 ? 'inspection' : 'investment', subject: `Giám sát số ${a + 1}`, held_on: d, has_violation: v });
      this.counters.add(u, 'oversight.activities', d);
      if (v) this.counters.add(u, 'oversight.with_violations', d);
    }
    // Cases: ~60 a year; due 30 days after receipt; 90% resolved, 85% of those by the due date.
    const cases = scaled(rand, 60);
    for (let c = 0; c < cases; c++) {
      const received = this.day();
      const due = addDays(received, 30);
      this.counters.add(u, 'cases.received', received);
      this.counters.add(u, `cases.received.${CASE_MIX[Math.floor(rand() * CASE_MIX.length)]}`, received);
      this.counters.add(u, 'cases.due', due);
      if (rand() < 0.9) {
        const onTime = rand() < 0.85;
        const resolved = onTime ? addDays(received, int(rand, 1, 30)) : addDays(due, int(rand, 1, 20));
        if (resolved <= this.today) {
          this.counters.add(u, 'cases.resolved', resolved);
          if (onTime) this.counters.add(u, 'cases.closed_by_due', due);
        }
      }
    }
    // Citizen reception: ~24 logged receptions a year, 1–5 citizens each.
    for (let r = 0; r < 24; r++) {
      const d = this.day();
      this.counters.add(u, 'reception.sessions', d);
      this.counters.add(u, 'reception.citizens', d, int(rand, 1, 5));
    }
    for (let d = 0; d < 20; d++) this.counters.add(u, 'disclosures.published', this.day());
  }

  /** Writes the records and the counters in bulk. */
  async write(db: Kysely<DB>): Promise<void> {
    for (let i = 0; i < this.conferences.length; i += 1000) {
      const chunk = this.conferences.slice(i, i + 1000);
      await sql`INSERT INTO conferences (unit_id, kind, held_on, participants_total, participants_present, valid, opinions_raised, opinions_resolved) VALUES ${sql.join(
        chunk.map((c) => sql`(${c.unit_id}, ${c.kind}, ${c.held_on}, ${c.total}, ${c.present}, ${c.valid}, ${c.raised}, ${c.resolved})`),
      )}`.execute(db);
    }
    for (let i = 0; i < this.activities.length; i += 1000) {
      const chunk = this.activities.slice(i, i + 1000);
      await sql`INSERT INTO oversight_activities (unit_id, board, subject, held_on, has_violation) VALUES ${sql.join(
        chunk.map((a) => sql`(${a.unit_id}, ${a.board}, ${a.subject}, ${a.held_on}, ${a.has_violation})`),
      )}`.execute(db);
    }
    await this.counters.flush(db);
  }
}

/** A conference written in bulk by `writeConferences`. */
export interface BulkConference {
  unit: UnitRef;
  kind: 'staff_conference' | 'worker_conference' | 'dialogue' | 'village_meeting';
  day: string;
  total?: number | null;
  present?: number | null;
  raised?: number;
  resolved?: number;
}

/**
 * Conferences written in bulk with their counters exactly as `generate` writes a year of records (rows of the
 * conferences table, `conferences.<kind>` and the opinions' counters of the valid ones): for tests that need the
 * figures of a whole province (e.g. 861 of 866 agencies) without a request per conference.
 */
export async function writeConferences(db: Kysely<DB>, list: readonly BulkConference[]): Promise<void> {
  const records = new Records(() => 0, 0, '', '');
  for (const c of list) records.conference(c.unit, c.kind, c.day, c.total ?? null, c.present ?? null, c.raised ?? 0, c.resolved ?? 0);
  await records.write(db);
}

// ---- the whole run -------------------------------------------------------------------------------------------

const provinceName = (o: GenerateOptions, pi: number) =>
  `Tỉnh ${PROVINCE_NAMES[pi % PROVINCE_NAMES.length]}${pi >= PROVINCE_NAMES.length ? ` ${Math.floor(pi / PROVINCE_NAMES.length) + 1}` : ''} (${o.seed})`;

export async function generate(db: Kysely<DB>, o: GenerateOptions, today: string): Promise<GenerateResult> {
  const rand = prng(o.recordsSeed ?? o.seed);
  const shape = shapeOf(o);
  const result: GenerateResult = { provinces: [], units: 0, households: 0, conferences: 0, oversightActivities: 0, counterEvents: 0 };
  const last = `${o.year}-12-31` < today ? `${o.year}-12-31` : today;
  const bar = o.quiet ? null : new ProgressBar({ label: 'Sinh dữ liệu', total: o.provinces * shape.communesPer, unit: 'xã' });

  for (let pi = 0; pi < o.provinces; pi++) {
    const code = `GEN${o.seed}-${pi + 1}`;
    const name = provinceName(o, pi);
    // One transaction per province.
    await db.transaction().execute(async (trx) => {
      const prov = await provinceOf(trx, o, shape, code, name);
      const all = await subtree(trx, prov.path);
      if (!o.recordsOnly) {
        result.units += all.length;
        result.households += all.filter((u) => u.kind === 'village').length * shape.householdsPer;
      }
      result.provinces.push({ id: prov.id, name, code });
      const records = new Records(rand, o.year, last, today);
      for (const u of all) {
        for (let k = 0; k < o.records; k++) records.add(u);
        if (u.kind === 'commune') bar?.tick(1);
      }
      await records.write(trx);
      result.conferences += records.conferences.length;
      result.oversightActivities += records.activities.length;
      result.counterEvents += records.counters.events;
    });
  }
  bar?.finish();
  // Fresh statistics after a bulk load, so that the planner picks the indexes.
  await sql`ANALYZE`.execute(db);
  return result;
}
