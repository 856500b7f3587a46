/**
 * Person by person, inside the group model, for the staff groups whose pay depends on each
 * person's week. The group model counts how many of a group work each shift; overtime is paid
 * on one person's hours past a weekly threshold, and how a group's hours fall on its people
 * decides it (a 12-hour and an 8-hour shift on one person is 2.86 h of overtime in a 3-day week
 * of 17.14 h; on two people it is none). So these groups' shifts are given to their people in
 * the model itself: y[p][j] = 1 when person p works shift column j. Every rule the assignment
 * keeps is a row here, each a named family, so the model's people are the roster's people.
 */
import type { LinearModel, StaffGroup } from '../scheduling/model.js';
import type { ShiftCandidate } from '../scheduling/candidates.js';
import { shiftDays, type AssignDayRules, type Person } from './assign.js';

/** Overtime weeks: each candidate shift counts in the week of the day it starts. */
export interface OvertimeWeeks {
  /** Week index (0, 1, …) of each candidate. */
  weekOfCandidate: readonly number[];
  /** Slots a person works in each week before overtime starts (fractional for part weeks). */
  thresholdSlots: readonly number[];
}

/** One person's columns: which shift column each y stands for, and the overtime per week. */
export interface PersonShiftColumns {
  person: string;
  group: number;
  /** y columns: `column` is the group model's shift column the person would work, `candidate` its shift. */
  shifts: { column: number; y: number; candidate: number }[];
  /** The person's overtime slots per week (column), priced in the cost objective. */
  overtime: number[];
}

/** Appends columns and rows to a LinearModel, with zeros in every objective. */
export function modelAppender(model: LinearModel) {
  return {
    column(upper: number, integer: boolean): number {
      model.colLower.push(0);
      model.colUpper.push(upper);
      model.integrality.push(integer ? 1 : 0);
      for (const objective of model.objectives) objective.push(0);
      model.numCols += 1;
      return model.numCols - 1;
    },
    row(lower: number, upper: number, indices: number[], values: number[] = indices.map(() => 1)): void {
      if (indices.length > 0) model.rows.push({ lower, upper, indices, values });
    },
  };
}
type Appender = ReturnType<typeof modelAppender>;

/** A person's shift options: y column, the candidate it stands for. */
type Options = readonly { y: number; candidate: ShiftCandidate }[];

/**
 * Rest between shifts: at any moment a person is on at most one shift or its rest after it.
 * The intervals [start, end + rest) that hold a moment all hold the latest start before it,
 * so one row per start suffices.
 */
export function restBetweenShifts(add: Appender, options: Options, restSlots: number): void {
  const starts = [...new Set(options.map((o) => o.candidate.start))];
  for (const t of starts) {
    add.row(-Infinity, 1, options.filter(({ candidate: c }) => c.start <= t && t < c.start + c.length + restSlots).map((o) => o.y));
  }
}

/** The hours limit over the window (max_hours). */
export function mostSlots(add: Appender, options: Options, maxSlots: number | undefined): void {
  if (maxSlots !== undefined) add.row(-Infinity, maxSlots, options.map((o) => o.y), options.map((o) => o.candidate.length));
}

/**
 * The day rules: one shift start a calendar day; in each period of `rules.limits`, at most its
 * limit of days worked (a day is worked when any shift touches it); at most `maxSlotsPerWeek`
 * slots in a Monday–Sunday week.
 */
export function dayRulesOfPerson(add: Appender, options: Options, rules: AssignDayRules): void {
  const startsOn = new Map<number, number[]>();
  const touching = new Map<number, number[]>();
  const weekly = new Map<number, { indices: number[]; values: number[] }>();
  for (const { y, candidate } of options) {
    const { days, weekSlots } = shiftDays(candidate, rules);
    const first = days[0] ?? 0;
    startsOn.set(first, [...(startsOn.get(first) ?? []), y]);
    for (const day of days) touching.set(day, [...(touching.get(day) ?? []), y]);
    for (const [monday, slots] of weekSlots) {
      const entry = weekly.get(monday) ?? { indices: [], values: [] };
      entry.indices.push(y);
      entry.values.push(slots);
      weekly.set(monday, entry);
    }
  }
  for (const ys of startsOn.values()) add.row(-Infinity, 1, ys);
  // worked[d] ≥ every y touching d (binary: the day counts once, however many shifts touch it).
  const worked = new Map<number, number>();
  for (const [day, ys] of touching) {
    const w = add.column(1, true);
    worked.set(day, w);
    for (const y of ys) add.row(0, Infinity, [w, y], [1, -1]);
  }
  for (const period of rules.limits) {
    const days: number[] = [];
    for (let day = period.from; day <= period.to; day++) {
      const w = worked.get(day);
      if (w !== undefined) days.push(w);
    }
    if (days.length > period.limit) add.row(-Infinity, period.limit, days);
  }
  const most = rules.maxSlotsPerWeek;
  if (most !== undefined) for (const { indices, values } of weekly.values()) add.row(-Infinity, most, indices, values);
}

/**
 * Overtime per week: a column at least the person's slots in the week less its threshold (and
 * at least 0), priced at `extraPerSlot` in the cost objective: at the optimum, exactly the
 * slots past the threshold.
 *
 * @returns the overtime column of each week (index as in `weeks.thresholdSlots`)
 */
export function overtimePerWeek(add: Appender, options: readonly { y: number; candidate: ShiftCandidate; index: number }[], weeks: OvertimeWeeks, cost: number[], extraPerSlot: number): number[] {
  return weeks.thresholdSlots.map((threshold, week) => {
    const mine = options.filter((o) => weeks.weekOfCandidate[o.index] === week);
    const column = add.column(Infinity, false);
    cost[column] = extraPerSlot;
    add.row(-Infinity, threshold, [...mine.map((o) => o.y), column], [...mine.map((o) => o.candidate.length), -1]);
    return column;
  });
}

/**
 * Gives the shifts of the groups with an overtime price to their people inside the model (see
 * the file's comment): y columns linked to the group's shift counts, each person's rules, each
 * person's overtime in the cost objective. (Rows ordering a group's alike people by hours,
 * to break their symmetry, made the Double 11 hiring run slower: 4.1 s → 8.0 s; HiGHS finds
 * the symmetry itself.)
 *
 * @param shiftColumns the group model's shift columns (candidate and group of each)
 * @param people everyone, with their group
 * @returns the columns of each person of those groups; [] when no group has an overtime price
 */
export function addPersonShifts(
  model: LinearModel, shiftColumns: readonly { candidate: number; group: number }[], candidates: readonly ShiftCandidate[],
  groups: readonly StaffGroup[], people: readonly Person[],
  settings: { restSlots: number; dayRules?: AssignDayRules; overtime: OvertimeWeeks },
): PersonShiftColumns[] {
  const costIndex = model.objectiveNames.indexOf('cost');
  const cost = model.objectives[costIndex];
  if (!cost) return [];
  const add = modelAppender(model);
  const result: PersonShiftColumns[] = [];
  groups.forEach((group, g) => {
    const extra = group.overtimeExtraPerSlot ?? 0;
    if (!(extra > 0)) return;
    const mine = shiftColumns.flatMap((shift, column) => (shift.group === g ? [{ column, index: shift.candidate }] : []));
    const members = people.filter((p) => p.group === g);
    const ysOfColumn = new Map<number, number[]>(mine.map(({ column }) => [column, []]));
    for (const person of members) {
      const options = mine.flatMap(({ column, index }) => {
        const candidate = candidates[index];
        if (!candidate) return [];
        const y = add.column(1, true);
        ysOfColumn.get(column)?.push(y);
        return [{ y, candidate, index, column }];
      });
      restBetweenShifts(add, options, settings.restSlots);
      mostSlots(add, options, person.maxSlots);
      if (settings.dayRules) dayRulesOfPerson(add, options, settings.dayRules);
      const overtime = overtimePerWeek(add, options, settings.overtime, cost, extra);
      result.push({ person: person.name, group: g, shifts: options.map(({ column, y, index }) => ({ column, y, candidate: index })), overtime });
    }
    // The group's count of each shift is its people's.
    for (const [column, ys] of ysOfColumn) add.row(0, 0, [column, ...ys], [1, ...ys.map(() => -1)]);
  });
  return result;
}

