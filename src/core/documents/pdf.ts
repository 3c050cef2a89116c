/**
 * PDF from a DOCX through LibreOffice headless (`soffice --convert-to pdf`), so that the PDF has
 * exactly the layout of the DOCX. Each conversion runs with its own LibreOffice profile
 * (`-env:UserInstallation`) in its own temporary folder, so parallel conversions do not clash; the
 * folder is removed afterwards and a hung LibreOffice is killed after a timeout.
 */
import { spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentError } from './official.ts';

export const PDF_UNAVAILABLE_MESSAGE =
  'Không thể tạo tệp PDF vì máy chủ chưa cài LibreOffice. Vui lòng tải bản DOCX hoặc liên hệ quản trị viên hệ thống.';

const DEFAULT_TIMEOUT_MS = 60_000;
/** At most this many LibreOffice processes at once in this Node process (each takes ~150 MB). */
const MAX_CONCURRENT = 2;

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let cached: Promise<string | null> | undefined;

/** Path of the soffice executable: $COSO_SOFFICE, then soffice/libreoffice on PATH, then usual places. */
function findSoffice(): Promise<string | null> {
  cached ??= (async () => {
    const env = process.env.COSO_SOFFICE?.trim();
    if (env) return (await isExecutable(env)) ? env : null;
    const onPath = (process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')]);
    for (const p of [...onPath, ...CANDIDATES]) if (await isExecutable(p)) return p;
    return null;
  })();
  return cached;
}

/** Whether PDF export is possible on this machine (LibreOffice installed). */
export async function isPdfAvailable(): Promise<boolean> {
  return (await findSoffice()) !== null;
}

// A tiny semaphore around LibreOffice runs.
let running = 0;
const waiting: Array<() => void> = [];
async function acquire(): Promise<void> {
  if (running < MAX_CONCURRENT) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}
function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
}

function run(cmd: string, args: string[], timeoutMs: number, cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // detached: its own process group, so that a timeout kills soffice.bin too, not only the wrapper.
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (b: Buffer): void => {
      if (output.length < 10_000) output += b.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}

export interface PdfOptions {
  /** Kill LibreOffice after this long (default 60 s). */
  timeoutMs?: number;
}

/**
 * Converts a DOCX to PDF with LibreOffice headless. Throws DocumentError with code PDF_UNAVAILABLE
 * when LibreOffice is not installed, PDF_FAILED when the conversion fails or times out.
 */
export async function renderPdf(docx: Buffer | Uint8Array, options: PdfOptions = {}): Promise<Buffer> {
  const soffice = await findSoffice();
  if (!soffice) throw new DocumentError('PDF_UNAVAILABLE', PDF_UNAVAILABLE_MESSAGE);
  // LibreOffice would happily convert any bytes as plain text: insist on a DOCX (a ZIP package).
  if (docx.length < 4 || docx[0] !== 0x50 || docx[1] !== 0x4b) {
    throw new DocumentError('INVALID_DOCUMENT', 'Tệp đầu vào không phải tệp DOCX.');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  await acquire();
  const dir = await mkdtemp(join(tmpdir(), 'coso-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    const outDir = join(dir, 'out');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      input,
    ];
    let result: RunResult;
    try {
      result = await run(soffice, args, timeoutMs, dir);
    } catch (err) {
      throw new DocumentError('PDF_FAILED', 'Không chạy được LibreOffice để tạo tệp PDF.', { cause: err });
    }
    if (result.timedOut) {
      throw new DocumentError('PDF_FAILED', `Tạo tệp PDF quá thời gian cho phép (${Math.round(timeoutMs / 1000)} giây).`);
    }
    try {
      const pdf = await readFile(join(outDir, 'document.pdf'));
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
      return pdf;
    } catch (err) {
      throw new DocumentError(
        'PDF_FAILED',
        `LibreOffice không tạo được tệp PDF (mã thoát ${result.code ?? result.signal}).`,
        { cause: new Error(result.output.trim() || String(err)) },
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    release();
  }
}

/** For tests: forget the cached soffice location. */
export function resetPdfCacheForTests(): void {
  cached = undefined;
}
