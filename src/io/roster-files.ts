/**
 * Readers for the roster's input files: hourly inquiry history (or a per-slot demand
 * forecast), shift patterns and staff. Each returns plain data for the core and reports
 * every bad cell with its line and column.
 */
import { CsPlanError, throwAll } from '../errors.js';
import { AmbiguousDateError, clockAtOrAfter, excelSerialToMinutes, formatDate, formatDateTime, parseClock, parseDate, parseDateTime, toEpochMinutes, MINUTES_PER_DAY, type DateOrder } from '../core/time/clock.js';
import { roundTo } from '../core/numeric.js';
import type { TimedVolume } from '../core/demand/slots.js';
import { MAX_CONTINUOUS_DUTY_HOURS, type ShiftPattern } from '../core/scheduling/candidates.js';
import type { WorkRole } from '../core/scheduling/model.js';
import type { StaffMember } from '../core/rostering/staff-groups.js';
import type { StaffKind } from '../core/staffing/costs.js';
import type { RosterRow } from '../core/rostering/check.js';
import { normaliseHeader, TOTAL_WORDS, readCsvTable, readRecords, tableOf, visitCsvFile, type ColumnSpec, type CsvRow, type CsvTable, type RawRecord, type ReadOptions } from './csv-read.js';
import { columnLetter, parseGridCell } from '../core/rostering/grid.js';
import { isNoData, parseAmount, toHalfWidth } from './values.js';

export const SERIES_COLUMNS: readonly ColumnSpec[] = [
  { name: 'datetime', aliases: ['日期时间', '时间点', 'date_time', 'timestamp', 'slot_start'] },
  { name: 'date', aliases: ['日期', 'day'] },
  { name: 'hour', aliases: ['时间', '小时', '时段', 'time'] },
  { name: 'inquiries', aliases: ['咨询量', '接待量', '咨询人数', '接待人数', 'volume'], required: true },
];

/** The most errors one file reports in a run. */
const ERROR_LIMIT = 20;

/** Reads the cells of one row, collecting errors instead of stopping at the first. */
export class RowReader {
  constructor(private readonly file: string, private readonly row: CsvRow, private readonly errors: CsPlanError[]) {}

  cell(column: string): string {
    return (this.row.cells[column] ?? '').trim();
  }

  /** Parses a cell; records an error (with file, line, column, value) and returns undefined on failure. */
  parse<T>(column: string, parser: (text: string) => T, required = true): T | undefined {
    const value = this.cell(column);
    if (value === '') {
      if (required) this.fail(column, new CsPlanError('value.empty', { name: column }));
      return undefined;
    }
    try {
      return parser(value);
    } catch (error) {
      if (!(error instanceof CsPlanError)) throw error;
      this.fail(column, error);
      return undefined;
    }
  }

  fail(column: string, error: CsPlanError): void {
    // Past the report limit only the count matters; keep memory flat on a file full of errors.
    if (this.errors.length < ERROR_LIMIT) this.errors.push(error.at({ file: this.file, line: this.row.line, column, value: this.cell(column) }));
  }
}

/** Runs a date parser, turning an ambiguous day/month order into an error that asks for --date-format. */
function unambiguous<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof AmbiguousDateError) throw new CsPlanError('value.ambiguousDate');
    throw error;
  }
}

function expectDateTime(order?: DateOrder) {
  return (text: string): number => {
    const at = unambiguous(() => parseDateTime(text, order));
    if (at === undefined) throw new CsPlanError('value.notDateTime');
    return at;
  };
}

export function expectDate(order?: DateOrder) {
  return (text: string): string => {
    const date = unambiguous(() => parseDate(text, order));
    if (date === undefined) throw new CsPlanError('value.notDate');
    return date;
  };
}

/** Whether a cell holds a calendar date (`2026-11-10 …`, `11/10/2026 …`), not just a clock time. */
function hasDatePart(text: string): boolean {
  return /\d{4}[-/.年]\d|\d[-/.]\d{1,2}[-/.]\d{4}/.test(text);
}

/** An hour as `20`, `20时`, `20点`, `20:00`, `20:30`, or a range `20:00-21:00` / `20-21` / `20时-21时` (its start). */
function expectHour(text: string): number {
  const start = (text.split(/\s*[-~–至]\s*/)[0] ?? '').replace(/\s*[时点時]$/, '');
  const minute = /^\d{1,2}$/.test(start) ? Number(start) * 60 : parseClock(start);
  if (minute === undefined || minute >= MINUTES_PER_DAY) throw new CsPlanError('value.notHour');
  return minute;
}

/**
 * Reads inquiries over time: columns `datetime,inquiries` or `date,hour,inquiries`.
 *
 * @throws CsPlanError listing every bad cell
 */
export async function readInquirySeries(file: string, options: ReadOptions = {}): Promise<TimedVolume[]> {
  const errors: CsPlanError[] = [];
  const records: TimedVolume[] = [];
  /** Where each time was first seen (line, record index), to find repeats. */
  const seen = new Map<number, { line: number; index: number }>();
  let summed = 0;
  let dashes = 0;
  let timeColumn: 'datetime' | 'hour' | undefined;
  const columns = await visitCsvFile(file, SERIES_COLUMNS, options, (row) => {
    // A `时间` column holding whole date-times with no date column is the date-time.
    timeColumn ??= 'datetime' in row.cells ? 'datetime' : 'hour' in row.cells && !('date' in row.cells) ? 'hour' : undefined;
    if (!timeColumn && !('hour' in row.cells && 'date' in row.cells)) return;
    const read = new RowReader(file, row, errors);
    let at: number | undefined;
    if (timeColumn) {
      at = read.parse(timeColumn, expectDateTime(options.dateOrder));
    } else {
      const hourCell = read.cell('hour');
      // An hour cell holding a whole date-time (some exports repeat the date there).
      const full = hasDatePart(hourCell) ? read.parse('hour', expectDateTime(options.dateOrder)) : undefined;
      if (full !== undefined) {
        at = full;
      } else {
        const date = read.parse('date', expectDate(options.dateOrder));
        const minute = read.parse('hour', expectHour);
        if (date !== undefined && minute !== undefined) at = toEpochMinutes(date, minute);
      }
    }
    // 生意参谋 writes - for an hour without data.
    const dash = isNoData(read.cell('inquiries'));
    if (dash) dashes += 1;
    const inquiries = dash ? 0 : read.parse('inquiries', parseAmount);
    if (at === undefined || inquiries === undefined) return;
    const first = seen.get(at);
    if (!first) {
      seen.set(at, { line: row.line, index: records.length });
      records.push({ at, inquiries });
    } else if (options.duplicates === 'sum') {
      const kept = records[first.index];
      if (kept) kept.inquiries += inquiries;
      summed += 1;
    } else {
      read.fail(timeColumn ?? 'hour', new CsPlanError('csv.duplicateTime', { time: formatDateTime(at), other: first.line }));
    }
  });
  if (!columns.includes('datetime') && !columns.includes('hour')) {
    throw new CsPlanError('csv.needsColumnOr', { a: 'datetime', b: 'date + hour' }, { location: { file } });
  }
  throwAll(errors);
  if (dashes > 0) options.onNotice?.({ key: 'csv.dashAsZero', params: { count: dashes, column: 'inquiries' }, location: { file } });
  if (summed > 0) options.onNotice?.({ key: 'csv.duplicatesSummed', params: { count: summed }, location: { file } });
  return records.sort((a, b) => a.at - b.at);
}

export const PATTERN_COLUMNS: readonly ColumnSpec[] = [
  { name: 'name', aliases: ['班次', '名称', 'shift'], required: true },
  { name: 'start', aliases: ['开始', '上班', '上班时间', '开始时间'], required: true },
  { name: 'end', aliases: ['结束', '下班', '下班时间', '结束时间'], required: true },
];

function expectClock(text: string): number {
  const minute = parseClock(text);
  if (minute === undefined) throw new CsPlanError('value.notClock');
  return minute;
}

/**
 * Reads shift patterns `name,start,end` (clock times; an end at or before the start ends
 * the next day).
 *
 * @example // 晚班,17:00,23:30 → { name: '晚班', startMinute: 1020, lengthMinutes: 390 }
 */
export async function readShiftPatterns(file: string, options: ReadOptions = {}): Promise<ShiftPattern[]> {
  const table = await readCsvTable(file, PATTERN_COLUMNS, options);
  const errors: CsPlanError[] = [];
  const patterns: ShiftPattern[] = [];
  for (const row of table.rows) {
    const read = new RowReader(table.file, row, errors);
    const name = read.parse('name', (s) => s);
    const start = read.parse('start', expectClock);
    const end = read.parse('end', expectClock);
    if (name === undefined || start === undefined || end === undefined) continue;
    const lengthMinutes = end > start ? end - start : end + MINUTES_PER_DAY - start;
    patterns.push({ name, startMinute: start % MINUTES_PER_DAY, lengthMinutes });
  }
  throwAll(errors);
  return patterns;
}

export const STAFF_COLUMNS: readonly ColumnSpec[] = [
  { name: 'name', aliases: ['姓名', '客服', '客服昵称', 'agent'], required: true },
  { name: 'max_hours', aliases: ['最长工时', '最多工时', '工时上限'] },
  { name: 'min_hours', aliases: ['最少工时', '最短工时', '工时下限', '合同工时'] },
  { name: 'available_from', aliases: ['可用开始', '开始可用', '最早'] },
  { name: 'available_to', aliases: ['可用结束', '结束可用', '最晚'] },
  { name: 'unavailable', aliases: ['不可用', '请假', '不可用日期', '休假'] },
  { name: 'role', aliases: ['角色', '岗位'] },
  { name: 'prefers', aliases: ['偏好', '偏好班次', '想上的班次'] },
  { name: 'kind', aliases: ['类型', '人员类型', '用工类型', '用工方式'] },
  { name: 'hourly_cost', aliases: ['时薪', '小时工资', '每小时成本'] },
  { name: 'daily_cost', aliases: ['日薪', '每天成本', '日工资'] },
  { name: 'min_shift_hours', aliases: ['最短班次', '最短班次时长'] },
  { name: 'overtime_cost', aliases: ['加班费', '加班时薪', '加班成本', '加班工资'] },
];

/**
 * Reads who pays a person: own staff, a temp or an outsourced agent, in English or Chinese.
 *
 * @example parseStaffKind('临时') // 'temp'
 */
export function parseStaffKind(text: string): StaffKind {
  const value = text.trim().toLowerCase().replace(/[\s_-]/g, '');
  if (['own', 'staff', 'employee', '自有', '正式', '自营', '员工'].includes(value)) return 'own';
  if (['temp', 'temporary', 'parttime', '临时', '临时客服', '兼职', '临时工'].includes(value)) return 'temp';
  if (['outsourced', 'outsource', 'agency', '外包', '外包客服'].includes(value)) return 'outsourced';
  throw new CsPlanError('value.oneOf', { choices: 'own, temp, outsourced (自有, 临时, 外包)' });
}

/**
 * Reads a staff role: `pre` (售前), `after` (售后) or `both` (全部, 售前售后).
 *
 * @throws CsPlanError listing the accepted words
 * @example parseRole('售后') // 'after'
 */
export function parseRole(text: string): WorkRole {
  const value = text.trim().toLowerCase().replace(/[\s_\-+/、]/g, '');
  if (['pre', 'presales', '售前'].includes(value)) return 'pre';
  if (['after', 'aftersales', '售后'].includes(value)) return 'after';
  if (['both', 'all', '全部', '售前售后', '都可以'].includes(value)) return 'both';
  throw new CsPlanError('value.oneOf', { choices: 'pre, after, both (售前, 售后, 全部)' });
}

function expectHours(text: string): number {
  const hours = parseAmount(text.replace(/(h|小时)$/i, ''));
  if (!(hours > 0)) throw new CsPlanError('value.mustBePositive');
  return hours;
}

/**
 * Reads staff: `name` and optional `max_hours` and `min_hours` (per planning window; the contract's
 * limits), `available_from`,
 * `available_to` (a date-time, or a date meaning its midnight), `unavailable` (whole dates,
 * separated by `;`, `、` or spaces), `role` (pre, after or both; default both), `prefers`
 * (shift pattern names, separated the same way).
 */
export async function readStaff(file: string, options: ReadOptions = {}): Promise<StaffMember[]> {
  const table = await readCsvTable(file, STAFF_COLUMNS, options);
  const errors: CsPlanError[] = [];
  const staff: StaffMember[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const read = new RowReader(table.file, row, errors);
    const name = read.parse('name', (s) => s);
    const maxHours = read.parse('max_hours', expectHours, false);
    const minHours = read.parse('min_hours', expectHours, false);
    const from = read.parse('available_from', expectDateTime(options.dateOrder), false);
    const to = read.parse('available_to', expectDateTime(options.dateOrder), false);
    // Whole days off the person asked for: dates separated by ; 、 or spaces (a comma would split the CSV cell).
    const unavailable = read.parse('unavailable', (text) => text.split(/[;；、\s]+/).filter(Boolean).map(expectDate(options.dateOrder)), false);
    const role = read.parse('role', parseRole, false);
    const prefers = read.parse('prefers', (text) => text.split(/[;；、,，\s]+/).filter(Boolean), false);
    const kind = read.parse('kind', parseStaffKind, false);
    const hourlyCost = read.parse('hourly_cost', parseAmount, false);
    const dailyCost = read.parse('daily_cost', parseAmount, false);
    const overtimeCost = read.parse('overtime_cost', parseAmount, false);
    const minShiftHours = read.parse('min_shift_hours', (text) => {
      const hours = expectHours(text);
      if (hours > MAX_CONTINUOUS_DUTY_HOURS) throw new CsPlanError('roster.tempMinTooLong', { hours: MAX_CONTINUOUS_DUTY_HOURS });
      return hours;
    }, false);
    if (name === undefined) continue;
    if (seen.has(name)) {
      read.fail('name', new CsPlanError('staff.duplicateName', { name }));
      continue;
    }
    seen.add(name);
    if (minHours !== undefined && maxHours !== undefined && minHours > maxHours) {
      read.fail('min_hours', new CsPlanError('staff.minAboveMax', { min: minHours, max: maxHours }));
      continue;
    }
    if (overtimeCost !== undefined && overtimeCost < (hourlyCost ?? 0)) {
      const hourly = hourlyCost ?? 0;
      read.fail('overtime_cost', new CsPlanError('staff.overtimeBelowWage', { overtime: overtimeCost, hourly, example: roundTo(hourly * 1.5, 2) }));
      continue;
    }
    if (from !== undefined && to !== undefined && to <= from) {
      read.fail('available_to', new CsPlanError('staff.availabilityOrder'));
      continue;
    }
    staff.push({
      name, ...(maxHours !== undefined ? { maxHours } : {}), ...(minHours !== undefined ? { minHours } : {}), ...(from !== undefined ? { availableFrom: from } : {}), ...(to !== undefined ? { availableTo: to } : {}),
      ...(unavailable && unavailable.length > 0 ? { unavailable: unavailable.map((date) => toEpochMinutes(date) / MINUTES_PER_DAY) } : {}),
      ...(role !== undefined && role !== 'both' ? { role } : {}),
      ...(prefers && prefers.length > 0 ? { prefers } : {}),
      ...(kind !== undefined ? { kind } : {}), ...(hourlyCost !== undefined ? { hourlyCost } : {}),
      ...(dailyCost !== undefined ? { dailyCost } : {}), ...(minShiftHours !== undefined ? { minShiftHours } : {}),
      ...(overtimeCost !== undefined ? { overtimeCost } : {}),
    });
  }
  throwAll(errors);
  return staff;
}

export const ROSTER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'agent', aliases: ['姓名', '客服', '客服昵称', '员工', 'name'], required: true },
  { name: 'date', aliases: ['日期', 'day'] },
  { name: 'start', aliases: ['开始', '上班', '开始时间', '上班时间'], required: true },
  { name: 'end', aliases: ['结束', '下班', '结束时间', '下班时间'], required: true },
  { name: 'hours', aliases: ['工时', '时长', '小时数'] },
  { name: 'role', aliases: ['角色', '岗位'] },
  { name: 'break_start', aliases: ['休息开始', '用餐开始', '午休开始'] },
  { name: 'break_end', aliases: ['休息结束', '用餐结束', '午休结束'] },
  { name: 'note', aliases: ['备注', 'notes', 'remark', 'comment'] },
  { name: 'pattern', aliases: ['班次', '班次名'] },
];

/**
 * Reads a roster (ours, or one made in a spreadsheet): `agent,date,start,end` where start and end
 * are date-times, or clock times on the row's date (an end at or before the start is the next
 * day). Split shifts are separate rows. Unreadable times become rows with a `problem`, so the
 * check reports them with the rest instead of stopping.
 *
 * @throws CsPlanError only when the file itself cannot be read (exit 2)
 */
export async function readRosterRows(file: string, options: ReadOptions = {}): Promise<RosterRow[]> {
  return listRows(tableOf(await readRecords(file, options), file, ROSTER_COLUMNS, options), options);
}

/** The rows of a roster in the long format (one row per shift). */
function listRows(table: CsvTable, options: ReadOptions): RosterRow[] {
  const file = table.file;
  return table.rows.map((row) => {
    try {
      return rosterRowOf(row, options);
    } catch (error) {
      throw error instanceof CsPlanError ? error.at({ file, line: row.line }) : error;
    }
  });
}

/** One roster row: its person and times, or the cell that cannot be read. */
function rosterRowOf(row: CsvRow, options: ReadOptions): RosterRow {
  const cell = (column: string) => (row.cells[column] ?? '').trim();
  const person = cell('agent');
  const problem = (column: string): RosterRow => ({ line: row.line, person, problem: { column, value: cell(column) } });
  if (person === '') {
    return problem('agent');
  }
  const dateText = cell('date');
  const date = dateText === '' ? undefined : unambiguous(() => parseDate(dateText, options.dateOrder));
  const timeOf = (column: string): number | undefined => {
    const text = cell(column);
    const full = unambiguous(() => parseDateTime(text, options.dateOrder));
    if (full !== undefined && hasDatePart(text)) return full;
    const clock = parseClock(text);
    return clock !== undefined && date !== undefined ? toEpochMinutes(date, clock) : undefined;
  };
  const start = timeOf('start');
  if (start === undefined) {
    return problem(date === undefined && dateText !== '' ? 'date' : 'start');
  }
  let end = timeOf('end');
  if (end === undefined) {
    return problem('end');
  }
  // A clock-only end at or before the start is the next morning (an overnight shift).
  if (end <= start && parseClock(cell('end')) !== undefined) end += MINUTES_PER_DAY;
  // After-sales-only rows do not answer pre-sales demand (coverage); other role text is a note.
  const afterSalesOnly = cell('role') !== '' && (() => {
    try {
      return parseRole(cell('role')) === 'after';
    } catch {
      return false;
    }
  })();
  const base = { line: row.line, person, start, end, ...(afterSalesOnly ? { afterSalesOnly } : {}) };
  if (cell('break_start') === '' && cell('break_end') === '') return base;
  // A clock-only break time is the first such time from the shift's start (a break after midnight in a night shift).
  const breakTime = (column: string): number | undefined => {
    const text = cell(column);
    const full = unambiguous(() => parseDateTime(text, options.dateOrder));
    if (full !== undefined && hasDatePart(text)) return full;
    const clock = parseClock(text);
    if (clock === undefined) return undefined;
    return clockAtOrAfter(start, clock);
  };
  const breakStart = breakTime('break_start');
  if (breakStart === undefined) return problem('break_start');
  const breakEnd = breakTime('break_end');
  if (breakEnd === undefined) return problem('break_end');
  return { ...base, mealBreak: { start: breakStart, end: breakEnd } };
}

/** Where a roster row came from, as a person finds it: the file's line, and the cell of a grid. */
export interface RowRef {
  line: number;
  cell?: string;
}

/** A roster read from a file: its rows, and for a grid where each row's shift was written. */
export interface RosterFile {
  format: 'list' | 'grid';
  rows: RosterRow[];
  /** Grid only: row `line` (a running number) → sheet row and cell. */
  refs?: Map<number, RowRef>;
}

/** Header cells of a grid's name column: the long list's agent column, and 旺旺. */
const GRID_NAME = new Set(ROSTER_COLUMNS.filter((c) => c.name === 'agent').flatMap((c) => [c.name, ...c.aliases, '旺旺']).map(normaliseHeader));
/** First cells of the rows under a grid that are not people: daily totals and the legend. */
// A whole word, so a person named Summer is a person.
const GRID_FOOTER = new RegExp(`^(${[...TOTAL_WORDS, 'legend', '图例'].join('|')})(\\s|·|[:：]|$)`, 'i');

/** The date a grid header cell names (`2026-12-07`, `2026/12/7`, a date cell, with a weekday after it), if any. */
function headerDate(cell: string, order: ReadOptions['dateOrder']): string | undefined {
  const [first] = cell.trim().split(/\s+/);
  // A date header that a spreadsheet keeps as its serial number (a date cell with a text format).
  const serial = first && /^\d{5}$/.test(first) ? excelSerialToMinutes(first) : undefined;
  if (serial !== undefined) return formatDate(serial);
  try {
    return first ? parseDate(first, order) : undefined;
  } catch (error) {
    if (error instanceof AmbiguousDateError) return undefined;
    throw error;
  }
}

/** The header of a grid among the first rows: a name column, then date columns. */
function gridHeader(records: readonly RawRecord[], order: ReadOptions['dateOrder']): { index: number; name: number; dates: Map<number, string> } | undefined {
  const nonEmpty = records.map((r, index) => ({ r, index })).filter(({ r }) => r.record.some((c) => c.trim() !== '')).slice(0, 10);
  for (const { r, index } of nonEmpty) {
    const name = r.record.findIndex((c) => c.trim() !== '');
    if (!GRID_NAME.has(normaliseHeader(r.record[name] ?? ''))) continue;
    const dates = new Map<number, string>();
    r.record.forEach((cell, column) => {
      const date = column > name ? headerDate(cell, order) : undefined;
      if (date) dates.set(column, date);
    });
    if (dates.size > 0) return { index, name, dates };
  }
  return undefined;
}

/**
 * Reads a roster in either form a person holds: the long list (`agent,date,start,end`, one row
 * per shift) or the 排班表 grid (a name column, then one column per date; cells hold
 * `HH:mm-HH:mm`, a pattern name from `patterns`, either with a `(HH:mm-HH:mm)` break, several
 * joined by `/`, or 休 / off / empty). Unreadable cells and unknown pattern names become rows
 * with a `problem`, so the check reports them with the rest.
 *
 * @throws CsPlanError only when the file itself cannot be read (exit 2)
 */
export async function readRosterFile(file: string, options: ReadOptions = {}, patterns?: readonly ShiftPattern[]): Promise<RosterFile> {
  const records = [...await readRecords(file, options)];
  const header = gridHeader(records, options.dateOrder);
  if (!header) return { format: 'list', rows: listRows(tableOf(records, file, ROSTER_COLUMNS, options), options) };
  const rows: RosterRow[] = [];
  const refs = new Map<number, RowRef>();
  const byName = new Map((patterns ?? []).map((p) => [p.name, p]));
  for (const { record, info } of records.slice(header.index + 1)) {
    const person = (record[header.name] ?? '').trim();
    if (GRID_FOOTER.test(toHalfWidth(person))) break;
    if (!record.some((c) => c.trim() !== '')) continue;
    for (const [column, date] of header.dates) {
      const text = (record[column] ?? '').trim();
      const cell = `${columnLetter(column + 1)}${info.lines}`;
      const add = (row: Omit<RosterRow, 'line'>) => {
        const line = rows.length + 1;
        refs.set(line, { line: info.lines, cell });
        rows.push({ line, ...row });
      };
      if (person === '') {
        if (text !== '') add({ person, problem: { column: cell, value: record[header.name] ?? '' } });
        continue;
      }
      const shifts = parseGridCell(text, date);
      if (!shifts) {
        add({ person, problem: { column: cell, value: text } });
        continue;
      }
      for (const shift of shifts) {
        if (shift.kind === 'times') {
          add({ person, start: shift.start, end: shift.end, ...(shift.mealBreak ? { mealBreak: shift.mealBreak } : {}) });
          continue;
        }
        const pattern = byName.get(shift.name);
        if (!pattern) {
          add({ person, problem: { column: cell, value: shift.name, unknownPattern: true } });
          continue;
        }
        const start = toEpochMinutes(date, pattern.startMinute);
        const meal = shift.mealBreak;
        add({ person, start, end: start + pattern.lengthMinutes, ...(meal ? { mealBreak: { start: clockAtOrAfter(start, meal.startMinute), end: clockAtOrAfter(start, meal.endMinute) } } : {}) });
      }
    }
  }
  return { format: 'grid', rows, refs };
}
