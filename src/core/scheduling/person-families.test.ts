// Each constraint family of the person model alone, pinned by what it allows and what it
// forbids (HiGHS decides whether the chosen shifts, with every other shift off, can stand).
import { describe, expect, it } from 'vitest';
import {
  daysOffTogether, daysWorkedLimits, exclusivePairs, fairShares, hoursPerWeek, hoursSpread, oneShiftPerDay, personHours,
  personRuleFacts, restBetweenShifts, slotsPerWeek, workDaysPerWeek, workedDays,
  type PersonLimits, type PersonProblem, type PersonRuleFacts, type PersonRules,
} from './person-model.js';
import { modelBuilder, PLAIN, type ModelBuilder } from './linear-model.js';
import { solveLexicographic } from './highs-solver.js';
import { dayLimits, dayOffPeriods } from '../rostering/day-rules.js';
import { CsPlanError } from '../../errors.js';

/** Monday 2026-11-30 as an epoch day. */
const MONDAY = Date.UTC(2026, 10, 30) / 86_400_000;
/** 4-hour slots: early 04:00–12:00, late 12:00–20:00, night 20:00–04:00 (into the next day). */
const SLOTS_PER_DAY = 6;
const PATTERNS = [['early', 1], ['late', 3], ['night', 5]] as const;
type Pattern = (typeof PATTERNS)[number][0];

/** A window of `days` days from `firstDay` with every pattern on every day (the last day's night ends past it: left out). */
function problem(days: number, rules: Partial<PersonRules> = {}, people: Partial<PersonLimits>[] = [{}], firstDay = MONDAY): PersonProblem {
  const slots = days * SLOTS_PER_DAY;
  const candidates = Array.from({ length: days }, (_, day) => PATTERNS.map(([pattern, start]) => ({ start: day * SLOTS_PER_DAY + start, length: 2, pattern })))
    .flat().filter((c) => c.start + c.length <= slots);
  return {
    required: new Array<number>(slots).fill(0), candidates, candidateDays: candidates.map((c) => firstDay + Math.floor(c.start / SLOTS_PER_DAY)),
    people: people.map((p) => ({ fromSlot: 0, toSlot: slots, ...p })), rules: { restSlots: 0, daysOffPerWeek: 0, ...rules }, slotsPerDay: SLOTS_PER_DAY, firstDay,
  };
}

/** The candidate of a pattern on a day (0-based) of the window. */
function shift(p: PersonProblem, day: number, pattern: Pattern): number {
  const i = p.candidates.findIndex((c, k) => c.pattern === pattern && p.candidateDays[k] === p.firstDay + day);
  if (i < 0) throw new Error(`no ${pattern} on day ${day}`);
  return i;
}

type Family = (b: ModelBuilder, facts: PersonRuleFacts, x: number[][]) => void;

/** Whether one family alone lets each person work exactly `chosen[p]` (every other shift off). */
async function allows(p: PersonProblem, family: Family, ...chosen: number[][]): Promise<boolean> {
  const b = modelBuilder();
  const x = p.people.map(() => p.candidates.map(() => b.addColumn(1, true)));
  family(b, personRuleFacts(p), x);
  const colLower = [...b.colLower];
  const colUpper = [...b.colUpper];
  x.forEach((mine, person) => mine.forEach((column, i) => {
    const on = chosen[person]?.includes(i) ? 1 : 0;
    colLower[column] = on;
    colUpper[column] = on;
  }));
  const numCols = colLower.length;
  try {
    await solveLexicographic({
      numCols, colLower, colUpper, integrality: b.integrality, rows: b.rows, objectives: [new Array<number>(numCols).fill(0)], objectiveNames: ['agent_hours'], strategy: PLAIN,
    }, { timeLimitSeconds: 5 });
    return true;
  } catch (error) {
    if (error instanceof CsPlanError && error.key === 'roster.infeasible') return false;
    throw error;
  }
}

/** A family applied to the first person only. */
const forOne = (apply: (b: ModelBuilder, facts: PersonRuleFacts, col: (c: number) => number, mine: number[]) => void): Family =>
  (b, facts, x) => {
    const mine = x[0] ?? [];
    apply(b, facts, (c) => mine[c] ?? -1, mine);
  };

describe('person model constraint families, each alone', () => {
  it('oneShiftPerDay: two shifts on two days, never two on one day', async () => {
    const p = problem(2);
    const family = forOne((b, facts, col) => oneShiftPerDay(b, facts, col));
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early')])).toBe(true);
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 0, 'late')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'late'), shift(p, 0, 'night')])).toBe(false);
  });

  it('restBetweenShifts: exactly the rest apart is allowed, a slot less is not; only across days', async () => {
    const p = problem(2, { restSlots: 2 });
    const family = forOne((b, facts, col) => restBetweenShifts(b, exclusivePairs(facts).rest, col));
    // late day 0 ends at slot 5, early day 1 starts at 7: 2 slots (8 h) of rest.
    expect(await allows(p, family, [shift(p, 0, 'late'), shift(p, 1, 'early')])).toBe(true);
    // night day 0 ends at slot 7, where early day 1 starts: no rest.
    expect(await allows(p, family, [shift(p, 0, 'night'), shift(p, 1, 'early')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'night'), shift(p, 1, 'late')])).toBe(true);
    expect(exclusivePairs(personRuleFacts(problem(2, { restSlots: 3 }))).rest).toContainEqual([shift(p, 0, 'late'), shift(p, 1, 'early')]);
  });

  it('forbidden sequences: the pair on consecutive days only, in that order only', async () => {
    const p = problem(3, { forbidden: [['late', 'early']] });
    const family = forOne((b, facts, col) => restBetweenShifts(b, exclusivePairs(facts).forbidden, col));
    expect(await allows(p, family, [shift(p, 0, 'late'), shift(p, 1, 'early')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'late')])).toBe(true);
    expect(await allows(p, family, [shift(p, 0, 'late'), shift(p, 2, 'early')])).toBe(true);
    expect(exclusivePairs(personRuleFacts(p)).rest).toEqual([]);
  });

  it('workedDays and daysWorkedLimits: most days in a row, counting the day a night shift reaches', async () => {
    const p = problem(4, { maxConsecutiveDays: 2 });
    const family = forOne((b, facts, col) => daysWorkedLimits(b, dayLimits(p.rules, p.firstDay, facts.lastDay), workedDays(b, facts, col)));
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early'), shift(p, 3, 'early')])).toBe(true);
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early'), shift(p, 2, 'early')])).toBe(false);
    // The night of day 0 works day 1 as well: with day 2, three days in a row.
    expect(await allows(p, family, [shift(p, 0, 'night'), shift(p, 2, 'early')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'night'), shift(p, 3, 'early')])).toBe(true);
  });

  it('workedDays and daysWorkedLimits: days off in every 7 days', async () => {
    const p = problem(7, { daysOffPerWeek: 2 });
    const family = forOne((b, facts, col) => daysWorkedLimits(b, dayLimits(p.rules, p.firstDay, facts.lastDay), workedDays(b, facts, col)));
    const early = (days: number[]) => days.map((d) => shift(p, d, 'early'));
    expect(await allows(p, family, early([0, 1, 2, 3, 4]))).toBe(true);
    expect(await allows(p, family, early([0, 1, 2, 3, 4, 5]))).toBe(false);
  });

  it('hoursPerWeek: at most the week\'s hours; at least the contract\'s in a week the person has whole', async () => {
    const most = problem(4, { maxSlotsPerWeek: 4 });
    const family = (q: PersonProblem) => forOne((b, facts, col) => hoursPerWeek(b, facts, slotsPerWeek(q), q.people[0] ?? { fromSlot: 0, toSlot: 0 }, col));
    expect(await allows(most, family(most), [shift(most, 0, 'early'), shift(most, 1, 'early')])).toBe(true);
    expect(await allows(most, family(most), [shift(most, 0, 'early'), shift(most, 1, 'early'), shift(most, 2, 'early')])).toBe(false);
    const least = problem(7, { minSlotsPerWeek: 4 }, [{ contract: true }]);
    expect(await allows(least, family(least), [shift(least, 0, 'early')])).toBe(false);
    expect(await allows(least, family(least), [shift(least, 0, 'early'), shift(least, 5, 'late')])).toBe(true);
    // Not on contract, or a week the window holds only part of: no least.
    const casual = problem(7, { minSlotsPerWeek: 4 }, [{ contract: false }]);
    expect(await allows(casual, family(casual), [shift(casual, 0, 'early')])).toBe(true);
    const partWeek = problem(7, { minSlotsPerWeek: 4 }, [{ contract: true }], MONDAY + 1);
    expect(await allows(partWeek, family(partWeek), [shift(partWeek, 0, 'early')])).toBe(true);
  });

  it('workDaysPerWeek: exactly the contract\'s days in a period the person is available all of', async () => {
    const p = problem(7, { workDaysPerWeek: 2 }, [{ contract: true }]);
    const periods = dayOffPeriods(p.firstDay, p.firstDay + 6, p.rules.week);
    const family = forOne((b, facts, col) => workDaysPerWeek(b, facts, periods, p.people[0] ?? { fromSlot: 0, toSlot: 0 }, workedDays(b, facts, col)));
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 3, 'late')])).toBe(true);
    expect(await allows(p, family, [shift(p, 0, 'early')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early'), shift(p, 2, 'early')])).toBe(false);
    // A night shift works two days.
    expect(await allows(p, family, [shift(p, 0, 'night')])).toBe(true);
    // Off for a day of the period (asked off): no rule for that period.
    const away = problem(7, { workDaysPerWeek: 2 }, [{ contract: true, blocked: [[SLOTS_PER_DAY, 2 * SLOTS_PER_DAY]] }]);
    const awayFamily = forOne((b, facts, col) => workDaysPerWeek(b, facts, periods, away.people[0] ?? { fromSlot: 0, toSlot: 0 }, workedDays(b, facts, col)));
    expect(await allows(away, awayFamily, [shift(away, 0, 'early')])).toBe(true);
  });

  it('daysOffTogether: no single day off between worked days', async () => {
    const p = problem(5, { daysOffTogether: 2 });
    const family = forOne((b, facts, col) => daysOffTogether(b, facts, workedDays(b, facts, col)));
    const early = (days: number[]) => days.map((d) => shift(p, d, 'early'));
    expect(await allows(p, family, early([0, 2]))).toBe(false);
    expect(await allows(p, family, early([0, 3]))).toBe(true);
    expect(await allows(p, family, early([0, 1, 4]))).toBe(true);
    expect(await allows(p, family, early([0, 1, 3, 4]))).toBe(false);
  });

  it('personHours: at most max_hours and at least min_hours over the window', async () => {
    const p = problem(3, {}, [{ maxSlots: 4, minSlots: 4 }]);
    const family = forOne((b, facts, _col, mine) => personHours(b, facts.problem.candidates, p.people[0] ?? { fromSlot: 0, toSlot: 0 }, mine));
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early')])).toBe(true);
    expect(await allows(p, family, [shift(p, 0, 'early')])).toBe(false);
    expect(await allows(p, family, [shift(p, 0, 'early'), shift(p, 1, 'early'), shift(p, 2, 'early')])).toBe(false);
  });

  it('hoursSpread: the most and least hours among balanced people at most the limit apart', async () => {
    const p = problem(3, { maxSpreadSlots: 2 }, [{}, {}]);
    const family: Family = (b, facts, x) => hoursSpread(b, facts.problem.rules, facts.problem.candidates, x, []);
    const early = (days: number[]) => days.map((d) => shift(p, d, 'early'));
    expect(await allows(p, family, early([0, 1]), early([2]))).toBe(true);
    expect(await allows(p, family, early([0, 1, 2]), early([2]))).toBe(false);
    expect(await allows(p, family, early([0, 1, 2]), [])).toBe(false);
  });

  it('hoursSpread and fairShares as soft goals: terms for most and least, nothing when one person is balanced', () => {
    const p = problem(3, { minimiseSpread: true, fair: ['nights'] }, [{}, {}]);
    const b = modelBuilder();
    const x = p.people.map(() => p.candidates.map(() => b.addColumn(1, true)));
    const soft: [number, number][] = [];
    hoursSpread(b, p.rules, p.candidates, x, soft);
    fairShares(b, p, x, soft);
    const columns = x.flat().length;
    expect(soft).toEqual([[columns, 1], [columns + 1, -1], [columns + 2, 1], [columns + 3, -1]]);
    const alone: [number, number][] = [];
    hoursSpread(b, p.rules, p.candidates, x.slice(0, 1), alone);
    fairShares(b, p, x.slice(0, 1), alone);
    expect(alone).toEqual([]);
  });
});
