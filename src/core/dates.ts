// Legal dates are calendar days in Vietnam (UTC+7, no daylight saving), whatever the server's time zone.
// The conversion itself lives in format.ts (todayInVietnam); this is the short name use cases import.
import { todayInVietnam } from './format.ts';

/** The date in Vietnam at instant `now`, as 'YYYY-MM-DD'. */
export const todayVn = (now: Date): string => todayInVietnam(now);
