/**
 * The person-level MIP for everyday rosters (weeks and months): one binary per person and
 * shift (a shift pattern placed on a day), so rules about a person's days can be stated —
 * days off per week, days in a row, hours per week, forbidden day-to-day sequences, and a
 * limit on the spread of hours between people. Its size grows with people × days × patterns,
 * which is why campaign rosters (hundreds of agents, free shift times) use the group model.
 *
 * Objectives, solved lexicographically: 1) least unmet demand (agent-slots short)
 * 2) fewest agent-slots 3) with --stable, preferences or --balance-hours min, the soft goals:
 * shifts off each person's usual pattern, weighted shifts outside their preferred patterns,
 * and slots of spread in hours between balanced people.
 */
import type { ShiftCandidate } from './candidates.js';
import { mondayOf } from '../time/clock.js';
import { dayLimits, dayOffPeriods, type WeekMode } from '../rostering/day-rules.js';
import { mostSlotsPerPerson, overlapsBlocked } from './model.js';
import { columnAt, modelBuilder, type LinearModel, type ModelBuilder } from './linear-model.js';
import { insideMealWindow, type MealWindow } from './meal-window.js';
import { isFairKind, type FairKind } from '../rostering/fairness.js';

/** One person: the slots they may work in and their own limits. */
export interface PersonLimits {
  /** First slot they may work (inclusive). */
  fromSlot: number;
  /** Slot by which they must have stopped (exclusive). */
  toSlot: number;
  /** Most slots in the window (max_hours). */
  maxSlots?: number;
  /** Whether the person is held to the hours spread (people on the same full contract). */
  balanced?: boolean;
  /** Slot ranges [from, to) the person cannot work in (whole days off asked for). */
  blocked?: readonly (readonly [number, number])[];
  /** Pattern names the person prefers; a shift on any other pattern is a soft miss. */
  prefers?: readonly string[];
  /** Least slots in the window (min_hours, the contract's minimum). */
  minSlots?: number;
  /** Held to the weekly contract rules (work days, minimum hours a week): people without max_hours. */
  contract?: boolean;
}

export interface PersonRules {
  /** Least rest between two shifts of one person, in slots. */
  restSlots: number;
  /** Whole calendar days off in every 7 days in a row, or each full Monday–Sunday week (0: none). */
  daysOffPerWeek: number;
  /** Which 7-day periods (see day-rules): rolling (default) or Monday–Sunday weeks. */
  week?: WeekMode;
  /** Most calendar days worked in a row. */
  maxConsecutiveDays?: number;
  /** Most slots in one Monday–Sunday week. */
  maxSlotsPerWeek?: number;
  /** Pattern pairs [first, next] that one person may not work on consecutive days. */
  forbidden?: readonly (readonly [string, string])[];
  /** Most difference in slots worked between any two people marked `balanced`. */
  maxSpreadSlots?: number;
  /** Make that difference a soft goal as well: each slot of it counts 1. */
  minimiseSpread?: boolean;
  /** A meal break inside long shifts (not counted as coverage). */
  meal?: MealBreakRule;
  /** Prefer each person on one pattern: shifts off their usual pattern count in the soft goals. */
  stable?: boolean;
  /** Contract: exactly this many days worked in each 7-day period (as days off count them) a person is available all of. */
  workDaysPerWeek?: number;
  /** Contract: days off come at least this many in a row (2: no single day off between working days). */
  daysOffTogether?: number;
  /** Contract: at least this many slots in each Monday–Sunday week a person is available all of. */
  minSlotsPerWeek?: number;
  /** Soft: spread these shifts evenly among balanced people (each shift of spread counts 1). */
  fair?: readonly FairKind[];
  /** Weight of a shift outside a person's `prefers` in the soft goals (a pattern change weighs 1). */
  prefersWeight?: number;
}

/** One break of `breakSlots` in every shift longer than `maxWorkSlots`, so no stretch of work is longer. */
export interface MealBreakRule {
  breakSlots: number;
  maxWorkSlots: number;
  /** Breaks only inside these clock windows (with `slotMinutes` and `startMinute` of slot 0 to read the clock). */
  windows?: readonly MealWindow[];
  slotMinutes?: number;
  startMinute?: number;
}

/**
 * Where a shift's break may start, as offsets from its start: at least one slot of work before
 * and after it, and no stretch of work longer than the rule allows. Empty when the shift needs
 * no break; undefined when one break cannot keep both stretches short enough.
 *
 * With meal windows, only offsets whose whole break lies inside one (`start` is the shift's
 * first slot, read on the clock through the rule's `startMinute` and `slotMinutes`).
 *
 * @example breakOffsets(17, { breakSlots: 2, maxWorkSlots: 8 }) // [7, 8] (30-min slots: 8.5 h, 1 h break after at most 4 h)
 */
export function breakOffsets(length: number, rule: MealBreakRule, start = 0): number[] | undefined {
  if (length <= rule.maxWorkSlots) return [];
  const earliest = Math.max(1, length - rule.breakSlots - rule.maxWorkSlots);
  const latest = Math.min(rule.maxWorkSlots, length - rule.breakSlots - 1);
  if (latest < earliest) return undefined;
  const offsets = Array.from({ length: latest - earliest + 1 }, (_, i) => earliest + i);
  const { windows, slotMinutes = 60, startMinute = 0 } = rule;
  if (!windows) return offsets;
  // Only where the whole break falls inside a meal window; none left is as bad as no fit.
  const inside = offsets.filter((offset) =>
    insideMealWindow(startMinute + (start + offset) * slotMinutes, rule.breakSlots * slotMinutes, windows),
  );
  return inside.length > 0 ? inside : undefined;
}

/** The soft goals as one cost vector, from (column, cost) terms that may repeat a column. */
function softGoals(numCols: number, terms: readonly [number, number][]): number[] {
  const costs = new Array<number>(numCols).fill(0);
  for (const [column, value] of terms) costs[column] = (costs[column] ?? 0) + value;
  return costs;
}

/** How many of the people on a candidate shift break at each allowed offset. */
export interface BreakColumns {
  candidate: number;
  offsets: number[];
  columns: number[];
}

export interface PersonProblem {
  required: readonly number[];
  /** Shift candidates from patterns; each must carry its pattern name. */
  candidates: readonly ShiftCandidate[];
  /** Calendar day (epoch days) on which each candidate starts. */
  candidateDays: readonly number[];
  people: readonly PersonLimits[];
  rules: PersonRules;
  /** Slots per calendar day and the epoch day of slot 0 (the window starts at midnight). */
  slotsPerDay: number;
  firstDay: number;
}

/**
 * The slots of each candidate inside each Monday–Sunday week of the window: a Sunday night
 * shift is split at midnight, as check counts hours.
 */
export function slotsPerWeek(
  problem: Pick<PersonProblem, 'candidates' | 'firstDay' | 'slotsPerDay' | 'required'>,
): { monday: number; candidates: number[]; slots: number[] }[] {
  const lastDay = problem.firstDay + Math.ceil(problem.required.length / problem.slotsPerDay) - 1;
  const weeks: { monday: number; candidates: number[]; slots: number[] }[] = [];
  for (let monday = mondayOf(problem.firstDay); monday <= lastDay; monday += 7) {
    const from = (monday - problem.firstDay) * problem.slotsPerDay;
    const to = from + 7 * problem.slotsPerDay;
    const overlap = problem.candidates.map((c) =>
      Math.max(0, Math.min(to, c.start + c.length) - Math.max(from, c.start)),
    );
    const list = problem.candidates.flatMap((_, i) => ((overlap[i] ?? 0) > 0 ? [i] : []));
    weeks.push({ monday, candidates: list, slots: list.map((i) => overlap[i] ?? 0) });
  }
  return weeks;
}

/**
 * Coverage rows with a shortfall column per slot: people on a candidate cover its slots,
 * except while on their meal break. Breaks are interchangeable among the people on one shift,
 * so the model counts how many of them break at each allowed offset (exact, and far smaller
 * than a break per person).
 *
 * @param staffing the columns whose sum is the number of people on candidate i
 */
export function addCoverage(
  builder: ModelBuilder,
  required: readonly number[],
  candidates: readonly ShiftCandidate[],
  staffing: (candidate: number) => number[],
  meal?: MealBreakRule,
): { shortfall: number[]; breaks: BreakColumns[] } {
  const { rows, addColumn } = builder;
  const covering = required.map(() => [] as number[]);
  const onBreak = required.map(() => [] as number[]);
  const breaks: BreakColumns[] = [];
  candidates.forEach((c, i) => {
    const staffed = staffing(i);
    for (let t = c.start; t < c.start + c.length; t++) covering[t]?.push(...staffed);
    const offsets = meal ? (breakOffsets(c.length, meal, c.start) ?? []) : [];
    if (!meal || offsets.length === 0) return;
    const columns = offsets.map(() => addColumn(Infinity, true));
    rows.push({
      lower: 0,
      upper: 0,
      indices: [...columns, ...staffed],
      values: [...columns.map(() => 1), ...staffed.map(() => -1)],
    });
    offsets.forEach((offset, k) => {
      for (let t = c.start + offset; t < c.start + offset + meal.breakSlots; t++)
        onBreak[t]?.push(columnAt(columns, k));
    });
    breaks.push({ candidate: i, offsets, columns });
  });
  const shortfall = required.map((need) => addColumn(need, false));
  required.forEach((need, t) => {
    if (need <= 0) return;
    const on = covering[t] ?? [];
    const off = onBreak[t] ?? [];
    rows.push({
      lower: need,
      upper: Infinity,
      indices: [...on, ...off, columnAt(shortfall, t)],
      values: [...on.map(() => 1), ...off.map(() => -1), 1],
    });
  });
  return { shortfall, breaks };
}

/**
 * What the rules say about the candidates, worked out once and applied to every person by the
 * constraint families below.
 */
export interface PersonRuleFacts {
  problem: PersonProblem;
  /** Calendar days (epoch days) on which some candidate starts, in order. */
  days: number[];
  /** The candidates starting on each day. */
  byDay: Map<number, number[]>;
  /** Calendar days each candidate touches: a night shift 20:00–04:00 uses two. */
  touched: number[][];
  /** The last calendar day of the window. */
  lastDay: number;
  /** Days that a night shift from the day before reaches. */
  reachedFromBefore: Set<number>;
  /** Whether the day rules count a day as worked exactly (lower bounds need that), not only at least. */
  exactDays: boolean;
  /** Whether any rule counts worked days. */
  needsDays: boolean;
}

/** The facts the constraint families share, from the problem. */
export function personRuleFacts(problem: PersonProblem): PersonRuleFacts {
  const { candidates, rules } = problem;
  const days = [...new Set(problem.candidateDays)].sort((a, b) => a - b);
  const touched = candidates.map((c, i) => {
    const first = problem.candidateDays[i] ?? 0;
    const last = problem.firstDay + Math.floor((c.start + c.length - 1) / problem.slotsPerDay);
    return Array.from({ length: Math.max(1, last - first + 1) }, (_, k) => first + k);
  });
  const byDay = new Map(
    days.map((day) => [day, candidates.flatMap((_, c) => (problem.candidateDays[c] === day ? [c] : []))]),
  );
  const exactDays = rules.workDaysPerWeek !== undefined || (rules.daysOffTogether ?? 1) > 1;
  return {
    problem,
    days,
    byDay,
    touched,
    exactDays,
    lastDay: problem.firstDay + Math.ceil(problem.required.length / problem.slotsPerDay) - 1,
    reachedFromBefore: new Set(touched.flatMap((list) => list.slice(1))),
    needsDays: rules.daysOffPerWeek > 0 || rules.maxConsecutiveDays !== undefined || exactDays,
  };
}

/** One person's shift columns: `col(c)` is "this person works candidate c". */
type ShiftColumn = (candidate: number) => number;

/** One shift a day: at most one of the candidates starting on each day. */
export function oneShiftPerDay(b: ModelBuilder, facts: PersonRuleFacts, col: ShiftColumn): void {
  for (const list of facts.byDay.values()) b.atMost(1, list.map(col));
}

/**
 * Pairs one person cannot both work, on different days (same-day pairs are one shift a day's):
 * too little rest between them, or a forbidden sequence (pattern `from` one day, `to` the next).
 */
export function exclusivePairs(facts: PersonRuleFacts): { rest: [number, number][]; forbidden: [number, number][] } {
  const { candidates, rules, candidateDays } = facts.problem;
  const dayOf = (c: number) => candidateDays[c] ?? 0;
  const rest: [number, number][] = [];
  const forbidden: [number, number][] = [];
  candidates.forEach((a, i) => {
    candidates.forEach((b, j) => {
      if (j <= i || dayOf(j) === dayOf(i)) return;
      const [first, second] = a.start <= b.start ? [a, b] : [b, a];
      if (second.start - (first.start + first.length) < rules.restSlots) rest.push([i, j]);
      else if (
        (rules.forbidden ?? []).some(
          ([from, to]) =>
            (a.pattern === from && b.pattern === to && dayOf(j) === dayOf(i) + 1) ||
            (b.pattern === from && a.pattern === to && dayOf(i) === dayOf(j) + 1),
        )
      ) {
        forbidden.push([i, j]);
      }
    });
  });
  return { rest, forbidden };
}

/** Rest between shifts, and forbidden sequences: at most one shift of each exclusive pair. */
export function restBetweenShifts(
  b: ModelBuilder,
  pairs: readonly (readonly [number, number])[],
  col: ShiftColumn,
): void {
  for (const [i, j] of pairs) b.atMost(1, [col(i), col(j)]);
}

/**
 * The columns that say whether the person works each day. A day that only shifts starting on
 * it touch is worked exactly when one of them is taken (one shift a day). A day that a night
 * shift from the day before reaches gets a variable: worked[d] ≥ every shift touching d, and,
 * for the rules with lower bounds (`exactDays`), worked[d] ≤ the shifts touching d.
 */
export function workedDays(b: ModelBuilder, facts: PersonRuleFacts, col: ShiftColumn): Map<number, number[]> {
  const worked = new Map<number, number[]>();
  if (!facts.needsDays) return worked;
  for (const day of facts.days)
    if (!facts.reachedFromBefore.has(day)) worked.set(day, (facts.byDay.get(day) ?? []).map(col));
  for (const day of facts.reachedFromBefore) {
    const w = b.addColumn(1, false);
    worked.set(day, [w]);
    const reaching = facts.touched.flatMap((list, c) => (list.includes(day) ? [col(c)] : []));
    for (const shift of reaching) b.atLeast(0, [w, shift], [1, -1]);
    if (facts.exactDays) b.atMost(0, [w, ...reaching], [1, ...reaching.map(() => -1)]);
  }
  return worked;
}

/** The worked-day columns of days from…to. */
function workedIn(worked: ReadonlyMap<number, number[]>, from: number, to: number): number[] {
  return [...worked].flatMap(([day, list]) => (day >= from && day <= to ? list : []));
}

/** Days off in every 7 days and most days in a row: at most `limit` worked days in each window (see dayLimits). */
export function daysWorkedLimits(
  b: ModelBuilder,
  windows: readonly { limit: number; from: number; to: number }[],
  worked: ReadonlyMap<number, number[]>,
): void {
  for (const { limit, from, to } of windows) b.atMost(limit, workedIn(worked, from, to));
}

/** Whether the person can work all of days from…to (inside availability, no day asked off). */
function openAll(facts: PersonRuleFacts, person: PersonLimits, from: number, to: number): boolean {
  const { firstDay, slotsPerDay } = facts.problem;
  const start = (from - firstDay) * slotsPerDay;
  const end = (to + 1 - firstDay) * slotsPerDay;
  return (
    start >= person.fromSlot && end <= person.toSlot && !overlapsBlocked({ start, length: end - start }, person.blocked)
  );
}

/**
 * Hours a week: at most `maxSlotsPerWeek` in each Monday–Sunday week, and, for a person on
 * contract available all of a week inside the window, at least `minSlotsPerWeek`.
 */
export function hoursPerWeek(
  b: ModelBuilder,
  facts: PersonRuleFacts,
  weeks: ReturnType<typeof slotsPerWeek>,
  person: PersonLimits,
  col: ShiftColumn,
): void {
  const { rules, firstDay } = facts.problem;
  for (const week of weeks) {
    if (rules.maxSlotsPerWeek !== undefined) b.atMost(rules.maxSlotsPerWeek, week.candidates.map(col), week.slots);
    const whole = week.monday >= firstDay && week.monday + 6 <= facts.lastDay;
    if (
      rules.minSlotsPerWeek !== undefined &&
      person.contract &&
      openAll(facts, person, week.monday, week.monday + 6) &&
      whole
    ) {
      b.atLeast(rules.minSlotsPerWeek, week.candidates.map(col), week.slots);
    }
  }
}

/** Contract work days: exactly `workDaysPerWeek` worked days in each period the person is available all of. */
export function workDaysPerWeek(
  b: ModelBuilder,
  facts: PersonRuleFacts,
  periods: readonly { from: number; to: number }[],
  person: PersonLimits,
  worked: ReadonlyMap<number, number[]>,
): void {
  const days = facts.problem.rules.workDaysPerWeek;
  if (days === undefined || !person.contract) return;
  for (const { from, to } of periods) if (openAll(facts, person, from, to)) b.equal(days, workedIn(worked, from, to));
}

/** Days off at least k in a row: a day off that follows a worked day is followed by k − 1 more. */
export function daysOffTogether(b: ModelBuilder, facts: PersonRuleFacts, worked: ReadonlyMap<number, number[]>): void {
  const together = facts.problem.rules.daysOffTogether ?? 1;
  for (let day = facts.problem.firstDay + 1; together > 1 && day <= facts.lastDay; day++) {
    for (let j = 1; j < together && day + j <= facts.lastDay; j++) {
      const terms: [number[], number][] = [
        [worked.get(day - 1) ?? [], 1],
        [worked.get(day) ?? [], -1],
        [worked.get(day + j) ?? [], 1],
      ];
      b.atMost(
        1,
        terms.flatMap(([list]) => list),
        terms.flatMap(([list, sign]) => list.map(() => sign)),
      );
    }
  }
}

/** The person's own hours in the window: at most max_hours, at least min_hours. */
export function personHours(
  b: ModelBuilder,
  candidates: readonly ShiftCandidate[],
  person: PersonLimits,
  mine: number[],
): void {
  const lengths = candidates.map((c) => c.length);
  if (person.maxSlots !== undefined) b.atMost(person.maxSlots, mine, lengths);
  if (person.minSlots !== undefined) b.atLeast(person.minSlots, mine, lengths);
}

/**
 * most ≥ each one's total and least ≤ it, over balanced people's (column, weight) terms: two new
 * columns whose difference bounds the spread. Returns [most, least].
 */
function mostAndLeast(b: ModelBuilder, totals: readonly (readonly [number[], number[]])[]): [number, number] {
  const most = b.addColumn(Infinity, false);
  const least = b.addColumn(Infinity, false);
  for (const [indices, values] of totals) {
    b.atMost(0, [...indices, most], [...values, -1]);
    b.atLeast(0, [...indices, least], [...values, -1]);
  }
  return [most, least];
}

/** Hours spread: most − least ≤ limit among balanced people, and (minimiseSpread) a soft goal. */
export function hoursSpread(
  b: ModelBuilder,
  rules: PersonRules,
  candidates: readonly ShiftCandidate[],
  balanced: readonly number[][],
  soft: [number, number][],
): void {
  if ((rules.maxSpreadSlots === undefined && !rules.minimiseSpread) || balanced.length <= 1) return;
  const lengths = candidates.map((c) => c.length);
  const [most, least] = mostAndLeast(
    b,
    balanced.map((mine) => [mine, lengths]),
  );
  if (rules.maxSpreadSlots !== undefined) b.atMost(rules.maxSpreadSlots, [most, least], [1, -1]);
  if (rules.minimiseSpread) soft.push([most, 1], [least, -1]);
}

/** Fair shares of night and weekend shifts: most − least among balanced people, a soft goal. */
export function fairShares(
  b: ModelBuilder,
  problem: PersonProblem,
  balanced: readonly number[][],
  soft: [number, number][],
): void {
  const minutesPerSlot = 1440 / problem.slotsPerDay;
  for (const kind of balanced.length > 1 ? (problem.rules.fair ?? []) : []) {
    const ofKind = problem.candidates.flatMap((c, i) =>
      isFairKind(kind, problem.firstDay * 1440 + c.start * minutesPerSlot, c.length * minutesPerSlot) ? [i] : [],
    );
    if (ofKind.length === 0) continue;
    const [most, least] = mostAndLeast(
      b,
      balanced.map((mine) => {
        const indices = ofKind.map((i) => columnAt(mine, i));
        return [indices, indices.map(() => 1)];
      }),
    );
    soft.push([most, 1], [least, -1]);
  }
}

/**
 * Stability: each person's usual pattern (a binary per person and pattern). A shift counts as on
 * the usual pattern when onUsual ≤ the shift and ≤ usual[its pattern] allow it; per shift rather
 * than per pattern total, which keeps the LP bound useful. Each shift off it is a soft miss.
 */
export function stablePatterns(
  b: ModelBuilder,
  candidates: readonly ShiftCandidate[],
  x: readonly number[][],
  soft: [number, number][],
): void {
  const patternNames = [...new Set(candidates.map((c) => c.pattern ?? ''))];
  for (const mine of x) {
    const usual = patternNames.map(() => b.addColumn(1, true));
    b.atMost(1, usual);
    candidates.forEach((c, i) => {
      const shift = columnAt(mine, i);
      if ((b.colUpper[shift] ?? 0) === 0) return;
      const onUsual = b.addColumn(1, false);
      b.atMost(0, [onUsual, shift], [1, -1]);
      b.atMost(0, [onUsual, columnAt(usual, patternNames.indexOf(c.pattern ?? ''))], [1, -1]);
      soft.push([shift, 1], [onUsual, -1]);
    });
  }
}

/** Preferences: every shift on a pattern the person does not prefer is a soft miss of `prefersWeight`. */
export function preferences(problem: PersonProblem, x: readonly number[][], soft: [number, number][]): void {
  const weight = problem.rules.prefersWeight ?? 1;
  problem.people.forEach((person, p) => {
    if (!person.prefers || person.prefers.length === 0) return;
    problem.candidates.forEach((c, i) => {
      if (!person.prefers?.includes(c.pattern ?? '')) soft.push([columnAt(x[p] ?? [], i), weight]);
    });
  });
}

/** Each person's shift columns: binaries, fixed at 0 where the person cannot work the candidate. */
function shiftColumns(b: ModelBuilder, problem: PersonProblem): number[][] {
  return problem.people.map((person) =>
    problem.candidates.map((c) => {
      const allowed =
        c.start >= person.fromSlot &&
        c.start + c.length <= person.toSlot &&
        c.length <= (person.maxSlots ?? Infinity) &&
        !overlapsBlocked(c, person.blocked);
      return b.addColumn(allowed ? 1 : 0, true);
    }),
  );
}

/**
 * Builds the person-level MIP: each rule one constraint family above, applied person by person.
 *
 * @returns the model (column `p * candidates.length + c` is "person p works candidate c") and
 *   the break-count columns of each candidate that needs a break
 */
export function buildPersonModel(problem: PersonProblem): { model: LinearModel; breaks: BreakColumns[] } {
  const { candidates, people, rules, required } = problem;
  const b = modelBuilder();
  const x = shiftColumns(b, problem);
  const facts = personRuleFacts(problem);
  const { rest, forbidden } = exclusivePairs(facts);
  // One list in candidate order, as the rows were always laid out.
  const exclusive = [...rest, ...forbidden].sort((u, v) => u[0] - v[0] || u[1] - v[1]);
  const windows = dayLimits(rules, problem.firstDay, facts.lastDay);
  const weeks = rules.maxSlotsPerWeek !== undefined || rules.minSlotsPerWeek !== undefined ? slotsPerWeek(problem) : [];
  const periods = rules.workDaysPerWeek !== undefined ? dayOffPeriods(problem.firstDay, facts.lastDay, rules.week) : [];
  people.forEach((person, p) => {
    const mine = x[p] ?? [];
    const col = (c: number) => columnAt(mine, c);
    oneShiftPerDay(b, facts, col);
    restBetweenShifts(b, exclusive, col);
    const worked = workedDays(b, facts, col);
    daysWorkedLimits(b, windows, worked);
    hoursPerWeek(b, facts, weeks, person, col);
    workDaysPerWeek(b, facts, periods, person, worked);
    daysOffTogether(b, facts, worked);
    personHours(b, candidates, person, mine);
  });
  const soft: [number, number][] = [];
  const balanced = x.filter((_, p) => people[p]?.balanced ?? true);
  hoursSpread(b, rules, candidates, balanced, soft);
  fairShares(b, problem, balanced, soft);
  const { shortfall, breaks } = addCoverage(
    b,
    required,
    candidates,
    (i) => x.map((mine) => columnAt(mine, i)),
    rules.meal,
  );
  if (rules.stable) stablePatterns(b, candidates, x, soft);
  preferences(problem, x, soft);
  return { model: personObjectives(b, problem, x, shortfall, soft), breaks };
}

/** The person model's objectives: unmet demand, agent-slots, then the soft goals when there are any. */
function personObjectives(
  b: ModelBuilder,
  problem: PersonProblem,
  x: readonly number[][],
  shortfall: readonly number[],
  soft: readonly [number, number][],
): LinearModel {
  const { candidates, people, rules } = problem;
  const hasSoftGoals = soft.length > 0;
  const numCols = b.colLower.length;
  const unmet = new Array<number>(numCols).fill(0);
  for (const column of shortfall) unmet[column] = 1;
  const agentSlots = new Array<number>(numCols).fill(0);
  x.forEach((mine) => mine.forEach((column, i) => (agentSlots[column] = candidates[i]?.length ?? 0)));
  const longest = Math.max(0, ...candidates.map((c) => c.length));
  const secondBound = people.reduce(
    (sum, person) =>
      sum +
      Math.min(
        person.maxSlots ?? Infinity,
        mostSlotsPerPerson(person.toSlot - person.fromSlot, longest, rules.restSlots),
      ),
    0,
  );
  return {
    numCols,
    colLower: b.colLower,
    colUpper: b.colUpper,
    integrality: b.integrality,
    rows: b.rows,
    objectives: [unmet, agentSlots, ...(hasSoftGoals ? [softGoals(numCols, soft)] : [])],
    objectiveNames: ['unmet_demand', 'agent_hours', ...(hasSoftGoals ? ['soft_goals' as const] : [])],
    // Pattern changes, preference misses and the hours spread are never negative: 0 is optimal once reached.
    ...(hasSoftGoals ? { objectiveFloors: [undefined, undefined, 0] } : {}),
    strategy: { first: { kind: 'withSecond', secondBound }, relaxFirst: false },
  };
}
