/**
 * Demand per slot from the command line, shared by `roster` and `check`: a forecast with an
 * hourly history, or a per-slot demand file; sized by the capacity rule or a queueing model.
 */
import { type Command, Option } from 'commander';
import type { MessageKey } from '../i18n.js';
import { CsPlanError, ExitCode, throwAll } from '../errors.js';
import { dayShapes, forecastDemand, seriesDemand, type SlotDemand } from '../core/demand/slots.js';
import { capacityRule, type SlotSizer } from '../core/staffing/capacity-rule.js';
import { queueSizer, type QueueSettings } from '../core/queueing/sizing.js';
import { MAX_CONTINUOUS_DUTY_HOURS } from '../core/scheduling/candidates.js';
import type { EstimateRow } from '../core/staffing/whitepaper.js';
import { MINUTES_PER_DAY, parseDate } from '../core/time/clock.js';
import { readInquirySeries } from '../io/roster-files.js';
import { parseAlignment, parseHours, parseInteger, parseOpenHours, parsePositiveAmount } from '../io/values.js';
import { applyOpenHours, type ClosedDemand } from '../core/demand/open-hours.js';
import type { Alignment } from '../core/demand/align.js';
import { addDateOptions, addFormulaOptions, parseOption, printNotice, readOptions, type RunContext } from './options.js';
import { addQueueOptions, readQueueSettings } from './queue-options.js';
import { resolveFormulaDays, type AskMissing } from './formula-inputs.js';

/**
 * Parses a limit on continuous duty (`--max-shift`): refused above 12 hours, quoting the rule.
 *
 * @example parseMaxDuty('10') // 10
 */
export function parseMaxDuty(text: string): number {
  const hours = parseHours(text);
  if (hours > MAX_CONTINUOUS_DUTY_HOURS) throw new CsPlanError('roster.maxShiftAbove12', { hours: `${hours} h` }, { exitCode: ExitCode.badInput });
  return hours;
}

/** Adds the demand flags: forecast (formula flags), history, demand file, slots, sizing model. */
export function addDemandOptions(command: Command): Command {
  command
    .option('--history <file>', 'past inquiries per hour (datetime,inquiries or date,hour,inquiries) giving each day its shape')
    .option('--align <how>', 'which history day shapes a forecast day: date (the same day in the latest earlier year), weekday (the average of that weekday), position, average, or a shift such as 2026-11-11=2025-11-12', 'date')
    .addOption(new Option('--profile <how>', 'older name of --align position|average').choices(['position', 'average']))
    .option('--demand <file>', 'inquiries per slot (datetime,inquiries); skips the formula and the history')
    .option('--open <hours>', 'service hours, e.g. 09:00-24:00 or 08:00-12:00,13:00-24:00: slots outside are closed and need nobody')
    .addOption(new Option('--closed-demand <how>', 'inquiries that arrive while closed: answered when the store opens (carry) or left to the bot (drop)').choices(['carry', 'drop']).default('carry'))
    .option('--inquiries-column <name>', 'when a history or demand file has several inquiry columns (咨询人数, 接待人数), the one to read')
    .addOption(new Option('--duplicates <how>', 'rows of a history or demand file repeating a time: an error, or added up (exports split by channel)').choices(['error', 'sum']).default('error'))
    .addOption(new Option('--slot <minutes>', 'slot length in minutes').choices(['60', '30', '15']).default('60'))
    .option('--hourly-capacity <n>', 'inquiries one agent handles per hour (default: --capacity ÷ --work-hours)')
    .option('--work-hours <hours>', 'working hours behind --capacity, to derive the hourly capacity', '8')
    .addOption(new Option('--model <model>', 'agents per slot: the capacity rule, or a queueing model (Erlang C; Erlang A with --patience)').choices(['capacity', 'erlang']).default('capacity'));
  addQueueOptions(command);
  addFormulaOptions(command);
  return addDateOptions(command);
}

/**
 * How history days shape forecast days: `--align` (default date), or the older `--profile`.
 *
 * @throws CsPlanError when both are given, or for a value neither knows
 */
function readAlignment(command: Command): Alignment {
  const given = (key: string) => ['cli', 'config'].includes(command.getOptionValueSource(key) ?? '');
  const profile = command.opts<DemandOptions>().profile;
  if (profile && given('align')) {
    throw new CsPlanError('options.conflict', { a: '--profile', b: '--align', why: { key: 'why.profileOld' } });
  }
  if (profile) return { kind: profile };
  const errors: CsPlanError[] = [];
  const alignment = parseOption(command, 'align', parseAlignment, errors);
  throwAll(errors);
  return alignment ?? { kind: 'date' };
}

/**
 * Applies `--open` service hours to demand (see applyOpenHours); demand as it is without them.
 *
 * @throws CsPlanError for hours that cannot be read
 */
export function withOpenHours(command: Command, demand: SlotDemand): SlotDemand {
  const errors: CsPlanError[] = [];
  const hours = parseOption(command, 'open', parseOpenHours, errors);
  throwAll(errors);
  if (!hours) return demand;
  const closedDemand = command.opts<{ closedDemand?: ClosedDemand }>().closedDemand ?? 'carry';
  const applied = applyOpenHours(demand, hours, closedDemand);
  return { ...applied.demand, open: { hours, closedDemand, closed: applied.closed, moved: applied.movedInquiries, dropped: applied.droppedInquiries } };
}

/** Demand per slot, how to size it, and what was read to get it. */
export interface DemandPlan {
  demand: SlotDemand;
  sizer: SlotSizer;
  /** The formula's days, when demand came from a forecast. */
  days?: EstimateRow[];
  /** The queueing model's settings, with --model erlang. */
  queue?: QueueSettings;
  /** The history's day shapes, when demand came from a forecast. */
  shapes?: Map<string, number[]>;
  /** Hours behind the daily capacity (--work-hours). */
  workHours: number;
  inputs: string[];
}

interface DemandOptions {
  history?: string;
  demand?: string;
  forecast?: string;
  capacity?: string;
  profile?: 'position' | 'average';
  model: 'capacity' | 'erlang';
}

/** Whether the command was given anything to compute demand from. */
export function hasDemandInput(command: Command): boolean {
  const opts = command.opts<DemandOptions>();
  return Boolean(opts.history || opts.demand || opts.forecast);
}

/**
 * Reads demand per slot from the demand flags.
 *
 * @throws CsPlanError for conflicting or missing inputs and bad values
 */
export async function gatherDemand(command: Command, ctx: RunContext, ask: AskMissing): Promise<DemandPlan> {
  const opts = command.opts<DemandOptions>();
  const errors: CsPlanError[] = [];
  const slotMinutes = parseOption(command, 'slot', (s) => {
    const minutes = parseInteger(s, 15, 60);
    if (![15, 30, 60].includes(minutes)) throw new CsPlanError('value.oneOf', { choices: '60, 30, 15' });
    return minutes;
  }, errors) ?? 60;
  const workHours = parseOption(command, 'workHours', (s) => {
    const h = parseHours(s);
    if (!(h > 0)) throw new CsPlanError('value.mustBePositive');
    return h;
  }, errors) ?? 8;
  const hourlyCapacity = parseOption(command, 'hourlyCapacity', parsePositiveAmount, errors);
  throwAll(errors);
  const queue = opts.model === 'erlang' ? readQueueSettings(command) : undefined;
  const reading = readOptions(command, ctx);

  if (opts.demand) {
    if (opts.forecast || opts.history) {
      throw new CsPlanError('options.conflict', { a: '--demand', b: opts.forecast ? '--forecast' : '--history', why: { key: 'why.demandGivesSlots' } });
    }
    let perHour = hourlyCapacity;
    if (!queue && perHour === undefined && opts.capacity !== undefined) {
      const capacity = parseOption(command, 'capacity', parsePositiveAmount, errors);
      throwAll(errors);
      if (capacity !== undefined) perHour = capacity / workHours;
    }
    if (!queue && perHour === undefined) throw new CsPlanError('roster.needsCapacity');
    const demand = withOpenHours(command, seriesDemand(await readInquirySeries(opts.demand, reading), slotMinutes));
    return { demand, sizer: queue ? queueSizer(queue) : capacityRule(perHour ?? 1), ...(queue ? { queue } : {}), workHours, inputs: [opts.demand] };
  }
  if (!opts.history) throw new CsPlanError('roster.needsDemand');
  const { days, forecast } = await resolveFormulaDays(command, ctx, ask);
  const dated = days.map((day, i) => {
    const date = parseDate(day.date);
    if (!date) {
      const line = forecast?.rows[i]?.line;
      errors.push(new CsPlanError('roster.dateForRoster', {}, {
        location: forecast ? { file: forecast.file, ...(line ? { line } : {}), column: 'date', value: day.date } : { option: '--date', value: day.date },
      }));
    }
    return { date: date ?? '', inquiries: day.humanInquiries };
  });
  throwAll(errors);
  const alignment = readAlignment(command);
  const history = dayShapes(await readInquirySeries(opts.history, reading));
  const demand = withOpenHours(command, forecastDemand(dated, history, alignment, slotMinutes));
  const fallback = (demand.shapedBy ?? []).filter((s) => s.fallback).map((s) => s.date);
  if (fallback.length > 0) {
    // Only these matchings fall back (position leaves days without a shape; average misses none).
    const fallbacks: Partial<Record<typeof alignment.kind, MessageKey>> = { date: 'demand.alignFallback.date', weekday: 'demand.alignFallback.weekday', offset: 'demand.alignFallback.offset' };
    const key = fallbacks[alignment.kind];
    if (key) printNotice(ctx, { key, params: { dates: fallback.join(', '), days: history.size }, location: { file: opts.history } });
  }
  const slotsPerDay = MINUTES_PER_DAY / slotMinutes;
  const sizer = queue
    ? queueSizer(queue)
    : capacityRule(hourlyCapacity ?? ((slot) => (days[Math.floor(slot / slotsPerDay)]?.capacity ?? 1) / workHours));
  return { demand, sizer, days, ...(queue ? { queue } : {}), shapes: history, workHours, inputs: [opts.history, ...(forecast ? [forecast.file] : [])] };
}
