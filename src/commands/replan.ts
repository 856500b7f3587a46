/**
 * `cs-plan replan`: change a published roster from a moment on with the fewest changes —
 * redeploy during the campaign night (who stays longer, who is called in) or cover someone
 * who fell ill — keeping every rule on the merged roster, the hours already worked included.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command } from 'commander';
import { CsPlanError, ExitCode, throwAll } from '../errors.js';
import { checkRoster, type CheckRules, type RosterRow, type Violation } from '../core/rostering/check.js';
import { replan, type PlacedShift, type ReplanPerson } from '../core/rostering/replan.js';
import type { StaffMember } from '../core/rostering/staff-groups.js';
import { reforecast, type Reforecast } from '../core/demand/reforecast.js';
import { seriesDemand, type SlotDemand } from '../core/demand/slots.js';
import { formatDate, formatDateTime } from '../core/time/clock.js';
import { checkForbiddenNames, type ShiftPattern, type ShiftRules } from '../core/scheduling/candidates.js';
import { t } from '../i18n.js';
import { encodeText, writeOutputs, type PlannedOutput } from '../io/output.js';
import { readInquirySeries, readRosterFile, readStaff } from '../io/roster-files.js';
import { parseAbsence, parseBreakRule, parseForbidden, parseHours, parseMoment, parsePositiveAmount } from '../io/values.js';
import { addCommonOptions, optionLocation, parseOption, parseWithLocation, printNotice, readOptions, runContext } from '../cli/options.js';
import { askWithInquirer, type AskMissing } from '../cli/formula-inputs.js';
import { addDemandOptions, gatherDemand } from '../cli/demand-inputs.js';
import { addDayRuleOptions, readDayRules } from '../cli/day-rule-options.js';
import { addShiftRuleOptions, addTimeLimitOption, readPatternsFor, readShiftRules } from '../cli/shift-rule-options.js';
import { SHIFT_COLUMNS } from '../cli/roster-output.js';
import { gridCsv, gridXlsx } from '../cli/grid-views.js';
import { CHANGE_COLUMNS, changeRecords, changesCsv, describeChange, placedCsv, placedGrid, placedRecords, replanJson, replanProof, replanRows, replanText, type ReplanContext } from '../cli/replan-output.js';
import { reportLabels, settingsUsed } from '../cli/report.js';
import { renderReport } from '../report/html.js';
import { reportGrid } from '../cli/roster-output.js';

interface ReplanOptions {
  roster?: string;
  now?: string;
  actuals?: string;
  onCall?: string;
  unavailable?: string[];
  shifts?: string;
  staff?: string;
  changes?: string;
  grid?: string;
  report?: string;
  out?: string;
  format?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A violation's identity, to tell rules the published roster broke already from new ones. */
const violationKey = (v: Violation) => `${v.rule}|${v.person}|${v.from ?? ''}`;

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
The past stands: shifts ended before --now as worked; a duty running at --now keeps its start
and may end earlier (no sooner than --notice-end) or later (up to 12 hours from its real start).
Later shifts may be kept, cancelled, or replaced by another shift the same day; days without a
shift may get one. Every rule holds on the whole roster (past and future): rest, the 12-hour cap,
days off, --max-hours-week, staff availability and max_hours, --unavailable.
Objective: least unmet demand after --now, then the fewest changes (extend, shorten, move,
cancel or add: 1 each; a call-in: --call-in-weight), then the fewest agent-hours. Exact (HiGHS).
Demand comes from the same flags as roster; --actuals scales what is still to come by actual ÷
planned inquiries over the last --trend-hours (bounded by --trend-min and --trend-max).
Pre-sales demand is replanned; after-sales work stays with the shifts already planned for it.

Files: --out ${SHIFT_COLUMNS.join(',')} (the whole new roster)
--changes ${CHANGE_COLUMNS.join(',')}   (change: extend, shorten, move, cancel, add, call_in)
--format table|json prints the changes and the summary; --format csv prints the changes.

Examples:
  $ cs-plan replan --roster shifts.csv --now "2026-11-11 01:00" --actuals today.csv \\
      --forecast forecast.csv --history history.csv --config cs-plan.config.json --shifts shifts-patterns.csv \\
      --on-call on-call.csv --out shifts-v2.csv --changes changes.csv
  $ cs-plan replan --roster month.csv --now "2026-12-09 18:00" --unavailable 小王:2026-12-10..2026-12-11 \\
      --demand demand.csv --shifts shifts.csv --staff staff.csv --config cs-plan.config.json --out month-v2.csv`,
  zh: () => `
过去的保持不变:在 --now 之前结束的班次按已上班处理;在 --now 进行中的值班保留其开始时间,
可以提前结束(不早于 --notice-end)或延长(自实际开始起最多 12 小时)。
之后的班次可以保留、取消,或换成当天的另一个班次;没有班次的日子可以加一个。
所有规则在整份班表(过去与将来)上成立:休息、12 小时上限、休息日、--max-hours-week、
人员的可上班时间与 max_hours、--unavailable。
目标:--now 之后未满足的需求最少,再使改动最少(延长、缩短、移动、取消或新增:各算 1 处;
召回一人:--call-in-weight),再使工时最少。精确求解(HiGHS)。
需求来自与 roster 相同的参数;--actuals 按最近 --trend-hours 小时的实际 ÷ 计划咨询量缩放
尚未到来的需求(限于 --trend-min 与 --trend-max 之间)。
重排的是售前需求;售后工作仍由已为其安排的班次处理。

文件:--out ${SHIFT_COLUMNS.join(',')}(整份新班表)
--changes ${CHANGE_COLUMNS.join(',')}   (change:extend、shorten、move、cancel、add、call_in)
--format table|json 显示改动与概要;--format csv 输出改动。

示例:
  $ cs-plan replan --roster shifts.csv --now "2026-11-11 01:00" --actuals today.csv \\
      --forecast forecast.csv --history history.csv --config cs-plan.config.json --shifts shifts-patterns.csv \\
      --on-call on-call.csv --out shifts-v2.csv --changes changes.csv
  $ cs-plan replan --roster month.csv --now "2026-12-09 18:00" --unavailable 小王:2026-12-10..2026-12-11 \\
      --demand demand.csv --shifts shifts.csv --staff staff.csv --config cs-plan.config.json --out month-v2.csv`,
};

/** Builds the `replan` command; `ask` is replaceable for tests. */
export function replanCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('replan')
    .description(DESCRIPTIONS.replan)
    .option('--roster <file>', 'the published roster (.csv or .xlsx): the list agent,date,start,end or the 排班表 grid, as check reads it')
    .option('--now <time>', 'the moment to replan from, e.g. "2026-11-11 01:00": everything before stands as worked')
    .option('--notice <hours>', 'shifts starting before now + notice cannot be moved or cancelled; call-ins start no earlier', '2')
    .option('--notice-end <hours>', 'a running duty ends no earlier than now + this', '0')
    .option('--actuals <file>', 'inquiries per slot so far (history format: time, inquiries), to scale the demand still to come')
    .option('--trend-hours <hours>', 'with --actuals: compare actual and planned inquiries over these last hours', '3')
    .option('--trend-min <ratio>', 'with --actuals: scale the demand by at least this (×)', '0.5')
    .option('--trend-max <ratio>', 'with --actuals: scale the demand by at most this (×)', '3')
    .option('--on-call <file>', 'people who can be called in (staff columns: name, available_from, available_to, max_hours, role)')
    .option('--unavailable <name:dates>', 'someone who cannot work from now on, e.g. 小王:2026-12-10..2026-12-11 (repeatable)', collect)
    .option('--call-in-weight <n>', 'how many changes one call-in counts for', '2');
  addShiftRuleOptions(command)
    .option('--shifts <file>', 'shift patterns (name,start,end): new and moved shifts are these patterns; without, they start on the hour and last whole hours')
    .option('--forbid <sequences>', 'shift patterns one person may not work on consecutive days, e.g. 晚班>白班 (needs --shifts)')
    .option('--break <rule>', 'a meal break in long shifts, e.g. 60m-after-6h@11:00-14:00,18:00-20:00: new and changed shifts get one where the rule allows')
    .option('--staff <file>', 'people who can work, with their limits (name, max_hours, available_from, available_to, unavailable, role)');
  addDayRuleOptions(command);
  addTimeLimitOption(command, 'change')
    .option('--changes <file>', `also write the change list (${CHANGE_COLUMNS.join(',')})`)
    .option('--grid <file>', 'also write the new 排班表 grid (.csv or .xlsx)')
    .option('--report <file>', 'also write an HTML report: the changes, demand vs the new roster, a Gantt of the new roster');
  addDemandOptions(command);
  addCommonOptions(command, { outDescription: `write the whole new roster (${SHIFT_COLUMNS.join(',')}) to FILE (.csv or .json); - for stdout` });
  addHelpNotes(command, NOTES);
  command.action(async (_options, cmd: Command) => runReplan(cmd, ask));
  return command;
}

type Ctx = ReturnType<typeof runContext>;

/** replan's flags, every one read and checked before any file. */
interface ReplanFlags {
  opts: ReplanOptions;
  rosterFile: string;
  now: number;
  notice: number;
  noticeEnd: number;
  trendHours: number;
  trendMin: number;
  trendMax: number;
  callInWeight: number;
  absences: (ReturnType<typeof parseAbsence> | undefined)[];
  dayRules: ReturnType<typeof readDayRules>;
  forbidden?: ReturnType<typeof parseForbidden>;
  mealBreak?: ReturnType<typeof parseBreakRule>;
}

/**
 * Reads every flag before any file: a bad value is reported at once, all of them together.
 *
 * @throws CsPlanError (exit 2) naming the flag
 */
function replanFlags(cmd: Command): ReplanFlags {
  const opts = cmd.opts<ReplanOptions>();
  const errors: CsPlanError[] = [];
  if (!opts.roster) errors.push(new CsPlanError('replan.needs', { flag: '--roster' }, { location: { option: '--roster' } }));
  if (!opts.now) errors.push(new CsPlanError('replan.needs', { flag: '--now' }, { location: { option: '--now' } }));
  const now = parseOption(cmd, 'now', parseMoment, errors);
  const hours = (key: string) => parseOption(cmd, key, parseHours, errors);
  const notice = hours('notice') ?? 2;
  const noticeEnd = hours('noticeEnd') ?? 0;
  const trendHours = hours('trendHours') ?? 3;
  const trendMin = parseOption(cmd, 'trendMin', parsePositiveAmount, errors) ?? 0.5;
  const trendMax = parseOption(cmd, 'trendMax', parsePositiveAmount, errors) ?? 3;
  const callInWeight = parseOption(cmd, 'callInWeight', parsePositiveAmount, errors) ?? 2;
  const absences = (opts.unavailable ?? []).map((text) => parseWithLocation(cmd, 'unavailable', text, parseAbsence, errors));
  const dayRules = readDayRules(cmd, errors);
  const forbidden = parseOption(cmd, 'forbid', parseForbidden, errors);
  const mealBreak = parseOption(cmd, 'break', parseBreakRule, errors);
  throwAll(errors);
  // Contract rules are lower bounds replan does not plan yet: refused rather than broken.
  const contract = ([['workDaysPerWeek', '--work-days-per-week'], ['daysOffTogether', '--days-off-together'], ['minHoursWeek', '--min-hours-week']] as const)
    .find(([key]) => cmd.getOptionValue(key) !== undefined);
  if (contract) throw new CsPlanError('replan.contractRule', { flag: contract[1] }, { location: optionLocation(cmd, contract[0]) });
  if (forbidden && !opts.shifts) throw new CsPlanError('check.forbidNeedsShifts', {}, { location: { option: '--forbid' } });
  if (trendMin > trendMax) throw new CsPlanError('options.conflict', { a: '--trend-min', b: '--trend-max', why: { key: 'why.trendOrder', params: { min: trendMin, max: trendMax } } });
  if (!(trendHours > 0)) throw new CsPlanError('value.mustBePositive', {}, { location: { option: '--trend-hours', value: String(trendHours) } });
  const out = opts.out;
  if (out && out !== '-' && !/\.(csv|json)$/i.test(out)) throw new CsPlanError('replan.outExt', {}, { location: { option: '--out', value: out } });
  if (opts.grid && !/\.(csv|xlsx)$/i.test(opts.grid)) throw new CsPlanError('options.gridExt', {}, { location: { option: '--grid', value: opts.grid } });
  // Both were required above.
  if (now === undefined || !opts.roster) throw new CsPlanError('internal', { message: 'replan without --roster or --now' });
  return {
    opts, rosterFile: opts.roster, now, notice, noticeEnd, trendHours, trendMin, trendMax, callInWeight, absences, dayRules,
    ...(forbidden ? { forbidden } : {}), ...(mealBreak ? { mealBreak } : {}),
  };
}

/**
 * Everyone who may work: the roster's people (with their staff limits), staff, on-call. An
 * absence binds from now on, today's remaining hours too (`people`); check judges it from
 * tomorrow (`checked`), since what was worked today before now stands.
 */
function replanPeople(flags: ReplanFlags, rows: readonly RosterRow[], staff: readonly StaffMember[] | undefined, onCall: readonly StaffMember[]) {
  const people = new Map<string, ReplanPerson>();
  for (const row of rows) if (!people.has(row.person)) people.set(row.person, { name: row.person });
  for (const m of staff ?? []) people.set(m.name, m);
  for (const m of onCall) {
    if (people.has(m.name)) throw new CsPlanError('replan.onCallTwice', { name: m.name }, { location: { file: flags.opts.onCall ?? '' } });
    people.set(m.name, { ...m, onCall: true });
  }
  const nowDay = Math.floor(flags.now / 1440);
  const checked = new Map<string, ReplanPerson>(people);
  for (const absence of flags.absences) {
    if (!absence) continue;
    const person = people.get(absence.name);
    if (!person) {
      throw new CsPlanError('replan.unknownAbsent', { name: absence.name, known: [...people.keys()].slice(0, 8).join(', ') }, { location: { option: '--unavailable', value: absence.name } });
    }
    const adding = (from: number, base: ReplanPerson) => ({ ...base, unavailable: [...new Set([...(base.unavailable ?? []), ...absence.days.filter((day) => day >= from)])].sort((a, b) => a - b) });
    people.set(absence.name, adding(nowDay, person));
    checked.set(absence.name, adding(nowDay + 1, checked.get(absence.name) ?? person));
  }
  return { people, checked };
}

/**
 * Demand from now on: the plan's, or with --actuals scaled by actual ÷ planned inquiries over the
 * last --trend-hours. Actuals from another day (last year's file, a wrong date) would read as no
 * inquiries: refused, not halved.
 */
async function replanDemand(flags: ReplanFlags, ctx: Ctx, demand: SlotDemand, reading: ReturnType<typeof readOptions>) {
  const actuals = flags.opts.actuals;
  if (!actuals) return { inquiries: demand.inquiries, trend: undefined };
  const slot = demand.slotMinutes;
  const series = await readInquirySeries(actuals, reading);
  const actual = new Array<number>(demand.inquiries.length).fill(0);
  const actualDemand = seriesDemand(series, slot);
  actualDemand.inquiries.forEach((value, i) => {
    const t0 = (actualDemand.start + i * slot - demand.start) / slot;
    if (Number.isInteger(t0) && t0 >= 0 && t0 < actual.length) actual[t0] = (actual[t0] ?? 0) + value;
  });
  const observedSlot = Math.max(0, Math.min(demand.inquiries.length, Math.floor((flags.now - demand.start) / slot)));
  const trendSlots = Math.max(1, Math.round((flags.trendHours * 60) / slot));
  const inTrend = series.some((r) => r.at >= demand.start + (observedSlot - trendSlots) * slot && r.at < demand.start + observedSlot * slot);
  if (!inTrend) {
    throw new CsPlanError('replan.noActuals', {
      from: formatDateTime(demand.start + Math.max(0, observedSlot - trendSlots) * slot), to: formatDateTime(demand.start + observedSlot * slot),
    }, { location: { file: actuals } });
  }
  const fit = reforecast(demand.inquiries, actual, observedSlot, trendSlots, flags.trendMin, flags.trendMax);
  if (fit.planned === 0) printNotice(ctx, { key: 'replan.noTrend', params: {}, location: { file: actuals } });
  const trend: Reforecast & { windowStart: number } = { ...fit, windowStart: demand.start };
  return { inquiries: fit.inquiries, trend };
}

/**
 * The merged roster checked by check's own code with the same rules. A rule the published roster
 * broke already (before now, as worked) is counted and named; a new one is a defect (exit 70).
 */
function checkReplanned(flags: ReplanFlags, ctx: Ctx, before: readonly PlacedShift[], after: readonly PlacedShift[], rules: ShiftRules, slot: number, checked: ReadonlyMap<string, ReplanPerson>, patterns: ShiftPattern[] | undefined): number {
  const { forbidden, mealBreak } = flags;
  const checkRules: CheckRules = {
    minRestMinutes: rules.restSlots * slot, maxDutyMinutes: rules.maxShiftSlots * slot, maxBreakMinutes: 0,
    // The day rules as read (the contract ones were refused above).
    ...flags.dayRules,
    ...(patterns && forbidden ? { sequences: { patterns, forbidden } } : {}),
    ...(mealBreak ? { mealBreak } : {}),
    staff: [...checked.values()],
  };
  const asRows = (list: readonly PlacedShift[]): RosterRow[] => list.map((s, i) => ({ line: i + 2, person: s.person, start: s.start, end: s.end, ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}) }));
  // Check names a violation by line; pre-existing ones are matched by rule, person and time.
  const known = new Set(checkRoster(asRows(before), checkRules).map(violationKey));
  const afterViolations = checkRoster(asRows(after), checkRules);
  const fresh = afterViolations.find((v) => !known.has(violationKey(v)));
  if (fresh) throw new CsPlanError('internal', { message: `the replanned roster breaks rule ${fresh.rule} (${fresh.person}); please report this` });
  if (afterViolations.length > 0) printNotice(ctx, { key: 'replan.brokenBefore', params: { count: afterViolations.length, file: flags.rosterFile }, location: {} });
  return afterViolations.length;
}

/** Runs `replan`: read and check the flags, then the files, replan, check the result, write, print. */
async function runReplan(cmd: Command, ask: AskMissing): Promise<void> {
  const ctx = runContext(cmd);
  const flags = replanFlags(cmd);
  const { opts, rosterFile, now, forbidden, mealBreak } = flags;
  const reading = readOptions(cmd, ctx);
  const demandPlan = await gatherDemand(cmd, ctx, ask);
  const { demand, sizer } = demandPlan;
  const windowEnd = demand.start + demand.inquiries.length * demand.slotMinutes;
  if (now < demand.start || now >= windowEnd) {
    throw new CsPlanError('replan.nowOutside', { from: formatDate(demand.start), to: formatDate(windowEnd - 1) }, { location: { option: '--now', value: opts.now ?? '' } });
  }
  const settings = readShiftRules(cmd, demand.slotMinutes);
  const patterns = await readPatternsFor(opts.shifts, settings.rules, reading);
  if (patterns && forbidden) checkForbiddenNames(forbidden, patterns);
  const roster = await readRosterFile(rosterFile, reading, patterns);
  const unreadable = roster.rows.filter((r) => r.problem || r.start === undefined || r.end === undefined || r.end <= r.start);
  if (unreadable.length > 0) {
    // The published roster must be read whole: replanning around a row it cannot read would lose it.
    throw new CsPlanError('replan.unreadableRoster', { count: unreadable.length }, {
      location: { file: rosterFile, line: roster.refs?.get(unreadable[0]?.line ?? 0)?.line ?? unreadable[0]?.line ?? 0, ...(unreadable[0]?.problem ? { column: unreadable[0].problem.column, value: unreadable[0].problem.value } : {}) },
    });
  }
  const staff = opts.staff ? await readStaff(opts.staff, reading) : undefined;
  const onCall = opts.onCall ? await readStaff(opts.onCall, reading) : [];
  const { people, checked } = replanPeople(flags, roster.rows, staff, onCall);
  const roles = new Map((staff ?? []).filter((m) => m.role && m.role !== 'both').map((m) => [m.name, m.role ?? 'both']));
  const slot = demand.slotMinutes;
  const { inquiries, trend } = await replanDemand(flags, ctx, demand, reading);
  const required = inquiries.map((value, t) => sizer(value, slot, t));
  const shifts: PlacedShift[] = roster.rows.map((r) => ({
    person: r.person, start: r.start ?? 0, end: r.end ?? 0, line: r.line,
    ...(r.mealBreak ? { mealBreak: r.mealBreak } : {}), ...(r.afterSalesOnly ? { afterSalesOnly: true } : {}),
  }));
  const interrupt = new AbortController();
  const onInterrupt = () => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  const result = await replan({
    shifts, people: [...people.values()], now, noticeMinutes: flags.notice * 60, noticeEndMinutes: flags.noticeEnd * 60,
    window: { start: demand.start, slotMinutes: slot, required }, rules: settings.rules, ...(patterns ? { patterns } : {}),
    dayRules: flags.dayRules,
    ...(forbidden ? { forbidden } : {}), ...(mealBreak ? { mealBreak } : {}),
    callInWeight: flags.callInWeight, timeLimitSeconds: settings.timeLimitSeconds, signal: interrupt.signal,
  }).finally(() => process.off('SIGINT', onInterrupt));
  const brokenBefore = checkReplanned(flags, ctx, shifts, result.shifts, settings.rules, slot, checked, patterns);
  const replanCtx: ReplanContext = {
    rosterFile, now, slotMinutes: slot, rows: shifts.length, people: new Set(shifts.map((s) => s.person)).size, onCall: onCall.length,
    ...(trend ? { reforecast: trend } : {}), ...(patterns ? { patterns } : {}), roles, brokenBefore,
  };
  const allInputs = [rosterFile, ...demandPlan.inputs, opts.actuals, opts.onCall, opts.shifts, opts.staff, ctx.configFile];
  const files = await writeOutputs(replanOutputs(cmd, ctx, flags, result, replanCtx, patterns, { start: demand.start, end: windowEnd, required }), allInputs);
  await printReplan(ctx, flags, result, replanCtx, files);
}

type ReplanResult = Awaited<ReturnType<typeof replan>>;

/** CSV bytes in the run's encoding (with a BOM for files, none for stdout). */
function csvBytesFor(ctx: Ctx) {
  return async (text: string, bom: boolean) => encodeText(text, { ...(ctx.encoding ? { encoding: ctx.encoding } : {}), bom });
}

/** Every output file, made before the first is written: a run that fails on one writes none. */
function replanOutputs(
  cmd: Command, ctx: Ctx, flags: ReplanFlags, result: ReplanResult, replanCtx: ReplanContext, patterns: ShiftPattern[] | undefined,
  window: { start: number; end: number; required: number[] },
): PlannedOutput[] {
  const { opts } = flags;
  const out = opts.out;
  const csvBytes = csvBytesFor(ctx);
  const outputs: PlannedOutput[] = [];
  if (out && out !== '-') {
    outputs.push({
      key: 'roster', file: out, option: '--out',
      content: async () => (out.toLowerCase().endsWith('.json') ? `${JSON.stringify(placedRecords(result.shifts, replanCtx), null, 2)}\n` : csvBytes(await placedCsv(result.shifts, replanCtx), true)),
    });
  }
  if (opts.changes) outputs.push({ key: 'changes', file: opts.changes, option: '--changes', content: async () => csvBytes(await changesCsv(result.changes), true) });
  if (opts.grid) {
    const gridFile = opts.grid;
    outputs.push({
      key: 'grid', file: gridFile, option: '--grid',
      content: async () => (gridFile.toLowerCase().endsWith('.xlsx') ? gridXlsx(placedGrid(result.shifts, patterns), ctx.lang, patterns) : csvBytes(await gridCsv(placedGrid(result.shifts, patterns)), true)),
    });
  }
  if (opts.report) {
    const settingsList = settingsUsed(cmd, ['minShift', 'maxShift', 'minRest', 'notice', 'noticeEnd', 'trendHours', 'callInWeight', 'daysOffPerWeek', 'week', 'slot']);
    outputs.push({ key: 'report', file: opts.report, option: '--report', content: async () => replanReport(ctx, flags, result, replanCtx, patterns, window, settingsList) });
  }
  return outputs;
}

/** The HTML report of a replan: the changes, demand against the new roster, its grid and Gantt. */
function replanReport(
  ctx: Ctx, flags: ReplanFlags, result: ReplanResult, replanCtx: ReplanContext, patterns: ShiftPattern[] | undefined,
  window: { start: number; end: number; required: number[] }, settingsList: ReturnType<typeof settingsUsed>,
) {
  const { now, rosterFile } = flags;
  const slot = replanCtx.slotMinutes;
  const changed = new Map<string, string>();
  for (const c of result.changes) if (c.new) changed.set(`${c.person}|${c.new.start}|${c.new.end}`, describeChange(c, now, ctx.lang));
  const lastEnd = result.shifts.reduce((max, s) => Math.max(max, s.end), window.end);
  return renderReport({
    lang: ctx.lang,
    title: t(ctx.lang, 'replan.reportTitle', { at: formatDateTime(now), file: rosterFile }),
    window: { start: window.start, end: Math.max(window.end, lastEnd) },
    slotMinutes: slot,
    summary: [[t(ctx.lang, 'replan.changesLabel'), String(result.changes.length)], ...replanRows(result, replanCtx, ctx.lang)],
    settings: settingsList,
    slots: window.required.map((need, i) => ({ start: window.start + i * slot, required: need, scheduled: result.onDutyAfter[i] ?? 0 })),
    grid: reportGrid(placedGrid(result.shifts, patterns), ctx.lang),
    shifts: result.shifts.map((s) => {
      const change = changed.get(`${s.person}|${s.start}|${s.end}`);
      return { person: s.person, start: s.start, end: s.end, ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}), ...(change ? { violation: change } : {}) };
    }),
    // One record per change, in the same order.
    violations: changeRecords(result.changes).flatMap((r, i) => {
      const change = result.changes[i];
      return change ? [[r.old_start || r.new_start, r.agent, r.change, describeChange(change, now, ctx.lang)]] : [];
    }),
    labels: { ...reportLabels(ctx.lang), violations: t(ctx.lang, 'replan.changesLabel') },
  });
}

/** Prints the new roster (--out -), the changes (csv), the JSON or the summary; exit 1 when not proven. */
async function printReplan(ctx: Ctx, flags: ReplanFlags, result: ReplanResult, replanCtx: ReplanContext, files: Record<string, string>): Promise<void> {
  const { out, format: asked } = flags.opts;
  const csvBytes = csvBytesFor(ctx);
  const format = out === '-' ? 'roster-csv' : asked ?? 'table';
  if (format === 'roster-csv') process.stdout.write(await csvBytes(await placedCsv(result.shifts, replanCtx), false));
  else if (format === 'csv') process.stdout.write(await csvBytes(await changesCsv(result.changes), false));
  else if (format === 'json') process.stdout.write(`${JSON.stringify(replanJson(result, replanCtx, files, ctx.lang), null, 2)}\n`);
  else {
    const columns = process.stdout.columns || Number(process.env.COLUMNS) || 80;
    process.stdout.write(`${replanText(result, replanCtx, ctx.lang, columns)}\n`);
    for (const file of Object.values(files)) process.stdout.write(`${t(ctx.lang, 'roster.wrote', { file })}\n`);
  }
  if (result.solve.status === 'time-limit') {
    process.stderr.write(`${t(ctx.lang, 'roster.timeLimitHit', { proof: replanProof(result, replanCtx.slotMinutes, ctx.lang) })}\n`);
    process.exitCode = ExitCode.partial;
  }
}
