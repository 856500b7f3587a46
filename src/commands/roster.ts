/**
 * `cs-plan roster`: spread demand over the hours, size each slot, and build the optimal
 * shift roster (HiGHS MIP) in which nobody works more than 12 hours in a row.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command, Option } from 'commander';
import { CsPlanError, ExitCode, throwAll } from '../errors.js';
import type { OutsourcingOffer, RosterPlan } from '../core/rostering/plan.js';
import type { StaffMember } from '../core/rostering/staff-groups.js';
import { MAX_CONTINUOUS_DUTY_HOURS } from '../core/scheduling/candidates.js';
import { hasContractRules, type EverydayRules } from '../core/rostering/everyday.js';
import { buildRoster, freeShiftsPersonModel, selfCheck, usesPersonModel, type RosterJob } from '../core/rostering/roster.js';
import { predictedService } from '../core/queueing/sizing.js';
import { t, type Lang } from '../i18n.js';
import { encodeText, toCsv, writeOutputs, type PlannedOutput } from '../io/output.js';
import { parseListOption } from '../cli/queue-options.js';
import { formatNumber, renderTable } from '../cli/render.js';
import { roundTo } from '../core/numeric.js';
import { readStaff } from '../io/roster-files.js';
import { parseAmount, parseBalanceRule, parseBreakRule, parseFairKinds, parseForbidden, parseHours, parseInteger, parsePositiveAmount, parseRatio } from '../io/values.js';
import { addCommonOptions, parseOption, printNotice, readOptions, runContext } from '../cli/options.js';
import { askWithInquirer, type AskMissing } from '../cli/formula-inputs.js';
import { addDemandOptions, gatherDemand } from '../cli/demand-inputs.js';
import { addDayRuleOptions, readDayRules } from '../cli/day-rule-options.js';
import { addShiftRuleOptions, addTimeLimitOption, readPatternsFor, readShiftRules } from '../cli/shift-rule-options.js';
import { addAfterSalesOptions, afterSalesDemand, hasAfterSales } from '../cli/after-sales-inputs.js';
import { settingsUsed } from '../cli/report.js';
import { coverageCsv, proofText, rosterGrid, rosterReport, rosterWorkbook, shiftRecords, shiftsCsv, summaryJson, summaryText, SHIFT_COLUMNS, COVERAGE_COLUMNS } from '../cli/roster-output.js';
import { gridCsv, gridText, gridXlsx } from '../cli/grid-views.js';

interface RosterOptions {
  shifts?: string;
  staff?: string;
  coverage?: string;
  out?: string;
  grid?: string;
  report?: string;
  minimise?: 'hours' | 'people' | 'cost';
}

/**
 * The temp pool of `--temps N`: T001 … TNNN, paid by the day and/or the hour, each shift at
 * least --temp-min-hours long.
 */
interface TempFlags {
  count?: number;
  /** Several day rates make a what-if grid. */
  dailyCosts: number[];
  hourly?: number;
  minHours?: number;
}

/** The temp pool's flags (`--temps`, `--temp-*`), read before any file. */
function readTempFlags(command: Command, errors: CsPlanError[]): TempFlags {
  const count = parseOption(command, 'temps', (s) => parseInteger(s, 1, 10_000), errors);
  // Several day rates (250,300,350) make a what-if grid: the cheapest mix at each.
  const dailyCosts = parseListOption(command, 'tempDailyCost', parseAmount, errors, true);
  const hourly = parseOption(command, 'tempHourlyCost', parseAmount, errors);
  // A shortest shift past the 12-hour cap would leave the temps no shift at all.
  const minHours = parseOption(command, 'tempMinHours', (s) => {
    const hours = parseHours(s);
    if (hours > MAX_CONTINUOUS_DUTY_HOURS) throw new CsPlanError('roster.tempMinTooLong', { hours: MAX_CONTINUOUS_DUTY_HOURS });
    return hours;
  }, errors);
  return { dailyCosts, ...(count !== undefined ? { count } : {}), ...(hourly !== undefined ? { hourly } : {}), ...(minHours !== undefined ? { minHours } : {}) };
}

/** The temp pool of `--temps N`: T001 … TNNN (none may share a name with the staff file). */
function tempPool({ count, dailyCosts, hourly, minHours }: TempFlags, taken: ReadonlySet<string>): StaffMember[] {
  const daily = dailyCosts[0];
  if (count === undefined) return [];
  return Array.from({ length: count }, (_, i) => `T${String(i + 1).padStart(3, '0')}`).map((name) => {
    if (taken.has(name)) throw new CsPlanError('roster.tempNameTaken', { name }, { location: { option: '--temps' } });
    return {
      name, kind: 'temp' as const, ...(daily !== undefined ? { dailyCost: daily } : {}), ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
      ...(minHours !== undefined ? { minShiftHours: minHours } : {}),
    };
  });
}

/** Column order of the what-if grid (`--temp-daily-cost 250,300,350 --format csv`). */
export const WHAT_IF_COLUMNS = ['temp_daily_cost', 'people', 'own_hours', 'temps', 'temp_shifts', 'outsourced_inquiries', 'unanswered_inquiries', 'total_cost', 'proven', 'overtime_hours'] as const;

/** Which what-if columns give way first on a narrow terminal (lowest first). */
const WHAT_IF_PRIORITY: Record<(typeof WHAT_IF_COLUMNS)[number], number> = {
  temp_daily_cost: Infinity, people: 70, own_hours: 80, temps: 90, temp_shifts: 60, outsourced_inquiries: 85, unanswered_inquiries: 40, total_cost: Infinity, proven: 95, overtime_hours: 75,
};

/** Hours a week after which overtime rates apply when --overtime-after is not given (China's standard 40-hour week). */
export const DEFAULT_OVERTIME_AFTER_HOURS = 40;

/** One row of the what-if grid: the cheapest mix at one temp day rate. */
function whatIfRecord(price: number, plan: RosterPlan): Record<(typeof WHAT_IF_COLUMNS)[number], string | number> {
  const kind = (k: string) => plan.cost?.byKind.find((x) => x.kind === k);
  return {
    temp_daily_cost: price, people: plan.summary.peopleRostered, own_hours: roundTo(kind('own')?.hours ?? 0, 2),
    temps: kind('temp')?.people ?? 0, temp_shifts: kind('temp')?.shifts ?? 0,
    outsourced_inquiries: roundTo(plan.cost?.outsourced.inquiries ?? 0, 2), unanswered_inquiries: roundTo(plan.cost?.unmet?.inquiries ?? 0, 2),
    total_cost: roundTo(plan.cost?.total ?? 0, 2), proven: plan.solve.status === 'optimal' ? 'yes' : 'no',
    overtime_hours: roundTo(plan.cost?.overtime?.hours ?? 0, 2),
  };
}

/** `--outsource-price` (¥ per inquiry) and `--outsource-max` (share of the demand). */
function readOutsourcing(command: Command, lang: Lang): OutsourcingOffer | undefined {
  const errors: CsPlanError[] = [];
  const price = parseOption(command, 'outsourcePrice', parseAmount, errors);
  const hourly = parseOption(command, 'outsourceHourly', parseAmount, errors);
  if (price !== undefined && hourly !== undefined) errors.push(new CsPlanError('options.conflict', { a: '--outsource-price', b: '--outsource-hourly', why: t(lang, 'roster.why.onePrice') }));
  // 0% (no outsourcing) to 100%.
  const share = parseOption(command, 'outsourceMax', (s) => (/^\s*0+(\.0*)?\s*%?\s*$/.test(s) ? 0 : parseRatio(s)), errors);
  throwAll(errors);
  if (hourly !== undefined) return { pricePerInquiry: hourly, perAgentHour: true, maxShare: share ?? 1 };
  return price === undefined ? undefined : { pricePerInquiry: price, maxShare: share ?? 1 };
}

/** The cost flags of `roster`, every one read and checked against the others before any file is read. */
interface CostFlags {
  temps: TempFlags;
  outsourcing?: OutsourcingOffer;
  unmetCost?: number;
  botMax?: number;
  botCost?: number;
  overtimeAfter?: number;
}

function readCostFlags(command: Command, minimise: RosterOptions['minimise'], lang: Lang): CostFlags {
  const errors: CsPlanError[] = [];
  const temps = readTempFlags(command, errors);
  const unmetCost = parseOption(command, 'unmetCost', parseAmount, errors);
  const botMax = parseOption(command, 'botMax', (s) => parseRatio(s, 'bot'), errors);
  const botCost = parseOption(command, 'botCost', parseAmount, errors);
  const overtimeAfter = parseOption(command, 'overtimeAfter', (s) => {
    const hours = parseHours(s);
    if (!(hours >= 1 && hours <= 168)) throw new CsPlanError('roster.overtimeHoursRange');
    return hours;
  }, errors);
  throwAll(errors);
  const outsourcing = readOutsourcing(command, lang);
  // Prices are weighed only when the roster minimises cost.
  const priced: [string, boolean][] = [
    ['--overtime-after', overtimeAfter !== undefined], ['--bot-max', botMax !== undefined], ['--unmet-cost', unmetCost !== undefined],
    [outsourcing?.perAgentHour ? '--outsource-hourly' : '--outsource-price', outsourcing !== undefined],
  ];
  const [unweighed] = minimise === 'cost' ? [] : priced.filter(([, given]) => given);
  if (unweighed) {
    throw new CsPlanError('options.conflict', { a: unweighed[0], b: `--minimise ${minimise ?? 'hours'}`, why: t(lang, 'roster.why.outsourceNeedsCost') });
  }
  if (temps.dailyCosts.length > 1) {
    if (minimise !== 'cost' || temps.count === undefined) throw new CsPlanError('roster.whatIfNeedsCost', {}, { location: { option: '--temp-daily-cost' } });
    const [written] = (['out', 'coverage', 'grid', 'report'] as const).filter((key) => command.getOptionValue(key) !== undefined);
    if (written) throw new CsPlanError('options.conflict', { a: '--temp-daily-cost …,…', b: `--${written}`, why: t(lang, 'roster.why.whatIfWrites') });
  }
  return {
    temps, ...(outsourcing ? { outsourcing } : {}), ...(unmetCost !== undefined ? { unmetCost } : {}), ...(botMax !== undefined ? { botMax } : {}),
    ...(botCost !== undefined ? { botCost } : {}), ...(overtimeAfter !== undefined ? { overtimeAfter } : {}),
  };
}

/** The person-level rules of everyday rosters, and which of them the user set. */
function readEverydayRules(command: Command): { rules: EverydayRules; explicit: string[] } {
  const errors: CsPlanError[] = [];
  const { daysOffPerWeek, week, maxConsecutiveDays, maxHoursPerWeek, workDaysPerWeek, daysOffTogether, minHoursPerWeek } = readDayRules(command, errors);
  const balance = parseOption(command, 'balanceHours', parseBalanceRule, errors);
  const balanceHours = balance?.hours;
  const forbidden = parseOption(command, 'forbid', parseForbidden, errors);
  const mealBreak = parseOption(command, 'break', parseBreakRule, errors);
  const stable = command.getOptionValue('stable') === true || command.getOptionValue('stable') === 'true';
  const prefersWeight = parseOption(command, 'prefersWeight', parsePositiveAmount, errors);
  const fair = parseOption(command, 'fair', parseFairKinds, errors);
  throwAll(errors);
  // The rules only the person-level model of shift patterns has (the day rules hold on every roster).
  const flags: [string, string][] = [
    ['balanceHours', '--balance-hours'], ['forbid', '--forbid'], ['break', '--break'], ['stable', '--stable'], ['prefersWeight', '--prefers-weight'],
    ['workDaysPerWeek', '--work-days-per-week'], ['daysOffTogether', '--days-off-together'], ['minHoursWeek', '--min-hours-week'], ['fair', '--fair'],
  ];
  return {
    rules: {
      daysOffPerWeek, week,
      ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}),
      ...(maxHoursPerWeek !== undefined ? { maxHoursPerWeek } : {}),
      ...(balanceHours !== undefined ? { balanceHours } : {}),
      ...(balance?.minimise ? { minimiseSpread: true } : {}),
      ...(forbidden ? { forbidden } : {}),
      ...(mealBreak ? { mealBreak } : {}),
      ...(stable ? { stable } : {}),
      ...(prefersWeight !== undefined ? { prefersWeight } : {}),
      ...(workDaysPerWeek !== undefined ? { workDaysPerWeek } : {}),
      ...(daysOffTogether !== undefined ? { daysOffTogether } : {}),
      ...(minHoursPerWeek !== undefined ? { minHoursPerWeek } : {}),
      ...(fair ? { fair } : {}),
    },
    // Only flags typed on the command line: one config file may also serve campaign rosters and check.
    explicit: flags.filter(([key]) => command.getOptionValueSource(key) === 'cli').map(([, flag]) => flag),
  };
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Required agents per slot = ceil(inquiries in slot ÷ (hourly capacity × slot hours)), or with
--model erlang the agents to schedule for --target (see cs-plan erlang --help).
Objective: with unlimited people, cover every slot with the fewest agent-hours, then the fewest
people (--minimise people: the fewest people, then the fewest agent-hours); with --staff or
--headcount, leave the least demand unmet, then use the fewest agent-hours; --minimise cost
(with pay in --staff, or --temps): the least demand unmet, then the fewest ¥ (wages, day pay,
overtime past --overtime-after, --outsource-price), then the fewest people, then the fewest
agent-hours; the hiring answer comes first.
Solved exactly with HiGHS; the summary reports the solver status and optimality gap.
Every roster keeps the day rules: --days-off-per-week in every 7 days in a row (--week monday:
per Monday–Sunday week), --max-consecutive-days, --max-hours-week, one shift start a day.
With --shifts, --staff (or --headcount) and a week or more, each person's days are planned with
a person-level model, which also has --forbid, --balance-hours, --break, --stable, prefers.
After-sales: --after-sales-rate adds the after-sales wave and runs the window on while it lasts.
People with role both (the default) answer pre-sales first and spend the rest of their time on
after-sales work, which may wait up to --after-sales-defer hours; role pre or after in --staff
keeps someone to one kind. With limited people, pre-sales is short last.

Files: --out ${SHIFT_COLUMNS.join(',')}   --coverage ${COVERAGE_COLUMNS.join(',')}
--grid agent,<one column per date>,shifts,hours   --out roster.xlsx: the grid, shifts, coverage and summary sheets.
--format table|json prints the summary; --format csv prints the shifts; --format grid prints the grid.

Examples:
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \\
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv
  $ cs-plan roster --demand demand.csv --hourly-capacity 25 --slot 30 --headcount 40 --out shifts.csv
  $ cs-plan roster ... --shifts templates/shift-patterns.csv --staff staff.csv --slot 30 --out roster.xlsx --grid grid.csv
  $ cs-plan roster ... --staff staff.csv --temps 20 --temp-daily-cost 320 --outsource-price 2.5 --outsource-max 10% --minimise cost`,
  zh: () => `
每个时段所需客服 = ceil(时段咨询量 ÷ (每小时接待能力 × 时段小时数)),或加 --model erlang 时为
达到 --target 需排班的人数(见 cs-plan erlang --help)。
目标:人数不限时,以最少的总工时覆盖每个时段,再用最少的人(--minimise people:先最少的人,
再最少的工时);有 --staff 或 --headcount 时,先使未满足的需求最少,再用最少的工时;
--minimise cost(--staff 中有薪资,或有 --temps):先使未满足的需求最少,再使花费(¥:工资、
日薪、超过 --overtime-after 的加班费、--outsource-price)最少,再用最少的人,再用最少的工时;
先给出招聘答案。
用 HiGHS 精确求解;概要中报告求解状态与最优性差距。
每份班表都遵守日规则:任意连续 7 天内的 --days-off-per-week(--week monday:按周一至周日),
--max-consecutive-days,--max-hours-week,每人每天最多开始一个班次。
有 --shifts、--staff(或 --headcount)且为一周以上时,用逐人模型安排每个人的日子,
并支持 --forbid、--balance-hours、--break、--stable、prefers。
售后:--after-sales-rate 加入售后波峰,并把排班窗口延续到波峰结束。
角色为 both(默认)的人先接售前,其余时间处理售后;售后工作最多可等待 --after-sales-defer
小时;--staff 中的角色 pre 或 after 让某人只做一类。人手不足时,售前最后缺人。

文件:--out ${SHIFT_COLUMNS.join(',')}   --coverage ${COVERAGE_COLUMNS.join(',')}
--grid agent,<每天一列>,shifts,hours   --out roster.xlsx:排班表、班次、覆盖与概要四个工作表。
--format table|json 显示概要;--format csv 输出班次;--format grid 显示排班表。

示例:
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \\
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv
  $ cs-plan roster --demand demand.csv --hourly-capacity 25 --slot 30 --headcount 40 --out shifts.csv
  $ cs-plan roster ... --shifts templates/shift-patterns.csv --staff staff.csv --slot 30 --out roster.xlsx --grid grid.csv
  $ cs-plan roster ... --staff staff.csv --temps 20 --temp-daily-cost 320 --outsource-price 2.5 --outsource-max 10% --minimise cost`,
};

/** Builds the `roster` command; `ask` is replaceable for tests. */
export function rosterCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('roster')
    .description(DESCRIPTIONS.roster);
  addShiftRuleOptions(command)
    .option('--shifts <file>', 'allowed shift patterns (name,start,end), e.g. templates/shift-patterns.csv')
    .option('--staff <file>', 'people who can work (name, optional max_hours, available_from, available_to, unavailable, role, prefers)')
    .option('--headcount <n>', 'at most this many people (named A001, A002, …)')
    .addOption(new Option('--minimise <what>', 'what to minimise first: agent-hours, or (unlimited people) people, the smallest team that covers the demand, or (with --staff or --temps) cost in ¥: wages, day pay, overtime, outsourcing').choices(['hours', 'people', 'cost']).default('hours'))
    .option('--temps <n>', 'a pool of N temps (临时客服, named T001, T002, …) beside --staff')
    .option('--temp-daily-cost <yuan>', 'what a temp costs per day worked (日薪); several (250,300,350) print a what-if grid: the cheapest mix at each')
    .option('--temp-hourly-cost <yuan>', 'what a temp costs per hour worked')
    .option('--temp-min-hours <hours>', 'shortest shift a temp works, e.g. 4')
    .option('--outsource-price <yuan>', 'with --minimise cost: an outside team (客服外包) may take pre-sales inquiries at this price each')
    .option('--outsource-hourly <yuan>', 'with --minimise cost: the outside team priced per agent-hour of demand it takes instead')
    .option('--unmet-cost <yuan>', 'with --minimise cost: what an unanswered pre-sales inquiry costs you; the roster may then leave a peak short where that is cheaper (shown plainly)')
    .option('--bot-max <ratio>', 'with --minimise cost: the bot (机器人) may take up to this share of each hour\'s pre-sales demand, e.g. 40%; the optimiser chooses how much (needs --bot-rate 0)')
    .option('--bot-cost <yuan>', 'what the bot costs per inquiry it takes (default 0)')
    .option('--outsource-max <ratio>', 'the most share of the pre-sales demand the outside team may take (default 100%)')
    .option('--overtime-after <hours>', 'with --minimise cost: hours a Monday–Sunday week after which people with an overtime_cost in --staff are paid it (default 40; a week the roster covers partly counts in proportion to its days)')
    .option('--forbid <sequences>', 'everyday rosters: shift patterns one person may not work on consecutive days, e.g. 晚班>白班 (comma-separated)')
    .option('--balance-hours <hours>', 'everyday rosters: most difference in hours worked between full-time people; min to make it as small as possible (a soft goal), or both: 16,min')
    .option('--stable', 'everyday rosters: keep each person on one shift pattern as far as possible (after the fewest agent-hours)')
    .option('--fair <kinds>', 'soft: spread night shifts (touching 00:00–06:00) and/or weekend shifts evenly among full-time people: nights, weekends or nights,weekends')
    .option('--prefers-weight <n>', 'everyday rosters: what a shift outside someone\'s prefers (staff file) weighs against one change of usual pattern (default 1)')
    .option('--break <rule>', 'a meal break in long shifts, e.g. 60m-after-4h; only inside meal windows: 60m-after-4h@11:00-13:30,17:00-19:30 (placed where demand allows; not counted as coverage)');
  addDayRuleOptions(command);
  addTimeLimitOption(command, 'roster')
    .option('--coverage <file>', 'also write slot_start,inquiries,required,scheduled,shortfall (and the after-sales columns) for every slot')
    .option('--grid <file>', 'also write the 排班表 grid (.csv or .xlsx): one row per person, one column per date, the shift (pattern name or times) or 休 in each cell')
    .option('--report <file>', 'also write a self-contained HTML report: the grid, demand vs scheduled, a Gantt of the shifts, the settings (prints A4 landscape)');
  addDemandOptions(command);
  addAfterSalesOptions(command, { roster: true });
  addCommonOptions(command, {
    outDescription: `write the shifts (${SHIFT_COLUMNS.join(',')}) to FILE (.csv or .json), or the whole roster to FILE.xlsx (grid, shifts, coverage, summary); - for stdout`,
    formats: ['table', 'csv', 'json', 'grid'],
  });
  addHelpNotes(command, NOTES);
  command.action(async (_options, cmd: Command) => runRoster(cmd, ask));
  return command;
}

/** What roster has read and checked before it plans: the flags, the demand, the rules, the patterns and the people. */
interface RosterInputs {
  opts: RosterOptions;
  costFlags: CostFlags;
  everyday: ReturnType<typeof readEverydayRules>;
  demandPlan: Awaited<ReturnType<typeof gatherDemand>>;
  after: Awaited<ReturnType<typeof afterSalesDemand>> | undefined;
  settings: ReturnType<typeof readShiftRules>;
  patterns: Awaited<ReturnType<typeof readPatternsFor>>;
  staff: StaffMember[] | { headcount: number } | undefined;
  temps: StaffMember[];
  /** Whether anyone in the staff file has an overtime rate. */
  overtimeRates: boolean;
  /** Files read (for refusing to write over one). */
  files: (string | undefined)[];
}

/**
 * Reads roster's flags and files: every flag that needs no file first (a typo fails before the
 * files are read), then the demand, the shift rules (they need the demand's slot), the patterns,
 * the staff and the temp pool.
 */
async function rosterInputs(cmd: Command, ctx: ReturnType<typeof runContext>, ask: AskMissing): Promise<RosterInputs> {
  const opts = cmd.opts<RosterOptions>();
  if (opts.staff && cmd.getOptionValue('headcount') !== undefined) {
    throw new CsPlanError('options.conflict', { a: '--staff', b: '--headcount', why: { key: 'why.staffSaysWho' } });
  }
  if (opts.minimise === 'people' && (opts.staff || cmd.getOptionValue('headcount') !== undefined)) {
    throw new CsPlanError('options.conflict', {
      a: '--minimise people', b: opts.staff ? '--staff' : '--headcount', why: { key: 'why.peopleFixed' },
    });
  }
  const costFlags = readCostFlags(cmd, opts.minimise, ctx.lang);
  const everyday = readEverydayRules(cmd);
  const demandPlan = await gatherDemand(cmd, ctx, ask);
  const after = hasAfterSales(cmd) ? await afterSalesDemand(cmd, ctx, demandPlan) : undefined;
  const demand = after?.demand ?? demandPlan.demand;
  const settings = readShiftRules(cmd, demand.slotMinutes);
  const reading = readOptions(cmd, ctx);
  const patterns = await readPatternsFor(opts.shifts, settings.rules, reading);
  const named = opts.staff ? await readStaff(opts.staff, reading) : undefined;
  const temps = tempPool(costFlags.temps, new Set((named ?? []).map((m) => m.name)));
  if (temps.length > 0 && settings.headcount !== undefined) {
    throw new CsPlanError('options.conflict', { a: '--temps', b: '--headcount', why: t(ctx.lang, 'roster.why.tempsHeadcount') });
  }
  const staff: StaffMember[] | { headcount: number } | undefined = named || temps.length > 0
    ? [...(named ?? []), ...temps]
    : settings.headcount !== undefined ? { headcount: settings.headcount } : undefined;
  const files = [...demandPlan.inputs, ...(after?.inputs ?? []), opts.shifts, opts.staff, ctx.configFile];
  const overtimeRates = Array.isArray(staff) && staff.some((m) => m.overtimeCost !== undefined);
  return { opts, costFlags, everyday, demandPlan, after, settings, patterns, staff, temps, overtimeRates, files };
}

/**
 * The settings that only conflict once the files are read: cost needs people with pay, an
 * overtime threshold needs a rate, one bot, and the person-level rules need named people,
 * patterns where they name patterns, and no after-sales wave. Returns the first person-level flag.
 */
function checkRosterSettings(input: RosterInputs, ctx: ReturnType<typeof runContext>): string | undefined {
  const { opts, staff, costFlags, everyday, patterns, after, demandPlan, overtimeRates } = input;
  if (opts.minimise === 'cost' && (!staff || 'headcount' in staff)) {
    throw new CsPlanError('roster.costNeedsStaff', {}, { location: { option: '--minimise cost' } });
  }
  if (costFlags.overtimeAfter !== undefined && !overtimeRates) throw new CsPlanError('roster.overtimeNeedsRate', {}, { location: { option: '--overtime-after' } });
  if (costFlags.overtimeAfter === undefined && overtimeRates && opts.minimise === 'cost') {
    printNotice(ctx, { key: 'roster.overtimeDefault', params: { hours: DEFAULT_OVERTIME_AFTER_HOURS }, location: { option: '--staff' } });
  }
  if (costFlags.botMax !== undefined && (demandPlan.days ?? []).some((d) => d.botRate > 0)) {
    throw new CsPlanError('options.conflict', { a: '--bot-max', b: '--bot-rate', why: t(ctx.lang, 'roster.why.oneBot') });
  }
  const minHoursStaff = staff && !('headcount' in staff) && staff.some((m) => m.minHours !== undefined);
  const [firstEverydayFlag] = [...everyday.explicit, ...(minHoursStaff ? ['min_hours'] : [])];
  // Rules about each person need named people; rules naming shift patterns need --shifts too.
  const [firstPatternFlag] = everyday.explicit.filter((flag) => ['--forbid', '--stable', '--prefers-weight'].includes(flag));
  if (firstPatternFlag && !patterns) {
    throw new CsPlanError('everyday.needsShifts', { flag: firstPatternFlag }, { location: { option: firstPatternFlag } });
  }
  if (firstEverydayFlag && !staff) {
    throw new CsPlanError('everyday.needs', { flag: firstEverydayFlag }, { location: { option: firstEverydayFlag === 'min_hours' ? '--staff' : firstEverydayFlag } });
  }
  if (firstEverydayFlag && after) {
    throw new CsPlanError('options.conflict', {
      a: firstEverydayFlag, b: '--after-sales-rate', why: { key: 'why.afterSalesCampaign' },
    }, { location: { option: firstEverydayFlag } });
  }
  return firstEverydayFlag;
}

/** The core's job from what roster read. */
function rosterJob(input: RosterInputs, firstEverydayFlag: string | undefined, signal: AbortSignal): RosterJob {
  const { opts, costFlags, everyday, demandPlan, after, settings, patterns, staff, overtimeRates } = input;
  const { outsourcing, unmetCost, botMax, botCost, overtimeAfter } = costFlags;
  return {
    demand: after?.demand ?? demandPlan.demand, sizer: demandPlan.sizer, rules: settings.rules, timeLimitSeconds: settings.timeLimitSeconds, signal,
    priority: opts.minimise === 'people' ? 'people' : opts.minimise === 'cost' ? 'cost' : 'agent_hours', everyday: everyday.rules,
    ...(outsourcing ? { outsourcing } : {}),
    ...(unmetCost !== undefined ? { unmetCostPerInquiry: unmetCost } : {}),
    // Overtime rates in the staff file are paid past 40 h a week unless --overtime-after says otherwise (the summary says which).
    ...(opts.minimise === 'cost' && overtimeRates ? { overtimeAfterHours: overtimeAfter ?? DEFAULT_OVERTIME_AFTER_HOURS } : {}),
    ...(botMax !== undefined ? { bot: { maxShare: botMax, costPerInquiry: botCost ?? 0 } } : {}),
    // A rule only the person-level model keeps (typed, or from the config with patterns and people) puts any window on it.
    personRules: Boolean(firstEverydayFlag) || Boolean(staff && hasContractRules(everyday.rules)),
    ...(after ? { afterSales: after.afterSales } : {}),
    ...(patterns ? { patterns } : {}), ...(staff ? { staff } : {}),
  };
}

/** The defect a roster that breaks its own rules is (exit 70): reported instead of written. */
function checkOwnRules(plan: RosterPlan, job: RosterJob): void {
  const [broken] = selfCheck(plan, job);
  if (broken) throw new CsPlanError('internal', { message: `the roster breaks its own rule ${broken.rule} (${broken.person}); please report this` });
}

/** The what-if grid: the same roster at each temp day rate; only the table is printed. */
async function whatIfGrid(cmd: Command, ctx: ReturnType<typeof runContext>, job: RosterJob, temps: readonly StaffMember[], dailyCosts: readonly number[]): Promise<void> {
  const rows: Record<(typeof WHAT_IF_COLUMNS)[number], string | number>[] = [];
  for (const price of dailyCosts) {
    const priced = (job.staff as StaffMember[]).map((m) => (m.kind === 'temp' && temps.some((tmp) => tmp.name === m.name) ? { ...m, dailyCost: price } : m));
    const plan = await buildRoster({ ...job, staff: priced });
    checkOwnRules(plan, { ...job, staff: priced });
    rows.push(whatIfRecord(price, plan));
  }
  const format = cmd.opts<{ format?: string }>().format ?? 'table';
  if (format === 'csv') process.stdout.write(await toCsv(WHAT_IF_COLUMNS, rows));
  else if (format === 'json') process.stdout.write(`${JSON.stringify({ what_if: rows }, null, 2)}\n`);
  else {
    // On screen, overtime sits beside own hours (and only with an overtime rule); the CSV keeps the contract's order.
    const shown: (typeof WHAT_IF_COLUMNS)[number][] = WHAT_IF_COLUMNS.filter((c) => c !== 'overtime_hours');
    if (job.overtimeAfterHours !== undefined) shown.splice(shown.indexOf('own_hours') + 1, 0, 'overtime_hours');
    const head = shown.map((c) => t(ctx.lang, `roster.whatIf.${c}`));
    const body = rows.map((r) => shown.map((c) => (typeof r[c] === 'number' ? (c === 'total_cost' || c === 'temp_daily_cost' ? `¥${formatNumber(r[c], 0)}` : formatNumber(r[c], 0)) : r[c] === 'yes' ? '✓' : '–')));
    process.stdout.write(`${t(ctx.lang, 'roster.whatIf.title')}\n${await renderTable(head, body, { align: head.map(() => 'right'), priority: shown.map((c) => WHAT_IF_PRIORITY[c]), lang: ctx.lang, wide: cmd.opts<{ wide?: boolean }>().wide === true })}\n`);
  }
  if (rows.some((r) => r.proven !== 'yes')) process.exitCode = ExitCode.partial;
}

/** The roster; with a bot, also what a bot that succeeds 10 points less would cost (the same roster, re-planned). */
async function planWithBotSensitivity(job: RosterJob): Promise<RosterPlan> {
  const planned = await buildRoster(job);
  if (!job.bot || !planned.cost) return planned;
  const weaker = { ...job.bot, maxShare: Math.max(0, job.bot.maxShare - 0.1) };
  const again = await buildRoster({ ...job, bot: weaker });
  return again.cost ? { ...planned, botSensitivity: { maxShare: weaker.maxShare, total: again.cost.total } } : planned;
}

/** Runs `roster`: read and check everything, plan, check the roster with its own rules, write, print. */
async function runRoster(cmd: Command, ask: AskMissing): Promise<void> {
  const ctx = runContext(cmd);
  const input = await rosterInputs(cmd, ctx, ask);
  const firstEverydayFlag = checkRosterSettings(input, ctx);
  // Ctrl-C during the solve stops it cleanly: nothing has been written yet, and nothing will be.
  const interrupt = new AbortController();
  const onInterrupt = () => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  let plan: RosterPlan;
  let job: RosterJob;
  try {
    job = rosterJob(input, firstEverydayFlag, interrupt.signal);
    if (job.priority === 'cost' && (usesPersonModel(job) || freeShiftsPersonModel(job))) {
      throw new CsPlanError('roster.costPersonModel', {}, { location: { option: '--minimise cost' } });
    }
    const dailyCosts = input.costFlags.temps.dailyCosts;
    if (dailyCosts.length > 1) {
      await whatIfGrid(cmd, ctx, job, input.temps, dailyCosts);
      return;
    }
    plan = await planWithBotSensitivity(job);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  // The roster is checked with the rules it was made under, by check's own code.
  for (const notice of plan.notices ?? []) printNotice(ctx, notice);
  checkOwnRules(plan, job);
  const { queue } = input.demandPlan;
  const service = queue ? predictedService(plan.demand.inquiries, plan.preSales, plan.demand.slotMinutes, queue) : undefined;
  const forecast = service && queue ? { service, target: queue } : undefined;
  const files = await writeOutputs(rosterOutputs(cmd, ctx, input, plan, service, forecast), input.files);
  await printRoster(cmd, ctx, input, plan, files, forecast);
  rosterExit(plan, ctx);
}

type Forecast = Parameters<typeof summaryJson>[3];

/** Every output file, made before the first is written: a run that fails on one writes none. */
function rosterOutputs(
  cmd: Command, ctx: ReturnType<typeof runContext>, input: RosterInputs, plan: RosterPlan,
  service: Parameters<typeof coverageCsv>[1], forecast: Forecast,
): PlannedOutput[] {
  const { opts, patterns } = input;
  const days = input.demandPlan.days;
  const settingsList = () => settingsUsed(cmd, ['minShift', 'maxShift', 'minRest', 'daysOffPerWeek', 'week', 'slot', 'timeLimit', 'model']);
  const csvBytes = async (text: string, bom: boolean) => encodeText(text, { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom });
  const xlsx = (file: string) => file.toLowerCase().endsWith('.xlsx');
  const outputs: PlannedOutput[] = [];
  if (opts.coverage) outputs.push({ key: 'coverage', file: opts.coverage, option: '--coverage', content: async () => csvBytes(await coverageCsv(plan, service), true) });
  if (opts.grid) {
    const gridFile = opts.grid;
    if (!/\.(csv|xlsx)$/i.test(gridFile)) throw new CsPlanError('options.gridExt', {}, { location: { option: '--grid', value: gridFile } });
    outputs.push({
      key: 'grid', file: gridFile, option: '--grid',
      content: async () => (xlsx(gridFile) ? gridXlsx(rosterGrid(plan, patterns), ctx.lang, patterns) : csvBytes(await gridCsv(rosterGrid(plan, patterns)), true)),
    });
  }
  if (opts.report) outputs.push({ key: 'report', file: opts.report, option: '--report', content: async () => rosterReport(plan, days, ctx.lang, settingsList(), forecast, patterns) });
  if (opts.out && opts.out !== '-') {
    const out = opts.out;
    outputs.push({
      key: 'shifts', file: out, option: '--out',
      content: async () => (out.toLowerCase().endsWith('.json')
        ? `${JSON.stringify(shiftRecords(plan), null, 2)}\n`
        : xlsx(out) ? rosterWorkbook(plan, days, ctx.lang, settingsList(), patterns, forecast) : csvBytes(await shiftsCsv(plan), true)),
    });
  }
  return outputs;
}

/** Prints the roster in the format asked for: the shifts as CSV, the summary as JSON or a table, or the grid. */
async function printRoster(
  cmd: Command, ctx: ReturnType<typeof runContext>, input: RosterInputs, plan: RosterPlan, files: Record<string, string>, forecast: Forecast,
): Promise<void> {
  const { opts, patterns } = input;
  const days = input.demandPlan.days;
  const format = opts.out === '-' ? 'csv' : cmd.opts<{ format?: string }>().format ?? 'table';
  const columns = process.stdout.columns || Number(process.env.COLUMNS) || 80;
  if (format === 'csv') process.stdout.write(await encodeText(await shiftsCsv(plan), { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom: false }));
  else if (format === 'json') process.stdout.write(`${JSON.stringify(summaryJson(plan, days, files, forecast), null, 2)}\n`);
  else if (format === 'grid') {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
    process.stdout.write(`${gridText(rosterGrid(plan, patterns), ctx.lang, columns, { dim: (x) => chalk.dim(x), bold: (x) => chalk.bold(x) })}\n`);
  } else {
    process.stdout.write(`${await summaryText(plan, days, ctx.lang, ctx.color, forecast, columns)}\n`);
    for (const file of Object.values(files)) process.stdout.write(`${t(ctx.lang, 'roster.wrote', { file })}\n`);
  }
}

/** A roster not proven best is written all the same: exit 1 tells scripts, with the proof on stderr. */
function rosterExit(plan: RosterPlan, ctx: ReturnType<typeof runContext>): void {
  if (plan.solve.status === 'bounded') {
    process.stderr.write(`${t(ctx.lang, 'roster.boundedResult', { proof: proofText(plan, ctx.lang) })}\n`);
    process.exitCode = ExitCode.partial;
  }
  if (plan.solve.status === 'time-limit') {
    process.stderr.write(`${t(ctx.lang, 'roster.timeLimitHit', { proof: proofText(plan, ctx.lang) })}\n`);
    process.exitCode = ExitCode.partial;
  }
}
