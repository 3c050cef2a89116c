// A small progress bar for long CLI jobs (`coso import`, `coso generate`): on a terminal, one line redrawn in
// place with a bar, rows/s and the time left; elsewhere (CI logs, pipes) plain lines every 10% or 5 seconds.
// Written to stderr so that stdout stays clean for results.

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** What is being counted, e.g. 'Nhập dữ liệu'. */
  label: string;
  total: number;
  /** Unit of the items, e.g. 'dòng'. */
  unit?: string;
  stream?: ProgressStream;
  /** Milliseconds clock (tests replace it). */
  now?: () => number;
  /** Minimum time between two redraws on a terminal. */
  redrawMs?: number;
}

const nf = new Intl.NumberFormat('vi-VN');

/** "1 phút 05 giây", "12 giây", "< 1 giây". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.round(ms / 1000);
  if (s < 1) return '< 1 giây';
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} phút ${String(s % 60).padStart(2, '0')} giây`;
  return `${Math.floor(m / 60)} giờ ${String(m % 60).padStart(2, '0')} phút`;
}

export interface ProgressState {
  label: string;
  unit: string;
  done: number;
  total: number;
  elapsedMs: number;
}

function rateOf(s: ProgressState): number {
  return s.elapsedMs > 0 ? (s.done * 1000) / s.elapsedMs : 0;
}

/** The text of one progress line; `barWidth` 0 = no bar (plain log lines). */
export function renderProgress(s: ProgressState, barWidth: number): string {
  const total = Math.max(s.total, 0);
  const ratio = total > 0 ? Math.min(1, s.done / total) : 1;
  const pct = `${Math.floor(ratio * 100)}%`.padStart(4);
  const rate = rateOf(s);
  const left = rate > 0 ? ((total - s.done) / rate) * 1000 : NaN;
  const parts = [`${nf.format(s.done)}/${nf.format(total)} ${s.unit}`, `${nf.format(Math.round(rate))} ${s.unit}/s`];
  if (s.done < total) parts.push(`còn ${formatDuration(left)}`);
  else parts.push(`xong sau ${formatDuration(s.elapsedMs)}`);
  const bar = barWidth > 0 ? ` [${'█'.repeat(Math.round(ratio * barWidth)).padEnd(barWidth, '░')}]` : '';
  return `${s.label}${bar} ${pct} · ${parts.join(' · ')}`;
}

export class ProgressBar {
  private done = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private lastPlainDecile = -1;
  private lastPlainAt: number;
  private finished = false;
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly tty: boolean;

  constructor(private readonly opts: ProgressOptions) {
    this.stream = opts.stream ?? process.stderr;
    this.now = opts.now ?? (() => performance.now());
    this.tty = !!this.stream.isTTY;
    this.started = this.now();
    this.lastPlainAt = this.started;
  }

  private state(): ProgressState {
    return { label: this.opts.label, unit: this.opts.unit ?? 'dòng', done: this.done, total: this.opts.total, elapsedMs: this.now() - this.started };
  }

  tick(n = 1): void {
    this.update(this.done + n);
  }

  update(done: number): void {
    if (this.finished) return;
    this.done = Math.min(done, Math.max(this.opts.total, done));
    const t = this.now();
    if (this.tty) {
      if (t - this.lastDraw < (this.opts.redrawMs ?? 100) && this.done < this.opts.total) return;
      this.lastDraw = t;
      const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 70));
      this.stream.write(`\r${renderProgress(this.state(), width)}\x1b[K`);
      return;
    }
    const decile = this.opts.total > 0 ? Math.floor((this.done / this.opts.total) * 10) : 10;
    if (decile > this.lastPlainDecile || t - this.lastPlainAt >= 5000) {
      if (decile >= 10 && this.done >= this.opts.total) return; // the final line comes from finish()
      this.lastPlainDecile = decile;
      this.lastPlainAt = t;
      this.stream.write(`${renderProgress(this.state(), 0)}\n`);
    }
  }

  /** Draws the final state and ends the line. */
  finish(): ProgressState {
    if (this.finished) return this.state();
    const s = this.state();
    this.finished = true;
    if (this.tty) this.stream.write(`\r${renderProgress(s, Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 70)))}\x1b[K\n`);
    else this.stream.write(`${renderProgress(s, 0)}\n`);
    return s;
  }

  /** Ends the line without claiming completion (on errors). */
  abort(message?: string): void {
    if (this.finished) return;
    this.finished = true;
    if (this.tty) this.stream.write('\n');
    if (message) this.stream.write(`${message}\n`);
  }
}
