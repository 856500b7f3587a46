/**
 * Wall-clock times without time zones. A plan is made in the store's local time, so cs-plan
 * never converts zones: a time is a calendar date plus minutes since that date's midnight,
 * and arithmetic runs on UTC so the machine's zone and DST cannot shift it.
 */

const MS_PER_MINUTE = 60_000;
export const MINUTES_PER_DAY = 1440;

/**
 * Minutes since 1970-01-01 00:00 for a calendar date and minute of day.
 *
 * @param date `YYYY-MM-DD`
 * @param minuteOfDay minutes since midnight (may exceed a day)
 * @example toEpochMinutes('1970-01-02', 60) // 1500
 */
export function toEpochMinutes(date: string, minuteOfDay = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_MINUTE + minuteOfDay;
}

/**
 * Formats epoch minutes as `YYYY-MM-DD HH:mm`.
 *
 * @example formatDateTime(toEpochMinutes('2026-11-10', 20 * 60)) // '2026-11-10 20:00'
 */
export function formatDateTime(epochMinutes: number): string {
  return new Date(epochMinutes * MS_PER_MINUTE).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The calendar date (`YYYY-MM-DD`) of epoch minutes.
 *
 * @example formatDate(toEpochMinutes('2026-11-10', 1500)) // '2026-11-11'
 */
export function formatDate(epochMinutes: number): string {
  return new Date(epochMinutes * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/**
 * Whether a `YYYY-MM-DD` string names a real calendar day.
 *
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return formatDate(toEpochMinutes(date)) === date;
}

/**
 * Parses `HH:mm` (or `H`, `HH:mm:ss`, `24:00`) as minutes since midnight.
 *
 * @returns minutes, or undefined when the text is not a time of day
 * @example parseClock('17:30') // 1050
 */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/**
 * Parses a date as people type it: `2026-11-10`, `2026/11/10`, `2026.11.10`, `2026年11月10日`.
 *
 * @returns `YYYY-MM-DD`, or undefined when the text is not a real date in these forms
 * @example parseDate('2026/11/1') // '2026-11-01'
 */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/**
 * Parses a date and time: `2026-11-10 20:00`, `2026/11/10 20:00`, `2026-11-10T20:00(:00)`.
 *
 * @returns epoch minutes, or undefined when the text is not a date-time in these forms
 * @example formatDateTime(parseDateTime('2026/11/10 8:30')!) // '2026-11-10 08:30'
 */
export function parseDateTime(text: string): number | undefined {
  const match = /^(\S+?)(?:[T\s]+(\d{1,2}:\d{2}(?::\d{2})?))?$/.exec(text.trim());
  if (!match) return undefined;
  const date = parseDate(match[1] ?? '');
  if (!date) return undefined;
  const minute = match[2] === undefined ? 0 : parseClock(match[2]);
  if (minute === undefined) return undefined;
  return toEpochMinutes(date, minute);
}
