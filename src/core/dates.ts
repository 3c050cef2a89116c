// Legal dates are calendar days in Vietnam (UTC+7, no daylight saving), whatever the server's time zone.
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Vietnam at instant `now`, as 'YYYY-MM-DD'. */
export function todayVn(now: Date): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Vietnamese legal date, as an instant. */
export function startOfDayVn(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+07:00`));
}
