/**
 * After-sales flags, shared by `estimate` and `roster`: the contact rate turns on the
 * after-sales wave; the rest have documented defaults.
 */
import type { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import {
  afterSalesWave,
  decayCurve,
  DEFAULT_DECAY,
  DEFAULT_WAVE_DAYS,
  normaliseCurve,
  type AfterSalesDay,
} from '../core/staffing/after-sales.js';
import type { EstimateRow } from '../core/staffing/whitepaper.js';
import { formatDate, MINUTES_PER_DAY, parseDate, toEpochMinutes } from '../core/time/clock.js';
import type { SlotDemand } from '../core/demand/slots.js';
import type { AfterSalesDemand } from '../core/rostering/plan.js';
import { parseHours, parseInteger, parsePositiveAmount, parseRatio } from '../io/values.js';
import type { DemandPlan } from './demand-inputs.js';
import { parseOption, readOptions, type RunContext } from './options.js';

/** Default hours after-sales work may wait while pre-sales goes first. */
export const DEFAULT_DEFER_HOURS = 4;
/** Longest deferral allowed: orders should ship within 72 h (seed 002). */
const MAX_DEFER_HOURS = 72;

/** Adds the after-sales flags; `roster` also gets the per-slot ones. */
export function addAfterSalesOptions(command: Command, { roster = false } = {}): Command {
  command
    .option(
      '--after-sales-rate <ratio>',
      'after-sales contacts per order, e.g. 8%; turns on the after-sales wave (售后); 0 turns it off',
    )
    .option(
      '--after-sales-days <days>',
      `days an order brings after-sales contacts, from the sale day (default ${DEFAULT_WAVE_DAYS})`,
    )
    .option(
      '--after-sales-curve <weights>',
      `share of contacts per day from the sale day, e.g. 40,25,15,10,5,5 (default: each day ${DEFAULT_DECAY} of the one before)`,
    )
    .option('--after-sales-capacity <count>', 'after-sales contacts one agent handles per day (default: --capacity)')
    .option('--store-aov <amount>', 'store-wide average order value, turning sales into orders (default: --aov)');
  if (roster) {
    command
      .option(
        '--after-sales-hourly-capacity <n>',
        'after-sales contacts one agent handles per hour (default: --after-sales-capacity ÷ --work-hours)',
      )
      .option(
        '--after-sales-defer <hours>',
        `hours after-sales work may wait while pre-sales goes first (default ${DEFAULT_DEFER_HOURS}, at most ${MAX_DEFER_HOURS})`,
      )
      .option(
        '--after-sales-history <file>',
        'past after-sales contacts per hour, for their shape within a day (default: the --history shape)',
      );
  }
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
  // 0 (or 0%) turns off a wave the config file turned on.
  return (
    value !== undefined &&
    value !== null &&
    String(value).trim() !== '' &&
    !/^\s*0+(\.0*)?\s*%?\s*$/.test(String(value))
  );
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
  const weights = parseOption(
    command,
    'afterSalesCurve',
    (s) =>
      s
        .split(/[,，;\s]+/)
        .filter(Boolean)
        .map((w) => {
          const weight = Number(w.replace(/%$/, ''));
          if (!Number.isFinite(weight)) throw new CsPlanError('afterSales.badCurve');
          return weight;
        }),
    errors,
  );
  const capacity = parseOption(command, 'afterSalesCapacity', parsePositiveAmount, errors);
  const storeAov = parseOption(command, 'storeAov', parsePositiveAmount, errors);
  throwAll(errors);
  const curve = weights ? normaliseCurve(weights) : decayCurve(waveDays ?? DEFAULT_WAVE_DAYS);
  if (weights && waveDays !== undefined && waveDays !== weights.length) {
    throw new CsPlanError('options.conflict', {
      a: '--after-sales-curve',
      b: '--after-sales-days',
      why: { key: 'why.curveDays', params: { days: weights.length, wave: waveDays } },
    });
  }
  for (const day of days) {
    if (!parseDate(day.date))
      throw new CsPlanError('afterSales.needsDates', {}, { location: { option: '--date', value: day.date } });
  }
  const perAgent = capacity ?? days[0]?.capacity ?? 1;
  // The wave runs by the calendar: days missing between forecast rows are days without sales.
  const byDate = new Map(days.map((d) => [parseDate(d.date) ?? d.date, d]));
  const dates = [...byDate.keys()].sort();
  const firstDay = toEpochMinutes(dates[0] ?? '') / MINUTES_PER_DAY;
  const span = dates.length === 0 ? 0 : toEpochMinutes(dates[dates.length - 1] ?? '') / MINUTES_PER_DAY - firstDay + 1;
  const saleDays = Array.from({ length: span }, (_, i) => {
    const date = formatDate((firstDay + i) * MINUTES_PER_DAY);
    const day = byDate.get(date);
    return { date, sales: day?.sales ?? 0, aov: storeAov ?? day?.aov ?? days[0]?.aov ?? 1 };
  });
  const wave = afterSalesWave(saleDays, { contactRate: contactRate ?? 0, curve, capacity: perAgent });
  return { wave, capacity: perAgent, curve, contactRate: contactRate ?? 0 };
}

/** The roster's after-sales settings: hourly capacity and the deferral limit. */
function readAfterSalesSlots(
  command: Command,
  dailyCapacity: number,
  workHours: number,
): { hourlyCapacity: number; deferHours: number } {
  const errors: CsPlanError[] = [];
  const hourly = parseOption(command, 'afterSalesHourlyCapacity', parsePositiveAmount, errors);
  const defer = parseOption(
    command,
    'afterSalesDefer',
    (s) => {
      const hours = parseHours(s);
      if (!(hours >= 0)) throw new CsPlanError('value.mustBePositive');
      if (hours > MAX_DEFER_HOURS) throw new CsPlanError('afterSales.deferTooLong');
      return hours;
    },
    errors,
  );
  throwAll(errors);
  return { hourlyCapacity: hourly ?? dailyCapacity / workHours, deferHours: defer ?? DEFAULT_DEFER_HOURS };
}

/**
 * Pre- and after-sales demand on one grid for `roster`: the window runs on past the campaign
 * while the after-sales wave lasts (pre-sales is zero there: nothing was forecast). A day's
 * after-sales contacts follow the average day shape of --after-sales-history, or of --history.
 *
 * @throws CsPlanError when demand did not come from a sales forecast (the wave needs orders per day)
 */
export async function afterSalesDemand(
  command: Command,
  ctx: RunContext,
  plan: DemandPlan,
): Promise<{ demand: SlotDemand; afterSales: AfterSalesDemand; inputs: string[] }> {
  const inputs = plan.days && plan.shapes ? readAfterSales(command, plan.days) : undefined;
  if (!inputs || !plan.shapes)
    throw new CsPlanError('afterSales.needsForecast', {}, { location: { option: '--after-sales-rate' } });
  // Loaded here, not at the top: `estimate` reads this module and needs none of them.
  const [{ averageShape, dayShapes, spreadDay }, { carryOutOfClosed, isOpen }, { readInquirySeries }] =
    await Promise.all([
      import('../core/demand/slots.js'),
      import('../core/demand/open-hours.js'),
      import('../io/roster-files.js'),
    ]);
  const file = command.opts<{ afterSalesHistory?: string }>().afterSalesHistory;
  const shapes = file ? dayShapes(await readInquirySeries(file, readOptions(command, ctx))) : plan.shapes;
  const shape = averageShape([...shapes.values()]);
  const { slotMinutes } = plan.demand;
  const contacts = inputs.wave.flatMap((day) => spreadDay(day.contacts, shape, slotMinutes));
  if (
    contacts.length !== inputs.wave.length * (MINUTES_PER_DAY / slotMinutes) ||
    contacts.length < plan.demand.inquiries.length
  ) {
    throw new CsPlanError('internal', { message: 'after-sales window does not match the pre-sales slots' });
  }
  const preSales = [
    ...plan.demand.inquiries,
    ...new Array<number>(contacts.length - plan.demand.inquiries.length).fill(0),
  ];
  // Service hours hold for the whole window; contacts arriving while closed wait for opening too.
  const open = plan.demand.open;
  const closed = open
    ? preSales.map((_, slot) => !isOpen(plan.demand.start + slot * slotMinutes, slotMinutes, open.hours))
    : undefined;
  return {
    demand: { ...plan.demand, inquiries: preSales, ...(open && closed ? { open: { ...open, closed } } : {}) },
    afterSales: {
      contacts: open && closed ? carryOutOfClosed(contacts, closed, open.closedDemand) : contacts,
      ...readAfterSalesSlots(command, inputs.capacity, plan.workHours),
    },
    inputs: file ? [file] : [],
  };
}
