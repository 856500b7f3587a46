/**
 * Inquiry demand per time slot. History and forecasts come at any granularity (hourly,
 * half-hourly, 15-minute); everything is first put on a 15-minute grid, then summed into
 * the planning slot (60, 30 or 15 minutes).
 */
import { CsPlanError } from '../../errors.js';
import { formatDate, MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';
import { alignHistory, type Alignment, type ShapeSource } from './align.js';
import type { ClosedDemand, OpenHours } from './open-hours.js';

/** The finest grid cs-plan plans on, in minutes. */
export const GRID_MINUTES = 15;
const GRID_PER_DAY = MINUTES_PER_DAY / GRID_MINUTES;

/** Inquiries observed (or forecast) in the interval starting at `at`. */
export interface TimedVolume {
  /** Epoch minutes (see core/time/clock). */
  at: number;
  inquiries: number;
}

/** Demand over a planning window, one number per slot. */
export interface SlotDemand {
  /** Epoch minutes of the first slot's start. */
  start: number;
  /** Slot length in minutes: 60, 30 or 15. */
  slotMinutes: number;
  /** Inquiries expected in each slot. */
  inquiries: number[];
  /** Which history days shaped each forecast day (demand from a forecast and a history). */
  shapedBy?: ShapeSource[];
  /** Service hours, when set: which slots are closed and what happened to their inquiries. */
  open?: OpenState;
}

/** Service hours applied to a window's demand. */
export interface OpenState {
  hours: OpenHours;
  closedDemand: ClosedDemand;
  /** Per slot of the window: closed (nobody needed, no free shift runs there). */
  closed: boolean[];
  /** Inquiries that arrived while closed, and of those the ones no open slot followed. */
  moved: number;
  dropped: number;
}

/**
 * The interval each record covers: the smallest gap between consecutive record times,
 * or 60 minutes when there is a single time.
 *
 * @example recordStep([{ at: 0, inquiries: 1 }, { at: 30, inquiries: 2 }]) // 30
 */
export function recordStep(records: readonly TimedVolume[]): number {
  const times = Float64Array.from(records, (r) => r.at).sort();
  let step = Infinity;
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap > 0) step = Math.min(step, gap);
  }
  return Number.isFinite(step) ? step : 60;
}

/**
 * Spreads each record evenly over the 15-minute grid cells its interval overlaps.
 *
 * @returns inquiries per grid cell, keyed by the cell's start in epoch minutes
 * @example toGrid([{ at: 0, inquiries: 60 }], 60) // Map { 0 → 15, 15 → 15, 30 → 15, 45 → 15 }
 */
export function toGrid(records: readonly TimedVolume[], step = recordStep(records)): Map<number, number> {
  const grid = new Map<number, number>();
  for (const { at, inquiries } of records) {
    const end = at + step;
    for (let cell = Math.floor(at / GRID_MINUTES) * GRID_MINUTES; cell < end; cell += GRID_MINUTES) {
      const overlap = Math.min(end, cell + GRID_MINUTES) - Math.max(at, cell);
      if (overlap > 0) grid.set(cell, (grid.get(cell) ?? 0) + (inquiries * overlap) / step);
    }
  }
  return grid;
}

/**
 * Spreads records over the 15-minute cells of their calendar days: for each date with any
 * record, 96 cells from 00:00. Works on day numbers, not date strings, so a million records
 * stay fast.
 *
 * @returns one 96-cell array per date, in date order
 */
export function dayShapes(records: readonly TimedVolume[], step = recordStep(records)): Map<string, number[]> {
  const days = new Map<number, number[]>();
  for (const { at, inquiries } of records) {
    const end = at + step;
    for (let cell = Math.floor(at / GRID_MINUTES) * GRID_MINUTES; cell < end; cell += GRID_MINUTES) {
      const overlap = Math.min(end, cell + GRID_MINUTES) - Math.max(at, cell);
      if (overlap <= 0) continue;
      const day = Math.floor(cell / MINUTES_PER_DAY);
      let cells = days.get(day);
      if (!cells) {
        cells = new Array<number>(GRID_PER_DAY).fill(0);
        days.set(day, cells);
      }
      const index = (cell - day * MINUTES_PER_DAY) / GRID_MINUTES;
      cells[index] = (cells[index] ?? 0) + (inquiries * overlap) / step;
    }
  }
  return new Map(
    [...days.entries()].sort(([a], [b]) => a - b).map(([day, cells]) => [formatDate(day * MINUTES_PER_DAY), cells]),
  );
}

/**
 * The average daily shape of several days, each day normalised to a total of 1 first so a
 * busy day does not dominate.
 */
export function averageShape(shapes: readonly number[][]): number[] {
  const result = new Array<number>(GRID_PER_DAY).fill(0);
  for (const shape of shapes) {
    const total = shape.reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    shape.forEach((value, i) => (result[i] = (result[i] ?? 0) + value / total / shapes.length));
  }
  return result;
}

/**
 * Splits a day's inquiries over its slots in proportion to a 96-cell shape.
 *
 * @param total inquiries for the whole day
 * @param shape 96 cells of any scale (only proportions matter); must not be all zero
 * @param slotMinutes 15, 30 or 60
 * @example spreadDay(100, shapeWithAllAt20h, 60)[20] // 100
 */
export function spreadDay(total: number, shape: readonly number[], slotMinutes: number): number[] {
  const sum = shape.reduce((a, b) => a + b, 0);
  const perSlot = slotMinutes / GRID_MINUTES;
  const slots = new Array<number>(MINUTES_PER_DAY / slotMinutes).fill(0);
  shape.forEach((value, cell) => {
    const slot = Math.floor(cell / perSlot);
    slots[slot] = (slots[slot] ?? 0) + (total * value) / sum;
  });
  return slots;
}

/** A forecast day: its date and the inquiries that reach human agents. */
export interface DayVolume {
  date: string;
  inquiries: number;
}

/**
 * Spreads forecast days over slots with historical shapes, each day shaped by the history days
 * `alignment` matches to it (see {@link alignHistory}); the result says which those were.
 *
 * @throws CsPlanError when dates are not consecutive, the history is too short for `position`,
 *   or a history day that shapes a forecast day has no inquiries
 */
export function forecastDemand(
  days: readonly DayVolume[],
  history: ReadonlyMap<string, number[]>,
  alignment: Alignment,
  slotMinutes: number,
): SlotDemand {
  const first = days[0];
  if (!first) throw new CsPlanError('csv.empty');
  days.forEach((day, i) => {
    const expected = formatDate(toEpochMinutes(first.date) + i * MINUTES_PER_DAY);
    if (day.date !== expected) throw new CsPlanError('demand.datesNotConsecutive', { date: day.date, expected });
  });
  if (history.size === 0) throw new CsPlanError('demand.emptyHistoryDay', { date: '—' });
  if (alignment.kind === 'position' && history.size < days.length) {
    throw new CsPlanError('demand.historyTooShort', { historyDays: history.size, forecastDays: days.length });
  }
  const sources = alignHistory(
    days.map((d) => d.date),
    [...history.keys()],
    alignment,
  );
  const shapeOf = (date: string): number[] => {
    const shape = history.get(date) ?? [];
    if (!shape.some((v) => v > 0)) throw new CsPlanError('demand.emptyHistoryDay', { date });
    return shape;
  };
  const inquiries = days.flatMap((day, i) => {
    const used = sources[i]?.history ?? [];
    // An average skips empty days, unless it is the one day asked for.
    const shape =
      used.length === 1 ? shapeOf(used[0] ?? '') : averageShape(used.map((date) => history.get(date) ?? []));
    if (!shape.some((v) => v > 0)) throw new CsPlanError('demand.emptyHistoryDay', { date: used.join(', ') || '—' });
    return spreadDay(day.inquiries, shape, slotMinutes);
  });
  return { start: toEpochMinutes(first.date), slotMinutes, inquiries, shapedBy: sources };
}

/**
 * Puts an inquiry series (e.g. `--demand` file) on the slot grid. The window runs from the
 * slot holding the first record to the slot holding the end of the last record's interval.
 *
 * @example seriesDemand([{ at: 0, inquiries: 10 }, { at: 60, inquiries: 20 }], 30).inquiries // [5, 5, 10, 10]
 */
export function seriesDemand(records: readonly TimedVolume[], slotMinutes: number): SlotDemand {
  if (records.length === 0) throw new CsPlanError('csv.empty');
  const step = recordStep(records);
  const grid = toGrid(records, step);
  const firstAt = Math.min(...records.map((r) => r.at));
  const lastEnd = Math.max(...records.map((r) => r.at)) + step;
  const start = Math.floor(firstAt / slotMinutes) * slotMinutes;
  const count = Math.ceil((lastEnd - start) / slotMinutes);
  const inquiries = new Array<number>(count).fill(0);
  for (const [cell, value] of grid) {
    const slot = Math.floor((cell - start) / slotMinutes);
    inquiries[slot] = (inquiries[slot] ?? 0) + value;
  }
  return { start, slotMinutes, inquiries };
}
