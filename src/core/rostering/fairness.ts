/**
 * Fair shares of the shifts people like least: night shifts (any shift touching 00:00–06:00)
 * and weekend shifts (starting on a Saturday or Sunday). `--fair nights,weekends` spreads them
 * evenly among full-time people (a soft goal); these functions say which shifts count and how
 * even a roster is, for the model, the summary and the tests alike. Times are epoch minutes.
 */

export type FairKind = 'nights' | 'weekends';

const DAY = 1440;
/** The night hours: 00:00 to 06:00. */
const NIGHT_END = 6 * 60;

/**
 * Whether a shift touches 00:00–06:00 of any day.
 *
 * @example isNightShift(22 * 60, 8 * 60) // true (22:00–06:00)
 * @example isNightShift(6 * 60, 8 * 60) // false (06:00–14:00)
 */
export function isNightShift(start: number, minutes: number): boolean {
  for (let day = Math.floor(start / DAY); day * DAY < start + minutes; day++) {
    if (start < day * DAY + NIGHT_END && start + minutes > day * DAY) return true;
  }
  return false;
}

/**
 * Whether a shift starts on a Saturday or Sunday (epoch day 4, 1970-01-05, was a Monday).
 *
 * @example isWeekendShift(2 * DAY + 9 * 60) // true (Saturday 1970-01-03)
 */
export function isWeekendShift(start: number): boolean {
  return (((Math.floor(start / DAY) - 4) % 7) + 7) % 7 >= 5;
}

/** Whether a shift is of the kind. */
export function isFairKind(kind: FairKind, start: number, minutes: number): boolean {
  return kind === 'nights' ? isNightShift(start, minutes) : isWeekendShift(start);
}

/**
 * The fewest and most shifts of the kind among the given people (each counted, with none too).
 *
 * @example fairRange('weekends', [{ person: 'a', start: 2 * 1440, minutes: 480 }], ['a', 'b']) // { least: 0, most: 1 }
 */
export function fairRange(
  kind: FairKind,
  shifts: readonly { person: string; start: number; minutes: number }[],
  people: readonly string[],
): { least: number; most: number } {
  const counts = new Map(people.map((name) => [name, 0]));
  for (const s of shifts)
    if (counts.has(s.person) && isFairKind(kind, s.start, s.minutes))
      counts.set(s.person, (counts.get(s.person) ?? 0) + 1);
  const values = [...counts.values()];
  return values.length === 0 ? { least: 0, most: 0 } : { least: Math.min(...values), most: Math.max(...values) };
}
