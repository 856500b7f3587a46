/**
 * Which history day shapes which forecast day. Last year's 11-11 should shape this year's 11-11,
 * whatever else the history holds: days are matched by the calendar, not by position in the file.
 */
import { formatDate, MINUTES_PER_DAY, mondayOf, toEpochMinutes } from '../time/clock.js';

/**
 * How forecast days find their history days:
 * - `date`: the same month and day in the latest earlier year of the history (2026-11-11 ← 2025-11-11);
 * - `weekday`: the average of the history days on the same weekday (ordinary weeks);
 * - `position`: forecast day i ← history day i (the file's order);
 * - `average`: the average of all history days;
 * - `offset`: forecast day d ← history day d + `days` (a campaign that moved: `2026-11-11=2025-11-12`).
 */
export type Alignment =
  | { kind: 'date' }
  | { kind: 'weekday' }
  | { kind: 'position' }
  | { kind: 'average' }
  | { kind: 'offset'; days: number };

/** The history days that shape one forecast day. */
export interface ShapeSource {
  /** The forecast day, `YYYY-MM-DD`. */
  date: string;
  /** History days averaged for its shape (one for `date`, `position` and `offset`). */
  history: string[];
  /** True when nothing matched and the average of all history days stands in. */
  fallback: boolean;
}

const epochDay = (date: string) => Math.floor(toEpochMinutes(date) / MINUTES_PER_DAY);

/**
 * Matches each forecast day to the history days that shape it. Days with no match take every
 * history day (`fallback`); `position` leaves days past the history's end without any.
 *
 * @param historyDates the dates the history holds, `YYYY-MM-DD`, in order
 * @example alignHistory(['2026-11-11'], ['2025-11-10', '2025-11-11', '2025-11-12'], { kind: 'date' })
 * // [{ date: '2026-11-11', history: ['2025-11-11'], fallback: false }]
 */
export function alignHistory(
  forecastDates: readonly string[],
  historyDates: readonly string[],
  alignment: Alignment,
): ShapeSource[] {
  const sorted = [...historyDates].sort();
  const known = new Set(sorted);
  const all = (date: string): ShapeSource => ({ date, history: sorted, fallback: true });
  return forecastDates.map((date, i): ShapeSource => {
    switch (alignment.kind) {
      case 'average':
        return { date, history: sorted, fallback: false };
      case 'position': {
        const day = sorted[i];
        return { date, history: day ? [day] : [], fallback: false };
      }
      case 'offset': {
        const day = formatDate((epochDay(date) + alignment.days) * MINUTES_PER_DAY);
        return known.has(day) ? { date, history: [day], fallback: false } : all(date);
      }
      case 'weekday': {
        const weekday = epochDay(date) - mondayOf(epochDay(date));
        const same = sorted.filter((d) => epochDay(d) - mondayOf(epochDay(d)) === weekday);
        return same.length > 0 ? { date, history: same, fallback: false } : all(date);
      }
      case 'date': {
        const year = Number(date.slice(0, 4));
        const same = sorted.filter((d) => d.slice(5) === date.slice(5) && Number(d.slice(0, 4)) < year);
        const latest = same[same.length - 1];
        return latest ? { date, history: [latest], fallback: false } : all(date);
      }
    }
  });
}
