/**
 * `cs-plan check shifts.csv`: validates a roster — ours, or one built or edited by hand in a
 * spreadsheet — against the 12-hour limit, rest, overlaps, staff availability and hours, and
 * (with demand inputs) coverage. Exit 0 when clean, 1 when anything is broken.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command } from 'commander';
import { CsPlanError, ExitCode, throwAll } from '../errors.js';
import { checkForbiddenNames } from '../core/scheduling/candidates.js';
import { checkRoster, onDutyPerSlot, patternOf, type CheckRules, type CoverageRequirement, type Violation } from '../core/rostering/check.js';
import { buildGrid } from '../core/rostering/grid.js';
import type { ShiftPattern } from '../core/scheduling/candidates.js';
import { reportGrid } from '../cli/roster-output.js';
import { formatDateTime } from '../core/time/clock.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { readRosterFile, readShiftPatterns, readStaff, type RowRef } from '../io/roster-files.js';
import { parseBreakRule, parseForbidden, parseHours } from '../io/values.js';
import { addDayRuleOptions, readDayRules } from '../cli/day-rule-options.js';
import { addCommonOptions, parseOption, readOptions, runContext } from '../cli/options.js';
import { askWithInquirer, type AskMissing } from '../cli/formula-inputs.js';
import { addDemandOptions, gatherDemand, hasDemandInput, parseMaxDuty } from '../cli/demand-inputs.js';
import { emit, formatNumber, renderTable } from '../cli/render.js';
import { reportLabels, settingsUsed } from '../cli/report.js';
import { renderReport } from '../report/html.js';
import { checkOutputPath, writeFileAtomic } from '../io/output.js';
import type { RosterRow } from '../core/rostering/check.js';

/** Column order of `check --format csv`: a contract for scripts. */
export const VIOLATION_COLUMNS = ['line', 'agent', 'rule', 'from', 'to', 'value', 'limit', 'message', 'cell'] as const;

/** Where a roster row is, as a person finds it: its line, or its cell in a grid. */
export type RefOf = (line: number) => RowRef;
const lineRef: RefOf = (line) => ({ line });

/** A row reference in words: "line 12", or "cell D7" in a grid. */
function refText(ref: RowRef, lang: Lang): string {
  return ref.cell ? t(lang, 'check.ref.cell', { cell: ref.cell }) : t(lang, 'check.ref.line', { line: ref.line });
}

/** The most lines a message names; more are counted. */
const MAX_REFS = 10;

/** One violation in words, in the user's language. */
export function describeViolation(v: Violation, lang: Lang, refOf: RefOf = lineRef): string {
  const time = (at?: number) => (at === undefined ? '' : formatDateTime(at));
  // A long duty or stretch names its first lines and a count: 20,000 line numbers help nobody.
  const refs = (lines: readonly number[]) => [
    ...lines.slice(0, MAX_REFS).map((line) => refText(refOf(line), lang)),
    ...(lines.length > MAX_REFS ? [t(lang, 'check.ref.more', { count: formatNumber(lines.length - MAX_REFS) })] : []),
  ].join(', ');
  return t(lang, `check.rule.${v.rule}`, {
    from: time(v.from), to: time(v.to), value: formatNumber(v.value ?? 0, 2), limit: formatNumber(v.limit ?? 0, 2),
    related: refs(v.related ?? []), lines: refs([...(v.related ?? []), v.line]), column: v.column ?? '', text: v.text ?? '',
  });
}

/** The line or grid cell of a row, for the table's first column. */
const refCell = (ref: RowRef) => ref.cell ?? String(ref.line);

function record(v: Violation, lang: Lang, refOf: RefOf) {
  const ref = v.line ? refOf(v.line) : undefined;
  return {
    line: ref?.line ?? null, agent: v.person, rule: v.rule,
    from: v.from === undefined ? null : formatDateTime(v.from), to: v.to === undefined ? null : formatDateTime(v.to),
    value: v.value === undefined ? null : roundTo(v.value, 4), limit: v.limit === undefined ? null : roundTo(v.limit, 4),
    message: describeViolation(v, lang, refOf),
    cell: ref?.cell ?? null,
  };
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Rules: malformed (unreadable time or name), end_before_start, overlap, max_duty (continuous duty
over --max-shift; touching or overlapping rows and breaks up to --max-break count as one duty),
min_rest, forbidden_sequence (with --shifts and --forbid), break_outside_shift (a break_start/break_end
not inside its shift), meal_break (with --break: a long shift without a long enough break), break_outside_window (with --break …@11:00-13:30: a break outside the meal windows), days_off (fewer whole days off than --days-off-per-week in some 7 days in a row of
the roster's dates; --week monday: in a full Monday–Sunday week), consecutive_days and max_hours_week (when those flags are given), work_days, days_off_together
and min_hours_week (contract flags), min_hours (staff file),
unknown_person / outside_availability / max_hours (with --staff), short (with demand inputs:
fewer agents on duty than required in a slot).
Exit codes: 0 no violations, 1 violations found, 2 the file cannot be read.
CSV columns: ${VIOLATION_COLUMNS.join(',')}

Examples:
  $ cs-plan check shifts.csv
  $ cs-plan check 排班表.csv --staff staff.csv --min-rest 11
  $ cs-plan check shifts.csv --forecast forecast.csv --history history.csv --config cs-plan.config.json --format json`,
  zh: () => `
规则:malformed(时间或姓名无法读取)、end_before_start、overlap、max_duty(连续值班超过
--max-shift;相接或重叠的行以及不超过 --max-break 的间隔算作同一段值班)、min_rest、
forbidden_sequence(有 --shifts 与 --forbid 时)、break_outside_shift(break_start/break_end
不在班次内)、meal_break(有 --break 时:长班次没有足够长的休息)、break_outside_window
(有 --break …@11:00-13:30 时:休息不在用餐时段内)、days_off(班表日期中某连续 7 天的整天休息
少于 --days-off-per-week;--week monday:在完整的周一至周日内)、consecutive_days 与
max_hours_week(给出这些参数时)、work_days、days_off_together 与 min_hours_week(合同参数)、
min_hours(人员文件)、unknown_person / outside_availability / max_hours(有 --staff 时)、
short(有需求输入时:某时段在岗人数少于所需)。
退出码:0 没有违规,1 发现违规,2 文件无法读取。
CSV 列:${VIOLATION_COLUMNS.join(',')}

示例:
  $ cs-plan check shifts.csv
  $ cs-plan check 排班表.csv --staff staff.csv --min-rest 11
  $ cs-plan check shifts.csv --forecast forecast.csv --history history.csv --config cs-plan.config.json --format json`,
};

/** Builds the `check` command. */
export function checkCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('check')
    .description(DESCRIPTIONS.check)
    .argument('<roster>', 'roster (.csv or .xlsx): the list agent,date,start,end (Chinese headers 姓名/客服, 日期, 开始, 结束; split shifts as separate rows), or the grid: a name column, then one column per date with 09:00-17:30, a shift name (--shifts) or 休')
    .option('--min-rest <hours>', 'least rest between two duties of one person', '10')
    .option('--max-shift <hours>', 'longest continuous duty; never above 12', '12')
    .option('--max-break <hours>', 'gaps up to this long are breaks inside one duty (a meal break), not rest', '2')
    .option('--shifts <file>', 'shift patterns (name,start,end): the times of shift names in a grid; rows matching one by clock time are named by it, for --forbid')
    .option('--forbid <sequences>', 'pattern pairs one person may not work on consecutive days, e.g. 晚班>白班 (needs --shifts)')
    .option('--break <rule>', 'meal breaks (break_start, break_end columns): e.g. 60m-after-4h, a 60-minute break in every shift over 4 h, no longer stretch of work; @11:00-13:30,17:00-19:30: inside those meal windows')
    .option('--staff <file>', 'check availability (available_from/_to) and max_hours from this staff file')
    .option('--report <file>', 'also write a self-contained HTML report with the violations marked on a Gantt of the shifts');
  addDayRuleOptions(command);
  addDemandOptions(command);
  addCommonOptions(command);
  addHelpNotes(command, NOTES);
  command.action(async (file: string, _options, cmd: Command) => runCheck(file, cmd, ask));
  return command;
}

type Ctx = ReturnType<typeof runContext>;

/**
 * check's flags as the rules they set, every one read before any file.
 *
 * @throws CsPlanError (exit 2) naming the flag
 */
function checkFlags(cmd: Command): { rules: Omit<CheckRules, 'staff' | 'sequences'>; forbidden?: ReturnType<typeof parseForbidden> } {
  const errors: CsPlanError[] = [];
  const minRest = parseOption(cmd, 'minRest', parseHours, errors) ?? 10;
  const maxDuty = parseOption(cmd, 'maxShift', parseMaxDuty, errors) ?? 12;
  const maxBreak = parseOption(cmd, 'maxBreak', parseHours, errors) ?? 2;
  const forbidden = parseOption(cmd, 'forbid', parseForbidden, errors);
  const { daysOffPerWeek, week, maxConsecutiveDays, maxHoursPerWeek, workDaysPerWeek, daysOffTogether, minHoursPerWeek } = readDayRules(cmd, errors);
  const mealBreak = parseOption(cmd, 'break', parseBreakRule, errors);
  throwAll(errors);
  if (forbidden && !cmd.opts<{ shifts?: string }>().shifts) throw new CsPlanError('check.forbidNeedsShifts', {}, { location: { option: '--forbid' } });
  return {
    rules: {
      minRestMinutes: minRest * 60, maxDutyMinutes: maxDuty * 60, maxBreakMinutes: maxBreak * 60,
      daysOffPerWeek, week, ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}),
      ...(maxHoursPerWeek !== undefined ? { maxHoursPerWeek } : {}),
      ...(mealBreak ? { mealBreak } : {}),
      ...(workDaysPerWeek !== undefined ? { workDaysPerWeek } : {}),
      ...(daysOffTogether !== undefined ? { daysOffTogether } : {}),
      ...(minHoursPerWeek !== undefined ? { minHoursPerWeek } : {}),
    },
    ...(forbidden ? { forbidden } : {}),
  };
}

/** The required agents per slot, when demand inputs are given (coverage is then checked). */
async function checkCoverageInputs(cmd: Command, ctx: Ctx, ask: AskMissing): Promise<{ coverage?: CoverageRequirement; inputs: string[] }> {
  if (!hasDemandInput(cmd)) return { inputs: [] };
  const plan = await gatherDemand(cmd, ctx, ask);
  return {
    inputs: plan.inputs.filter((f): f is string => f !== undefined),
    coverage: {
      start: plan.demand.start,
      slotMinutes: plan.demand.slotMinutes,
      required: plan.demand.inquiries.map((inquiries, slot) => plan.sizer(inquiries, plan.demand.slotMinutes, slot)),
    },
  };
}

/** Runs `check`: read the flags, the roster, the patterns, staff and demand; check; print; exit 1 on violations. */
async function runCheck(file: string, cmd: Command, ask: AskMissing): Promise<void> {
  const ctx = runContext(cmd);
  const { rules, forbidden } = checkFlags(cmd);
  const reading = readOptions(cmd, ctx);
  const shiftsFile = cmd.opts<{ shifts?: string }>().shifts;
  const patterns = shiftsFile ? await readShiftPatterns(shiftsFile, reading) : undefined;
  const roster = await readRosterFile(file, reading, patterns);
  const rows = roster.rows;
  const refOf: RefOf = (line) => roster.refs?.get(line) ?? { line };
  const named = rows.filter((r) => r.problem?.unknownPattern);
  const [firstNamed] = named;
  if (!patterns && firstNamed?.problem) {
    // Without --shifts no shift name has times: one usage error, not a violation in every cell.
    throw new CsPlanError('check.gridNeedsShifts', { names: [...new Set(named.map((r) => r.problem?.value))].slice(0, 8).join(', '), cell: firstNamed.problem.column }, { location: { file } });
  }
  if (patterns && forbidden) checkForbiddenNames(forbidden, patterns);
  const staffFile = cmd.opts<{ staff?: string }>().staff;
  const staff = staffFile ? await readStaff(staffFile, reading) : undefined;
  const demand = await checkCoverageInputs(cmd, ctx, ask);
  const { coverage } = demand;
  const inputs: (string | undefined)[] = [file, staffFile, shiftsFile, ...demand.inputs];
  const violations = checkRoster(rows, {
    ...rules, ...(staff ? { staff } : {}), ...(patterns && forbidden ? { sequences: { patterns, forbidden } } : {}),
  }, coverage);
  const people = new Set(rows.map((r) => r.person)).size;
  const reportFile = cmd.opts<{ report?: string }>().report;
  const outFile = cmd.opts<{ out?: string }>().out;
  // Both outputs' paths are checked before either is written: a run that cannot write one writes none.
  if (reportFile) await checkOutputPath(reportFile, { inputs: [...inputs, outFile], option: '--report' });
  if (outFile && outFile !== '-') await checkOutputPath(outFile, { inputs: [...inputs, reportFile, ctx.configFile] });
  await emit(cmd, ctx, {
    table: async () => violationsTable(cmd, ctx, { file, rows: rows.length, people, grid: roster.format === 'grid' }, violations, refOf),
    csv: () => toCsv(VIOLATION_COLUMNS, violations.map((v) => record(v, ctx.lang, refOf))),
    json: () => ({
      file, format: roster.format, rows: rows.length, people, ok: violations.length === 0, coverage_checked: coverage !== undefined,
      violations: violations.map((v) => record(v, ctx.lang, refOf)),
    }),
  }, inputs);
  if (reportFile) {
    const html = checkReport(file, rows, refOf, violations, coverage, ctx.lang, settingsUsed(cmd, ['minRest', 'maxShift', 'maxBreak', 'daysOffPerWeek', 'week', 'maxConsecutiveDays', 'maxHoursWeek', 'workDaysPerWeek', 'daysOffTogether', 'minHoursWeek', 'forbid', 'break']), patterns);
    await writeFileAtomic(reportFile, html, { inputs, option: '--report' });
  }
  // Violations are a finding, not an error: the report is printed and the exit code tells scripts.
  if (violations.length > 0) process.exitCode = ExitCode.partial;
}

/** The violations as a table in the reader's language, or the one line saying the roster is clean. */
async function violationsTable(
  cmd: Command, ctx: Ctx, read: { file: string; rows: number; people: number; grid: boolean }, violations: readonly Violation[], refOf: RefOf,
): Promise<string> {
  const { file, rows, people } = read;
  if (violations.length === 0) return t(ctx.lang, 'check.clean', { file, rows, people });
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const table = await renderTable(
    ([read.grid ? 'cell' : 'line', 'agent', 'rule', 'message'] as const).map((h) => chalk.cyan(t(ctx.lang, `check.col.${h}`))),
    // The rule in the reader's language (the CSV and JSON keep the English key).
    violations.map((v) => [v.line ? refCell(refOf(v.line)) : '', v.person, t(ctx.lang, `check.ruleName.${v.rule}`), describeViolation(v, ctx.lang, refOf)]),
    // The message wraps to the terminal; --wide keeps each on one line.
    { wrap: 3, lang: ctx.lang, wide: cmd.opts<{ wide?: boolean }>().wide === true },
  );
  return `${table}\n${chalk.yellow(t(ctx.lang, 'check.found', { count: violations.length, file, rows, people }))}`;
}

/** The HTML report of a check: violating shifts in red on the Gantt, and the violations table. */
function checkReport(
  file: string, rows: readonly RosterRow[], refOf: RefOf, violations: readonly Violation[], coverage: CoverageRequirement | undefined,
  lang: Lang, settings: [string, string][], patterns?: readonly ShiftPattern[],
): string {
  const timed = rows.filter((r): r is RosterRow & { start: number; end: number } => r.start !== undefined && r.end !== undefined);
  const byLine = new Map<number, string[]>();
  for (const v of violations) {
    for (const line of [v.line, ...(v.related ?? [])]) if (line) byLine.set(line, [...(byLine.get(line) ?? []), describeViolation(v, lang, refOf)]);
  }
  // Loops, not Math.min(...rows): a long roster would overflow the call stack.
  const window = {
    start: timed.reduce((min, r) => Math.min(min, r.start), coverage ? coverage.start : Infinity),
    end: timed.reduce((max, r) => Math.max(max, r.end), coverage ? coverage.start + coverage.required.length * coverage.slotMinutes : -Infinity),
  };
  const lastStart = timed.reduce((max, r) => Math.max(max, r.start), window.start);
  if (!Number.isFinite(window.start)) Object.assign(window, { start: 0, end: 60 });
  return renderReport({
    lang,
    title: t(lang, 'check.reportTitle', { file }),
    window,
    slotMinutes: coverage?.slotMinutes ?? 60,
    summary: [
      [t(lang, 'check.summary.rows'), String(rows.length)],
      [t(lang, 'check.summary.people'), String(new Set(rows.map((r) => r.person)).size)],
      [t(lang, 'check.summary.violations'), String(violations.length)],
    ],
    settings,
    slots: coverage
      ? (() => {
        const onDuty = onDutyPerSlot(rows, coverage);
        return coverage.required.map((required, slot) => ({ start: coverage.start + slot * coverage.slotMinutes, required, scheduled: onDuty[slot] ?? 0 }));
      })()
      : [],
    grid: reportGrid(buildGrid(
      timed.map((r) => {
        const pattern = patterns ? patternOf(r, patterns) : undefined;
        return { person: r.person, start: r.start, end: r.end, ...(pattern ? { pattern } : {}), ...(r.mealBreak ? { mealBreak: r.mealBreak } : {}) };
      }),
      [],
      { start: window.start, end: lastStart + 1 },
      (patterns ?? []).map((p) => p.name),
    ), lang),
    shifts: timed.map((r) => ({
      person: r.person, start: r.start, end: r.end, ...(r.mealBreak ? { mealBreak: r.mealBreak } : {}),
      ...(byLine.has(r.line) ? { violation: (byLine.get(r.line) ?? []).join('; ') } : {}),
    })),
    violations: violations.map((v) => [v.line ? refCell(refOf(v.line)) : '', v.person, v.rule, describeViolation(v, lang, refOf)]),
    labels: reportLabels(lang),
  });
}
