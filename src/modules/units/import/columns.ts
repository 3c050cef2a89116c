// `coso import`: units and households from a CSV or XLSX file. Every row is checked first (row, column, Vietnamese
// message: read.ts, rows.ts, validate.ts); then everything is written in ONE transaction through the module's own
// use cases (createUnit, bulkCreateHouseholds: apply.ts), so nothing is half-imported and every write is audited the
// usual way — once per unit, once per batch of households. This file: the columns and kinds a file may use (pure).
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
import type { UnitKind } from '../../../core/schema.ts';

/** Rows one file may hold. */
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

const COLUMNS = ['loai', 'ma', 'ten', 'ma_cap_tren', 'ma_thon', 'ten_ho', 'dai_dien', 'dien_thoai', 'dia_chi', 'ma_ho'] as const;
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

/** The column a header cell names (diacritics, case and punctuation ignored). */
export function columnOf(header: string): Column | undefined {
  return HEADER_TO_COLUMN.get(foldKey(header));
}

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

