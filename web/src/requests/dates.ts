// Dates typed the Vietnamese way (dd/mm/yyyy) ⇄ legal dates of the API (YYYY-MM-DD).

/** '05/07/2026' → '2026-07-05'; null when not a real date in that form. */
export function parseVnDate(s: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** '2026-07-05' → '05/07/2026'. */
export const toVnDate = (iso: string): string => iso.split('-').reverse().join('/');

/** Today's legal date in Vietnam (UTC+7), as dd/mm/yyyy. */
export const todayVnText = (): string => toVnDate(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
