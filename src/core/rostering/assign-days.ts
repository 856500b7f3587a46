/**
 * The second half of the everyday decomposition: gives the counted shifts to people, day by
 * day, keeping every person-level rule. Each shift goes to an eligible person — preferring
 * someone who asked for its pattern, then whoever has worked least (which keeps hours
 * balanced), then someone on that pattern already (stability). A shift nobody can take stays unassigned and counts
 * as unmet demand.
 */
import { mondayOf } from '../time/clock.js';
import { dayLimits, exceedsLimit, limitsByDay } from './day-rules.js';
import { lexicographicallyLess } from './assign.js';
import type { ShiftCandidate } from '../scheduling/candidates.js';
import { overlapsBlocked } from '../scheduling/model.js';
import type { PersonLimits, PersonRules } from '../scheduling/person-model.js';

export interface DayAssignment {
  person: number;
  candidate: number;
}

export interface AssignDaysProblem {
  candidates: readonly ShiftCandidate[];
  /** Calendar day (epoch days) each candidate starts on. */
  candidateDays: readonly number[];
  /** How many people work each candidate. */
  counts: readonly number[];
  people: readonly PersonLimits[];
  rules: PersonRules;
  slotsPerDay: number;
  firstDay: number;
}

/** One person and what they have been given so far. */
interface Given {
  /** Index in `people`. */
  p: number;
  person: PersonLimits;
  lastEnd: number;
  worked: number;
  days: Set<number>;
  patterns: Map<string, number>;
  /** Pattern worked on each start day, for forbidden sequences. */
  patternOnDay: Map<number, string>;
  /** Slots worked in each week, by its Monday. */
  weekSlots: Map<number, number>;
}

/** A candidate with its index, the calendar day it starts on and how many people work it. */
interface Shift extends ShiftCandidate {
  index: number;
  startDay: number;
  count: number;
  /** The pattern's name, '' without one (as preferences and counts see it). */
  name: string;
}

/** The calendar of the problem: the days a candidate touches, and its slots in a week. */
function dayCalendar(problem: AssignDaysProblem) {
  const { candidates } = problem;
  const dayOfSlot = (slot: number) => problem.firstDay + Math.floor(slot / problem.slotsPerDay);
  const touchedDays = (c: ShiftCandidate) => {
    const days: number[] = [];
    for (let day = dayOfSlot(c.start); day <= dayOfSlot(c.start + c.length - 1); day++) days.push(day);
    return days;
  };
  const lastDay =
    problem.firstDay + Math.ceil(Math.max(0, ...candidates.map((c) => c.start + c.length)) / problem.slotsPerDay) - 1;
  const slotsInWeek = (c: ShiftCandidate, monday: number) => {
    const from = (monday - problem.firstDay) * problem.slotsPerDay;
    return Math.max(0, Math.min(from + 7 * problem.slotsPerDay, c.start + c.length) - Math.max(from, c.start));
  };
  return { touchedDays, lastDay, slotsInWeek };
}

/**
 * Whether a person may take a shift after what they were given: inside their window and not
 * on a day asked off, within max_hours, rest, one start a day, no forbidden sequence, the day
 * limits (days off in every 7 days, days in a row) and hours a week.
 */
function dayEligibility(
  problem: AssignDaysProblem,
  shifts: readonly Shift[],
  calendar: ReturnType<typeof dayCalendar>,
) {
  const { rules } = problem;
  const { touchedDays, slotsInWeek } = calendar;
  const forbidden = rules.forbidden ?? [];
  const byDay = limitsByDay(dayLimits(rules, problem.firstDay, calendar.lastDay));
  // The day limits whose period holds a day the shift touches.
  const concerned = new Map(
    shifts.map((c) => [c, [...new Set(touchedDays(c).flatMap((day) => byDay.get(day) ?? []))]]),
  );
  return (me: Given, c: Shift): boolean => {
    const { person } = me;
    if (c.start < person.fromSlot || c.start + c.length > person.toSlot || overlapsBlocked(c, person.blocked))
      return false;
    if (me.worked + c.length > (person.maxSlots ?? Infinity)) return false;
    if (c.start - me.lastEnd < rules.restSlots) return false;
    if (me.days.has(c.startDay)) return false;
    const yesterday = me.patternOnDay.get(c.startDay - 1);
    if (forbidden.some(([from, to]) => from === yesterday && to === c.pattern)) return false;
    const days = touchedDays(c);
    if (
      (concerned.get(c) ?? []).some((period) => exceedsLimit(period, (day) => me.days.has(day) || days.includes(day)))
    )
      return false;
    const most = rules.maxSlotsPerWeek;
    if (most === undefined) return true;
    return [...new Set(days.map((day) => mondayOf(day)))].every(
      (monday) => (me.weekSlots.get(monday) ?? 0) + slotsInWeek(c, monday) <= most,
    );
  };
}

/** The eligible person a shift goes to: one who prefers its pattern, then fewest slots worked, then most of that pattern, then file order. */
function bestPerson(state: readonly Given[], eligible: (me: Given, c: Shift) => boolean, c: Shift): Given | undefined {
  let best: Given | undefined;
  let bestScore: number[] = [];
  for (const me of state) {
    if (!eligible(me, c)) continue;
    const prefers = me.person.prefers;
    const score = [
      prefers?.length ? (prefers.includes(c.name) ? 0 : 1) : 0.5,
      me.worked,
      -(me.patterns.get(c.name) ?? 0),
    ];
    if (!best || lexicographicallyLess(score, bestScore)) {
      best = me;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Assigns counted shifts to people under the person-level rules (greedy, in start order).
 *
 * @returns the assignments and, per candidate, how many of its shifts nobody could take
 * @example assignDays({ candidates: [{ start: 9, length: 8, pattern: 'day' }], candidateDays: [0], counts: [1], people: [{ fromSlot: 0, toSlot: 24 }], rules: { restSlots: 10, daysOffPerWeek: 0 }, slotsPerDay: 24, firstDay: 0 }).assignments // [{ person: 0, candidate: 0 }]
 */
export function assignDays(problem: AssignDaysProblem): { assignments: DayAssignment[]; unassigned: number[] } {
  const state: Given[] = problem.people.map((person, p) => ({
    p,
    person,
    lastEnd: -Infinity,
    worked: 0,
    days: new Set(),
    patterns: new Map(),
    patternOnDay: new Map(),
    weekSlots: new Map(),
  }));
  const shifts: Shift[] = problem.candidates.map((c, index) => ({
    ...c,
    index,
    startDay: problem.candidateDays[index] ?? 0,
    count: problem.counts[index] ?? 0,
    name: c.pattern ?? '',
  }));
  const calendar = dayCalendar(problem);
  const eligible = dayEligibility(problem, shifts, calendar);
  const assignments: DayAssignment[] = [];
  const unassigned = shifts.map(() => 0);
  for (const c of [...shifts].sort((a, b) => a.start - b.start || a.index - b.index)) {
    for (let k = 0; k < c.count; k++) {
      const me = bestPerson(state, eligible, c);
      if (!me) {
        unassigned[c.index] = (unassigned[c.index] ?? 0) + 1;
        continue;
      }
      assignments.push({ person: me.p, candidate: c.index });
      me.lastEnd = c.start + c.length;
      me.worked += c.length;
      for (const day of calendar.touchedDays(c)) me.days.add(day);
      me.patterns.set(c.name, (me.patterns.get(c.name) ?? 0) + 1);
      me.patternOnDay.set(c.startDay, c.name);
      for (const monday of new Set(calendar.touchedDays(c).map((day) => mondayOf(day)))) {
        me.weekSlots.set(monday, (me.weekSlots.get(monday) ?? 0) + calendar.slotsInWeek(c, monday));
      }
    }
  }
  return { assignments, unassigned };
}
