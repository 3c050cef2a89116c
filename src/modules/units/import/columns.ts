// Import of units and households from CSV or XLSX (`coso import`, spec §1): every row is validated first (row,
// column, Vietnamese message); then everything is written in ONE transaction through the module's own use cases
// (createUnit, bulkCreateHouseholds), so nothing is half-imported and every write is audited the usual way:
// once per unit, once per batch of households.
//
// Columns (header names are matched without diacritics or case: "Mã cấp trên" = "ma_cap_tren"; English aliases
// accepted). One file may hold units and households; a parent may appear earlier in the file or exist already.
//   loai          kind: tinh | huyen | xa | phuong | dac_khu | thon | to_dan_pho | co_quan | doanh_nghiep | ho
//                 (or province | district | commune | village | agency | enterprise | household). Empty = household
//                 when the row has a village code / household columns.
//   ma            unit code (required for a unit; unique)            — for a household row: its code (= ma_ho)
//   ten           unit name (required)                               — for a household row: its name (= ten_ho)
//   ma_cap_tren   parent unit code (empty for a province = under the country)
//   ma_thon       household: code of its village / residential group (or ma_cap_tren)
//   ten_ho        household name (default "Hộ <đại diện>")
//   dai_dien      household: representative's full name (required)
//   dien_thoai    household: representative's phone
//   dia_chi       household: address
//   ma_ho         household: code, unique within the village
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { RefusalError } from '../../core/refusal.ts';
import { can } from '../../core/permissions.ts';
import type { UnitKind } from '../../core/schema.ts';
import * as commands from './commands.ts';
import { holdsHouseholds, parentAllowed, parentErrorVi, UNIT_KIND_LABELS } from './rules.ts';

/** Households per call of bulkCreateHouseholds (one audit entry each). */
export const HOUSEHOLD_BATCH = 2000;
export const MAX_IMPORT_ROWS = 500_000;

export type ImportKind = Exclude<UnitKind, 'country'> | 'household';

export interface ImportError {
  /** Row number as the user sees it (spreadsheet row / line of the CSV file; the header is row 1). 0 = the file. */
  row: number;
  /** Column (canonical name), '' when about the whole row. */
  column: string;
  value: string;
  message: string;
}

export interface RawRow {
  row: number;
  values: Record<string, string>;
}

export interface ParsedFile {
  rows: RawRow[];
  /** Canonical names of the recognised columns. */
  columns: string[];
  /** Header cells that matched no column (reported as warnings, not errors). */
  ignoredColumns: string[];
  errors: ImportError[];
}

// ---- headers and kinds --------------------------------------------------------------------------------

/** Lower case, no diacritics, đ → d, runs of non-alphanumerics → '_'. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export const COLUMNS = ['loai', 'ma', 'ten', 'ma_cap_tren', 'ma_thon', 'ten_ho', 'dai_dien', 'dien_thoai', 'dia_chi', 'ma_ho'] as const;
export type Column = (typeof COLUMNS)[number];

const COLUMN_ALIASES: Record<Column, string[]> = {
  loai: ['loai', 'loai_don_vi', 'kind', 'type'],
  ma: ['ma', 'ma_don_vi', 'code'],
  ten: ['ten', 'ten_don_vi', 'name'],
  ma_cap_tren: ['ma_cap_tren', 'ma_don_vi_cap_tren', 'ma_dv_cap_tren', 'parent_code', 'parent'],
  ma_thon: ['ma_thon', 'ma_to_dan_pho', 'ma_thon_to_dan_pho', 'village_code', 'village'],
  ten_ho: ['ten_ho', 'ten_ho_gia_dinh', 'ho_gia_dinh', 'household_name', 'household'],
  dai_dien: ['dai_dien', 'nguoi_dai_dien', 'ho_ten_dai_dien', 'chu_ho', 'representative'],
  dien_thoai: ['dien_thoai', 'so_dien_thoai', 'sdt', 'phone'],
  dia_chi: ['dia_chi', 'address'],
  ma_ho: ['ma_ho', 'ma_ho_gia_dinh', 'household_code'],
};
const HEADER_TO_COLUMN = new Map<string, Column>(
  Object.entries(COLUMN_ALIASES).flatMap(([col, aliases]) => aliases.map((a) => [a, col as Column] as const)),
);

/** Vietnamese labels of the columns, for messages. */
export const COLUMN_LABELS: Record<Column, string> = {
  loai: 'loại',
  ma: 'mã',
  ten: 'tên',
  ma_cap_tren: 'mã cấp trên',
  ma_thon: 'mã thôn',
  ten_ho: 'tên hộ',
  dai_dien: 'đại diện',
  dien_thoai: 'điện thoại',
  dia_chi: 'địa chỉ',
  ma_ho: 'mã hộ',
};

const KIND_ALIASES: Record<ImportKind, string[]> = {
  province: ['province', 'tinh', 'thanh_pho', 'tinh_thanh_pho', 'thanh_pho_truc_thuoc_trung_uong'],
  district: ['district', 'huyen', 'quan', 'thi_xa', 'cap_trung_gian'],
  commune: ['commune', 'xa', 'phuong', 'dac_khu', 'thi_tran', 'xa_phuong', 'xa_phuong_dac_khu'],
  village: ['village', 'thon', 'to_dan_pho', 'tdp', 'ap', 'ban', 'buon', 'lang', 'khu_pho', 'thon_to_dan_pho'],
  agency: ['agency', 'co_quan', 'don_vi', 'co_quan_don_vi', 'don_vi_su_nghiep'],
  enterprise: ['enterprise', 'doanh_nghiep', 'cong_ty'],
  household: ['household', 'ho', 'ho_gia_dinh'],
};
const KIND_BY_ALIAS = new Map<string, ImportKind>(
  Object.entries(KIND_ALIASES).flatMap(([k, aliases]) => aliases.map((a) => [a, k as ImportKind] as const)),
);

export function kindOf(value: string): ImportKind | undefined {
  return KIND_BY_ALIAS.get(foldKey(value));
}

// ---- reading files ------------------------------------------------------------------------------------

interface TableRow {
  row: number;
  cells: string[];
  /** XLSX: cells typed as numbers (a phone typed as a number has lost its leading 0). */
  numeric?: boolean[];
}

function fromTable(table: TableRow[]): ParsedFile {
  const errors: ImportError[] = [];
  const headerIdx = table.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIdx < 0) {
    return { rows: [], columns: [], ignoredColumns: [], errors: [{ row: 0, column: '', value: '', message: 'Tệp không có dữ liệu.' }] };
  }
  const header = table[headerIdx]!;
  const map: (Column | null)[] = [];
  const columns: Column[] = [];
  const ignoredColumns: string[] = [];
  header.cells.forEach((h, i) => {
    const col = HEADER_TO_COLUMN.get(foldKey(h)) ?? null;
    if (col && columns.includes(col)) {
      errors.push({ row: header.row, column: col, value: h, message: `Cột "${h}" bị lặp lại.` });
      map[i] = null;
      return;
    }
    map[i] = col;
    if (col) columns.push(col);
    else if (h.trim()) ignoredColumns.push(h.trim());
  });
  if (!columns.includes('loai') && !columns.includes('ma_thon') && !columns.includes('dai_dien')) {
    errors.push({
      row: header.row,
      column: '',
      value: header.cells.join(', ').slice(0, 200),
      message: 'Không nhận ra dòng tiêu đề: cần cột "loai" (đơn vị) hoặc "ma_thon" và "dai_dien" (hộ gia đình).',
    });
  }
  const rows: RawRow[] = [];
  for (const r of table.slice(headerIdx + 1)) {
    if (!r.cells.some((c) => c.trim() !== '')) continue;
    const values: Record<string, string> = {};
    r.cells.forEach((c, i) => {
      const col = map[i];
      if (!col) return;
      let v = c.trim();
      if (col === 'dien_thoai' && r.numeric?.[i] && /^[1-9][0-9]{8}$/.test(v)) v = `0${v}`;
      values[col] = v;
    });
    rows.push({ row: r.row, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: 0, column: '', value: String(rows.length), message: `Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')}).` });
  }
  return { rows, columns, ignoredColumns, errors };
}

/** Parses CSV text (UTF-8, with or without BOM; comma, semicolon or tab separated; quoted fields). */
export function parseCsvText(text: string): ParsedFile {
  // CRLF → LF first: csv-parse counts CR and LF as two lines inside quoted fields, which shifts row numbers.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return {
      rows: [],
      columns: [],
      ignoredColumns: [],
      errors: [{ row: err.lines ?? 0, column: '', value: '', message: `Tệp CSV không đọc được (dòng ${err.lines ?? '?'}): kiểm tra dấu ngoặc kép và dấu phân cách.` }],
    };
  }
  return fromTable(
    records.map(({ record, info }) => ({
      // info.lines is the last line of the record; a quoted field may span lines.
      row: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    })),
  );
}

/** Reads the first worksheet of an XLSX file. */
export async function parseXlsxFile(file: string): Promise<ParsedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return { rows: [], columns: [], ignoredColumns: [], errors: [{ row: 0, column: '', value: '', message: 'Tệp Excel không đọc được (cần định dạng .xlsx).' }] };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], columns: [], ignoredColumns: [], errors: [{ row: 0, column: '', value: '', message: 'Tệp Excel không có trang tính nào.' }] };
  const table: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 1; c <= r.cellCount; c++) {
      const cell = r.getCell(c);
      cells.push(cell.text ?? '');
      numeric.push(typeof cell.value === 'number');
    }
    table.push({ row: rowNumber, cells, numeric });
  });
  return fromTable(table);
}

export async function readImportFile(file: string): Promise<ParsedFile> {
  const ext = path.extname(file).toLowerCase();
  if (!fs.existsSync(file)) {
    return { rows: [], columns: [], ignoredColumns: [], errors: [{ row: 0, column: '', value: file, message: `Không tìm thấy tệp "${file}".` }] };
  }
  if (ext === '.xlsx') return parseXlsxFile(file);
  if (ext === '.csv' || ext === '.txt') return parseCsvText(fs.readFileSync(file, 'utf8'));
  return {
    rows: [],
    columns: [],
    ignoredColumns: [],
    errors: [{ row: 0, column: '', value: file, message: 'Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx.' }],
  };
}

// ---- validation ---------------------------------------------------------------------------------------

export interface PlannedUnit {
  row: number;
  kind: Exclude<ImportKind, 'household'>;
  name: string;
  code: string;
  parentCode: string | null;
}

export interface PlannedHousehold {
  row: number;
  villageCode: string;
  input: commands.HouseholdInput;
}

export interface ImportPlan {
  units: PlannedUnit[];
  households: PlannedHousehold[];
  /** Units of the database referenced by code (parents, villages). */
  existing: Map<string, ExistingUnit>;
}

interface ExistingUnit {
  id: number;
  kind: UnitKind;
  path: string;
}

export interface ValidationResult {
  plan: ImportPlan;
  errors: ImportError[];
}

const PHONE_RE = /^[0-9+ ().-]*$/;
const LIMITS = { name: 200, code: 50, phone: 20, address: 300 } as const;

async function loadUnitsByCode(ctx: Ctx, codes: string[]): Promise<Map<string, ExistingUnit>> {
  const out = new Map<string, ExistingUnit>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await ctx.db
      .selectFrom('units')
      .select(['id', 'kind', 'code', 'path'])
      .where('code', 'in', unique.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.code!, { id: r.id, kind: r.kind, path: r.path });
  }
  return out;
}

/** Household codes already used in the given villages. */
async function loadHouseholdCodes(ctx: Ctx, unitIds: number[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < unitIds.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('households')
      .select(['unit_id', 'code'])
      .where('unit_id', 'in', unitIds.slice(i, i + 500))
      .where('code', 'is not', null)
      .execute();
    for (const r of rows) out.add(`${r.unit_id}\0${r.code}`);
  }
  return out;
}

const kindLabel = (k: UnitKind) => UNIT_KIND_LABELS[k].vi.toLowerCase();

/**
 * Validates every row (nothing is written): row, column and a Vietnamese message for each problem, including
 * codes already in the database, unknown or misplaced parents, and rows the actor may not import.
 */
export async function validateImport(ctx: Ctx, parsed: ParsedFile): Promise<ValidationResult> {
  const errors: ImportError[] = [...parsed.errors];
  const units: PlannedUnit[] = [];
  const households: PlannedHousehold[] = [];
  const err = (row: number, column: Column | '', value: string, message: string) => errors.push({ row, column, value, message });

  // Pass 1: shape of each row.
  type Classified = { raw: RawRow; kind: ImportKind };
  const classified: Classified[] = [];
  for (const raw of parsed.rows) {
    const v = raw.values;
    let kind: ImportKind | undefined;
    if (v.loai) {
      kind = kindOf(v.loai);
      if (!kind) {
        err(raw.row, 'loai', v.loai, `Loại "${v.loai}" không hợp lệ; dùng: tinh, xa, phuong, thon, to_dan_pho, co_quan, doanh_nghiep hoặc ho.`);
        continue;
      }
    } else if (v.ma_thon || v.dai_dien || v.ten_ho) {
      kind = 'household';
    } else {
      err(raw.row, 'loai', '', 'Thiếu loại đơn vị (cột "loai").');
      continue;
    }
    classified.push({ raw, kind });
  }

  // Codes referenced anywhere: load the ones that already exist in the database.
  const referenced: string[] = [];
  for (const { raw } of classified) {
    for (const c of ['ma', 'ma_cap_tren', 'ma_thon'] as const) if (raw.values[c]) referenced.push(raw.values[c]);
  }
  const existing = await loadUnitsByCode(ctx, referenced);

  // Pass 2: units, in file order (a parent must come before its children).
  const fileUnits = new Map<string, { row: number; kind: ImportKind; anchorPath: string | null }>();
  const laterUnitCodes = new Map<string, number>();
  for (const { raw, kind } of classified) if (kind !== 'household' && raw.values.ma) laterUnitCodes.set(raw.values.ma, raw.row);

  for (const { raw, kind } of classified) {
    if (kind === 'household') continue;
    const v = raw.values;
    let ok = true;
    const name = v.ten ?? '';
    const code = v.ma ?? '';
    if (!name) {
      err(raw.row, 'ten', '', 'Thiếu tên đơn vị.');
      ok = false;
    } else if (name.length > LIMITS.name) {
      err(raw.row, 'ten', name.slice(0, 50), `Tên đơn vị dài quá ${LIMITS.name} ký tự.`);
      ok = false;
    }
    if (!code) {
      err(raw.row, 'ma', '', 'Thiếu mã đơn vị (cần để tham chiếu và tránh nhập trùng).');
      ok = false;
    } else if (code.length > LIMITS.code) {
      err(raw.row, 'ma', code.slice(0, 50), `Mã đơn vị dài quá ${LIMITS.code} ký tự.`);
      ok = false;
    } else if (existing.has(code)) {
      err(raw.row, 'ma', code, `Mã đơn vị "${code}" đã có trong hệ thống (trùng lặp).`);
      ok = false;
    } else if (fileUnits.has(code)) {
      err(raw.row, 'ma', code, `Mã đơn vị "${code}" bị trùng với dòng ${fileUnits.get(code)!.row}.`);
      ok = false;
    }
    // Parent: earlier in the file, or in the database; a province without parent hangs under the country.
    const parentCode = v.ma_cap_tren || null;
    let parentKind: UnitKind | null = null;
    let anchorPath: string | null = null;
    if (parentCode) {
      const inFile = fileUnits.get(parentCode);
      const inDb = existing.get(parentCode);
      if (inFile) {
        parentKind = inFile.kind === 'household' ? null : inFile.kind;
        anchorPath = inFile.anchorPath;
      } else if (inDb) {
        parentKind = inDb.kind;
        anchorPath = inDb.path;
      } else if (laterUnitCodes.has(parentCode) && laterUnitCodes.get(parentCode)! > raw.row) {
        err(raw.row, 'ma_cap_tren', parentCode, `Đơn vị cấp trên "${parentCode}" phải đứng trước (đang ở dòng ${laterUnitCodes.get(parentCode)}).`);
        ok = false;
      } else {
        err(raw.row, 'ma_cap_tren', parentCode, `Không tìm thấy đơn vị cấp trên có mã "${parentCode}".`);
        ok = false;
      }
    } else if (kind === 'province') {
      parentKind = 'country';
      anchorPath = `/${commands.ROOT_UNIT_ID}/`;
    } else {
      err(raw.row, 'ma_cap_tren', '', `Thiếu mã đơn vị cấp trên của ${kindLabel(kind)}.`);
      ok = false;
    }
    if (ok && parentKind && !parentAllowed(kind, parentKind)) {
      err(raw.row, 'ma_cap_tren', parentCode ?? '', parentErrorVi(kind, parentKind === 'country' ? null : parentKind));
      ok = false;
    }
    if (ok && anchorPath && !can(ctx.actor, 'import.run', anchorPath)) {
      err(raw.row, 'ma_cap_tren', parentCode ?? '', 'Tài khoản nhập không có quyền tạo đơn vị ở đây.');
      ok = false;
    }
    if (code && !fileUnits.has(code) && !existing.has(code)) fileUnits.set(code, { row: raw.row, kind, anchorPath });
    if (ok) units.push({ row: raw.row, kind, name, code, parentCode });
  }

  // Pass 3: households.
  const dbVillageIds = new Set<number>();
  for (const { raw, kind } of classified) {
    if (kind !== 'household') continue;
    const vc = raw.values.ma_thon || raw.values.ma_cap_tren;
    const u = vc ? existing.get(vc) : undefined;
    if (u) dbVillageIds.add(u.id);
  }
  const takenCodes = await loadHouseholdCodes(ctx, [...dbVillageIds]);
  const fileHouseholdCodes = new Map<string, number>();
  for (const { raw, kind } of classified) {
    if (kind !== 'household') continue;
    const v = raw.values;
    let ok = true;
    const villageCol: Column = v.ma_thon ? 'ma_thon' : v.ma_cap_tren ? 'ma_cap_tren' : 'ma_thon';
    const villageCode = v.ma_thon || v.ma_cap_tren || '';
    const rep = v.dai_dien ?? '';
    const name = v.ten_ho || v.ten || (rep ? `Hộ ${rep}` : '');
    const code = v.ma_ho || v.ma || '';
    const codeCol: Column = v.ma_ho ? 'ma_ho' : 'ma';
    const phone = v.dien_thoai ?? '';
    const address = v.dia_chi ?? '';
    let villageKey: string | null = null;
    if (!villageCode) {
      err(raw.row, 'ma_thon', '', 'Thiếu mã thôn, tổ dân phố của hộ gia đình.');
      ok = false;
    } else {
      const inFile = fileUnits.get(villageCode);
      const inDb = existing.get(villageCode);
      const k = inFile ? inFile.kind : inDb?.kind;
      const anchor = inFile ? inFile.anchorPath : inDb?.path;
      if (!k) {
        err(raw.row, villageCol, villageCode, `Không tìm thấy thôn, tổ dân phố có mã "${villageCode}".`);
        ok = false;
      } else if (k === 'household' || !holdsHouseholds(k)) {
        err(raw.row, villageCol, villageCode, `Đơn vị "${villageCode}" là ${kindLabel(k as UnitKind)}: chỉ thêm được hộ gia đình vào thôn, tổ dân phố.`);
        ok = false;
      } else if (anchor && !(can(ctx.actor, 'import.run', anchor) && can(ctx.actor, 'household.create', anchor))) {
        err(raw.row, villageCol, villageCode, 'Tài khoản nhập không có quyền thêm hộ gia đình vào thôn này.');
        ok = false;
      } else {
        villageKey = inDb ? String(inDb.id) : `new:${villageCode}`;
      }
    }
    if (!rep) {
      err(raw.row, 'dai_dien', '', 'Thiếu họ tên người đại diện hộ.');
      ok = false;
    } else if (rep.length > LIMITS.name) {
      err(raw.row, 'dai_dien', rep.slice(0, 50), `Họ tên người đại diện dài quá ${LIMITS.name} ký tự.`);
      ok = false;
    }
    if (name.length > LIMITS.name) {
      err(raw.row, v.ten_ho ? 'ten_ho' : 'ten', name.slice(0, 50), `Tên hộ dài quá ${LIMITS.name} ký tự.`);
      ok = false;
    }
    if (phone && (phone.length > LIMITS.phone || !PHONE_RE.test(phone))) {
      err(raw.row, 'dien_thoai', phone.slice(0, 50), 'Số điện thoại không hợp lệ (chỉ gồm chữ số, dấu cách, + ( ) . -; tối đa 20 ký tự).');
      ok = false;
    }
    if (address.length > LIMITS.address) {
      err(raw.row, 'dia_chi', address.slice(0, 50), `Địa chỉ dài quá ${LIMITS.address} ký tự.`);
      ok = false;
    }
    if (code) {
      if (code.length > LIMITS.code) {
        err(raw.row, codeCol, code.slice(0, 50), `Mã hộ dài quá ${LIMITS.code} ký tự.`);
        ok = false;
      } else if (villageKey) {
        const key = `${villageKey}\0${code}`;
        if (takenCodes.has(key)) {
          err(raw.row, codeCol, code, `Mã hộ "${code}" đã có trong thôn "${villageCode}" (trùng lặp).`);
          ok = false;
        } else if (fileHouseholdCodes.has(key)) {
          err(raw.row, codeCol, code, `Mã hộ "${code}" bị trùng với dòng ${fileHouseholdCodes.get(key)} (cùng thôn).`);
          ok = false;
        } else {
          fileHouseholdCodes.set(key, raw.row);
        }
      }
    }
    if (ok) {
      households.push({
        row: raw.row,
        villageCode,
        input: { name, code: code || null, address: address || null, representative: { name: rep, phone: phone || null } },
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { plan: { units, households, existing }, errors };
}

// ---- writing ------------------------------------------------------------------------------------------

export interface ImportResult {
  units: number;
  households: number;
  /** True when the writes ran and were rolled back (dry run). */
  dryRun: boolean;
}

/** An error of the write phase, tied to the row that caused it; everything was rolled back. */
export class ImportWriteError extends Error {
  constructor(readonly importError: ImportError) {
    super(`Dòng ${importError.row}: ${importError.message}`);
    this.name = 'ImportWriteError';
  }
}

class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

function writeError(row: number, column: Column | '', value: string, e: unknown): ImportWriteError {
  if (e instanceof ImportWriteError) return e;
  const message = e instanceof RefusalError ? e.message : `Lỗi khi ghi dữ liệu: ${(e as Error).message}`;
  return new ImportWriteError({ row, column, value, message });
}

/**
 * Writes a validated plan in one transaction: units in file order (createUnit), then households per village in
 * batches (bulkCreateHouseholds). Any failure rolls everything back and throws ImportWriteError. With `dryRun`
 * the writes run and are rolled back at the end.
 */
export async function applyImport(
  ctx: Ctx,
  plan: ImportPlan,
  opts: { dryRun?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ImportResult> {
  if (ctx.db.isTransaction) throw new Error('applyImport opens its own transaction');
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done);
  };
  const run = async (tx: Ctx): Promise<ImportResult> => {
    const ids = new Map<string, number>();
    for (const [code, u] of plan.existing) ids.set(code, u.id);
    for (const u of plan.units) {
      const parentId = u.parentCode ? ids.get(u.parentCode) : null;
      if (u.parentCode && !parentId) throw writeError(u.row, 'ma_cap_tren', u.parentCode, new Error(`không tìm thấy đơn vị cấp trên "${u.parentCode}"`));
      try {
        const created = await commands.createUnit(tx, { kind: u.kind, name: u.name, code: u.code, parentId: parentId ?? null });
        ids.set(u.code, created.id);
      } catch (e) {
        throw writeError(u.row, 'ma', u.code, e);
      }
      progress(1);
    }
    const byVillage = new Map<string, PlannedHousehold[]>();
    for (const h of plan.households) {
      const list = byVillage.get(h.villageCode) ?? [];
      list.push(h);
      byVillage.set(h.villageCode, list);
    }
    for (const [villageCode, list] of byVillage) {
      const villageId = ids.get(villageCode);
      if (!villageId) throw writeError(list[0]!.row, 'ma_thon', villageCode, new Error(`không tìm thấy thôn "${villageCode}"`));
      for (let i = 0; i < list.length; i += HOUSEHOLD_BATCH) {
        const batch = list.slice(i, i + HOUSEHOLD_BATCH);
        try {
          await commands.bulkCreateHouseholds(tx, villageId, batch.map((h) => h.input));
        } catch (e) {
          // A batch failed as a whole: point at its first row (the database does not say which row).
          const first = batch[0]!;
          const ee = writeError(first.row, 'ma_thon', villageCode, e);
          ee.importError.message = `${ee.importError.message} (lô hộ gia đình từ dòng ${first.row} đến dòng ${batch[batch.length - 1]!.row})`;
          throw ee;
        }
        progress(batch.length);
      }
    }
    return { units: plan.units.length, households: plan.households.length, dryRun: !!opts.dryRun };
  };
  if (!opts.dryRun) return inTransaction(ctx, run);
  try {
    await inTransaction(ctx, async (tx) => {
      const r = await run(tx);
      throw new DryRunRollback(r);
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
  throw new Error('unreachable');
}

// ---- report -------------------------------------------------------------------------------------------

const csvCell = (s: string | number) => {
  const t = String(s);
  return /[",\n\r;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** The error report as CSV (UTF-8 with BOM so that Excel shows the diacritics). */
export function errorReportCsv(errors: ImportError[]): string {
  const lines = ['dong,cot,gia_tri,loi', ...errors.map((e) => [e.row, e.column, e.value, e.message].map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A plain-text table of errors for the terminal (first `max`). */
export function errorTable(errors: ImportError[], max = 50): string {
  const shown = errors.slice(0, max);
  const rows = [['Dòng', 'Cột', 'Giá trị', 'Lỗi'], ...shown.map((e) => [e.row ? String(e.row) : '—', e.column ? COLUMN_LABELS[e.column as Column] ?? e.column : '—', e.value.length > 24 ? `${e.value.slice(0, 23)}…` : e.value, e.message])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => `${r[0]!.padStart(widths[0]!)} │ ${r[1]!.padEnd(widths[1]!)} │ ${r[2]!.padEnd(widths[2]!)} │ ${r[3]}`;
  const out = [fmt(rows[0]!), `${'─'.repeat(widths[0]!)}─┼─${'─'.repeat(widths[1]!)}─┼─${'─'.repeat(widths[2]!)}─┼─${'─'.repeat(20)}`, ...rows.slice(1).map(fmt)];
  if (errors.length > max) out.push(`… và ${(errors.length - max).toLocaleString('vi-VN')} lỗi khác.`);
  return out.join('\n');
}
