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
  let midnight = midnights.get(date);
  if (midnight === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    midnight = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_MINUTE;
    // Files repeat few dates many times (a year of hourly rows has 365); remember them.
    if (midnights.size < 100_000) midnights.set(date, midnight);
  }
  return midnight + minuteOfDay;
}

const midnights = new Map<string, number>();

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
  let valid = calendarDates.get(date);
  if (valid === undefined) {
    valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && formatDate(toEpochMinutes(date)) === date;
    if (calendarDates.size < 100_000) calendarDates.set(date, valid);
  }
  return valid;
}

const calendarDates = new Map<string, boolean>();

/**
 * Parses `HH:mm` (or `H`, `HH:mm:ss`, `24:00`, `8:00 PM`) as minutes since midnight.
 *
 * @returns minutes, or undefined when the text is not a time of day
 * @example parseClock('17:30') // 1050
 * @example parseClock('8:00 PM') // 1200
 */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** How to read a date written `a/b/yyyy`: month first (US) or day first. */
export type DateOrder = 'MDY' | 'DMY';

/** Thrown by {@link parseDate} when `a/b/yyyy` could be either order and none was given. */
export class AmbiguousDateError extends Error {
  constructor(readonly text: string) {
    super(`ambiguous date ${text}`);
  }
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * Parses a date as people type it: `2026-11-10`, `2026/11/10`, `2026.11.10`, `2026年11月10日`,
 * and `11/10/2026` or `10/11/2026` — month or day first, decided by a part above 12 or by `order`.
 *
 * @returns `YYYY-MM-DD`, or undefined when the text is not a real date in these forms
 * @throws AmbiguousDateError for `a/b/yyyy` with both parts ≤ 12 and no `order`
 * @example parseDate('2026/11/1') // '2026-11-01'
 * @example parseDate('13/11/2026') // '2026-11-13'
 */
export function parseDate(text: string, order?: DateOrder): string | undefined {
  const trimmed = text.trim();
  const ymd = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(trimmed);
  let date: string | undefined;
  if (ymd) {
    date = `${ymd[1]}-${pad(ymd[2] ?? '')}-${pad(ymd[3] ?? '')}`;
  } else {
    const other = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
    if (!other) return undefined;
    const a = Number(other[1]);
    const b = Number(other[2]);
    const resolved = order ?? (a > 12 ? 'DMY' : b > 12 ? 'MDY' : undefined);
    if (!resolved) throw new AmbiguousDateError(trimmed);
    const [month, day] = resolved === 'MDY' ? [a, b] : [b, a];
    date = `${other[3]}-${pad(month)}-${pad(day)}`;
  }
  return isCalendarDate(date) ? date : undefined;
}

/** Days from Excel's day zero (1899-12-30, counting its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

/**
 * Reads an Excel serial date-time (days since 1899-12-30, the fraction being the time of day).
 * Only values from 1982 to 2173 (serials 30000–99999) count, so plain numbers are not taken for dates.
 *
 * @returns epoch minutes rounded to the minute, or undefined
 * @example formatDateTime(excelSerialToMinutes('46336.833333')!) // '2026-11-10 20:00'
 */
export function excelSerialToMinutes(text: string): number | undefined {
  if (!/^\d{5}(\.\d+)?$/.test(text.trim())) return undefined;
  const serial = Number(text);
  if (serial < 30_000) return undefined;
  return Math.round((serial - EXCEL_EPOCH_DAYS) * MINUTES_PER_DAY);
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * Parses a date and time: `2026-11-10 20:00`, `2026/11/10 20:00`, `2026-11-10T20:00(:00)`,
 * `11/10/2026 8:00 PM`, or an Excel serial such as `46336.8333`.
 *
 * @returns epoch minutes, or undefined when the text is not a date-time in these forms
 * @throws AmbiguousDateError as {@link parseDate}
 * @example formatDateTime(parseDateTime('2026/11/10 8:30')!) // '2026-11-10 08:30'
 */
export function parseDateTime(text: string, order?: DateOrder): number | undefined {
  // The common export form `YYYY-MM-DD HH:mm`, parsed directly (1M-row history: −0.6 s).
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const date = iso[1] ?? '';
    const hours = Number(iso[2]);
    const minutes = Number(iso[3]);
    if (hours < 24 && minutes < 60 && isCalendarDate(date)) return toEpochMinutes(date, hours * 60 + minutes);
  }
  const serial = excelSerialToMinutes(text);
  if (serial !== undefined) return serial;
  const match = /^(\S+?)(?:[T\s]+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?))?$/i.exec(text.trim());
  if (!match) return undefined;
  const date = parseDate(match[1] ?? '', order);
  if (!date) return undefined;
  const minute = match[2] === undefined ? 0 : parseClock(match[2]);
  if (minute === undefined) return undefined;
  return toEpochMinutes(date, minute);
}

/**
 * Parses a clock range `HH:mm-HH:mm` (also `~`, `–`, `—`, `至` between the times).
 *
 * @returns minutes after midnight of both ends, or undefined when it is no such range
 * @example parseClockRange('20:00-02:00') // { from: 1200, to: 120 }
 */
export function parseClockRange(text: string): { from: number; to: number } | undefined {
  const parts = text.split(/\s*[-~–—至]\s*/);
  if (parts.length !== 2) return undefined;
  const from = parseClock(parts[0] ?? '');
  const to = parseClock(parts[1] ?? '');
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * The first time at or after `from` whose clock reads `minuteOfDay`: a break written as a clock
 * time inside a shift that started at `from` (one after midnight in a night shift lands on the
 * next day).
 *
 * @param from epoch minutes
 * @example formatDateTime(clockAtOrAfter(toEpochMinutes('2026-11-10', 22 * 60), 60)) // '2026-11-11 01:00'
 */
export function clockAtOrAfter(from: number, minuteOfDay: number): number {
  return from + ((((minuteOfDay - from) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY);
}

/**
 * A time of day as `HH:mm` (minutes after midnight, any day: taken modulo a day).
 *
 * @example formatClock(1380 + 60) // '00:00'
 * @example formatClock(660) // '11:00'
 */
export function formatClock(minute: number): string {
  return formatDateTime(((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY).slice(11);
}

/**
 * The Monday (epoch day) of the Monday–Sunday week holding an epoch day. Epoch day 0,
 * 1970-01-01, was a Thursday.
 *
 * @example mondayOf(toEpochMinutes('2026-12-06') / MINUTES_PER_DAY) * MINUTES_PER_DAY // toEpochMinutes('2026-11-30')
 */
export function mondayOf(epochDay: number): number {
  return epochDay - ((((epochDay + 3) % 7) + 7) % 7);
}
