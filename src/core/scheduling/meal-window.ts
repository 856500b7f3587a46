/**
 * Meal-break windows: the clock times a lead allows breaks in (lunch 11:00–13:30, dinner
 * 17:00–19:30). The roster places breaks only inside them and `check` flags a break outside.
 * Times are minutes after midnight; a window may run over midnight (23:00–01:00).
 */

import { formatClock } from '../time/clock.js';

/** A window [from, to) in minutes after midnight; `to` above 1440 runs over midnight. */
export interface MealWindow {
  from: number;
  to: number;
}

const DAY = 1440;

/**
 * Whether a break starting at clock minute `start` and lasting `minutes` lies wholly inside one
 * of the windows (on any day).
 *
 * @example insideMealWindow(12 * 60, 60, [{ from: 11 * 60, to: 13.5 * 60 }]) // true
 */
export function insideMealWindow(start: number, minutes: number, windows: readonly MealWindow[]): boolean {
  const s = ((start % DAY) + DAY) % DAY;
  return windows.some((w) => [s, s + DAY, s - DAY].some((at) => at >= w.from && at + minutes <= w.to));
}

/**
 * Windows from clock ranges as written (`from`, `to` minutes after midnight; `to` ≤ `from` runs
 * past midnight).
 *
 * @example mealWindows([{ from: 1380, to: 60 }]) // [{ from: 1380, to: 1500 }]
 */
export function mealWindows(ranges: readonly { from: number; to: number }[]): MealWindow[] {
  return ranges.map(({ from, to }) => ({ from, to: to > from ? to : to + DAY }));
}

/**
 * The windows as text, for messages: `11:00-13:30, 17:00-19:30`.
 *
 * @example windowsText([{ from: 660, to: 810 }]) // '11:00-13:30'
 */
export function windowsText(windows: readonly MealWindow[]): string {
  return windows.map((w) => `${formatClock(w.from)}-${formatClock(w.to)}`).join(', ');
}
