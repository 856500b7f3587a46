/**
 * The whitepaper formula (seed 002): from a day's sales forecast to pre-sales inquiries
 * and the agents needed to receive them.
 *
 *   CS sales  = sales × CS share
 *   CS buyers = CS sales ÷ CS average order value
 *   inquiries = CS buyers ÷ inquiry conversion rate
 *   human     = inquiries × (1 − bot deflection rate)
 *   agents    = ⌈human ÷ per-agent saturation volume⌉
 */
import { CsPlanError } from '../../errors.js';
import type { MessageKey } from '../../i18n.js';
import { ceilTolerant } from '../numeric.js';

/** One day's (or one store's) inputs to the formula. */
export interface EstimateInput {
  /** Free label, usually the date (YYYY-MM-DD). */
  date: string;
  /** Store sales forecast, in currency units (yuan). */
  sales: number;
  /** Share of sales closed through CS chat, 0 < csShare ≤ 1. */
  csShare: number;
  /** Average order value of CS-assisted orders, currency units, > 0. */
  aov: number;
  /** Share of pre-sales inquiries that turn into a purchase, 0 < conversion ≤ 1. */
  conversion: number;
  /** Inquiries one agent receives in a day at acceptable quality (saturation volume), > 0. */
  capacity: number;
  /** Share of inquiries a bot closes without a human, 0 ≤ botRate < 1. */
  botRate: number;
}

/** The formula's chain for one row; every intermediate value is kept for `--explain`. */
export interface EstimateRow extends EstimateInput {
  csSales: number;
  csBuyers: number;
  inquiries: number;
  humanInquiries: number;
  /** Agents before rounding up. */
  agentsExact: number;
  /** Agents to staff: agentsExact rounded up, ignoring float noise. */
  agents: number;
}

export interface EstimateTotal {
  sales: number;
  csSales: number;
  csBuyers: number;
  inquiries: number;
  humanInquiries: number;
  /** The sum of the daily headcounts (agent-days), not the number of distinct people. */
  agentDays: number;
  /** The largest daily headcount: the people to hire if the same team works every day. */
  peakAgents: number;
}

function check(name: keyof EstimateInput, value: number, ok: boolean, key: MessageKey): void {
  if (!Number.isFinite(value) || !ok) {
    throw new CsPlanError(key, { name }, { location: { option: name, value: String(value) } });
  }
}

/**
 * Validates one input row, naming the parameter and the value when it is out of range.
 *
 * @throws CsPlanError naming the parameter
 */
export function validateEstimateInput(input: EstimateInput): void {
  check('sales', input.sales, input.sales >= 0, 'value.negative');
  check('csShare', input.csShare, input.csShare > 0 && input.csShare <= 1, 'value.ratioRange');
  check('aov', input.aov, input.aov > 0, 'value.mustBePositive');
  check('conversion', input.conversion, input.conversion > 0 && input.conversion <= 1, 'value.ratioRange');
  check('capacity', input.capacity, input.capacity > 0, 'value.mustBePositive');
  check('botRate', input.botRate, input.botRate >= 0 && input.botRate < 1, 'value.botRateRange');
}

/**
 * Applies the whitepaper formula to one day.
 *
 * @example
 * estimateDay({ date: 'd', sales: 500000, csShare: 0.2, aov: 100, conversion: 0.4, capacity: 576, botRate: 0 })
 * // → inquiries 2500, agentsExact 4.34…, agents 5
 */
export function estimateDay(input: EstimateInput): EstimateRow {
  validateEstimateInput(input);
  const csSales = input.sales * input.csShare;
  const csBuyers = csSales / input.aov;
  const inquiries = csBuyers / input.conversion;
  const humanInquiries = inquiries * (1 - input.botRate);
  const agentsExact = humanInquiries / input.capacity;
  return { ...input, csSales, csBuyers, inquiries, humanInquiries, agentsExact, agents: ceilTolerant(agentsExact) };
}

/**
 * Sums a set of estimated days.
 *
 * @example totalOf([estimateDay(a), estimateDay(b)]).peakAgents
 */
export function totalOf(rows: readonly EstimateRow[]): EstimateTotal {
  const sum = (pick: (row: EstimateRow) => number) => rows.reduce((acc, row) => acc + pick(row), 0);
  return {
    sales: sum((r) => r.sales),
    csSales: sum((r) => r.csSales),
    csBuyers: sum((r) => r.csBuyers),
    inquiries: sum((r) => r.inquiries),
    humanInquiries: sum((r) => r.humanInquiries),
    agentDays: sum((r) => r.agents),
    peakAgents: rows.reduce((max, r) => Math.max(max, r.agents), 0),
  };
}
