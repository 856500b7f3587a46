// The day rules in a roster of staff groups: on the window's calendar, summed per group as
// rows of the group model (each row worked out by hand), and each person's working days planned
// before the assignment (with a scripted solver for the control flow, HiGHS for the plan).
// Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { addDayRuleRows, personDayRules, planWorkingDays, startsEarly } from './group-day-rules.js';
import { modelBuilder, PLAIN, type LinearModel } from '../scheduling/linear-model.js';
import { solveLexicographic } from '../scheduling/highs-solver.js';
import { recordingRun, solved } from '../../../test/stand-in-solver.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';
import { CsPlanError } from '../../errors.js';

const MONDAY = toEpochMinutes('2026-11-30');
const DAY = MONDAY / MINUTES_PER_DAY;

describe('personDayRules and startsEarly', () => {
  const hourly = { start: MONDAY, slotMinutes: 60 };

  it('no rules, or rules with no period in the window, give nothing', () => {
    expect(personDayRules(undefined, hourly, 24 * 14)).toBeUndefined();
    expect(personDayRules({ daysOffPerWeek: 1 }, hourly, 24 * 6)).toBeUndefined();
  });

  it('the periods run to the last day a shift of the model touches; hours a week round down to slots', () => {
    const rules = personDayRules({ daysOffPerWeek: 1, maxHoursPerWeek: 40.5 }, { start: MONDAY, slotMinutes: 30 }, 48 * 7 + 1);
    expect(rules).toEqual({ startMinute: MONDAY, slotMinutes: 30, maxSlotsPerWeek: 81, limits: [{ kind: 'days_off', from: DAY, to: DAY + 6, limit: 6 }, { kind: 'days_off', from: DAY + 1, to: DAY + 7, limit: 6 }] });
    expect(personDayRules({ daysOffPerWeek: 0, maxHoursPerWeek: 8 }, hourly, 24)).toEqual({ startMinute: MONDAY, slotMinutes: 60, limits: [], maxSlotsPerWeek: 8 });
  });

  it('a start within the rest after midnight is early: exactly at the rest still is', () => {
    expect(startsEarly(10, DAY, { startMinute: MONDAY, slotMinutes: 60 }, 10)).toBe(true);
    expect(startsEarly(11, DAY, { startMinute: MONDAY, slotMinutes: 60 }, 10)).toBe(false);
    expect(startsEarly(24 + 3, DAY + 1, { startMinute: MONDAY, slotMinutes: 60 }, 4)).toBe(true);
  });
});

describe('addDayRuleRows', () => {
  /** A model whose columns are the given shifts (group 0), one objective. */
  const base = (count: number): LinearModel => {
    const b = modelBuilder();
    for (let i = 0; i < count; i++) b.addColumn(Infinity, true);
    return { numCols: count, colLower: b.colLower, colUpper: b.colUpper, integrality: b.integrality, rows: b.rows, objectives: [new Array<number>(count).fill(1)], objectiveNames: ['agent_hours'], strategy: PLAIN };
  };
  const calendar = { startMinute: MONDAY, slotMinutes: 60 };

  it('per group: at most its size starting each day, and at most size × 7 − days off worked-days in each period', () => {
    // Shifts 09:00–17:00 on each of 7 days, and a night Monday 20:00–04:00.
    const candidates = [...Array.from({ length: 7 }, (_, d) => ({ start: d * 24 + 9, length: 8 })), { start: 20, length: 8 }];
    const shifts = candidates.map((_, candidate) => ({ candidate, group: 0 }));
    const model = base(8);
    const limits = [{ kind: 'days_off' as const, from: DAY, to: DAY + 6, limit: 6 }];
    addDayRuleRows(model, shifts, candidates, [{ size: 3, fromSlot: 0, toSlot: 200 }], { ...calendar, limits, maxSlotsPerWeek: 40 }, 10);
    const rowsOf = (upper: number) => model.rows.filter((r) => r.upper === upper && r.lower === -Infinity);
    // Monday's starts (the day shift and the night) at most 3; every other day's one shift too.
    expect(rowsOf(3).map((r) => r.indices)).toEqual([[0, 7], [1], [2], [3], [4], [5], [6]]);
    // One worked-day column per day (Tuesday's from both the day shift and the night), integer, at most the size.
    const worked = model.colUpper.slice(8);
    expect(worked).toEqual(new Array(7).fill(3));
    expect(model.integrality.slice(8)).toEqual(new Array(7).fill(1));
    expect(model.objectives[0]?.slice(8)).toEqual(new Array(7).fill(0));
    // The week: at most 3 × 6 worked days, and 3 × 40 slots.
    expect(rowsOf(18).map((r) => r.indices)).toEqual([[8, 9, 10, 11, 12, 13, 14]]);
    expect(rowsOf(120)).toEqual([{ lower: -Infinity, upper: 120, indices: [0, 1, 2, 3, 4, 5, 6, 7], values: [8, 8, 8, 8, 8, 8, 8, 8] }]);
  });

  it('unlimited people: the limits are on the people column', () => {
    const candidates = [{ start: 9, length: 8 }, { start: 33, length: 8 }];
    const model = base(3);
    addDayRuleRows(model, candidates.map((_, candidate) => ({ candidate, group: -1 })), candidates, { peopleColumn: 2 }, { ...calendar, limits: [{ kind: 'consecutive_days', from: DAY, to: DAY + 1, limit: 1 }] }, 10);
    expect(model.rows).toContainEqual({ lower: -Infinity, upper: 0, indices: [3, 4, 2], values: [1, 1, -1] });
    expect(model.rows).toContainEqual({ lower: -Infinity, upper: 0, indices: [0, 2], values: [1, -1] });
  });
  it('a night shift reaching a day: those people are not that day\'s early starters (rest after midnight), the later starters may be', () => {
    // Monday 20:00–04:00 (0), Tuesday 09:00–17:00 (1), Tuesday 03:00–07:00 (2); 8 hours' rest: 03:00 is early, 09:00 is not.
    const candidates = [{ start: 20, length: 8 }, { start: 33, length: 8 }, { start: 27, length: 4 }];
    const model = base(3);
    const limits = [{ kind: 'consecutive_days' as const, from: DAY, to: DAY + 1, limit: 1 }];
    addDayRuleRows(model, candidates.map((_, candidate) => ({ candidate, group: 0 })), candidates, [{ size: 2, fromSlot: 0, toSlot: 100 }], { ...calendar, limits }, 8);
    // Worked Monday (3) and Tuesday (4): each at least the shifts reaching it from one start day,
    // and Tuesday at least the night plus Tuesday's early starts.
    const atLeast = model.rows.filter((r) => r.lower === 0 && r.upper === Infinity).map((r) => [r.indices, r.values]);
    expect(atLeast).toEqual([[[3, 0], [1, -1]], [[4, 0], [1, -1]], [[4, 1, 2], [1, -1, -1]], [[4, 0, 2], [1, -1, -1]]]);
    // Starts a day at most the size; worked days in the period at most size × limit.
    const atMost = model.rows.filter((r) => r.lower === -Infinity).map((r) => [r.indices, r.upper]);
    expect(atMost).toEqual([[[0], 2], [[1, 2], 2], [[3, 4], 2]]);
  });

  it('a group counting its people used: the limits on that column; other groups on their size; no row without a shift', () => {
    const candidates = [{ start: 9, length: 8 }, { start: 33, length: 8 }];
    const shifts = [{ candidate: 0, group: 0 }, { candidate: 1, group: 0 }, { candidate: 0, group: 1 }];
    const model = base(4);
    const limits = [{ kind: 'days_off' as const, from: DAY, to: DAY + 6, limit: 1 }, { kind: 'consecutive_days' as const, from: DAY + 4, to: DAY + 6, limit: 2 }];
    addDayRuleRows(model, shifts, candidates, [{ size: 3, fromSlot: 0, toSlot: 200 }, { size: 2, fromSlot: 0, toSlot: 200 }], { ...calendar, limits }, 10, [3, undefined]);
    // Group 0 (people used: column 3): worked Monday 4, Tuesday 5; group 1: worked Monday 6.
    expect(model.colUpper.slice(4)).toEqual([3, 3, 2]);
    const atMost = model.rows.filter((r) => r.lower === -Infinity).map((r) => [r.indices, r.values, r.upper]);
    expect(atMost).toEqual([
      [[0, 3], [1, -1], 0], [[1, 3], [1, -1], 0], [[4, 3], [1, -1], 0], [[5, 3], [1, -1], 0], [[4, 5, 3], [1, 1, -1], 0],
      [[2], [1], 2], [[6], [1], 2],
    ]);
    expect(model.rows.every((r) => r.indices.length > 0)).toBe(true);
  });
});

describe('planWorkingDays', () => {
  const calendar = { startMinute: MONDAY, slotMinutes: 60 };
  /** A day shift 09:00–17:00 on each day given (days from Monday). */
  const dayShifts = (days: number[], group: number) => days.map((d) => ({ start: d * 24 + 9, length: 8, group }));
  const week = [{ kind: 'days_off' as const, from: DAY, to: DAY + 6, limit: 5 }];
  /** The stand-in solver answering each model with the column values `values(model)`. */
  const scripted = (values: (m: LinearModel) => number[]) => recordingRun((model) => solved(values(model)));

  it('no period to plan: nothing, and no solve', async () => {
    const { calls, run } = scripted(() => []);
    const plan = await planWorkingDays(dayShifts([0], 0), [{ name: 'a', group: 0 }], [{ size: 1, fromSlot: 0, toSlot: 200 }], { ...calendar, limits: [] }, 10, run, 5);
    expect(plan).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('one model per group with people and shifts, over the days of every period, within the time given and a 1-second grace', async () => {
    const limits = [{ kind: 'consecutive_days' as const, from: DAY + 1, to: DAY + 3, limit: 2 }, { kind: 'consecutive_days' as const, from: DAY, to: DAY + 2, limit: 2 }];
    // Person p works day i when the column p × 4 + i is 1: a works Monday and Wednesday; b Tuesday; c Thursday.
    const { calls, run } = scripted((m) => Array.from({ length: m.numCols }, (_, j) => (m.numCols === 12 ? [1, 0, 1, 0, 0, 1, 0, 0][j] ?? 0 : j === 3 ? 1 : 0)));
    const people = [{ name: 'a', group: 0 }, { name: 'c', group: 2 }, { name: 'b', group: 0 }, { name: 'idle', group: 1 }];
    const shifts = [...dayShifts([0, 1, 2], 0), ...dayShifts([3], 2), ...dayShifts([1], 3)];
    const groups = [0, 1, 2, 3].map(() => ({ size: 2, fromSlot: 0, toSlot: 200 }));
    const plan = await planWorkingDays(shifts, people, groups, { ...calendar, limits }, 10, run, 7);
    // Groups 1 (no shifts) and 3 (nobody) are not planned.
    expect(calls.map((c) => c.model.numCols)).toEqual([2 * 4 + 4, 4 + 4]);
    for (const { options } of calls) expect(options).toEqual({ timeLimitSeconds: 7, watchdogGraceSeconds: 1 });
    expect([...(plan ?? new Map())].map(([name, days]) => [name, [...days].map((d) => d - DAY)])).toEqual([['a', [0, 2]], ['b', [1]], ['c', [3]]]);
    // People wanted: group 0 one a day Monday to Wednesday; group 2 one on Thursday.
    expect(calls[0]?.model.rows.filter((r) => r.lower === 1).length).toBe(3);
    expect(calls[1]?.model.rows.filter((r) => r.lower === 1).map((r) => r.indices)).toEqual([[3, 7]]);
  });

  it('days the group cannot work (outside its hours, a day asked off wholly) are closed to its people', async () => {
    const { calls, run } = scripted((m) => new Array<number>(m.numCols).fill(0));
    // Available from Tuesday 00:00 to Saturday 12:00, Thursday asked off: Monday, Thursday and Sunday are closed (Saturday's morning is open).
    const group = { size: 1, fromSlot: 24, toSlot: 5 * 24 + 12, blocked: [[72, 96] as const] };
    await planWorkingDays(dayShifts([1, 2], 0), [{ name: 'a', group: 0 }], [group], { ...calendar, limits: week }, 10, run, 5);
    expect(calls[0]?.model.colUpper.slice(0, 7)).toEqual([0, 1, 1, 0, 1, 1, 0]);
    // On 30-minute slots the same hours close the same days.
    const halves = scripted((m) => new Array<number>(m.numCols).fill(0));
    const halfGroup = { size: 1, fromSlot: 48, toSlot: 5 * 48 + 24, blocked: [[144, 192] as const] };
    await planWorkingDays([{ start: 48 + 18, length: 16, group: 0 }], [{ name: 'a', group: 0 }], [halfGroup], { startMinute: MONDAY, slotMinutes: 30, limits: week }, 10, halves.run, 5);
    expect(halves.calls[0]?.model.colUpper.slice(0, 7)).toEqual([0, 1, 1, 0, 1, 1, 0]);
  });

  it('a solver that fails: no plan (the assignment goes without); an interruption goes on up', async () => {
    const shifts = dayShifts([0], 0);
    const people = [{ name: 'a', group: 0 }];
    const groups = [{ size: 1, fromSlot: 0, toSlot: 200 }];
    const failing = async () => { throw new CsPlanError('roster.noSolutionInTime', { seconds: 1 }); };
    expect(await planWorkingDays(shifts, people, groups, { ...calendar, limits: week }, 10, failing, 5)).toBeUndefined();
    const interrupted = async () => { throw new CsPlanError('interrupted'); };
    await expect(planWorkingDays(shifts, people, groups, { ...calendar, limits: week }, 10, interrupted, 5)).rejects.toMatchObject({ key: 'interrupted' });
  });

  it('with HiGHS: two people, one shift every day, at most 5 days each: every day planned once, nobody over 5', async () => {
    const people = [{ name: 'a', group: 0 }, { name: 'b', group: 0 }];
    const plan = await planWorkingDays(dayShifts([0, 1, 2, 3, 4, 5, 6], 0), people, [{ size: 2, fromSlot: 0, toSlot: 200 }], { ...calendar, limits: week }, 10, solveLexicographic, 10);
    const a = [...(plan?.get('a') ?? [])];
    const b = [...(plan?.get('b') ?? [])];
    expect(a.length + b.length).toBe(7);
    expect([...new Set([...a, ...b])].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => DAY + d));
    expect(Math.max(a.length, b.length)).toBeLessThanOrEqual(5);
  });
});
