/**
 * `cs-plan roster`: spread demand over the hours, size each slot, and build the optimal
 * shift roster (HiGHS MIP) in which nobody works more than 12 hours in a row.
 */
import { Command, Option } from 'commander';
import { CsPlanError, ExitCode, throwAll } from '../errors.js';
import { dayShapes, forecastDemand, seriesDemand, type SlotDemand } from '../core/demand/slots.js';
import { capacityRule, type SlotSizer } from '../core/staffing/capacity-rule.js';
import { ceilTolerant, floorTolerant } from '../core/numeric.js';
import { checkPatterns, MAX_CONTINUOUS_DUTY_HOURS, type ShiftRules } from '../core/scheduling/candidates.js';
import { planRoster, type StaffMember } from '../core/rostering/plan.js';
import type { EstimateRow } from '../core/staffing/whitepaper.js';
import { MINUTES_PER_DAY, parseDate } from '../core/time/clock.js';
import { t } from '../i18n.js';
import { encodeText, writeFileAtomic } from '../io/output.js';
import { readInquirySeries, readShiftPatterns, readStaff } from '../io/roster-files.js';
import { parseHours, parseInteger, parsePositiveAmount } from '../io/values.js';
import { addCommonOptions, addDateOptions, addFormulaOptions, optionLocation, readOptions, runContext, type RunContext } from '../cli/options.js';
import { addQueueOptions, readQueueSettings } from '../cli/queue-options.js';
import { predictedService, queueSizer, type QueueSettings } from '../core/queueing/sizing.js';
import { askWithInquirer, resolveFormulaDays, type AskMissing } from '../cli/formula-inputs.js';
import { coverageCsv, shiftRecords, shiftsCsv, summaryJson, summaryText, SHIFT_COLUMNS, COVERAGE_COLUMNS } from '../cli/roster-output.js';

interface RosterOptions {
  model: 'capacity' | 'erlang';
  history?: string;
  demand?: string;
  profile: 'position' | 'average';
  slot: string;
  hourlyCapacity?: string;
  workHours: string;
  minShift: string;
  maxShift: string;
  minRest: string;
  shifts?: string;
  staff?: string;
  headcount?: string;
  timeLimit: string;
  coverage?: string;
  out?: string;
  forecast?: string;
  capacity?: string;
}

/** Parses one option with the given parser, recording an error with its flag and value. */
function parseOption<T>(command: Command, key: string, parse: (text: string) => T, errors: CsPlanError[]): T | undefined {
  const value = command.getOptionValue(key) as string | undefined;
  if (value === undefined) return undefined;
  try {
    return parse(String(value));
  } catch (error) {
    if (!(error instanceof CsPlanError)) throw error;
    errors.push(error.at(optionLocation(command, key)));
    return undefined;
  }
}

interface RosterSettings {
  slotMinutes: number;
  rules: ShiftRules;
  workHours: number;
  hourlyCapacity?: number;
  headcount?: number;
  timeLimitSeconds: number;
}

function readSettings(command: Command): RosterSettings {
  const errors: CsPlanError[] = [];
  const slotMinutes = parseOption(command, 'slot', (s) => {
    const minutes = parseInteger(s, 15, 60);
    if (![15, 30, 60].includes(minutes)) throw new CsPlanError('value.oneOf', { choices: '60, 30, 15' });
    return minutes;
  }, errors) ?? 60;
  const hours = (key: string) => parseOption(command, key, parseHours, errors);
  const minShift = hours('minShift') ?? 4;
  const maxShift = parseOption(command, 'maxShift', (s) => {
    const h = parseHours(s);
    if (h > MAX_CONTINUOUS_DUTY_HOURS) throw new CsPlanError('roster.maxShiftAbove12', { hours: `${h} h` }, { exitCode: ExitCode.badInput });
    return h;
  }, errors) ?? 12;
  const minRest = hours('minRest') ?? 10;
  const workHours = parseOption(command, 'workHours', (s) => {
    const h = parseHours(s);
    if (!(h > 0)) throw new CsPlanError('value.mustBePositive');
    return h;
  }, errors) ?? 8;
  const hourlyCapacity = parseOption(command, 'hourlyCapacity', parsePositiveAmount, errors);
  const headcount = parseOption(command, 'headcount', (s) => parseInteger(s, 1, 1_000_000), errors);
  const timeLimitSeconds = parseOption(command, 'timeLimit', (s) => parseInteger(s, 1, 86_400), errors) ?? 30;
  throwAll(errors);
  const perSlot = (h: number) => (h * 60) / slotMinutes;
  return {
    slotMinutes,
    // Shift lengths round inward to whole slots, rest rounds up: the rules only get stricter.
    rules: {
      slotMinutes,
      minShiftSlots: ceilTolerant(perSlot(minShift)),
      maxShiftSlots: floorTolerant(perSlot(maxShift)),
      restSlots: ceilTolerant(perSlot(minRest)),
    },
    workHours,
    ...(hourlyCapacity !== undefined ? { hourlyCapacity } : {}),
    ...(headcount !== undefined ? { headcount } : {}),
    timeLimitSeconds,
  };
}

interface DemandPlan {
  demand: SlotDemand;
  sizer: SlotSizer;
  days?: EstimateRow[];
  inputs: string[];
}

async function gatherDemand(command: Command, ctx: RunContext, settings: RosterSettings, ask: AskMissing, queue?: QueueSettings): Promise<DemandPlan> {
  const opts = command.opts<RosterOptions>();
  if (opts.demand) {
    if (opts.forecast || opts.history) {
      throw new CsPlanError('options.conflict', { a: '--demand', b: opts.forecast ? '--forecast' : '--history', why: '--demand already gives inquiries per slot' });
    }
    if (queue) {
      const demand = seriesDemand(await readInquirySeries(opts.demand, readOptions(command, ctx)), settings.slotMinutes);
      return { demand, sizer: queueSizer(queue), inputs: [opts.demand] };
    }
    let perHour = settings.hourlyCapacity;
    if (perHour === undefined && opts.capacity !== undefined) {
      const errors: CsPlanError[] = [];
      const capacity = parseOption(command, 'capacity', parsePositiveAmount, errors);
      throwAll(errors);
      if (capacity !== undefined) perHour = capacity / settings.workHours;
    }
    if (perHour === undefined) throw new CsPlanError('roster.needsCapacity');
    const demand = seriesDemand(await readInquirySeries(opts.demand, readOptions(command, ctx)), settings.slotMinutes);
    return { demand, sizer: capacityRule(perHour), inputs: [opts.demand] };
  }
  if (!opts.history) throw new CsPlanError('roster.needsDemand');
  const { days, forecast } = await resolveFormulaDays(command, ctx, ask);
  const errors: CsPlanError[] = [];
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
  const history = dayShapes(await readInquirySeries(opts.history, readOptions(command, ctx)));
  const demand = forecastDemand(dated, history, opts.profile, settings.slotMinutes);
  const slotsPerDay = MINUTES_PER_DAY / settings.slotMinutes;
  const perHour = settings.hourlyCapacity;
  const sizer = queue
    ? queueSizer(queue)
    : capacityRule(perHour ?? ((slot) => (days[Math.floor(slot / slotsPerDay)]?.capacity ?? 1) / settings.workHours));
  return { demand, sizer, days, inputs: [opts.history, ...(forecast ? [forecast.file] : [])] };
}

/** Builds the `roster` command; `ask` is replaceable for tests. */
export function rosterCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('roster')
    .description('build an optimal shift roster from demand: peak-weighted, never more than 12 hours in a row')
    .option('--history <file>', 'past inquiries per hour (datetime,inquiries or date,hour,inquiries) giving each day its shape')
    .addOption(new Option('--profile <how>', 'which history day shapes a forecast day: the one at the same position, or the average of all').choices(['position', 'average']).default('position'))
    .option('--demand <file>', 'inquiries per slot (datetime,inquiries); skips the formula and the history')
    .addOption(new Option('--slot <minutes>', 'slot length in minutes').choices(['60', '30', '15']).default('60'))
    .option('--hourly-capacity <n>', 'inquiries one agent handles per hour (default: --capacity ÷ --work-hours)')
    .option('--work-hours <hours>', 'working hours behind --capacity, to derive the hourly capacity', '8')
    .option('--min-shift <hours>', 'shortest shift', '4')
    .option('--max-shift <hours>', `longest shift; never above ${MAX_CONTINUOUS_DUTY_HOURS}`, '12')
    .option('--min-rest <hours>', 'least rest between two shifts of one person', '10')
    .option('--shifts <file>', 'allowed shift patterns (name,start,end), e.g. templates/shifts.csv')
    .option('--staff <file>', 'people who can work (name, optional max_hours, available_from, available_to)')
    .option('--headcount <n>', 'at most this many people (named A001, A002, …)')
    .option('--time-limit <seconds>', 'stop the solver after this long and use the best roster found', '30')
    .option('--coverage <file>', 'also write slot_start,inquiries,required,scheduled,shortfall for every slot')
    .addOption(new Option('--model <model>', 'agents per slot: the capacity rule, or a queueing model (Erlang C; Erlang A with --patience)').choices(['capacity', 'erlang']).default('capacity'));
  addQueueOptions(command);
  addFormulaOptions(command);
  addDateOptions(command);
  addCommonOptions(command, { outDescription: 'write the shifts (agent,date,start,end,hours) to FILE; - for stdout' });
  command.addHelpText('after', `
Required agents per slot = ceil(inquiries in slot ÷ (hourly capacity × slot hours)), or with
--model erlang the agents to schedule for --target (see cs-plan erlang --help).
Objective: with unlimited people, cover every slot with the fewest agent-hours, then the fewest
people; with --staff or --headcount, leave the least demand unmet, then use the fewest agent-hours.
Solved exactly with HiGHS; the summary reports the solver status and optimality gap.

Files: --out ${SHIFT_COLUMNS.join(',')}   --coverage ${COVERAGE_COLUMNS.join(',')}
--format table|json prints the summary; --format csv prints the shifts.

Examples:
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \\
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv
  $ cs-plan roster --demand demand.csv --hourly-capacity 25 --slot 30 --headcount 40 --out shifts.csv
  $ cs-plan roster ... --shifts templates/shifts.csv --staff staff.csv --slot 30`);
  command.action(async (_options, cmd: Command) => {
    const ctx = runContext(cmd);
    const opts = cmd.opts<RosterOptions>();
    const settings = readSettings(cmd);
    if (opts.staff && settings.headcount !== undefined) {
      throw new CsPlanError('options.conflict', { a: '--staff', b: '--headcount', why: 'the staff file already says who can work' });
    }
    const queue = opts.model === 'erlang' ? readQueueSettings(cmd) : undefined;
    const { demand, sizer, days, inputs } = await gatherDemand(cmd, ctx, settings, ask, queue);
    const reading = readOptions(cmd, ctx);
    const patterns = opts.shifts ? await readShiftPatterns(opts.shifts, reading) : undefined;
    if (patterns && opts.shifts) {
      try {
        checkPatterns(patterns, settings.rules);
      } catch (error) {
        throw error instanceof CsPlanError ? error.at({ file: opts.shifts }) : error;
      }
    }
    const staff: StaffMember[] | { headcount: number } | undefined = opts.staff
      ? await readStaff(opts.staff, reading)
      : settings.headcount !== undefined ? { headcount: settings.headcount } : undefined;
    // Ctrl-C during the solve stops it cleanly: nothing has been written yet, and nothing will be.
    const interrupt = new AbortController();
    const onInterrupt = () => interrupt.abort();
    process.once('SIGINT', onInterrupt);
    const plan = await planRoster({
      demand, sizer, rules: settings.rules, timeLimitSeconds: settings.timeLimitSeconds, signal: interrupt.signal,
      ...(patterns ? { patterns } : {}), ...(staff ? { staff } : {}),
    }).finally(() => process.off('SIGINT', onInterrupt));

    const service = queue ? predictedService(plan.demand.inquiries, plan.scheduled, plan.demand.slotMinutes, queue) : undefined;
    const allInputs = [...inputs, opts.shifts, opts.staff, ctx.configFile];
    const files: Record<string, string> = {};
    if (opts.coverage) {
      const bytes = await encodeText(await coverageCsv(plan, service), { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom: true });
      await writeFileAtomic(opts.coverage, bytes, { inputs: allInputs, option: '--coverage' });
      files.coverage = opts.coverage;
    }
    if (opts.out && opts.out !== '-') {
      const json = opts.out.toLowerCase().endsWith('.json');
      const content = json
        ? `${JSON.stringify(shiftRecords(plan), null, 2)}\n`
        : await encodeText(await shiftsCsv(plan), { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom: true });
      await writeFileAtomic(opts.out, content, { inputs: [...allInputs, opts.coverage] });
      files.shifts = opts.out;
    }
    const format = opts.out === '-' ? 'csv' : cmd.opts<{ format?: string }>().format ?? 'table';
    if (format === 'csv') process.stdout.write(await encodeText(await shiftsCsv(plan), { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom: false }));
    else if (format === 'json') process.stdout.write(`${JSON.stringify(summaryJson(plan, days, files, service && queue ? { service, target: queue } : undefined), null, 2)}\n`);
    else {
      process.stdout.write(`${await summaryText(plan, days, ctx.lang, ctx.color, service && queue ? { service, target: queue } : undefined)}\n`);
      for (const file of Object.values(files)) process.stdout.write(`${t(ctx.lang, 'roster.wrote', { file })}\n`);
    }
    if (plan.solve.status === 'time-limit') {
      process.stderr.write(`${t(ctx.lang, 'roster.timeLimitHit', { gap: `${(plan.solve.gap * 100).toFixed(2)}%` })}\n`);
      // A partial result is not an error: the roster is written, and the exit code tells scripts.
      process.exitCode = ExitCode.partial;
    }
  });
  return command;
}
