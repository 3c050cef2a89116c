// `coso import`, checking the rows (pure: what the database knows is given): each row's kind, then the units in file
// order (a parent must come before its children), then the households. Every problem is reported with its row,
// column and a Vietnamese message; the rows without problems make the plan that apply.ts writes.
import type { Actor } from '../../../core/context.ts';
import { can } from '../../../core/permissions.ts';
import type { UnitKind } from '../../../core/schema.ts';
import { holdsHouseholds, parentRefusal, ROOT_UNIT_ID, UNIT_KIND_LABELS, type HouseholdInput } from '../rules.ts';
import { kindOf, type Column, type ImportError, type ImportKind, type RawRow } from './columns.ts';

type UnitImportKind = Exclude<ImportKind, 'household'>;

interface PlannedUnit {
  row: number;
  kind: UnitImportKind;
  name: string;
  code: string;
  parentCode: string | null;
}

export interface PlannedHousehold {
  row: number;
  villageCode: string;
  input: HouseholdInput;
}

/** A unit of the database referenced by code (a parent, a village). */
interface ExistingUnit {
  id: number;
  kind: UnitKind;
  path: string;
}

export interface ImportPlan {
  units: PlannedUnit[];
  households: PlannedHousehold[];
  /** Units of the database referenced by code (parents, villages). */
  existing: Map<string, ExistingUnit>;
}

interface ClassifiedRow {
  raw: RawRow;
  kind: ImportKind;
}

/** A unit of the file, by code: where it sits and the unit whose permissions decide (its parent's path). */
interface FileUnit {
  row: number;
  kind: UnitImportKind;
  anchorPath: string | null;
}

/** The problems found, in the order found. */
export class RowErrors {
  readonly list: ImportError[];
  constructor(initial: readonly ImportError[] = []) {
    this.list = [...initial];
  }
  add(row: number, column: Column | '', value: string, message: string): void {
    this.list.push({ row, column, value, message });
  }
  get count(): number {
    return this.list.length;
  }
}

const PHONE_RE = /^[0-9+ ().-]*$/;
/** Field lengths, the same as the API's (schema.ts). */
const LIMITS = { name: 200, code: 50, phone: 20, address: 300 } as const;

const kindLabel = (k: UnitKind) => UNIT_KIND_LABELS[k].vi.toLowerCase();

/** The kind of each row: its "loai", or a household when it has household columns. */
export function classifyRows(rows: readonly RawRow[], errors: RowErrors): ClassifiedRow[] {
  const out: ClassifiedRow[] = [];
  for (const raw of rows) {
    const v = raw.values;
    let kind: ImportKind | undefined;
    if (v.loai) {
      kind = kindOf(v.loai);
      if (!kind) {
        errors.add(raw.row, 'loai', v.loai, `Loại "${v.loai}" không hợp lệ; dùng: tinh, xa, phuong, thon, to_dan_pho, co_quan, doanh_nghiep hoặc ho.`);
        continue;
      }
    } else if (v.ma_thon || v.dai_dien || v.ten_ho) {
      kind = 'household';
    } else {
      errors.add(raw.row, 'loai', '', 'Thiếu loại đơn vị (cột "loai").');
      continue;
    }
    out.push({ raw, kind });
  }
  return out;
}

/** Every unit code the rows name (their own, their parents', their villages'). */
export function referencedCodes(rows: readonly ClassifiedRow[]): string[] {
  const out: string[] = [];
  for (const { raw } of rows) {
    for (const c of ['ma', 'ma_cap_tren', 'ma_thon'] as const) if (raw.values[c]) out.push(raw.values[c]);
  }
  return out;
}

// ---- units ---------------------------------------------------------------------------------------------------

interface UnitPass {
  existing: ReadonlyMap<string, ExistingUnit>;
  fileUnits: Map<string, FileUnit>;
  /** Row of each unit code of the file (to tell "comes later" from "unknown"). */
  unitRows: ReadonlyMap<string, number>;
  actor: Actor | null;
  errors: RowErrors;
}

/** Reports a unit's name or code missing or too long, and a code already taken. */
function checkNameAndCode(row: number, name: string, code: string, p: UnitPass): void {
  if (!name) p.errors.add(row, 'ten', '', 'Thiếu tên đơn vị.');
  else if (name.length > LIMITS.name) p.errors.add(row, 'ten', name.slice(0, 50), `Tên đơn vị dài quá ${LIMITS.name} ký tự.`);
  if (!code) p.errors.add(row, 'ma', '', 'Thiếu mã đơn vị (cần để tham chiếu và tránh nhập trùng).');
  else if (code.length > LIMITS.code) p.errors.add(row, 'ma', code.slice(0, 50), `Mã đơn vị dài quá ${LIMITS.code} ký tự.`);
  else if (p.existing.has(code)) p.errors.add(row, 'ma', code, `Mã đơn vị "${code}" đã có trong hệ thống (trùng lặp).`);
  else if (p.fileUnits.has(code)) p.errors.add(row, 'ma', code, `Mã đơn vị "${code}" bị trùng với dòng ${p.fileUnits.get(code)!.row}.`);
}

/**
 * The unit's parent: earlier in the file, or in the database; a province without parent hangs under the country.
 * Undefined (reported) when there is none to be found.
 */
function parentOf(row: number, kind: UnitImportKind, parentCode: string | null, p: UnitPass): { kind: UnitKind; anchorPath: string | null } | undefined {
  if (!parentCode) {
    if (kind === 'province') return { kind: 'country', anchorPath: `/${ROOT_UNIT_ID}/` };
    p.errors.add(row, 'ma_cap_tren', '', `Thiếu mã đơn vị cấp trên của ${kindLabel(kind)}.`);
    return undefined;
  }
  const inFile = p.fileUnits.get(parentCode);
  if (inFile) return { kind: inFile.kind, anchorPath: inFile.anchorPath };
  const inDb = p.existing.get(parentCode);
  if (inDb) return { kind: inDb.kind, anchorPath: inDb.path };
  const later = p.unitRows.get(parentCode);
  if (later !== undefined && later > row) {
    p.errors.add(row, 'ma_cap_tren', parentCode, `Đơn vị cấp trên "${parentCode}" phải đứng trước (đang ở dòng ${later}).`);
  } else {
    p.errors.add(row, 'ma_cap_tren', parentCode, `Không tìm thấy đơn vị cấp trên có mã "${parentCode}".`);
  }
  return undefined;
}

function checkUnitRow(raw: RawRow, kind: UnitImportKind, p: UnitPass): PlannedUnit | null {
  const v = raw.values;
  const name = v.ten ?? '';
  const code = v.ma ?? '';
  const before = p.errors.count;
  checkNameAndCode(raw.row, name, code, p);
  const parentCode = v.ma_cap_tren || null;
  const parent = parentOf(raw.row, kind, parentCode, p);
  const misplaced = parent && p.errors.count === before ? parentRefusal(kind, parent.kind) : null;
  if (misplaced) p.errors.add(raw.row, 'ma_cap_tren', parentCode ?? '', misplaced.message);
  if (p.errors.count === before && parent?.anchorPath && !can(p.actor, 'import.run', parent.anchorPath)) {
    p.errors.add(raw.row, 'ma_cap_tren', parentCode ?? '', 'Tài khoản nhập không có quyền tạo đơn vị ở đây.');
  }
  const ok = p.errors.count === before;
  if (code && !p.fileUnits.has(code) && !p.existing.has(code)) p.fileUnits.set(code, { row: raw.row, kind, anchorPath: parent?.anchorPath ?? null });
  return ok ? { row: raw.row, kind, name, code, parentCode } : null;
}

/** The unit rows, in file order; also the units of the file by code, for the households that name them. */
export function checkUnits(rows: readonly ClassifiedRow[], existing: ReadonlyMap<string, ExistingUnit>, actor: Actor | null, errors: RowErrors) {
  const unitRows = new Map<string, number>();
  for (const { raw, kind } of rows) if (kind !== 'household' && raw.values.ma) unitRows.set(raw.values.ma, raw.row);
  const pass: UnitPass = { existing, fileUnits: new Map(), unitRows, actor, errors };
  const units: PlannedUnit[] = [];
  for (const { raw, kind } of rows) {
    if (kind === 'household') continue;
    const u = checkUnitRow(raw, kind, pass);
    if (u) units.push(u);
  }
  return { units, fileUnits: pass.fileUnits as ReadonlyMap<string, FileUnit> };
}

// ---- households ----------------------------------------------------------------------------------------------

/** The village of a household row: its "ma_thon", else its "ma_cap_tren". */
const villageCodeOf = (v: Record<string, string>) => v.ma_thon || v.ma_cap_tren || '';

/** Ids of the database's villages that household rows name (their household codes are loaded). */
export function householdVillageIds(rows: readonly ClassifiedRow[], existing: ReadonlyMap<string, ExistingUnit>): number[] {
  const ids = new Set<number>();
  for (const { raw, kind } of rows) {
    if (kind !== 'household') continue;
    const vc = villageCodeOf(raw.values);
    const u = vc ? existing.get(vc) : undefined;
    if (u) ids.add(u.id);
  }
  return [...ids];
}

interface HouseholdPass {
  existing: ReadonlyMap<string, ExistingUnit>;
  fileUnits: ReadonlyMap<string, FileUnit>;
  /** Household codes of the database's villages, as `${unitId}\0${code}`. */
  takenCodes: ReadonlySet<string>;
  /** Household codes seen in the file, as `${villageKey}\0${code}` → row. */
  fileCodes: Map<string, number>;
  actor: Actor | null;
  errors: RowErrors;
}

/** The key of the household's village (its id, or `new:<code>` for a village of the file); null when reported. */
function villageOf(row: number, v: Record<string, string>, p: HouseholdPass): string | null {
  const villageCol: Column = v.ma_thon ? 'ma_thon' : v.ma_cap_tren ? 'ma_cap_tren' : 'ma_thon';
  const villageCode = villageCodeOf(v);
  if (!villageCode) {
    p.errors.add(row, 'ma_thon', '', 'Thiếu mã thôn, tổ dân phố của hộ gia đình.');
    return null;
  }
  const inFile = p.fileUnits.get(villageCode);
  const inDb = p.existing.get(villageCode);
  const k = inFile ? inFile.kind : inDb?.kind;
  const anchor = inFile ? inFile.anchorPath : inDb?.path;
  if (!k) {
    p.errors.add(row, villageCol, villageCode, `Không tìm thấy thôn, tổ dân phố có mã "${villageCode}".`);
  } else if (!holdsHouseholds(k)) {
    p.errors.add(row, villageCol, villageCode, `Đơn vị "${villageCode}" là ${kindLabel(k)}: chỉ thêm được hộ gia đình vào thôn, tổ dân phố.`);
  } else if (anchor && !(can(p.actor, 'import.run', anchor) && can(p.actor, 'household.create', anchor))) {
    p.errors.add(row, villageCol, villageCode, 'Tài khoản nhập không có quyền thêm hộ gia đình vào thôn này.');
  } else {
    return inDb ? String(inDb.id) : `new:${villageCode}`;
  }
  return null;
}

/** The household's own fields: a representative, and nothing too long or malformed. */
function fieldsOk(row: number, v: Record<string, string>, h: HouseholdInput, p: HouseholdPass): boolean {
  const before = p.errors.count;
  const rep = h.representative.name;
  const phone = h.representative.phone ?? '';
  const address = h.address ?? '';
  if (!rep) p.errors.add(row, 'dai_dien', '', 'Thiếu họ tên người đại diện hộ.');
  else if (rep.length > LIMITS.name) p.errors.add(row, 'dai_dien', rep.slice(0, 50), `Họ tên người đại diện dài quá ${LIMITS.name} ký tự.`);
  if (h.name.length > LIMITS.name) p.errors.add(row, v.ten_ho ? 'ten_ho' : 'ten', h.name.slice(0, 50), `Tên hộ dài quá ${LIMITS.name} ký tự.`);
  if (phone && (phone.length > LIMITS.phone || !PHONE_RE.test(phone))) {
    p.errors.add(row, 'dien_thoai', phone.slice(0, 50), 'Số điện thoại không hợp lệ (chỉ gồm chữ số, dấu cách, + ( ) . -; tối đa 20 ký tự).');
  }
  if (address.length > LIMITS.address) p.errors.add(row, 'dia_chi', address.slice(0, 50), `Địa chỉ dài quá ${LIMITS.address} ký tự.`);
  return p.errors.count === before;
}

/** The household's code (optional) is not too long and new in its village, in the database and in the file. */
function codeOk(row: number, v: Record<string, string>, villageKey: string | null, p: HouseholdPass): boolean {
  const code = v.ma_ho || v.ma || '';
  const codeCol: Column = v.ma_ho ? 'ma_ho' : 'ma';
  if (!code) return true;
  if (code.length > LIMITS.code) {
    p.errors.add(row, codeCol, code.slice(0, 50), `Mã hộ dài quá ${LIMITS.code} ký tự.`);
    return false;
  }
  if (!villageKey) return true;
  const key = `${villageKey}\0${code}`;
  if (p.takenCodes.has(key)) {
    p.errors.add(row, codeCol, code, `Mã hộ "${code}" đã có trong thôn "${villageCodeOf(v)}" (trùng lặp).`);
    return false;
  }
  if (p.fileCodes.has(key)) {
    p.errors.add(row, codeCol, code, `Mã hộ "${code}" bị trùng với dòng ${p.fileCodes.get(key)} (cùng thôn).`);
    return false;
  }
  p.fileCodes.set(key, row);
  return true;
}

function checkHouseholdRow(raw: RawRow, p: HouseholdPass): PlannedHousehold | null {
  const v = raw.values;
  const rep = v.dai_dien ?? '';
  const code = v.ma_ho || v.ma || '';
  const input: HouseholdInput = {
    name: v.ten_ho || v.ten || (rep ? `Hộ ${rep}` : ''),
    code: code || null,
    address: v.dia_chi || null,
    representative: { name: rep, phone: v.dien_thoai || null },
  };
  const villageKey = villageOf(raw.row, v, p);
  const fields = fieldsOk(raw.row, v, input, p);
  const codeFine = codeOk(raw.row, v, villageKey, p);
  return villageKey !== null && fields && codeFine ? { row: raw.row, villageCode: villageCodeOf(v), input } : null;
}

/** The household rows, each in a village of the database or of the file that the actor may add households to. */
export function checkHouseholds(
  rows: readonly ClassifiedRow[],
  known: Pick<HouseholdPass, 'existing' | 'fileUnits' | 'takenCodes' | 'actor' | 'errors'>,
): PlannedHousehold[] {
  const pass: HouseholdPass = { ...known, fileCodes: new Map() };
  const out: PlannedHousehold[] = [];
  for (const { raw, kind } of rows) {
    if (kind !== 'household') continue;
    const h = checkHouseholdRow(raw, pass);
    if (h) out.push(h);
  }
  return out;
}
