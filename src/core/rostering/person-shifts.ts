/**
 * Person by person, inside the group model, for the staff groups whose pay depends on each
 * person's week. The group model counts how many of a group work each shift; overtime is paid
 * on one person's hours past a weekly threshold, and how a group's hours fall on its people
 * decides it (a 12-hour and an 8-hour shift on one person is 2.86 h of overtime in a 3-day week
 * of 17.14 h; on two people it is none). So these groups' shifts are given to their people in
 * the model itself: y[p][j] = 1 when person p works shift column j. Every rule the assignment
 * keeps is a row here, each a named family, so the model's people are the roster's people.
 */
import type { StaffGroup } from '../scheduling/model.js';
import { columnAt, extendModel, type LinearModel } from '../scheduling/linear-model.js';
import type { ShiftCandidate } from '../scheduling/candidates.js';
import { shiftDays, type AssignDayRules, type Person } from './assign.js';
import { exceedsLimit } from './day-rules.js';

/** Overtime weeks: each candidate shift counts in the week of the day it starts. */
export interface OvertimeWeeks {
  /** Week index (0, 1, …) of each candidate. */
  weekOfCandidate: readonly number[];
  /** Slots a person works in each week before overtime starts (fractional for part weeks). */
  thresholdSlots: readonly number[];
}

/** Appends columns and rows to a LinearModel (the shared extendModel), with zeros in every objective; rows without columns are left out. */
export function modelAppender(model: LinearModel) {
  const extend = extendModel(model);
  return {
    column: (upper: number, integer: boolean): number => extend.addColumn(upper, integer),
    row(lower: number, upper: number, indices: number[], values: number[] = indices.map(() => 1)): void {
      if (indices.length > 0) extend.between(lower, upper, indices, values);
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
    add.row(
      -Infinity,
      1,
      options.filter(({ candidate: c }) => c.start <= t && t < c.start + c.length + restSlots).map((o) => o.y),
    );
  }
}

/** The hours limit over the window (max_hours). */
export function mostSlots(add: Appender, options: Options, maxSlots: number | undefined): void {
  if (maxSlots !== undefined)
    add.row(
      -Infinity,
      maxSlots,
      options.map((o) => o.y),
      options.map((o) => o.candidate.length),
    );
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
 * @returns the overtime column of each week holding any of the person's shifts
 */
export function overtimePerWeek(
  add: Appender,
  options: readonly { y: number; candidate: ShiftCandidate; index: number }[],
  weeks: OvertimeWeeks,
  cost: number[],
  extraPerSlot: number,
): number[] {
  return weeks.thresholdSlots.flatMap((threshold, week) => {
    const mine = options.filter((o) => weeks.weekOfCandidate[o.index] === week);
    // A week without any of the person's shifts has no overtime to count.
    if (mine.length === 0) return [];
    const column = add.column(Infinity, false);
    cost[column] = extraPerSlot;
    add.row(-Infinity, threshold, [...mine.map((o) => o.y), column], [...mine.map((o) => o.candidate.length), -1]);
    return [column];
  });
}

/** A group whose people the model holds one by one: how to read its people's shifts and overtime from a solution. */
export interface PeopleOfGroup {
  group: number;
  /** How the group was modelled: a count per whole schedule, or one column per person and shift. */
  form: 'schedules' | 'persons';
  /** Each person's shifts (candidate indices) in a solution, in the staff file's order. */
  shiftsOf(values: ArrayLike<number>): { person: string; candidates: number[] }[];
  /** The overtime premium (¥) a solution pays the group. */
  premium(values: ArrayLike<number>): number;
}

/** The most whole schedules (a person's shifts over the window) a group is modelled by before it is modelled person by person. */
export const MOST_SCHEDULES = 5000;

/**
 * Gives the shifts of the groups with an overtime price to their people inside the model (see
 * the file's comment). Alike people with few possible schedules (a few days of shift patterns)
 * get one count per schedule: how many of them work it, its overtime known in advance — no
 * symmetry among alike people for the solver to wade through (the Double 11 hiring run: 1.5 s
 * against 12 s person by person). Otherwise one column per person and shift.
 *
 * @param shiftColumns the group model's shift columns (candidate and group of each)
 * @param people everyone, with their group
 * @param settings `used`: each group's people-used column, at least those who work; `mostSchedules`: see MOST_SCHEDULES
 * @returns the groups modelled so; [] when no group has an overtime price
 */
export function addPersonShifts(
  model: LinearModel,
  shiftColumns: readonly { candidate: number; group: number }[],
  candidates: readonly ShiftCandidate[],
  groups: readonly StaffGroup[],
  people: readonly Person[],
  settings: {
    restSlots: number;
    dayRules?: AssignDayRules;
    overtime: OvertimeWeeks;
    used?: readonly (number | undefined)[];
    mostSchedules?: number;
  },
): PeopleOfGroup[] {
  const cost = model.objectives[model.objectiveNames.indexOf('cost')];
  if (!cost) return [];
  const add = modelAppender(model);
  return groups.flatMap((group, g) => {
    const extra = group.overtimeExtraPerSlot ?? 0;
    if (!(extra > 0)) return [];
    const options = shiftColumns.flatMap((shift, column) => {
      const candidate = candidates[shift.candidate];
      return shift.group === g && candidate ? [{ column, index: shift.candidate, candidate }] : [];
    });
    const members = people.filter((p) => p.group === g).map((p) => p.name);
    const schedules = groupSchedules(
      options,
      group.maxSlotsPerPerson,
      settings,
      settings.mostSchedules ?? MOST_SCHEDULES,
    );
    const context = {
      add,
      cost,
      extra,
      g,
      members,
      maxSlots: group.maxSlotsPerPerson,
      options,
      used: settings.used?.[g],
    };
    return [schedules ? scheduleColumns(context, schedules, settings.overtime) : personColumns(context, settings)];
  });
}

interface GroupContext {
  add: Appender;
  cost: number[];
  extra: number;
  g: number;
  members: string[];
  /** The hours limit of the group's people (max_hours), in slots. */
  maxSlots: number | undefined;
  options: readonly { column: number; index: number; candidate: ShiftCandidate }[];
  used: number | undefined;
}

/**
 * Every schedule one person of the group may work — shifts in start order with the rest between
 * them, the hours limit, and the day rules — as indices into `options`; undefined when there are
 * more than `most`.
 */
export function groupSchedules(
  options: GroupContext['options'],
  maxSlots: number | undefined,
  settings: { restSlots: number; dayRules?: AssignDayRules },
  most: number,
): number[][] | undefined {
  const order = options
    .map((_, i) => i)
    .sort((a, b) => (options[a]?.candidate.start ?? 0) - (options[b]?.candidate.start ?? 0));
  const rules = settings.dayRules;
  const calendar = options.map((o) => (rules ? shiftDays(o.candidate, rules) : undefined));
  const found: number[][] = [];
  const chain: number[] = [];
  let overflow = false;
  const fits = (i: number): boolean => {
    const next = options[i]?.candidate;
    if (!next) return false;
    const slots = chain.reduce((sum, k) => sum + (options[k]?.candidate.length ?? 0), next.length);
    if (maxSlots !== undefined && slots > maxSlots) return false;
    if (!rules) return true;
    const days = new Set(chain.flatMap((k) => calendar[k]?.days ?? []));
    const starts = new Set(chain.map((k) => calendar[k]?.days[0]));
    const mine = calendar[i];
    if (!mine || starts.has(mine.days[0])) return false;
    for (const day of mine.days) days.add(day);
    if (
      rules.limits.some(
        (period) =>
          mine.days.some((d) => d >= period.from && d <= period.to) && exceedsLimit(period, (d) => days.has(d)),
      )
    )
      return false;
    const most = rules.maxSlotsPerWeek;
    if (most === undefined) return true;
    return [...mine.weekSlots].every(
      ([monday, n]) => chain.reduce((sum, k) => sum + (calendar[k]?.weekSlots.get(monday) ?? 0), n) <= most,
    );
  };
  const extend = (from: number, freeAt: number) => {
    for (let p = from; p < order.length && !overflow; p++) {
      const i = order[p] ?? 0;
      const c = options[i]?.candidate;
      if (!c || c.start < freeAt || !fits(i)) continue;
      chain.push(i);
      found.push([...chain]);
      if (found.length > most) overflow = true;
      extend(p + 1, c.start + c.length + settings.restSlots);
      chain.pop();
    }
  };
  extend(0, -Infinity);
  return overflow ? undefined : found;
}

/** The slots of a set of shifts past each week's threshold (its overtime, in slots). */
function overtimeSlots(shifts: readonly { index: number; candidate: ShiftCandidate }[], weeks: OvertimeWeeks): number {
  const inWeek = weeks.thresholdSlots.map(() => 0);
  for (const { index, candidate } of shifts) {
    const week = weeks.weekOfCandidate[index] ?? 0;
    inWeek[week] = (inWeek[week] ?? 0) + candidate.length;
  }
  return inWeek.reduce((sum, slots, week) => sum + Math.max(0, slots - (weeks.thresholdSlots[week] ?? 0)), 0);
}

/** One count per schedule: how many of the group work it (its overtime priced in advance). */
function scheduleColumns(context: GroupContext, schedules: readonly number[][], weeks: OvertimeWeeks): PeopleOfGroup {
  const { add, cost, extra, g, members, options, used } = context;
  const counts = schedules.map((schedule) => {
    const z = add.column(members.length, true);
    cost[z] =
      extra *
      overtimeSlots(
        schedule.flatMap((i) => options[i] ?? []),
        weeks,
      );
    return z;
  });
  add.row(-Infinity, members.length, counts);
  // The group's count of each shift is the people on schedules holding it.
  options.forEach((option, i) => {
    const holding = schedules.flatMap((schedule, k) => (schedule.includes(i) ? [columnAt(counts, k)] : []));
    add.row(0, 0, [option.column, ...holding], [1, ...holding.map(() => -1)]);
  });
  if (used !== undefined) add.row(0, Infinity, [used, ...counts], [1, ...counts.map(() => -1)]);
  return {
    group: g,
    form: 'schedules',
    shiftsOf(values) {
      const result: { person: string; candidates: number[] }[] = [];
      schedules.forEach((schedule, k) => {
        const n = Math.round(values[counts[k] ?? -1] ?? 0);
        for (let m = 0; m < n; m++) {
          const person = members[result.length];
          if (person !== undefined) result.push({ person, candidates: schedule.map((i) => options[i]?.index ?? -1) });
        }
      });
      return result;
    },
    premium: (values) => counts.reduce((sum, z) => sum + Math.round(values[z] ?? 0) * (cost[z] ?? 0), 0),
  };
}

/** One column per person and shift, with each person's rules as rows. */
function personColumns(
  context: GroupContext,
  settings: { restSlots: number; dayRules?: AssignDayRules; overtime: OvertimeWeeks },
): PeopleOfGroup {
  const { add, cost, extra, g, members, options: shifts, used } = context;
  const working: number[] = [];
  const ysOfColumn = new Map<number, number[]>(shifts.map(({ column }) => [column, []]));
  const persons = members.map((person) => {
    const options = shifts.map(({ column, index, candidate }) => {
      const y = add.column(1, true);
      ysOfColumn.get(column)?.push(y);
      return { y, candidate, index };
    });
    restBetweenShifts(add, options, settings.restSlots);
    mostSlots(add, options, context.maxSlots);
    if (settings.dayRules) dayRulesOfPerson(add, options, settings.dayRules);
    const overtime = overtimePerWeek(add, options, settings.overtime, cost, extra);
    working.push(personWorks(add, options));
    return { person, options, overtime };
  });
  // The group's count of each shift is its people's.
  for (const [column, ys] of ysOfColumn) add.row(0, 0, [column, ...ys], [1, ...ys.map(() => -1)]);
  // The group's people used (ties go to fewer people) counts those who work.
  if (used !== undefined) add.row(0, Infinity, [used, ...working], [1, ...working.map(() => -1)]);
  return {
    group: g,
    form: 'persons',
    shiftsOf: (values) =>
      persons.map(({ person, options }) => ({
        person,
        candidates: options.filter(({ y }) => (values[y] ?? 0) > 0.5).map((o) => o.index),
      })),
    premium: (values) =>
      persons.reduce(
        (sum, { overtime }) => sum + overtime.reduce((s, column) => s + (values[column] ?? 0) * extra, 0),
        0,
      ),
  };
}

/**
 * Whether the person works at all: a 0/1 column at least each of their shift columns.
 *
 * @returns the column
 */
export function personWorks(add: Appender, options: Options): number {
  const works = add.column(1, true);
  for (const { y } of options) add.row(0, Infinity, [works, y], [1, -1]);
  return works;
}
