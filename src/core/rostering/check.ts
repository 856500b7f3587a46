/**
 * Checks a roster — ours or one made by hand in a spreadsheet — against the rules: the 12-hour
 * limit on continuous duty, rest between duties, overlaps, staff availability and hours, and
 * (optionally) coverage of the required agents. Times are epoch minutes.
 */
import { MAX_CONTINUOUS_DUTY_HOURS } from '../scheduling/candidates.js';
import { mondayOf } from '../time/clock.js';
import { brokenDayLimits, dayLimits, dayOffPeriods, daysWorkedIn, joinPeriods, type WeekMode } from './day-rules.js';
import { insideMealWindow, windowsText, type MealWindow } from '../scheduling/meal-window.js';
import type { StaffMember } from './staff-groups.js';

/** One row of a roster file. Rows whose times could not be read carry `problem` instead. */
export interface RosterRow {
  /** Line in the file. */
  line: number;
  person: string;
  start?: number;
  end?: number;
  /** A meal break inside the shift (not counted as coverage). */
  mealBreak?: { start: number; end: number };
  /** Role `after` (售后): the row does not count towards pre-sales coverage. */
  afterSalesOnly?: boolean;
  /** The cell that cannot be read; `unknownPattern` when it names a shift pattern whose times are not known. */
  problem?: { column: string; value: string; unknownPattern?: boolean };
}

/** Every rule check names (stable keys: the CSV and JSON carry them). */
export const CHECK_RULES = [
  'malformed', 'end_before_start', 'overlap', 'max_duty', 'min_rest',
  'unknown_person', 'outside_availability', 'max_hours', 'short',
  'days_off', 'consecutive_days', 'max_hours_week', 'unavailable_day', 'forbidden_sequence',
  'break_outside_shift', 'meal_break', 'break_outside_window', 'unknown_pattern',
  'min_hours', 'min_hours_week', 'work_days', 'days_off_together',
] as const;

export type CheckRule = (typeof CHECK_RULES)[number];

/** One broken rule, with the numbers that show it. Hours for durations, epoch minutes for times. */
export interface Violation {
  rule: CheckRule;
  /** Line of the row at fault (the later row for overlaps and rest); 0 for coverage. */
  line: number;
  person: string;
  /** The measured value: hours of duty, of rest, worked; agents scheduled. */
  value?: number;
  /** The limit it breaks: hours, or agents required. */
  limit?: number;
  /** Start and end of the time concerned. */
  from?: number;
  to?: number;
  /** Other lines involved (the earlier row of an overlap or rest). */
  related?: number[];
  /** The unreadable cell, for malformed. */
  column?: string;
  text?: string;
}

export interface CheckRules {
  /** Least rest between duties, minutes. */
  minRestMinutes: number;
  /** Longest continuous duty, minutes (at most 12 hours). */
  maxDutyMinutes: number;
  /** Gaps up to this long are breaks inside one duty (e.g. a meal break in a split shift), minutes. */
  maxBreakMinutes: number;
  /** Named staff with availability and hours limits; undefined skips those checks. */
  staff?: readonly StaffMember[];
  /** Whole calendar days off each person needs in every 7 consecutive days of the roster (0 or undefined: not checked). */
  daysOffPerWeek?: number;
  /** Count days off per Monday–Sunday week instead of in every 7 consecutive days. */
  week?: WeekMode;
  /** Most calendar days in a row a person may work (undefined: not checked). */
  maxConsecutiveDays?: number;
  /** Most hours a person may work in one Monday–Sunday week (undefined: not checked). */
  maxHoursPerWeek?: number;
  /** Contract: exactly this many days worked in each 7-day period a person is available all of (people without max_hours). */
  workDaysPerWeek?: number;
  /** Contract: days off come at least this many in a row. */
  daysOffTogether?: number;
  /** Contract: least hours in each Monday–Sunday week a person is available all of (people without max_hours). */
  minHoursPerWeek?: number;
  /** The meal-break rule: a break of at least `minutes` in every shift longer than `maxWorkHours`, no longer stretch of work; inside `windows` when given. */
  mealBreak?: { minutes: number; maxWorkHours: number; windows?: readonly MealWindow[] };
  /** Shift patterns (to name rows by their clock times) and pattern pairs not allowed on consecutive days. */
  sequences?: { patterns: readonly { name: string; startMinute: number; lengthMinutes: number }[]; forbidden: readonly (readonly [string, string])[] };
}

/**
 * The shift pattern a duty matches by clock time and length, if any.
 *
 * @example patternOf({ start: 540, end: 1050 }, [{ name: '白班', startMinute: 540, lengthMinutes: 510 }]) // '白班'
 */
export function patternOf(row: { start: number; end: number }, patterns: readonly { name: string; startMinute: number; lengthMinutes: number }[]): string | undefined {
  return patterns.find((p) => ((row.start % DAY) + DAY) % DAY === p.startMinute && row.end - row.start === p.lengthMinutes)?.name;
}

/** Coverage to check: required agents per slot of a window. */
export interface CoverageRequirement {
  start: number;
  slotMinutes: number;
  required: readonly number[];
}

const hours = (minutes: number) => minutes / 60;
const DAY = 1440;

/**
 * The last line of a list, by a loop: `Math.max(...lines)` overflows the call stack on the
 * lines of a long stretch (a 1M-row roster).
 *
 * @example lastLine([4, 9, 2]) // 9
 */
export function lastLine(lines: readonly number[]): number {
  let last = 0;
  for (const line of lines) if (line > last) last = line;
  return last;
}

/**
 * The calendar days (epoch day numbers) a set of duties touches: a shift 22:00–02:00 touches
 * two days; one ending exactly at midnight does not touch the next.
 *
 * @example daysWorked([{ start: 1320, end: 1560 }]) // [0, 1]
 */
export function daysWorked(rows: readonly { start: number; end: number }[]): number[] {
  const days = new Set<number>();
  for (const { start, end } of rows) {
    for (let day = Math.floor(start / DAY); day * DAY < end; day++) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * The day rules: days off in every 7 consecutive days inside the roster's dates (or each full
 * Monday–Sunday week), days worked in a row, and hours per Monday–Sunday week.
 *
 * @param period first and last calendar day (epoch days) of the roster as a whole
 */
export function checkWeeklyRules(
  person: string,
  rows: readonly { line: number; start: number; end: number }[],
  rules: Pick<CheckRules, 'daysOffPerWeek' | 'week' | 'maxConsecutiveDays' | 'maxHoursPerWeek'>,
  period: { firstDay: number; lastDay: number },
): Violation[] {
  const violations: Violation[] = [];
  const days = daysWorked(rows);
  // The lines on each day, gathered once: filtering every row for every day is quadratic.
  const linesByDay = new Map<number, number[]>();
  for (const r of rows) {
    for (let day = Math.floor(r.start / DAY); day * DAY < r.end; day++) {
      const list = linesByDay.get(day);
      if (list) list.push(r.line);
      else linesByDay.set(day, [r.line]);
    }
  }
  const lineOnDay = (day: number) => linesByDay.get(day) ?? [];
  const worked = new Set(days);
  if (rules.daysOffPerWeek) {
    // Every 7-day period (or Monday–Sunday week) inside the roster's dates; overlapping
    // broken periods read as one stretch, with the fewest days off found in any of them.
    const broken = brokenDayLimits(worked, dayLimits({ daysOffPerWeek: rules.daysOffPerWeek, ...(rules.week ? { week: rules.week } : {}) }, period.firstDay, period.lastDay));
    for (const stretch of joinPeriods(broken)) {
      const off = 7 - lastLine(broken.filter((p) => p.from >= stretch.from && p.to <= stretch.to).map((p) => daysWorkedIn(p, (day) => worked.has(day))));
      const lines: number[] = [];
      for (let day = stretch.from; day <= stretch.to; day++) if (worked.has(day)) lines.push(...lineOnDay(day));
      const last = lastLine(lines);
      violations.push({
        rule: 'days_off', line: last, person, value: off, limit: rules.daysOffPerWeek,
        from: stretch.from * DAY, to: (stretch.to + 1) * DAY, related: [...new Set(lines)].filter((l) => l !== last),
      });
    }
  }
  if (rules.maxConsecutiveDays !== undefined) {
    let runStart = days[0] ?? 0;
    days.forEach((day, i) => {
      if (i > 0 && day !== (days[i - 1] ?? 0) + 1) runStart = day;
      const length = day - runStart + 1;
      // Report once per run, on the first day over the limit.
      if (length === (rules.maxConsecutiveDays ?? 0) + 1) {
        let end = day;
        while (worked.has(end + 1)) end += 1;
        violations.push({
          rule: 'consecutive_days', line: lineOnDay(day).reduce((min, line) => Math.min(min, line), Infinity), person, value: end - runStart + 1, limit: rules.maxConsecutiveDays,
          from: runStart * DAY, to: (end + 1) * DAY,
        });
      }
    });
  }
  if (rules.maxHoursPerWeek !== undefined) {
    const perWeek = new Map<number, { minutes: number; lines: number[] }>();
    for (const row of rows) {
      for (let monday = mondayOf(Math.floor(row.start / DAY)); monday * DAY < row.end; monday += 7) {
        const from = Math.max(row.start, monday * DAY);
        const to = Math.min(row.end, (monday + 7) * DAY);
        if (to <= from) continue;
        const entry = perWeek.get(monday) ?? { minutes: 0, lines: [] };
        entry.minutes += to - from;
        entry.lines.push(row.line);
        perWeek.set(monday, entry);
      }
    }
    for (const [monday, { minutes, lines }] of perWeek) {
      if (hours(minutes) > rules.maxHoursPerWeek + 1e-9) {
        const last = lastLine(lines);
        violations.push({
          rule: 'max_hours_week', line: last, person, value: hours(minutes), limit: rules.maxHoursPerWeek,
          from: monday * DAY, to: (monday + 7) * DAY, related: lines.filter((l) => l !== last),
        });
      }
    }
  }
  return violations;
}

/**
 * The contract rules (lower bounds): exactly N working days in each 7-day period, days off at
 * least k in a row, least hours a Monday–Sunday week. The weekly ones apply to people without
 * max_hours, in periods they are available all of (a person who joins mid-month owes no full week).
 *
 * @param period first and last calendar day (epoch days) of the roster as a whole
 */
export function checkContractRules(
  person: string,
  rows: readonly { line: number; start: number; end: number }[],
  rules: Pick<CheckRules, 'workDaysPerWeek' | 'daysOffTogether' | 'minHoursPerWeek' | 'week'>,
  period: { firstDay: number; lastDay: number },
  member?: StaffMember,
): Violation[] {
  const violations: Violation[] = [];
  const worked = new Set(daysWorked(rows));
  const lines = rows.map((r) => r.line);
  const last = lastLine(lines);
  const contract = member?.maxHours === undefined;
  const openAll = (from: number, to: number) => {
    if (!member) return true;
    if (member.availableFrom !== undefined && member.availableFrom > from * DAY) return false;
    if (member.availableTo !== undefined && member.availableTo < (to + 1) * DAY) return false;
    return !(member.unavailable ?? []).some((day) => day >= from && day <= to);
  };
  if (rules.workDaysPerWeek !== undefined && contract) {
    for (const { from, to } of dayOffPeriods(period.firstDay, period.lastDay, rules.week)) {
      if (!openAll(from, to)) continue;
      let count = 0;
      for (let day = from; day <= to; day++) if (worked.has(day)) count++;
      if (count !== rules.workDaysPerWeek) violations.push({ rule: 'work_days', line: last, person, value: count, limit: rules.workDaysPerWeek, from: from * DAY, to: (to + 1) * DAY });
    }
  }
  const together = rules.daysOffTogether ?? 1;
  for (let day = period.firstDay + 1; together > 1 && day <= period.lastDay; day++) {
    if (!worked.has(day - 1) || worked.has(day)) continue;
    // A day off after a working day: the next k − 1 days (inside the roster) are off too.
    let end = day;
    while (end + 1 <= period.lastDay && !worked.has(end + 1)) end++;
    if (end - day + 1 < together && end < period.lastDay) {
      violations.push({ rule: 'days_off_together', line: last, person, value: end - day + 1, limit: together, from: day * DAY, to: (end + 1) * DAY });
    }
  }
  if (rules.minHoursPerWeek !== undefined && contract) {
    for (const { from, to } of dayOffPeriods(period.firstDay, period.lastDay, 'monday')) {
      if (!openAll(from, to)) continue;
      const minutes = rows.reduce((sum, r) => sum + Math.max(0, Math.min(r.end, (to + 1) * DAY) - Math.max(r.start, from * DAY)), 0);
      if (hours(minutes) < rules.minHoursPerWeek - 1e-9) {
        violations.push({ rule: 'min_hours_week', line: last, person, value: hours(minutes), limit: rules.minHoursPerWeek, from: from * DAY, to: (to + 1) * DAY });
      }
    }
  }
  return violations;
}

/**
 * Agents answering pre-sales in each slot of `coverage`: an agent counts when on duty for all of
 * the slot, not on a meal break, and not on an after-sales-only row (role after).
 *
 * @example onDutyPerSlot([{ line: 2, person: 'A', start: 0, end: 90 }], { start: 0, slotMinutes: 60, required: [1, 1] }) // [1, 0]
 */
export function onDutyPerSlot(rows: readonly RosterRow[], coverage: CoverageRequirement): number[] {
  // Each row adds itself to the slots it covers whole: linear in the rows, not rows × slots.
  const counts = coverage.required.map(() => 0);
  const slot = coverage.slotMinutes;
  for (const row of rows) {
    if (row.start === undefined || row.end === undefined || row.afterSalesOnly) continue;
    const first = Math.max(0, Math.ceil((row.start - coverage.start) / slot));
    const last = Math.min(counts.length, Math.floor((row.end - coverage.start) / slot));
    for (let t = first; t < last; t++) {
      const from = coverage.start + t * slot;
      if (row.mealBreak && row.mealBreak.start < from + slot && row.mealBreak.end > from) continue;
      counts[t] = (counts[t] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * A shift's meal break: inside the shift, and (with a rule) present and long enough wherever
 * the shift is longer than the longest stretch of work allowed, leaving no longer stretch.
 *
 * @example checkMealBreak({ line: 2, person: 'A', start: 540, end: 1050 }, { minutes: 60, maxWorkHours: 4 })[0]?.rule // 'meal_break'
 */
export function checkMealBreak(row: RosterRow & { start: number; end: number }, rule?: CheckRules['mealBreak']): Violation[] {
  const meal = row.mealBreak;
  const at = { line: row.line, person: row.person };
  if (meal && !(meal.start > row.start && meal.end < row.end && meal.end > meal.start)) {
    return [{ rule: 'break_outside_shift', ...at, from: meal.start, to: meal.end }];
  }
  if (!rule) return [];
  if (meal && rule.windows && !insideMealWindow(meal.start, meal.end - meal.start, rule.windows)) {
    return [{ rule: 'break_outside_window', ...at, from: meal.start, to: meal.end, text: windowsText(rule.windows) }];
  }
  const maxWork = rule.maxWorkHours * 60;
  if (row.end - row.start <= maxWork) return [];
  const longestWork = meal ? Math.max(meal.start - row.start, row.end - meal.end) : row.end - row.start;
  const breakMinutes = meal ? meal.end - meal.start : 0;
  if (longestWork > maxWork || breakMinutes < rule.minutes) {
    return [{ rule: 'meal_break', ...at, value: hours(longestWork), limit: rule.maxWorkHours, from: meal?.start ?? row.start, to: meal?.end ?? row.end, text: String(breakMinutes) }];
  }
  return [];
}

/** A row with its times read. */
type TimedRow = RosterRow & { start: number; end: number };

/** Rows that cannot be judged (malformed, an unknown pattern, ending before they start), and the rows with times. */
function readableRows(rows: readonly RosterRow[]): { violations: Violation[]; timed: TimedRow[] } {
  const violations: Violation[] = [];
  const timed: TimedRow[] = [];
  for (const row of rows) {
    if (row.problem) {
      violations.push({ rule: row.problem.unknownPattern ? 'unknown_pattern' : 'malformed', line: row.line, person: row.person, column: row.problem.column, text: row.problem.value });
    } else if (row.start !== undefined && row.end !== undefined) {
      if (row.end <= row.start) violations.push({ rule: 'end_before_start', line: row.line, person: row.person, from: row.start, to: row.end });
      else timed.push({ ...row, start: row.start, end: row.end });
    }
  }
  return { violations, timed };
}

/**
 * Overlaps, the 12-hour cap on continuous duty and rest between duties, over one person's rows
 * in time order. Duties are rows joined by overlaps, touching ends, or breaks up to maxBreak;
 * a longer gap must be rest.
 */
export function checkDuties(person: string, list: readonly TimedRow[], rules: Pick<CheckRules, 'minRestMinutes' | 'maxDutyMinutes' | 'maxBreakMinutes'>): Violation[] {
  const violations: Violation[] = [];
  const maxDuty = Math.min(rules.maxDutyMinutes, MAX_CONTINUOUS_DUTY_HOURS * 60);
  const [first] = list;
  if (!first) return violations;
  let duty = { start: first.start, end: first.end, lines: [first.line] };
  const closeDuty = () => {
    if (duty.end - duty.start > maxDuty) {
      violations.push({ rule: 'max_duty', line: lastLine(duty.lines.slice(-1)), person, value: hours(duty.end - duty.start), limit: hours(maxDuty), from: duty.start, to: duty.end, related: duty.lines.slice(0, -1) });
    }
  };
  for (const row of list.slice(1)) {
    const gap = row.start - duty.end;
    if (row.start < duty.end) {
      const earlier = list.find((r) => r !== row && r.start < row.end && row.start < r.end && r.start <= row.start);
      violations.push({ rule: 'overlap', line: row.line, person, from: row.start, to: Math.min(row.end, duty.end), related: earlier ? [earlier.line] : duty.lines });
    }
    if (gap <= rules.maxBreakMinutes) {
      // In place: copying the lines for every row made a long duty quadratic (1M rows: 86 s).
      duty.end = Math.max(duty.end, row.end);
      duty.lines.push(row.line);
      continue;
    }
    if (gap < rules.minRestMinutes) {
      violations.push({ rule: 'min_rest', line: row.line, person, value: hours(gap), limit: hours(rules.minRestMinutes), from: duty.end, to: row.start, related: duty.lines.slice(-1) });
    }
    closeDuty();
    duty = { start: row.start, end: row.end, lines: [row.line] };
  }
  closeDuty();
  return violations;
}

/** Forbidden sequences: pattern `a` one day and `b` the next, on the later row, naming the earlier. */
export function checkSequences(person: string, list: readonly TimedRow[], sequences: NonNullable<CheckRules['sequences']>): Violation[] {
  const { patterns, forbidden } = sequences;
  const violations: Violation[] = [];
  list.forEach((row, i) => {
    const first = patternOf(row, patterns);
    if (!first) return;
    for (const next of list.slice(i + 1)) {
      const dayGap = Math.floor(next.start / DAY) - Math.floor(row.start / DAY);
      if (dayGap > 1) break;
      const second = patternOf(next, patterns);
      if (dayGap === 1 && second && forbidden.some(([a, b]) => a === first && b === second)) {
        violations.push({ rule: 'forbidden_sequence', line: next.line, person, from: row.start, to: next.end, related: [row.line], text: `${first}>${second}` });
      }
    }
  });
  return violations;
}

/**
 * The staff file's rules for one person: known, inside availability, not on a day asked off,
 * within max_hours and min_hours over the window.
 */
export function checkStaffMember(person: string, list: readonly TimedRow[], member: StaffMember | undefined): Violation[] {
  const [first] = list;
  if (!member) return first ? [{ rule: 'unknown_person', line: first.line, person }] : [];
  const violations: Violation[] = [];
  for (const row of list) {
    const early = member.availableFrom !== undefined && row.start < member.availableFrom;
    const late = member.availableTo !== undefined && row.end > member.availableTo;
    if (early || late) violations.push({ rule: 'outside_availability', line: row.line, person, from: row.start, to: row.end });
    for (const day of member.unavailable ?? []) {
      if (row.start < (day + 1) * DAY && row.end > day * DAY) violations.push({ rule: 'unavailable_day', line: row.line, person, from: day * DAY, to: (day + 1) * DAY });
    }
  }
  const worked = list.reduce((sum, row) => sum + row.end - row.start, 0);
  const last = lastLine(list.slice(-1).map((r) => r.line));
  if (member.minHours !== undefined && hours(worked) < member.minHours - 1e-9) {
    violations.push({ rule: 'min_hours', line: last, person, value: hours(worked), limit: member.minHours });
  }
  if (member.maxHours !== undefined && hours(worked) > member.maxHours + 1e-9) {
    violations.push({ rule: 'max_hours', line: last, person, value: hours(worked), limit: member.maxHours, related: list.slice(0, -1).map((r) => r.line) });
  }
  return violations;
}

/** Coverage: each slot with fewer agents on pre-sales than required (line 0). */
export function checkCoverage(timed: readonly RosterRow[], coverage: CoverageRequirement): Violation[] {
  const onDuty = onDutyPerSlot(timed, coverage);
  return coverage.required.flatMap((need, slot) => {
    const from = coverage.start + slot * coverage.slotMinutes;
    const scheduled = onDuty[slot] ?? 0;
    return scheduled < need ? [{ rule: 'short' as const, line: 0, person: '', value: scheduled, limit: need, from, to: from + coverage.slotMinutes }] : [];
  });
}

/** Each person's rows in time order (ties by line). */
function rowsByPerson(timed: readonly TimedRow[]): Map<string, TimedRow[]> {
  const byPerson = new Map<string, TimedRow[]>();
  for (const row of timed) {
    const list = byPerson.get(row.person);
    if (list) list.push(row);
    else byPerson.set(row.person, [row]);
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.start - b.start || a.line - b.line);
  return byPerson;
}

/**
 * Checks every rule and returns the violations in file order.
 *
 * @example checkRoster(rows, { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 120 })
 */
export function checkRoster(rows: readonly RosterRow[], rules: CheckRules, coverage?: CoverageRequirement): Violation[] {
  const { violations, timed } = readableRows(rows);
  const byPerson = rowsByPerson(timed);
  // Loops, not Math.min(...rows): a roster of 100,000 rows would overflow the call stack.
  const period = {
    firstDay: Math.floor(timed.reduce((min, r) => Math.min(min, r.start), Infinity) / DAY),
    lastDay: Math.floor((timed.reduce((max, r) => Math.max(max, r.end), -Infinity) - 1) / DAY),
  };
  const staff = rules.staff ? new Map(rules.staff.map((member) => [member.name, member])) : undefined;
  for (const [person, list] of byPerson) {
    violations.push(...checkDuties(person, list, rules));
    violations.push(...checkWeeklyRules(person, list, rules, period));
    if (rules.sequences) violations.push(...checkSequences(person, list, rules.sequences));
    for (const row of list) violations.push(...checkMealBreak(row, rules.mealBreak));
    violations.push(...checkContractRules(person, list, rules, period, staff?.get(person)));
    if (staff) violations.push(...checkStaffMember(person, list, staff.get(person)));
  }
  // Someone the staff file owes hours who has no shift at all.
  for (const member of rules.staff ?? []) {
    if (member.minHours !== undefined && member.minHours > 0 && !byPerson.has(member.name)) {
      violations.push({ rule: 'min_hours', line: 0, person: member.name, value: 0, limit: member.minHours });
    }
  }
  if (coverage) violations.push(...checkCoverage(timed, coverage));
  return violations.sort((a, b) => (a.line || Infinity) - (b.line || Infinity) || (a.from ?? 0) - (b.from ?? 0));
}
