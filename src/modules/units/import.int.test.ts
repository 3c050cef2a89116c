// `coso import`: real CSV and XLSX files in a temp folder, through the module functions and through the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { PGLITE_TEMPLATE, PG_ADMIN_URL, PG_TEMPLATE_DB, pgTestDbName, pgUrlFor } from '../../../test/db-env.ts';
import { openDatabase } from '../../core/db.ts';
import type { Ctx } from '../../core/context.ts';
import { createUnit } from './commands.ts';
import { applyImport, HOUSEHOLD_BATCH, ImportWriteError } from './import/apply.ts';
import { readImportFile } from './import/read.ts';
import { validateImport } from './import/validate.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
let p: TestPlatform;
let dir: string;
let admin: Ctx;

beforeAll(async () => {
  p = await testPlatform();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coso-import-'));
  admin = await p.ctxAs('admin');
});
afterAll(async () => {
  await p?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};

async function importFile(file: string, ctx: Ctx = admin, opts: { dryRun?: boolean } = {}) {
  const parsed = await readImportFile(file);
  const v = await validateImport(ctx, parsed);
  if (v.errors.length) return { errors: v.errors, result: null };
  return { errors: [], result: await applyImport(ctx, v.plan, opts) };
}

const unitByCode = (code: string) => p.db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();

describe(`coso import (${TEST_ENGINE})`, () => {
  it('imports a CSV with BOM, Vietnamese headers and diacritics, quoted commas, units then households', async () => {
    const csv =
      '\uFEFFLoại,Mã,Tên,Mã cấp trên,Mã thôn,Tên hộ,Đại diện,Điện thoại,Địa chỉ,Mã hộ\r\n' +
      'xã,CSV-XA,"Xã Hòa Bình, huyện cũ",HY,,,,,,\r\n' +
      'thôn,CSV-THON,Thôn Đoài,CSV-XA,,,,,,\r\n' +
      'tổ dân phố,CSV-TDP,"Tổ dân phố ""Mới""",CSV-XA,,,,,,\r\n' +
      'hộ,,,,CSV-THON,"Hộ ông Nguyễn Văn Ất, con trai",Nguyễn Văn Ất,0912 345 678,"Số 5, ngõ 3, Thôn Đoài",001\r\n' +
      ',,,,CSV-THON,,Trần Thị Bích Ngọc,,,002\r\n' +
      ',,,,HY-TANHUNG-DONG,,Đặng Thị Ánh,,"Xóm 1, Thôn Đông",\r\n';
    const file = write('units.csv', csv);
    const before = await tableCounts(p.db);
    const r = await importFile(file);
    expect(r.errors).toEqual([]);
    expect(r.result).toEqual({ units: 3, households: 3, dryRun: false });
    const xa = await unitByCode('CSV-XA');
    expect(xa).toMatchObject({ kind: 'commune', name: 'Xã Hòa Bình, huyện cũ', parent_id: await p.unitId('HY') });
    const tdp = await unitByCode('CSV-TDP');
    expect(tdp).toMatchObject({ kind: 'village', name: 'Tổ dân phố "Mới"', parent_id: xa!.id });
    const thon = await unitByCode('CSV-THON');
    const hh = await p.db.selectFrom('households').selectAll().where('unit_id', '=', thon!.id).orderBy('id').execute();
    expect(hh.map((h) => [h.name, h.code, h.address])).toEqual([
      ['Hộ ông Nguyễn Văn Ất, con trai', '001', 'Số 5, ngõ 3, Thôn Đoài'],
      ['Hộ Trần Thị Bích Ngọc', '002', null],
    ]);
    const rep = await p.db
      .selectFrom('household_representatives as r')
      .innerJoin('people as pp', 'pp.id', 'r.person_id')
      .select(['pp.name', 'pp.phone', 'r.to_date'])
      .where('r.household_id', '=', hh[0]!.id)
      .execute();
    expect(rep).toEqual([{ name: 'Nguyễn Văn Ất', phone: '0912 345 678', to_date: null }]);
    const after = await tableCounts(p.db);
    expect(after.units! - before.units!).toBe(3);
    expect(after.households! - before.households!).toBe(3);
    // Audited through the use cases: once per unit, once per household batch (two villages → two batches).
    expect(after.audit_log! - before.audit_log!).toBe(3 + 2);
    const acts = await p.db.selectFrom('audit_log').select(['action', 'actor_name']).orderBy('id', 'desc').limit(5).execute();
    expect(acts.map((a) => a.action).sort()).toEqual(['household.bulk_create', 'household.bulk_create', 'unit.create', 'unit.create', 'unit.create']);
    expect(new Set(acts.map((a) => a.actor_name))).toEqual(new Set(['admin']));
  });

  it('reads semicolon-separated CSV and English headers', async () => {
    const file = write('en.csv', 'kind;code;name;parent_code\nvillage;CSV-EN-1;Ấp Bình An;HY-TANHUNG\n');
    const r = await importFile(file);
    expect(r.errors).toEqual([]);
    expect((await unitByCode('CSV-EN-1'))?.name).toBe('Ấp Bình An');
  });

  it('imports an XLSX made with exceljs (a phone typed as a number keeps its leading 0)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Loại', 'Mã', 'Tên', 'Mã cấp trên', 'Mã thôn', 'Tên hộ', 'Người đại diện', 'Số điện thoại', 'Địa chỉ', 'Mã hộ']);
    ws.addRow(['thon', 'XLSX-THON', 'Thôn Hạ, xóm Đình', 'HY-TANHUNG']);
    ws.addRow(['co_quan', 'XLSX-CQ', 'Trạm Y tế xã Tân Hưng', 'HY-TANHUNG']);
    ws.addRow(['doanh_nghiep', 'XLSX-DN', 'Công ty CP Nông sản Tân Hưng', 'HY-TANHUNG']);
    ws.addRow(['ho', null, null, null, 'XLSX-THON', 'Hộ bà Lê Thị Hường', 'Lê Thị Hường', 912345678, 'Xóm Đình', 7]);
    const file = path.join(dir, 'units.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await importFile(file);
    expect(r.errors).toEqual([]);
    expect(r.result).toMatchObject({ units: 3, households: 1 });
    expect((await unitByCode('XLSX-CQ'))?.kind).toBe('agency');
    expect((await unitByCode('XLSX-DN'))?.kind).toBe('enterprise');
    const thon = await unitByCode('XLSX-THON');
    const h = await p.db
      .selectFrom('households as h')
      .innerJoin('people as pp', 'pp.household_id', 'h.id')
      .select(['h.name', 'h.code', 'pp.phone'])
      .where('h.unit_id', '=', thon!.id)
      .executeTakeFirstOrThrow();
    expect(h).toEqual({ name: 'Hộ bà Lê Thị Hường', code: '7', phone: '0912345678' });
  });

  it('dry run validates and writes nothing', async () => {
    const file = write('dry.csv', 'loai,ma,ten,ma_cap_tren\nthon,DRY-1,Thôn Thử,HY-TANHUNG\nho,,,DRY-1\n');
    // The household row above has no representative: the dry run reports it.
    const bad = await importFile(file, admin, { dryRun: true });
    expect(bad.errors).toEqual([expect.objectContaining({ row: 3, column: 'dai_dien', message: 'Thiếu họ tên người đại diện hộ.' })]);
    const good = write('dry2.csv', 'loai,ma,ten,ma_cap_tren,dai_dien\nthon,DRY-2,Thôn Thử,HY-TANHUNG,\nho,,,DRY-2,Ngô Văn Thử\n');
    const before = await tableCounts(p.db);
    const r = await importFile(good, admin, { dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.result).toEqual({ units: 1, households: 1, dryRun: true });
    expect(await tableCounts(p.db)).toEqual(before);
    expect(await unitByCode('DRY-2')).toBeUndefined();
  });

  it('one bad row among 1,000 → nothing imported and that row reported with its column', async () => {
    const lines = ['loai,ma,ten,ma_cap_tren,ma_thon,dai_dien,dien_thoai,ma_ho', 'thon,K-THON,Thôn Một Nghìn,HY-TANHUNG,,,,'];
    for (let i = 1; i < 1000; i++) lines.push(`ho,,,,K-THON,Hộ viên số ${i},${i === 637 ? '09x-sai' : '0987000' + String(i).padStart(3, '0')},K${i}`);
    const file = write('thousand.csv', lines.join('\n') + '\n');
    const before = await tableCounts(p.db);
    const r = await importFile(file);
    expect(r.errors).toHaveLength(1);
    // Header = line 1, the village = line 2, household i = line i + 2.
    expect(r.errors[0]).toMatchObject({ row: 639, column: 'dien_thoai', value: '09x-sai' });
    expect(r.errors[0]!.message).toMatch(/Số điện thoại không hợp lệ/);
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('a failure in the write phase rolls back everything already written', async () => {
    const lines = ['loai,ma,ten,ma_cap_tren,ma_thon,dai_dien', 'thon,RB-1,Thôn Một,HY-TANHUNG,,', 'thon,RB-2,Thôn Hai,HY-TANHUNG,,'];
    for (let i = 0; i < 50; i++) lines.push(`ho,,,,RB-1,Người thứ ${i}`);
    const file = write('rollback.csv', lines.join('\n'));
    const v = await validateImport(admin, await readImportFile(file));
    expect(v.errors).toEqual([]);
    // Between validation and writing, another process takes the code of the second village.
    await createUnit(admin, { kind: 'village', name: 'Thôn chen ngang', code: 'RB-2', parentId: await p.unitId('HY-TANHUNG') });
    const before = await tableCounts(p.db);
    const e = await applyImport(admin, v.plan).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportWriteError);
    expect((e as ImportWriteError).importError).toMatchObject({ row: 3, column: 'ma', value: 'RB-2' });
    expect((e as ImportWriteError).importError.message).toMatch(/đã được sử dụng/);
    expect(await tableCounts(p.db)).toEqual(before);
    expect(await unitByCode('RB-1')).toBeUndefined();
  });

  it('re-importing the same codes gives clear duplicate errors; duplicates inside the file too', async () => {
    const file = write('units.csv', fs.readFileSync(path.join(dir, 'units.csv'), 'utf8'));
    const before = await tableCounts(p.db);
    const r = await importFile(file);
    expect(r.result).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'ma', 'Mã đơn vị "CSV-XA" đã có trong hệ thống (trùng lặp).'],
      [3, 'ma', 'Mã đơn vị "CSV-THON" đã có trong hệ thống (trùng lặp).'],
      [4, 'ma', 'Mã đơn vị "CSV-TDP" đã có trong hệ thống (trùng lặp).'],
      [5, 'ma_ho', 'Mã hộ "001" đã có trong thôn "CSV-THON" (trùng lặp).'],
      [6, 'ma_ho', 'Mã hộ "002" đã có trong thôn "CSV-THON" (trùng lặp).'],
    ]);
    expect(await tableCounts(p.db)).toEqual(before);
    const inFile = write('dup.csv', 'loai,ma,ten,ma_cap_tren,ma_thon,dai_dien,ma_ho\nthon,D-1,A,HY-TANHUNG,,,\nthon,D-1,B,HY-TANHUNG,,,\nho,,,,HY-TANHUNG-TAY,X,H1\nho,,,,HY-TANHUNG-TAY,Y,H1\n');
    const d = await importFile(inFile);
    expect(d.errors.map((e) => e.message)).toEqual(['Mã đơn vị "D-1" bị trùng với dòng 2.', 'Mã hộ "H1" bị trùng với dòng 4 (cùng thôn).']);
  });

  it('reports unknown kinds, missing and misplaced parents, wrong parent kinds and rows outside the actor’s units', async () => {
    const file = write(
      'bad.csv',
      [
        'loai,ma,ten,ma_cap_tren,ma_thon,dai_dien',
        'lang_xa,B-0,X,HY,,', // unknown kind
        'thon,B-1,Thôn Một,KHONG-CO,,', // unknown parent
        'thon,B-2,Thôn Hai,B-3,,', // parent later in the file
        'xa,B-3,Xã Ba,HY,,',
        'thon,B-4,Thôn Bốn,HY,,', // village under a province
        'ho,,,,HY-TANHUNG,Ai Đó', // household in a commune
        'ho,,,,HY-PHOHIEN-TDP1,Người Phố Hiến', // outside the official's commune
        'thon,,Không mã,HY-TANHUNG,,',
      ].join('\n'),
    );
    const official = await p.ctxAs('canbo.tanhung');
    const r = await importFile(file, official);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'loai'],
      [3, 'ma_cap_tren'],
      [4, 'ma_cap_tren'],
      [5, 'ma_cap_tren'], // a commune under HY is outside canbo.tanhung's commune
      [6, 'ma_cap_tren'],
      [7, 'ma_thon'],
      [8, 'ma_thon'],
      [9, 'ma'],
    ]);
    const msgs = r.errors.map((e) => e.message);
    expect(msgs[1]).toBe('Không tìm thấy đơn vị cấp trên có mã "KHONG-CO".');
    expect(msgs[2]).toBe('Đơn vị cấp trên "B-3" phải đứng trước (đang ở dòng 5).');
    expect(msgs[3]).toBe('Tài khoản nhập không có quyền tạo đơn vị ở đây.');
    expect(msgs[4]).toMatch(/không thể trực thuộc/);
    expect(msgs[5]).toMatch(/chỉ thêm được hộ gia đình vào thôn, tổ dân phố/);
    expect(msgs[6]).toBe('Tài khoản nhập không có quyền thêm hộ gia đình vào thôn này.');
  });

  it('a village head may add households over HTTP but may not run an import (import.run)', async () => {
    const file = write('head.csv', 'ma_thon,dai_dien\nHY-TANHUNG-DONG,Người Nhập Thử\n');
    const r = await importFile(file, await p.ctxAs('truongthon.dong'));
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, column: 'ma_thon', message: 'Tài khoản nhập không có quyền thêm hộ gia đình vào thôn này.' })]);
  });

  it('imports 20,000 households in one transaction, audited once per batch', async () => {
    const lines = ['loai,ma,ten,ma_cap_tren,ma_thon,ten_ho,dai_dien,dien_thoai,dia_chi,ma_ho', 'thon,BIG-1,Thôn Lớn,HY-PHOHIEN,,,,,,', 'thon,BIG-2,Thôn Lớn Hai,HY-PHOHIEN,,,,,,'];
    for (let i = 0; i < 20_000; i++) {
      lines.push(`ho,,,,BIG-${(i % 2) + 1},"Hộ ông Phạm Văn Số ${i}, xóm ${i % 17}",Phạm Văn Số ${i},09${String(i).padStart(8, '0')},"Số ${i}, Thôn Lớn",${i}`);
    }
    const file = write('big.csv', lines.join('\n'));
    const before = await tableCounts(p.db);
    const t0 = performance.now();
    const seen: number[] = [];
    const parsed = await readImportFile(file);
    const v = await validateImport(admin, parsed);
    expect(v.errors).toEqual([]);
    const r = await applyImport(admin, v.plan, { onProgress: (d) => seen.push(d) });
    const ms = performance.now() - t0;
    console.log(`[import] 20,000 households (${TEST_ENGINE}): ${Math.round(ms)} ms, ${Math.round(20_000_000 / ms)} households/s`);
    expect(r).toEqual({ units: 2, households: 20_000, dryRun: false });
    expect(seen[seen.length - 1]).toBe(20_002);
    const after = await tableCounts(p.db);
    expect(after.households! - before.households!).toBe(20_000);
    expect(after.people! - before.people!).toBe(20_000);
    expect(after.household_representatives! - before.household_representatives!).toBe(20_000);
    expect(after.audit_log! - before.audit_log!).toBe(2 + 20_000 / HOUSEHOLD_BATCH);
  });
});

// ---- the CLI ----------------------------------------------------------------------------------------------

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const clean = { ...process.env };
    delete clean.DATABASE_URL;
    delete clean.COSO_DATA_DIR;
    execFile(process.execPath, [path.join(ROOT, 'bin', 'coso.mjs'), 'import', ...args], { env: { ...clean, ...env }, cwd: ROOT, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe(`coso import — command line (${TEST_ENGINE})`, () => {
  let env: Record<string, string>;
  let dataDir = '';
  let pgName = '';
  beforeAll(async () => {
    if (TEST_ENGINE === 'pg') {
      pgName = pgTestDbName('cli');
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`CREATE DATABASE ${pgName} TEMPLATE ${PG_TEMPLATE_DB}`);
      await c.end();
      env = { DATABASE_URL: pgUrlFor(pgName) };
    } else {
      dataDir = path.join(dir, 'data');
      const d = await openDatabase({ dataDir, loadDataDir: new Blob([fs.readFileSync(PGLITE_TEMPLATE)]) });
      await d.close();
      env = { COSO_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    if (pgName) {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      await c.end();
    }
  });

  it('imports, then refuses the same file with a row-level report; --dry-run writes nothing', async () => {
    const file = write(
      'cli.csv',
      '\uFEFFloai,ma,ten,ma_cap_tren,ma_thon,dai_dien,ma_ho\nthon,CLI-1,"Thôn Cầu, Đá",HY-TANHUNG,,,\nho,,,,CLI-1,Vương Văn Cầu,1\nho,,,,CLI-1,Lò Thị Đá,2\n',
    );
    const dry = await cli([file, '--dry-run'], env);
    expect(dry.stdout).toContain('Chạy thử thành công: 1 đơn vị và 2 hộ gia đình hợp lệ; không lưu gì');
    expect(dry.code).toBe(0);
    const ok = await cli([file], env);
    expect(ok.stderr).toMatch(/Nhập dữ liệu 100%/);
    expect(ok.stdout).toContain('Đã nhập 1 đơn vị và 2 hộ gia đình');
    expect(ok.code).toBe(0);
    const report = path.join(dir, 'out', 'loi.csv');
    const again = await cli([file, '--report', report], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Có 3 lỗi — không nhập gì cả');
    expect(again.stderr).toContain('Mã đơn vị "CLI-1" đã có trong hệ thống (trùng lặp).');
    const lines = fs.readFileSync(report, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines).toEqual([
      'dong,cot,gia_tri,loi',
      '2,ma,CLI-1,"Mã đơn vị ""CLI-1"" đã có trong hệ thống (trùng lặp)."',
      '3,ma_ho,1,"Mã hộ ""1"" đã có trong thôn ""CLI-1"" (trùng lặp)."',
      '4,ma_ho,2,"Mã hộ ""2"" đã có trong thôn ""CLI-1"" (trùng lặp)."',
    ]);
  });

  it('answers usage errors with exit code 2 and an unknown user with a clear message', async () => {
    const none = await cli([], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Thiếu tên tệp cần nhập.');
    const file = write('u.csv', 'loai,ma,ten,ma_cap_tren\nthon,CLI-U,Thôn U,HY-TANHUNG\n');
    const who = await cli([file, '--user', 'khong.ai'], env);
    expect(who.code).toBe(1);
    expect(who.stderr).toContain('Không tìm thấy tài khoản "khong.ai"');
  });

  it.skipIf(TEST_ENGINE === 'pg')('refuses while another process holds the PGlite folder', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const file = write('lock.csv', 'loai,ma,ten,ma_cap_tren\nthon,CLI-L,Thôn L,HY-TANHUNG\n');
      const r = await cli([file], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`đang được tiến trình ${process.pid} sử dụng`);
    } finally {
      await holder.close();
    }
  });
});
