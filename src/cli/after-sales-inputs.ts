/**
 * After-sales flags of `estimate`: the contact rate turns on the after-sales wave; the rest
 * have documented defaults.
 */
import type { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import { afterSalesWave, decayCurve, DEFAULT_DECAY, DEFAULT_WAVE_DAYS, normaliseCurve, type AfterSalesDay } from '../core/staffing/after-sales.js';
import type { EstimateRow } from '../core/staffing/whitepaper.js';
import { parseDate } from '../core/time/clock.js';
import { parseInteger, parsePositiveAmount, parseRatio } from '../io/values.js';
import { parseOption } from './options.js';

/** Adds the after-sales flags (estimate; the roster does not plan after-sales yet). */
export function addAfterSalesOptions(command: Command): Command {
  command
    .option('--after-sales-rate <ratio>', 'after-sales contacts per order, e.g. 8%; turns on the after-sales wave (售后)')
    .option('--after-sales-days <days>', `days an order brings after-sales contacts, from the sale day (default ${DEFAULT_WAVE_DAYS})`)
    .option('--after-sales-curve <weights>', `share of contacts per day from the sale day, e.g. 40,25,15,10,5,5 (default: each day ${DEFAULT_DECAY} of the one before)`)
    .option('--after-sales-capacity <count>', 'after-sales contacts one agent handles per day (default: --capacity)')
    .option('--store-aov <amount>', 'store-wide average order value, turning sales into orders (default: --aov)');
  return command;
}

/** `--store-aov`, when given (orders = sales ÷ store AOV; default the CS AOV). */
export function readStoreAov(command: Command): number | undefined {
  const errors: CsPlanError[] = [];
  const value = parseOption(command, 'storeAov', parsePositiveAmount, errors);
  throwAll(errors);
  return value;
}

/** Whether after-sales is planned (a contact rate was given). */
export function hasAfterSales(command: Command): boolean {
  const value = command.getOptionValue('afterSalesRate') as unknown;
  return value !== undefined && value !== null && String(value).trim() !== '';
}

export interface AfterSalesInputs {
  wave: AfterSalesDay[];
  /** Contacts per agent per day, for estimate's agents. */
  capacity: number;
  curve: number[];
  contactRate: number;
}

/**
 * The after-sales wave for the formula's days, or undefined without `--after-sales-rate`.
 *
 * @throws CsPlanError naming the flag and value; or when the days have no real dates
 */
export function readAfterSales(command: Command, days: readonly EstimateRow[]): AfterSalesInputs | undefined {
  if (!hasAfterSales(command)) return undefined;
  const errors: CsPlanError[] = [];
  const contactRate = parseOption(command, 'afterSalesRate', (s) => parseRatio(s), errors);
  const waveDays = parseOption(command, 'afterSalesDays', (s) => parseInteger(s, 1, 60), errors);
  const weights = parseOption(command, 'afterSalesCurve', (s) => s.split(/[,，;\s]+/).filter(Boolean).map((w) => {
    const weight = Number(w.replace(/%$/, ''));
    if (!Number.isFinite(weight)) throw new CsPlanError('afterSales.badCurve');
    return weight;
  }), errors);
  const capacity = parseOption(command, 'afterSalesCapacity', parsePositiveAmount, errors);
  const storeAov = parseOption(command, 'storeAov', parsePositiveAmount, errors);
  throwAll(errors);
  const curve = weights ? normaliseCurve(weights) : decayCurve(waveDays ?? DEFAULT_WAVE_DAYS);
  if (weights && waveDays !== undefined && waveDays !== weights.length) {
    throw new CsPlanError('options.conflict', { a: '--after-sales-curve', b: '--after-sales-days', why: `the curve has ${weights.length} days, not ${waveDays}; drop --after-sales-days` });
  }
  for (const day of days) {
    if (!parseDate(day.date)) throw new CsPlanError('afterSales.needsDates', {}, { location: { option: '--date', value: day.date } });
  }
  const perAgent = capacity ?? days[0]?.capacity ?? 1;
  const wave = afterSalesWave(days.map((d) => ({ date: d.date, sales: d.sales, aov: storeAov ?? d.aov })), { contactRate: contactRate ?? 0, curve, capacity: perAgent });
  return { wave, capacity: perAgent, curve, contactRate: contactRate ?? 0 };
}
