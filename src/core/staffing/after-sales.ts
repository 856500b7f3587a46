/**
 * The after-sales wave (seed 002: 大促售后 — shipping urges, order changes, refunds and
 * returns; ship within 72 h). Every day's orders bring after-sales contacts over the
 * following days:
 *
 *   orders            = sales ÷ store average order value
 *   contacts (day d)  = Σ over sale days s ≤ d of orders(s) × contact rate × curve[d − s]
 *   agents (day d)    = ⌈contacts(d) ÷ after-sales capacity per agent per day⌉
 */
import { CsPlanError } from '../../errors.js';
import { ceilTolerant } from '../numeric.js';
import { formatDate, MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';

/** Default share kept from one day to the next by the decay curve. */
export const DEFAULT_DECAY = 0.7;
/** Default length of the after-sales wave, in days from the sale day. */
export const DEFAULT_WAVE_DAYS = 7;

export interface AfterSalesSettings {
  /** After-sales contacts per order (0 < rate ≤ 1). */
  contactRate: number;
  /** Share of an order's contacts on the sale day (index 0), the next day (1), …; sums to 1. */
  curve: readonly number[];
  /** Contacts one after-sales agent handles per day. */
  capacity: number;
}

/** A sale day: its label, sales and the average order value that turns sales into orders. */
export interface SaleDay {
  date: string;
  sales: number;
  /** Store-wide average order value, currency units. */
  aov: number;
}

/** One day of the after-sales wave. */
export interface AfterSalesDay {
  date: string;
  /** Orders placed that day (0 on days after the campaign). */
  orders: number;
  /** After-sales contacts arriving that day, from this and earlier days' orders. */
  contacts: number;
  agentsExact: number;
  agents: number;
}

/**
 * A geometric decay curve: each day keeps `decay` of the day before, normalised to sum 1.
 * With the defaults (7 days, 0.7) 72% of contacts come in the first 3 days and 91% in 5.
 *
 * @example decayCurve(2, 0.5) // [0.6667, 0.3333] (approximately)
 */
export function decayCurve(days = DEFAULT_WAVE_DAYS, decay = DEFAULT_DECAY): number[] {
  if (!(Number.isInteger(days) && days >= 1))
    throw new CsPlanError('value.mustBePositive', {}, { location: { setting: 'afterSalesDays', value: String(days) } });
  const weights = Array.from({ length: days }, (_, d) => decay ** d);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/**
 * Normalises user weights (e.g. `40,25,15,10,5,5` per day) to shares summing to 1.
 *
 * @throws CsPlanError when a weight is negative or all are zero
 * @example normaliseCurve([2, 1, 1]) // [0.5, 0.25, 0.25]
 */
export function normaliseCurve(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || weights.some((w) => !(w >= 0)) || !(sum > 0)) {
    throw new CsPlanError(
      'afterSales.badCurve',
      {},
      { location: { setting: 'afterSalesCurve', value: weights.join(',') } },
    );
  }
  return weights.map((w) => w / sum);
}

/**
 * The after-sales wave of consecutive sale days: one entry per sale day, then as many days
 * after the last as the curve lasts.
 *
 * @param days consecutive sale days, dates as YYYY-MM-DD
 * @example afterSalesWave([{ date: '2026-11-11', sales: 100000, aov: 100 }], { contactRate: 0.1, curve: [0.5, 0.5], capacity: 50 })
 * // [{ date: '2026-11-11', orders: 1000, contacts: 50, agentsExact: 1, agents: 1 }, { date: '2026-11-12', orders: 0, contacts: 50, … }]
 */
export function afterSalesWave(days: readonly SaleDay[], settings: AfterSalesSettings): AfterSalesDay[] {
  const first = days[0];
  if (!first) return [];
  const length = days.length + settings.curve.length - 1;
  const orders = days.map((day) => day.sales / day.aov);
  return Array.from({ length }, (_, d) => {
    let contacts = 0;
    for (let s = Math.max(0, d - settings.curve.length + 1); s <= Math.min(d, days.length - 1); s++) {
      contacts += (orders[s] ?? 0) * settings.contactRate * (settings.curve[d - s] ?? 0);
    }
    const agentsExact = contacts / settings.capacity;
    return {
      date: days[d]?.date ?? formatDate(toEpochMinutes(first.date) + d * MINUTES_PER_DAY),
      orders: orders[d] ?? 0,
      contacts,
      agentsExact,
      agents: ceilTolerant(agentsExact),
    };
  });
}
