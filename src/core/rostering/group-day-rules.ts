/**
 * The person's day rules in a roster of staff groups: on the window's calendar, as rows summed
 * over each group in the group model, and as each person's working days planned before the
 * shifts are given out.
 */
import { CsPlanError } from '../../errors.js';
import { MINUTES_PER_DAY } from '../time/clock.js';
import { floorTolerant } from '../numeric.js';
import type { SlotDemand } from '../demand/slots.js';
import { overlapsBlocked, type StaffGroup } from '../scheduling/model.js';
import { extendModel, type LinearModel } from '../scheduling/linear-model.js';
import type { SolveReport, SolveRun } from '../scheduling/highs-solver.js';
import { shiftDays, type AssignDayRules, type Person, type ShiftToStaff } from './assign.js';
import { dayLimits, type DayRules } from './day-rules.js';
import { buildWorkingDaysModel, peopleWantedPerDay } from './working-days.js';

/** Day rules plus hours per Monday–Sunday week, as the roster command reads them. */
export interface PersonDayRules extends DayRules {
  maxHoursPerWeek?: number;
}

/**
 * The day rules on the window's calendar, for the assignment and the model's summed rows;
 * undefined when they constrain nothing (no rule, or a window too short for any period).
 * The periods run to the last day a shift of the model can touch (past the window's end).
 */
export function personDayRules(
  rules: PersonDayRules | undefined,
  demand: Pick<SlotDemand, 'start' | 'slotMinutes'>,
  modelSlots: number,
): AssignDayRules | undefined {
  if (!rules) return undefined;
  const firstDay = Math.floor(demand.start / MINUTES_PER_DAY);
  const lastDay = Math.floor((demand.start + modelSlots * demand.slotMinutes - 1) / MINUTES_PER_DAY);
  const limits = dayLimits(rules, firstDay, lastDay);
  const maxSlotsPerWeek =
    rules.maxHoursPerWeek === undefined ? undefined : floorTolerant((rules.maxHoursPerWeek * 60) / demand.slotMinutes);
  if (limits.length === 0 && maxSlotsPerWeek === undefined) return undefined;
  return {
    startMinute: demand.start,
    slotMinutes: demand.slotMinutes,
    limits,
    ...(maxSlotsPerWeek !== undefined ? { maxSlotsPerWeek } : {}),
  };
}

/**
 * The day rules summed over each staff group, as rows of the group model. Each person starts
 * at most one shift a calendar day (the assignment keeps to that), so the shifts a group
 * starts in a period are at most its size × the days each may work there; likewise a day's
 * starts are at most its size, and a week's slots at most its size × the weekly limit. Every
 * roster that keeps the rules person by person keeps these sums: the rows only cut off counts
 * that no assignment could staff.
 */
export function addDayRuleRows(
  model: LinearModel,
  shifts: readonly { candidate: number; group: number }[],
  candidates: readonly { start: number; length: number }[],
  groups: readonly StaffGroup[] | { peopleColumn: number },
  rules: AssignDayRules,
  restSlots: number,
  usedColumns?: readonly (number | undefined)[],
): void {
  const extend = extendModel(model);
  const addColumn = (upper: number) => extend.addColumn(upper, true);
  const row = (lower: number, upper: number, indices: number[], values: number[]) => {
    if (indices.length > 0) extend.between(lower, upper, indices, values);
  };
  // Limited people: each group's size; unlimited: the model's people count (a column).
  const people = 'peopleColumn' in groups ? groups.peopleColumn : undefined;
  const teams =
    'peopleColumn' in groups ? [{ g: -1, size: Infinity }] : groups.map((group, g) => ({ g, size: group.size }));
  teams.forEach(({ g, size }) => {
    // The people used (a column: unlimited people, or a group's people used when ties go to fewer people).
    const count = people ?? usedColumns?.[g];
    /** Σ values × columns ≤ limit × the team's size (or its people column). */
    const perPerson = (limit: number, indices: number[], values = indices.map(() => 1)) => {
      if (count === undefined) row(-Infinity, size * limit, indices, values);
      else if (indices.length > 0) row(-Infinity, 0, [...indices, count], [...values, -limit]);
    };
    // Shifts by the day they start and each day they touch; their slots in each week.
    const reaching = new Map<string, number[]>();
    const startDay = new Map<number, number[]>();
    // Starts too early in the day for anyone who worked past midnight (rest after it).
    const early = new Map<number, number[]>();
    const weekly = new Map<number, { indices: number[]; values: number[] }>();
    shifts.forEach((shift, column) => {
      const c = candidates[shift.candidate];
      if (shift.group !== g || !c) return;
      const { days, weekSlots } = shiftDays(c, rules);
      const first = days[0] ?? 0;
      startDay.set(first, [...(startDay.get(first) ?? []), column]);
      if (startsEarly(c.start, first, rules, restSlots)) early.set(first, [...(early.get(first) ?? []), column]);
      for (const day of days) reaching.set(`${first}|${day}`, [...(reaching.get(`${first}|${day}`) ?? []), column]);
      for (const [monday, slots] of weekSlots) {
        const entry = weekly.get(monday) ?? { indices: [], values: [] };
        entry.indices.push(column);
        entry.values.push(slots);
        weekly.set(monday, entry);
      }
    });
    for (const columns of startDay.values()) perPerson(1, columns);
    // worked[d]: people of the group working day d. Those who start a shift on one day and
    // reach d are different people (one start a day each), and all of them work d.
    const worked = new Map<number, number>();
    for (const [key, columns] of reaching) {
      const day = Number(key.split('|')[1]);
      let w = worked.get(day);
      if (w === undefined) {
        w = addColumn(size);
        worked.set(day, w);
        if (count !== undefined) perPerson(1, [w]);
      }
      row(0, Infinity, [w, ...columns], [1, ...columns.map(() => -1)]);
    }
    // Those who reach d from a night shift of d − 1 are not the early starters of d.
    for (const [day, w] of worked) {
      const night = reaching.get(`${day - 1}|${day}`) ?? [];
      const columns = [...night, ...(early.get(day) ?? [])];
      if (night.length > 0) row(0, Infinity, [w, ...columns], [1, ...columns.map(() => -1)]);
    }
    for (const period of rules.limits) {
      const columns: number[] = [];
      for (let day = period.from; day <= period.to; day++) {
        const w = worked.get(day);
        if (w !== undefined) columns.push(w);
      }
      perPerson(period.limit, columns);
    }
    if (rules.maxSlotsPerWeek !== undefined)
      for (const { indices, values } of weekly.values()) perPerson(rules.maxSlotsPerWeek, indices, values);
  });
}

/**
 * Whether a shift starting at `start` on `day` begins within the rest period after midnight:
 * nobody whose shift ran past that midnight can have started it.
 *
 * @example startsEarly(5, 0, { startMinute: 0, slotMinutes: 60 }, 10) // true
 */
export function startsEarly(
  start: number,
  day: number,
  calendar: Pick<AssignDayRules, 'startMinute' | 'slotMinutes'>,
  restSlots: number,
): boolean {
  return (
    calendar.startMinute + start * calendar.slotMinutes - day * MINUTES_PER_DAY <= restSlots * calendar.slotMinutes
  );
}

/**
 * Plans each person's working days for the model's shifts (see working-days), group by
 * group; undefined when the day model finds nothing in time (the assignment then goes without).
 */
export async function planWorkingDays(
  shifts: readonly ShiftToStaff[],
  people: readonly Person[],
  groups: readonly StaffGroup[],
  rules: AssignDayRules,
  restSlots: number,
  run: SolveRun,
  seconds: number,
): Promise<Map<string, Set<number>> | undefined> {
  if (rules.limits.length === 0) return undefined;
  const firstDay = Math.min(...rules.limits.map((l) => l.from));
  const lastDay = Math.max(...rules.limits.map((l) => l.to));
  const planned = new Map<string, Set<number>>();
  for (const [g, group] of groups.entries()) {
    const members = people.filter((person) => person.group === g);
    const mine = shifts.filter((shift) => shift.group === g);
    if (members.length === 0 || mine.length === 0) continue;
    const need = peopleWantedPerDay(
      mine.map((shift) => {
        const { days } = shiftDays(shift, rules);
        return { days, early: startsEarly(shift.start, days[0] ?? 0, rules, restSlots) };
      }),
      firstDay,
      lastDay,
    );
    const slotsPerDay = MINUTES_PER_DAY / rules.slotMinutes;
    // Days the group cannot work at all: outside its availability, or asked off.
    const closed = new Set<number>();
    for (let day = firstDay; day <= lastDay; day++) {
      const from = (day * MINUTES_PER_DAY - rules.startMinute) / rules.slotMinutes;
      const to = from + slotsPerDay;
      if (
        to <= group.fromSlot ||
        from >= group.toSlot ||
        overlapsBlocked(
          { start: from, length: slotsPerDay },
          group.blocked?.filter(([a, b]) => a <= from && b >= to),
        )
      )
        closed.add(day);
    }
    const model = buildWorkingDaysModel({
      firstDay,
      lastDay,
      need,
      people: members.map(() => ({ closed })),
      limits: rules.limits,
    });
    let solve: SolveReport;
    try {
      // A plan that is not ready by its limit is not waited for (the assignment goes without):
      // HiGHS can overrun its limit inside a long LP, and the default 5-s grace was a third of
      // the 7-day, ~5,000-agent case.
      solve = await run(model, { timeLimitSeconds: seconds, watchdogGraceSeconds: 1 });
    } catch (error) {
      if (error instanceof CsPlanError && error.key === 'interrupted') throw error;
      return undefined;
    }
    const dayCount = lastDay - firstDay + 1;
    members.forEach((person, p) => {
      const days = new Set<number>();
      for (let i = 0; i < dayCount; i++)
        if (Math.round(solve.values[p * dayCount + i] ?? 0) === 1) days.add(firstDay + i);
      planned.set(person.name, days);
    });
  }
  return planned;
}
