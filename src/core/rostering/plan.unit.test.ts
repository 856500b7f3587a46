// plan.ts on small cases: planRoster's refusals, staff, cost first, the proof under day rules and
// its result; the model (rosterModel); the solve steps (strictStart, solveRoster) and staffRoster
// with a stand-in solver where only the control flow is pinned (test/stand-in-solver.ts). Loops
// rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { planRoster, rosterModel, solveRoster, staffRoster, strictStart, type RosterRequest } from './plan.js';
import { rosterProblem } from './roster-problem.js';
import type { LinearModel } from '../scheduling/linear-model.js';
import { solveLexicographic, type SolveReport } from '../scheduling/highs-solver.js';
import { recordingRun, solved } from '../../../test/stand-in-solver.js';
import { toEpochMinutes } from '../time/clock.js';
import { CsPlanError, ExitCode } from '../../errors.js';

const MONDAY = toEpochMinutes('2026-11-30');

describe('planRoster refusals and staff', () => {
  const request = (over: Partial<RosterRequest> = {}): RosterRequest => ({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 24 }, (_, t) => (t >= 9 && t < 17 ? 1 : 0)) },
    sizer: (x) => x, rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10, ...over,
  });
  const refusal = async (r: RosterRequest) => {
    try {
      await planRoster(r);
    } catch (error) {
      if (error instanceof CsPlanError) return [error.key, error.exitCode];
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('no shift fits: exit 3; nobody on the staff can work any shift: exit 3', async () => {
    expect(await refusal(request({ patterns: [{ name: '夜班', startMinute: 22 * 60, lengthMinutes: 12 * 60 }], rules: { slotMinutes: 60, minShiftSlots: 1, maxShiftSlots: 12, restSlots: 10 }, demand: { start: MONDAY, slotMinutes: 60, inquiries: [1, 1] } }))).toEqual(['roster.noCandidates', ExitCode.infeasible]);
    expect(await refusal(request({ staff: [{ name: 'a', maxHours: 2 }, { name: 'b', availableFrom: MONDAY + 24 * 60 }] }))).toEqual(['roster.staffUnavailable', ExitCode.infeasible]);
  });

  it('a headcount is A001…; two alike people are one group of two, each named and held to their own hours', async () => {
    const counted = await planRoster(request({ staff: { headcount: 2 } }));
    expect(counted.available).toBe(2);
    expect(counted.people).toEqual(['A001']);
    // 8 hours of demand, at most 4 hours each: both of them, 4 hours each.
    const named = await planRoster(request({ staff: [{ name: '甲', maxHours: 4 }, { name: '乙', maxHours: 4 }] }));
    expect(named.available).toBe(2);
    expect(named.summary.shortAgentSlots).toBe(0);
    expect([...named.people].sort()).toEqual(['乙', '甲'].sort());
    expect(named.assignments.map((a) => a.length)).toEqual([4, 4]);
  });
});

describe('planRoster with cost first', () => {
  /** One day, 10 inquiries an hour 09:00–17:00, one agent per 10: one agent needed in each of 8 slots. */
  const costed = (over: Partial<RosterRequest>): RosterRequest => ({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 24 }, (_, t) => (t >= 9 && t < 17 ? 10 : 0)) },
    sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10, priority: 'cost', ...over,
  });

  it('own staff by the hour against a temp by the day (at least 8 hours): the cheaper one works', async () => {
    const cheapOwn = await planRoster(costed({ staff: [{ name: '自', hourlyCost: 30 }, { name: '临', kind: 'temp', dailyCost: 320, minShiftHours: 8 }] }));
    expect([cheapOwn.cost?.total, cheapOwn.people]).toEqual([240, ['自']]);
    expect(cheapOwn.solve.objectiveNames).toEqual(['unmet_demand', 'cost', 'people', 'agent_hours']);
    expect(cheapOwn.solve.objectiveValues).toEqual([0, 240, 1, 8]);
    const cheapTemp = await planRoster(costed({ staff: [{ name: '自', hourlyCost: 50 }, { name: '临', kind: 'temp', dailyCost: 320, minShiftHours: 8 }] }));
    expect([cheapTemp.cost?.total, cheapTemp.people]).toEqual([320, ['临']]);
    expect(cheapTemp.assignments.map((a) => [a.start, a.length])).toEqual([[9, 8]]);
  });

  it('outsourcing takes what the staff cannot, up to its share of the demand, at its price per inquiry or per agent-hour', async () => {
    const staff = [{ name: '自', hourlyCost: 30, maxHours: 4 }];
    const half = await planRoster(costed({ staff, outsourcing: { pricePerInquiry: 2, maxShare: 0.5 } }));
    expect([half.cost?.total, half.summary.shortAgentSlots, (half.outsourced ?? []).reduce((a, b) => a + b, 0)]).toEqual([200, 0, 4]);
    expect(half.cost?.outsourced).toMatchObject({ inquiries: 40, cost: 80 });
    const quarter = await planRoster(costed({ staff, outsourcing: { pricePerInquiry: 2, maxShare: 0.25 } }));
    expect([quarter.cost?.total, quarter.summary.shortAgentSlots].map((x) => Math.round((x ?? 0) * 1000) / 1000)).toEqual([160, 2]);
    const hourly = await planRoster(costed({ staff, outsourcing: { pricePerInquiry: 15, maxShare: 0.5, perAgentHour: true } }));
    expect(hourly.cost?.total).toBe(120 + 60);
  });

  it('a bot takes up to its share of each slot at its price per inquiry', async () => {
    const plan = await planRoster(costed({ staff: [{ name: '自', hourlyCost: 30, maxHours: 4 }], bot: { costPerInquiry: 0.5, maxShare: 0.5 } }));
    expect((plan.botTaken ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(2, 4);
    expect(plan.cost?.bot?.inquiries).toBeCloseTo(20, 3);
    expect(plan.cost?.bot?.cost).toBeCloseTo(10, 3);
    expect(plan.cost?.total).toBeCloseTo(130, 3);
  });

  it('unmet demand at a price: left short when cheaper than staff, covered when dearer', async () => {
    const staff = [{ name: '自', hourlyCost: 30 }];
    const cheap = await planRoster(costed({ staff, unmetCostPerInquiry: 2 }));
    expect([cheap.cost?.total, cheap.assignments.length, cheap.cost?.unmet]).toEqual([0, 0, { inquiries: 80, agentSlots: 8, cost: 160 }]);
    expect(cheap.solve.objectiveNames).toEqual(['cost', 'people', 'agent_hours']);
    const dear = await planRoster(costed({ staff, unmetCostPerInquiry: 5 }));
    expect([dear.cost?.total, dear.summary.shortAgentSlots]).toEqual([240, 0]);
  });

  it('overtime past 28 hours a week (4 h for the one day of this window) at 60 an hour: two people sharing the day cost less than one', async () => {
    const one = await planRoster(costed({ staff: [{ name: '甲', hourlyCost: 30, overtimeCost: 60 }], overtimeAfterHours: 28 }));
    expect([one.cost?.total, one.cost?.overtime?.hours, one.cost?.overtime?.premium]).toEqual([360, 4, 120]);
    // The model priced that overtime itself: the roster meets its bound, and the cost stays proven.
    expect([one.solve.status, one.solve.proven]).toEqual(['optimal', ['unmet_demand', 'cost', 'people', 'agent_hours']]);
    const two = await planRoster(costed({ staff: [{ name: '甲', hourlyCost: 30, overtimeCost: 60 }, { name: '乙', hourlyCost: 30, overtimeCost: 60 }], overtimeAfterHours: 28 }));
    expect([two.cost?.total, two.cost?.overtime?.hours, two.people.length]).toEqual([240, 0, 2]);
    // The model's own people (paid overtime) keep the shifts it gave them: none is given out again, or lost.
    expect([one.unassignedShifts, two.unassignedShifts, two.summary.agentHours]).toEqual([0, 0, 8]);
  });
});

describe('planRoster under day rules: the proof kept when the people can keep it', () => {
  /** One agent 09:00–17:00 on each of 4 days from Monday. */
  const days = (over: Partial<RosterRequest>): RosterRequest => ({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 4 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 1 : 0)) },
    sizer: (x) => x, rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10,
    dayRules: { daysOffPerWeek: 0, maxConsecutiveDays: 2 }, ...over,
  });

  it('as many people as needed: the model counts 2 and two people take the days in turn; proven', async () => {
    const plan = await planRoster(days({}));
    expect(plan.solve).toMatchObject({ status: 'optimal', proven: ['agent_hours', 'people'], objectiveValues: [32, 2] });
    expect(plan.solve.method).toBeUndefined();
    expect(plan.people).toHaveLength(2);
  });

  it('named staff with cost first: every shift given, the cost proven', async () => {
    const plan = await planRoster(days({ staff: [{ name: '甲', hourlyCost: 30 }, { name: '乙', hourlyCost: 30 }], priority: 'cost' }));
    expect(plan.solve).toMatchObject({ status: 'optimal', objectiveValues: [0, 960, 2, 32] });
    expect(plan.solve.method).toBeUndefined();
    expect(plan.unassignedShifts).toBe(0);
  });

  it('a headcount of one under two days in a row: the fourth day cannot be staffed, and the roster still meets the bound', async () => {
    const plan = await planRoster(days({ staff: { headcount: 1 } }));
    expect(plan.summary.shortAgentSlots).toBe(8);
    expect(plan.solve).toMatchObject({ status: 'optimal', objectiveValues: [8, 24] });
  });
});

describe('the solve steps, with a scripted solver', () => {
  const report = solved;
  /** The stand-in solver answering its calls in turn with `answers` (an error is thrown). */
  const scripted = (...answers: (SolveReport | Error)[]) => recordingRun((_model, call) => answers[call] ?? solved([]));
  const strict: LinearModel = {
    numCols: 2, colLower: [0, 0], colUpper: [1, 1], integrality: [1, 1], rows: [], objectives: [[1, 0], [0, 1]], objectiveNames: ['unmet_demand', 'agent_hours'],
    wholeObjectives: [true, false], strategy: { first: { kind: 'withSecond', secondBound: 3 }, relaxFirst: true },
  };

  it('strictStart: the first objective alone, at least a second; its roster, or nothing when none was found; an interruption goes on up', async () => {
    const seed = report([1, 0]);
    const ok = scripted(seed);
    expect(await strictStart(strict, 2.5, ok.run)).toBe(seed.values);
    expect(ok.calls[0]?.model).toStrictEqual({ ...strict, objectives: [[1, 0]], objectiveNames: ['unmet_demand'], wholeObjectives: [true], strategy: { first: { kind: 'alone' }, relaxFirst: true } });
    expect(ok.calls[0]?.options).toStrictEqual({ timeLimitSeconds: 2.5 });
    const { wholeObjectives: _, ...plain } = strict;
    const short = scripted(seed);
    await strictStart(plain, 0.25, short.run);
    expect(short.calls[0]?.model).not.toHaveProperty('wholeObjectives');
    expect(short.calls[0]?.options).toStrictEqual({ timeLimitSeconds: 1 });
    for (const error of [new CsPlanError('roster.noSolutionInTime', { seconds: 1 }), new Error('any')]) expect(await strictStart(strict, 1, scripted(error).run)).toBeUndefined();
    await expect(strictStart(strict, 1, scripted(new CsPlanError('interrupted')).run)).rejects.toMatchObject({ key: 'interrupted' });
  });

  /** One day, 2 agents 09:00–17:00; after-sales contacts waiting up to `deferHours`. */
  const problemOf = (deferHours?: number) => rosterProblem({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 24 }, (_, t) => (t >= 9 && t < 17 ? 20 : 0)) },
    sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10,
    ...(deferHours !== undefined ? { afterSales: { contacts: Array.from({ length: 24 }, (_, t) => (t >= 10 && t < 14 ? 6 : 0)), hourlyCapacity: 6, deferHours } } : {}),
  });

  it('solveRoster: the model within the time limit, no start; with no waiting allowed, no seed either', async () => {
    for (const problem of [problemOf(), problemOf(0)]) {
      const answer = report([7]);
      const { calls, run } = scripted(answer);
      const model = rosterModel(problem, problem.deferSlots).model;
      expect(await solveRoster(problem, model, run, performance.now())).toBe(answer);
      expect(calls.map((c) => [c.model, c.options])).toStrictEqual([[model, { timeLimitSeconds: 10 }]]);
    }
  });

  it('solveRoster: deferrable after-sales work is seeded with the strict model\'s roster (a quarter of the time), then solved in what is left, at least a second', async () => {
    const problem = problemOf(1);
    expect(problem.deferSlots).toBe(1);
    const model = rosterModel(problem, 1).model;
    const seed = report([1, 2, 3]);
    const seeded = scripted(seed, report([4]));
    await solveRoster(problem, model, seeded.run, performance.now());
    const [first, second] = seeded.calls;
    expect(first?.model.objectives).toEqual(rosterModel(problem, 0).model.objectives.slice(0, 1));
    expect(first?.options).toStrictEqual({ timeLimitSeconds: 2.5 });
    expect(second?.model).toBe(model);
    expect(second?.options.start).toBe(seed.values);
    expect(second?.options.timeLimitSeconds).toBeGreaterThan(9);
    expect(second?.options.timeLimitSeconds).toBeLessThanOrEqual(10);
    const late = scripted(seed, report([4]));
    await solveRoster(problem, model, late.run, performance.now() - 30_000);
    expect(late.calls[1]?.options.timeLimitSeconds).toBe(1);
    // No seed found: the whole limit, no start.
    const unseeded = scripted(new CsPlanError('roster.noSolutionInTime', { seconds: 2.5 }), report([4]));
    await solveRoster(problem, model, unseeded.run, performance.now() - 30_000);
    expect(unseeded.calls[1]?.options).toStrictEqual({ timeLimitSeconds: 10 });
  });

  it('solveRoster: no roster in time is reported with the limit the user set (exit 1); other errors go on as they are', async () => {
    const problem = problemOf(1);
    const model = rosterModel(problem, 1).model;
    const timedOut = scripted(report([1]), new CsPlanError('roster.noSolutionInTime', { seconds: 7.4 }));
    await expect(solveRoster(problem, model, timedOut.run, performance.now())).rejects.toMatchObject({ key: 'roster.noSolutionInTime', params: { seconds: 10 }, exitCode: ExitCode.partial });
    const infeasible = new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
    await expect(solveRoster(problem, model, scripted(report([1]), infeasible).run, performance.now())).rejects.toBe(infeasible);
  });
});

describe('planRoster\'s result', () => {
  const day = (needs: Record<number, number>) => Array.from({ length: 24 }, (_, t) => (needs[t] ?? 0) * 10);
  const base = (over: Partial<RosterRequest>): RosterRequest => ({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: day({}) },
    sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10, ...over,
  });

  it('a night shift past the window: its hours past the end; a slot no shift reaches; no headcount, no available', async () => {
    const plan = await planRoster(base({
      demand: { start: MONDAY, slotMinutes: 60, inquiries: day({ 10: 1, 22: 1, 23: 1 }) },
      patterns: [{ name: '晚', startMinute: 22 * 60, lengthMinutes: 8 * 60 }],
    }));
    expect(plan.assignments).toEqual([{ start: 22, length: 8, group: -1, role: 'both', pattern: '晚', person: 'A001' }]);
    expect([plan.hoursPastWindow, plan.unreachableSlots, plan.people]).toEqual([6, [10], ['A001']]);
    expect(plan).not.toHaveProperty('available');
    expect(plan.required).toHaveLength(24);
    expect(plan.modelSize.columns).toBeGreaterThan(0);
    expect(plan.modelSize.rows).toBeGreaterThan(0);
    const inside = await planRoster(base({ demand: { start: MONDAY, slotMinutes: 30, inquiries: [...day({ 10: 1 }), ...day({})] }, rules: { slotMinutes: 30, minShiftSlots: 8, maxShiftSlots: 16, restSlots: 20 } }));
    expect(inside).not.toHaveProperty('hoursPastWindow');
    expect(inside.unreachableSlots).toEqual([]);
  });

  it('named staff: the roster in the staff file\'s order, each person\'s shifts in time order; their role on their shifts; how many are available', async () => {
    const staff = [{ name: 'b', role: 'pre' as const }, { name: 'a', role: 'pre' as const }, { name: 'c', maxHours: 4 }];
    const plan = await planRoster(base({ staff, demand: { start: MONDAY, slotMinutes: 60, inquiries: day({ 8: 2, 9: 2, 10: 2, 11: 2, 20: 1, 21: 1, 22: 1, 23: 1 }) }, rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 4, restSlots: 4 } }));
    expect(plan.available).toBe(3);
    const rank = (name: string) => staff.findIndex((m) => m.name === name);
    const order = plan.assignments.map((a) => [rank(a.person), a.start]);
    expect(order).toEqual([...order].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0)));
    expect(plan.assignments.length).toBe(3);
    for (const a of plan.assignments) expect(a.role).toBe(a.person === 'c' ? 'both' : 'pre');
    expect(plan.people).toEqual([...new Set(plan.assignments.map((a) => a.person))]);
  });
});

describe('rosterModel', () => {
  /** Two days, 2 agents 09:00–17:00 each day. */
  const twoDays = (over: Partial<RosterRequest> = {}) => rosterProblem({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 48 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 20 : 0)) },
    sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 10, ...over,
  });
  const inRow = { daysOffPerWeek: 0, maxConsecutiveDays: 1 };

  it('day rules add their rows, for a headcount\'s group as for the people count; people first under day rules solves the people alone first', () => {
    for (const over of [{}, { staff: { headcount: 4 } }]) {
      const plain = rosterModel(twoDays(over), 0).model;
      const ruled = rosterModel(twoDays({ ...over, dayRules: inRow }), 0).model;
      expect(ruled.rows.length, JSON.stringify(over)).toBeGreaterThan(plain.rows.length);
      expect(ruled.strategy, JSON.stringify(over)).toEqual(plain.strategy);
    }
    const people = rosterModel(twoDays({ priority: 'people' }), 0).model.strategy;
    expect(people.first.kind).not.toBe('alone');
    expect(rosterModel(twoDays({ priority: 'people', dayRules: inRow }), 0).model.strategy).toEqual({ ...people, first: { kind: 'alone' } });
  });

  it('a price on unmet demand only with cost first; the people of groups paid overtime in the model only with an overtime rule', () => {
    expect(rosterModel(twoDays({ unmetCostPerInquiry: 5 }), 0).model).toEqual(rosterModel(twoDays(), 0).model);
    const staff = [{ name: 'a', hourlyCost: 30, overtimeCost: 60 }, { name: 'b', hourlyCost: 30, overtimeCost: 60 }];
    expect(rosterModel(twoDays({ staff, priority: 'cost' }), 0).persons).toEqual([]);
    expect(rosterModel(twoDays({ staff, priority: 'cost', overtimeAfterHours: 8 }), 0).persons).toHaveLength(1);
    expect(rosterModel(twoDays({ overtimeAfterHours: 8, priority: 'cost' }), 0).persons).toEqual([]);
  });
});

describe('staffRoster: who gets the model\'s shifts', () => {
  /** `days` days from Monday, one agent 09:00–17:00 each day, 8-hour shifts. */
  const daily = (days: number, over: Partial<RosterRequest> = {}) => rosterProblem({
    demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: days * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 10 : 0)) },
    sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 30, ...over,
  });
  const byPerson = (assignments: readonly { person: string; start: number }[]) => {
    const days = new Map<string, number[]>();
    for (const a of assignments) days.set(a.person, [...(days.get(a.person) ?? []), Math.floor(a.start / 24)]);
    return Object.fromEntries([...days].map(([name, list]) => [name, list.sort((x, y) => x - y)]));
  };

  it('as many people as needed under day rules: the model\'s count of people, each given the days the working-days plan gives them', async () => {
    const problem = daily(4, { dayRules: { daysOffPerWeek: 0, maxConsecutiveDays: 2 } });
    const built = rosterModel(problem, 0);
    const solve = await solveLexicographic(built.model, { timeLimitSeconds: 30 });
    expect(Math.round(solve.values[built.columns.people ?? -1] ?? 0)).toBe(2);
    // The plan over the 5 days a model shift may touch (z[p][d] at p × 5 + d): A001 Monday and Tuesday, A002 Wednesday and Thursday.
    const { calls, run } = recordingRun(() => solved([1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]));
    const { assignments, unassigned } = await staffRoster(problem, built, solve, run, performance.now());
    expect(calls.map((c) => c.model.numCols)).toEqual([2 * 5 + 5]);
    expect(calls[0]?.options).toEqual({ timeLimitSeconds: 10, watchdogGraceSeconds: 1 });
    expect([byPerson(assignments), unassigned]).toEqual([{ A001: [0, 1], A002: [2, 3] }, 0]);
    // Little time left: the plan gets what is left of the limit, at least a second.
    await staffRoster(daily(4, { dayRules: { daysOffPerWeek: 0, maxConsecutiveDays: 2 }, timeLimitSeconds: 3 }), built, solve, run, performance.now());
    expect(calls[1]?.options.timeLimitSeconds).toBeGreaterThan(2);
    expect(calls[1]?.options.timeLimitSeconds).toBeLessThanOrEqual(3);
    await staffRoster(problem, built, solve, run, performance.now() - 60_000);
    expect(calls[2]?.options.timeLimitSeconds).toBe(1);
  });

  it('ties to fewer people: the model\'s people used, first in the staff file\'s order; everyone when the rules need more of them', async () => {
    const staff = [{ name: 'a', hourlyCost: 30 }, { name: 'b', hourlyCost: 30 }, { name: 'c', hourlyCost: 30 }];
    const plan = await planRoster({
      demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 3 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 10 : 0)) },
      sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 30, staff, priority: 'cost',
    });
    expect(byPerson(plan.assignments)).toEqual({ a: [0, 1, 2] });
    // Two at once, but the model's count says one: the first alone cannot, so everyone may.
    const problem = rosterProblem({
      demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 24 }, (_, t) => (t >= 9 && t < 17 ? 20 : 0)) },
      sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, timeLimitSeconds: 30, staff, priority: 'cost',
    });
    const built = rosterModel(problem, 0);
    const solve = await solveLexicographic(built.model, { timeLimitSeconds: 30 });
    const used = built.columns.used?.[0] ?? -1;
    expect(Math.round(solve.values[used] ?? 0)).toBe(2);
    const undercounted = { ...solve, values: Float64Array.from(solve.values, (v, j) => (j === used ? 1 : v)) };
    const given = await staffRoster(problem, built, undercounted, solveLexicographic, performance.now());
    expect([byPerson(given.assignments), given.unassigned, given.usedCounts]).toEqual([{ a: [0], b: [0] }, 0, [1]]);
  });
});
