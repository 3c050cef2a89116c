// `coso import <tệp.csv|tệp.xlsx> [--dry-run] [--report loi.csv] [--user admin]`
// Reads the file, validates every row, prints the errors (and writes them to the report), then imports
// everything in one transaction — or nothing. Works on PGlite (COSO_DATA_DIR) and PostgreSQL (DATABASE_URL).
import fs from 'node:fs';
import path from 'node:path';
import { systemCtx, type Ctx } from '../../../core/context.ts';
import { formatInt } from '../../../core/format.ts';
import type { Services } from '../../../core/http.ts';
import { ProgressBar, formatDuration } from '../../../core/progress.ts';
import { ensureAdmin } from '../commands.ts';
import { findLogin, loadActor } from '../store/accounts.ts';
import { applyImport, ImportWriteError } from './apply.ts';
import type { ImportError } from './columns.ts';
import { readImportFile } from './read.ts';
import { errorReportCsv, errorTable } from './report.ts';
import type { ImportPlan } from './rows.ts';
import { validateImport } from './validate.ts';

const IMPORT_USAGE = `Dùng: coso import <tệp.csv|tệp.xlsx> [--dry-run] [--report loi.csv] [--user <tên đăng nhập>]
  --dry-run        chỉ kiểm tra (ghi thử trong một giao dịch rồi hoàn tác), không lưu gì
  --report <tệp>   ghi danh sách lỗi ra tệp CSV (dòng, cột, giá trị, lỗi)
  --user <tên>     tài khoản thực hiện, ghi vào nhật ký (mặc định: admin)
Cột (tiêu đề có dấu hoặc không dấu đều được): loai, ma, ten, ma_cap_tren; với hộ gia đình: ma_thon, ten_ho,
dai_dien, dien_thoai, dia_chi, ma_ho. Xem src/modules/units/import/columns.ts.`;

interface ImportCliArgs {
  file: string;
  dryRun: boolean;
  report: string | null;
  user: string;
}

export function parseImportArgs(args: string[]): ImportCliArgs | string {
  let file: string | null = null;
  let dryRun = false;
  let report: string | null = null;
  let user = 'admin';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run' || a === '--thu') dryRun = true;
    else if (a === '--report' || a.startsWith('--report=')) {
      report = a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[++i] ?? '');
      if (!report) return 'Thiếu tên tệp sau --report.';
    } else if (a === '--user' || a.startsWith('--user=')) {
      user = a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[++i] ?? '');
      if (!user) return 'Thiếu tên đăng nhập sau --user.';
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('-')) return `Tùy chọn không hợp lệ: ${a}`;
    else if (file) return `Chỉ nhập một tệp mỗi lần (thừa "${a}").`;
    else file = a;
  }
  if (!file) return 'Thiếu tên tệp cần nhập.';
  return { file, dryRun, report, user };
}

const out = (m: string) => process.stdout.write(`${m}\n`);
const errOut = (m: string) => process.stderr.write(`${m}\n`);

function writeReport(file: string | null, errors: ImportError[]): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, errorReportCsv(errors));
  errOut(`Đã ghi báo cáo lỗi: ${file}`);
}

/** The context of the account the import is recorded under (null, told, when there is no such account). */
async function importerCtx(services: Services, user: string): Promise<Ctx | null> {
  const base = systemCtx(services, 'coso import');
  if (services.config.adminPassword) await ensureAdmin(base, services.config.adminPassword);
  const login = await findLogin(base.db, user.trim().toLowerCase());
  const actor = login ? await loadActor(base.db, login.userId) : null;
  if (actor) return { ...base, actor };
  errOut(
    `Không tìm thấy tài khoản "${user}" để ghi nhật ký việc nhập. Dùng --user <tên đăng nhập> ` +
      '(tài khoản quản trị hoặc cán bộ của đơn vị), hoặc đặt COSO_ADMIN_PASSWORD để tạo tài khoản admin.',
  );
  return null;
}

/** Writes a valid plan with a progress bar and tells the outcome; returns the exit code. */
async function write(ctx: Ctx, plan: ImportPlan, args: ImportCliArgs, t0: number): Promise<number> {
  const total = plan.units.length + plan.households.length;
  const bar = new ProgressBar({ label: args.dryRun ? 'Ghi thử' : 'Nhập dữ liệu', total, unit: 'dòng' });
  try {
    const r = await applyImport(ctx, plan, { dryRun: args.dryRun, onProgress: (d) => bar.update(d) });
    bar.finish();
    const what = `${formatInt(r.units)} đơn vị và ${formatInt(r.households)} hộ gia đình`;
    if (args.dryRun) out(`Chạy thử thành công: ${what} hợp lệ; không lưu gì (đã hoàn tác).`);
    else out(`Đã nhập ${what} trong ${formatDuration(performance.now() - t0)}.`);
    writeReport(args.report, []);
    return 0;
  } catch (e) {
    bar.abort();
    if (!(e instanceof ImportWriteError)) throw e;
    errOut(`\nLỗi khi ghi — đã hoàn tác toàn bộ, không nhập gì cả:\n`);
    errOut(errorTable([e.importError]));
    writeReport(args.report, [e.importError]);
    return 1;
  }
}

/** Runs `coso import`; returns the exit code (0 ok, 1 refused/errors, 2 usage). */
export async function runImportCli(argv: string[], open: () => Promise<Services>): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    if (args) errOut(args);
    errOut(IMPORT_USAGE);
    return args ? 2 : 0;
  }
  const t0 = performance.now();
  const parsed = await readImportFile(args.file);
  if (parsed.ignoredColumns.length) errOut(`Bỏ qua các cột không nhận ra: ${parsed.ignoredColumns.join(', ')}`);
  let services;
  try {
    services = await open();
  } catch (e) {
    errOut(`Không mở được cơ sở dữ liệu: ${(e as Error).message}`);
    return 1;
  }
  try {
    const ctx = await importerCtx(services, args.user);
    if (!ctx) return 1;
    const { plan, errors } = await validateImport(ctx, parsed);
    errOut(
      `Đã đọc ${formatInt(parsed.rows.length)} dòng: ${formatInt(plan.units.length)} đơn vị, ` +
        `${formatInt(plan.households.length)} hộ gia đình hợp lệ (${services.database.engine}).`,
    );
    if (!errors.length) return await write(ctx, plan, args, t0);
    errOut(`\nCó ${formatInt(errors.length)} lỗi — không nhập gì cả:\n`);
    errOut(errorTable(errors));
    writeReport(args.report, errors);
    return 1;
  } finally {
    await services.database.close();
  }
}
