/**
 * Re-forecasting during a campaign: the demand still to come, scaled by how far the inquiries
 * that actually arrived over the last hours ran above or below the plan.
 */

/** What the trend over the last hours says, and the demand it gives. */
export interface Reforecast {
  /** First slot of the trend window and the first slot after it (the slot holding `now`). */
  fromSlot: number;
  toSlot: number;
  /** Inquiries the plan expected in the trend window, and those that came. */
  planned: number;
  actual: number;
  /** actual ÷ planned, bounded (1 when the plan expected none). */
  ratio: number;
  /** The unbounded ratio, when the bounds cut it. */
  rawRatio: number;
  /** Inquiries per slot: the actuals up to `toSlot`, the scaled plan from there on. */
  inquiries: number[];
  /** Inquiries the plan expected from `toSlot` on, and the revised figure. */
  plannedAhead: number;
  revisedAhead: number;
}

/**
 * Scales the plan's inquiries from slot `toSlot` on by actual ÷ planned over the `trendSlots`
 * slots before it, bounded to [`least`, `most`]. Slots before `toSlot` take the actuals.
 *
 * @param planned inquiries per slot of the plan
 * @param actual inquiries per slot that arrived (same slots; slots from `toSlot` on are ignored)
 * @example reforecast([10, 10, 10, 10], [13, 13, 0, 0], 2, 2, 0.5, 3).inquiries // [13, 13, 13, 13]
 */
export function reforecast(
  planned: readonly number[],
  actual: readonly number[],
  toSlot: number,
  trendSlots: number,
  least: number,
  most: number,
): Reforecast {
  const fromSlot = Math.max(0, toSlot - trendSlots);
  let plannedSum = 0;
  let actualSum = 0;
  for (let t = fromSlot; t < toSlot; t++) {
    plannedSum += planned[t] ?? 0;
    actualSum += actual[t] ?? 0;
  }
  const rawRatio = plannedSum > 0 ? actualSum / plannedSum : 1;
  const ratio = Math.min(most, Math.max(least, rawRatio));
  const inquiries = planned.map((value, t) => (t < toSlot ? (actual[t] ?? 0) : value * ratio));
  const plannedAhead = planned.slice(toSlot).reduce((a, b) => a + b, 0);
  return {
    fromSlot,
    toSlot,
    planned: plannedSum,
    actual: actualSum,
    ratio,
    rawRatio,
    inquiries,
    plannedAhead,
    revisedAhead: plannedAhead * ratio,
  };
}
