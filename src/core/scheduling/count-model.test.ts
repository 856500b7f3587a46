// The shift-count relaxation, rule by rule: which counts per shift it allows and which it
// forbids (HiGHS decides with the counts fixed), and its objectives and strategy.
import { describe, expect, it } from 'vitest';
import { buildCountModel } from './count-model.js';
import { solveLexicographic } from './highs-solver.js';
import type { PersonLimits, PersonProblem, PersonRules } from './person-model.js';
import { CsPlanError } from '../../errors.js';

/** Monday 2026-11-30 as an epoch day; 6 slots of 4 hours a day. */
const MONDAY = Date.UTC(2026, 10, 30) / 86_400_000;
const SLOTS_PER_DAY = 6;

/** `days` days with an early (slots 1–2) and a late (3–4) shift each; demand 0 unless given. */
function problem(days: number, people: Partial<PersonLimits>[], rules: Partial<PersonRules> = {}, required?: number[]): PersonProblem {
  const slots = days * SLOTS_PER_DAY;
  const candidates = Array.from({ length: days }, (_, d) => [
    { start: d * SLOTS_PER_DAY + 1, length: 2, pattern: 'early' },
    { start: d * SLOTS_PER_DAY + 3, length: 2, pattern: 'late' },
  ]).flat();
  return {
    required: required ?? new Array<number>(slots).fill(0), candidates, candidateDays: candidates.map((c) => MONDAY + Math.floor(c.start / SLOTS_PER_DAY)),
    people: people.map((p) => ({ fromSlot: 0, toSlot: slots, ...p })), rules: { restSlots: 0, daysOffPerWeek: 0, ...rules }, slotsPerDay: SLOTS_PER_DAY, firstDay: MONDAY,
  };
}

/** Whether the model allows exactly these counts per candidate (every other count 0). */
async function allows(p: PersonProblem, counts: Record<number, number>): Promise<boolean> {
  const { model } = buildCountModel(p);
  const colLower = [...model.colLower];
  const colUpper = [...model.colUpper];
  p.candidates.forEach((_, i) => {
    colLower[i] = counts[i] ?? 0;
    colUpper[i] = counts[i] ?? 0;
  });
  try {
    await solveLexicographic({ ...model, colLower, colUpper, objectives: [new Array<number>(model.numCols).fill(0)], objectiveNames: ['agent_hours'] }, { timeLimitSeconds: 5 });
    return true;
  } catch (error) {
    if (error instanceof CsPlanError && error.key === 'roster.infeasible') return false;
    throw error;
  }
}

const E = (day: number) => 2 * day;
const L = (day: number) => 2 * day + 1;

describe('the shift-count model, rule by rule', () => {
  it('one shift a day each: a day\'s shifts at most the people who can work it', async () => {
    const p = problem(2, [{}, { toSlot: SLOTS_PER_DAY }]);
    expect(await allows(p, { [E(0)]: 1, [L(0)]: 1 })).toBe(true);
    expect(await allows(p, { [E(0)]: 2, [L(0)]: 1 })).toBe(false);
    // On day 1 only the first person can work.
    expect(await allows(p, { [E(1)]: 1 })).toBe(true);
    expect(await allows(p, { [E(1)]: 1, [L(1)]: 1 })).toBe(false);
    // Each shift at most the people able to work it (its column's bound).
    expect(buildCountModel(p).model.colUpper.slice(0, 4)).toEqual([2, 2, 1, 1]);
  });

  it('days in a row and days off: the team works at most team × limit of those days', async () => {
    const p = problem(3, [{}], { maxConsecutiveDays: 2 });
    expect(await allows(p, { [E(0)]: 1, [E(1)]: 1 })).toBe(true);
    expect(await allows(p, { [E(0)]: 1, [E(1)]: 1, [E(2)]: 1 })).toBe(false);
    const week = problem(7, [{}, {}], { daysOffPerWeek: 2 });
    const days = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, d) => [E(d), 2]));
    expect(await allows(week, days(5))).toBe(true);
    expect(await allows(week, days(6))).toBe(false);
  });

  it('hours a week for the team, and max_hours over the window when everyone has one', async () => {
    const perWeek = problem(3, [{}], { maxSlotsPerWeek: 4 });
    expect(await allows(perWeek, { [E(0)]: 1, [E(1)]: 1 })).toBe(true);
    expect(await allows(perWeek, { [E(0)]: 1, [E(1)]: 1, [E(2)]: 1 })).toBe(false);
    const capped = problem(3, [{ maxSlots: 2 }, { maxSlots: 2 }]);
    expect(await allows(capped, { [E(0)]: 1, [E(1)]: 1 })).toBe(true);
    expect(await allows(capped, { [E(0)]: 1, [E(1)]: 1, [E(2)]: 1 })).toBe(false);
    // With someone without max_hours, no window total is stated.
    const mixed = problem(3, [{ maxSlots: 2 }, {}]);
    expect(await allows(mixed, { [E(0)]: 1, [E(1)]: 1, [E(2)]: 1 })).toBe(true);
  });

  it('a forbidden sequence: the two shifts on consecutive days together at most the team', async () => {
    const p = problem(2, [{}, {}], { forbidden: [['late', 'early']] });
    expect(await allows(p, { [L(0)]: 1, [E(1)]: 1 })).toBe(true);
    expect(await allows(p, { [L(0)]: 2, [E(1)]: 1 })).toBe(false);
    expect(await allows(p, { [E(0)]: 2, [L(1)]: 2 })).toBe(true);
  });

  it('objectives: unmet demand, then agent-slots; the second bounded by every able person on every shift', async () => {
    const required = new Array<number>(12).fill(0);
    required[1] = 2;
    required[2] = 1;
    const p = problem(2, [{}], {}, required);
    const { model } = buildCountModel(p);
    expect(model.objectiveNames).toEqual(['unmet_demand', 'agent_hours']);
    expect(model.strategy).toEqual({ first: { kind: 'withSecond', secondBound: 4 * 2 }, relaxFirst: false });
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    // One person: slot 1 is one short; one early shift covers both slots (2 agent-slots).
    expect(solve.objectiveValues.map(Math.round)).toEqual([1, 2]);
  });
});
