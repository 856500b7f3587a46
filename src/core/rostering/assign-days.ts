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

/** What one person has been given so far. */
interface Given {
  lastEnd: number;
  worked: number;
  days: Set<number>;
  patterns: Map<string, number>;
  /** Pattern worked on each start day, for forbidden sequences. */
  patternOnDay: Map<number, string>;
  /** Slots worked in each week, by its Monday. */
  weekSlots: Map<number, number>;
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
  const lastDay = problem.firstDay + Math.ceil((Math.max(0, ...candidates.map((c) => c.start + c.length))) / problem.slotsPerDay) - 1;
  const slotsInWeek = (c: ShiftCandidate, monday: number) => {
    const from = (monday - problem.firstDay) * problem.slotsPerDay;
    return Math.max(0, Math.min(from + 7 * problem.slotsPerDay, c.start + c.length) - Math.max(from, c.start));
  };
  return { touchedDays, lastDay, slotsInWeek };
}

/**
 * Whether person p may take candidate i after what they were given: inside their window and not
 * on a day asked off, within max_hours, rest, one start a day, no forbidden sequence, the day
 * limits (days off in every 7 days, days in a row) and hours a week.
 */
function dayEligibility(problem: AssignDaysProblem, state: readonly Given[], calendar: ReturnType<typeof dayCalendar>) {
  const { candidates, people, rules } = problem;
  const { touchedDays, slotsInWeek } = calendar;
  const byDay = limitsByDay(dayLimits(rules, problem.firstDay, calendar.lastDay));
  const concerned = new Map(candidates.map((c, i) => [i, [...new Set(touchedDays(c).flatMap((day) => byDay.get(day) ?? []))]]));
  return (p: number, i: number): boolean => {
    const c = candidates[i];
    const person = people[p];
    const me = state[p];
    if (!c || !person || !me) return false;
    if (c.start < person.fromSlot || c.start + c.length > person.toSlot || overlapsBlocked(c, person.blocked)) return false;
    if (me.worked + c.length > (person.maxSlots ?? Infinity)) return false;
    if (c.start - me.lastEnd < rules.restSlots) return false;
    const startDay = problem.candidateDays[i] ?? 0;
    if (me.days.has(startDay)) return false;
    const yesterday = me.patternOnDay.get(startDay - 1);
    if (yesterday !== undefined && (rules.forbidden ?? []).some(([from, to]) => from === yesterday && to === c.pattern)) return false;
    const days = touchedDays(c);
    if ((concerned.get(i) ?? []).some((period) => exceedsLimit(period, (day) => me.days.has(day) || days.includes(day)))) return false;
    const most = rules.maxSlotsPerWeek;
    if (most === undefined) return true;
    return [...new Set(days.map((day) => mondayOf(day)))].every((monday) => (me.weekSlots.get(monday) ?? 0) + slotsInWeek(c, monday) <= most);
  };
}

/** The eligible person a candidate goes to: one who prefers its pattern, then fewest slots worked, then most of that pattern, then file order. */
function bestPerson(problem: AssignDaysProblem, state: readonly Given[], eligible: (p: number, i: number) => boolean, i: number, c: ShiftCandidate): number {
  let best = -1;
  let bestScore: number[] = [];
  problem.people.forEach((person, p) => {
    if (!eligible(p, i)) return;
    const me = state[p];
    const score = [
      person.prefers?.length ? (person.prefers.includes(c.pattern ?? '') ? 0 : 1) : 0.5,
      me?.worked ?? 0,
      -(me?.patterns.get(c.pattern ?? '') ?? 0),
      p,
    ];
    if (best < 0 || lexicographicallyLess(score, bestScore)) {
      best = p;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Assigns counted shifts to people under the person-level rules (greedy, in start order).
 *
 * @returns the assignments and, per candidate, how many of its shifts nobody could take
 * @example assignDays({ candidates: [{ start: 9, length: 8, pattern: 'day' }], candidateDays: [0], counts: [1], people: [{ fromSlot: 0, toSlot: 24 }], rules: { restSlots: 10, daysOffPerWeek: 0 }, slotsPerDay: 24, firstDay: 0 }).assignments // [{ person: 0, candidate: 0 }]
 */
export function assignDays(problem: AssignDaysProblem): { assignments: DayAssignment[]; unassigned: number[] } {
  const { candidates, people } = problem;
  const state: Given[] = people.map(() => ({ lastEnd: -Infinity, worked: 0, days: new Set(), patterns: new Map(), patternOnDay: new Map(), weekSlots: new Map() }));
  const calendar = dayCalendar(problem);
  const eligible = dayEligibility(problem, state, calendar);
  const assignments: DayAssignment[] = [];
  const unassigned = candidates.map(() => 0);
  const order = candidates.map((_, i) => i).sort((a, b) => (candidates[a]?.start ?? 0) - (candidates[b]?.start ?? 0) || a - b);
  for (const i of order) {
    const c = candidates[i];
    if (!c) continue;
    for (let k = 0; k < (problem.counts[i] ?? 0); k++) {
      const best = bestPerson(problem, state, eligible, i, c);
      const me = state[best];
      if (!me) {
        unassigned[i] = (unassigned[i] ?? 0) + 1;
        continue;
      }
      assignments.push({ person: best, candidate: i });
      me.lastEnd = c.start + c.length;
      me.worked += c.length;
      for (const day of calendar.touchedDays(c)) me.days.add(day);
      me.patterns.set(c.pattern ?? '', (me.patterns.get(c.pattern ?? '') ?? 0) + 1);
      me.patternOnDay.set(problem.candidateDays[i] ?? 0, c.pattern ?? '');
      for (const monday of new Set(calendar.touchedDays(c).map((day) => mondayOf(day)))) {
        me.weekSlots.set(monday, (me.weekSlots.get(monday) ?? 0) + calendar.slotsInWeek(c, monday));
      }
    }
  }
  return { assignments, unassigned };
}
