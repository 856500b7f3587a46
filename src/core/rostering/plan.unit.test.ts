// plan.ts's own pieces on small cases: a staff member on the window's slots, the summary of a
// roster, the day rules on the calendar and summed per group, and planRoster's refusals, staff
// groups and offers. Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { addDayRuleRows, personDayRules, planRoster, startsEarly, staffWindow, summarise, type RosterRequest } from './plan.js';
import { modelBuilder, PLAIN, type LinearModel } from '../scheduling/linear-model.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';
import { CsPlanError, ExitCode } from '../../errors.js';

const MONDAY = toEpochMinutes('2026-11-30');
const DAY = MONDAY / MINUTES_PER_DAY;

describe('staffWindow', () => {
  const demand = { start: MONDAY + 60, slotMinutes: 30, inquiries: [] };

  it('availability rounds inward to whole slots and stays inside the window', () => {
    const w = staffWindow({ name: 'a', availableFrom: MONDAY + 60 + 45, availableTo: MONDAY + 60 + 200 }, demand, 40);
    expect([w.fromSlot, w.toSlot]).toEqual([2, 6]);
    const wide = staffWindow({ name: 'a', availableFrom: MONDAY, availableTo: MONDAY + 10_000 }, demand, 40);
    expect([wide.fromSlot, wide.toSlot]).toEqual([0, 40]);
    expect(staffWindow({ name: 'a' }, demand, 40)).toEqual({ fromSlot: 0, toSlot: 40, blocked: [] });
  });

  it('max_hours rounds down to whole slots, exact values kept', () => {
    expect(staffWindow({ name: 'a', maxHours: 7.75 }, demand, 40).maxSlots).toBe(15);
    expect(staffWindow({ name: 'a', maxHours: 7.5 }, demand, 40).maxSlots).toBe(15);
    expect(staffWindow({ name: 'a', maxHours: 0.1 * 3 * 5 }, demand, 40).maxSlots).toBe(3);
  });

  it('a day asked off blocks that calendar day\'s slots', () => {
    expect(staffWindow({ name: 'a', unavailable: [DAY + 1] }, demand, 200).blocked).toEqual([[46, 94]]);
  });
});

describe('summarise', () => {
  const demand = { start: MONDAY, slotMinutes: 30, inquiries: [10, 20, 0, 30] };

  it('covered share of inquiries, short agent-slots, peaks, people and hours', () => {
    const s = summarise(demand, [1, 2, 0, 3], [1, 1, 0, 3], [
      { start: 0, length: 2, group: -1, person: 'A' }, { start: 3, length: 1, group: -1, person: 'B' }, { start: 3, length: 1, group: -1, person: 'C' },
    ]);
    // 10 + 20 × ½ + 0 + 30 of 60 inquiries.
    expect(s).toEqual({ peakRequired: 3, peakScheduled: 3, peopleRostered: 3, agentHours: 2, demandCovered: 50 / 60, shortAgentSlots: 1, longestDutyHours: 1 });
  });

  it('a slot nobody is needed in counts as covered; no inquiries at all is all covered', () => {
    expect(summarise(demand, [0, 0, 0, 0], [0, 0, 0, 0], []).demandCovered).toBe(1);
    expect(summarise({ ...demand, inquiries: [0, 0, 0, 0] }, [1, 1, 1, 1], [0, 0, 0, 0], []).demandCovered).toBe(1);
  });

  it('touching shifts of one person are one duty; the shortest rest between duties; pre-sales agents when given', () => {
    const shifts = [
      { start: 0, length: 4, group: -1, person: 'A' }, { start: 4, length: 2, group: -1, person: 'A' },
      { start: 10, length: 2, group: -1, person: 'A' }, { start: 15, length: 1, group: -1, person: 'A' },
    ];
    const s = summarise({ ...demand, inquiries: new Array<number>(16).fill(0) }, new Array<number>(16).fill(0), new Array<number>(16).fill(1), shifts);
    expect([s.longestDutyHours, s.shortestRestHours, s.agentHours]).toEqual([3, 1.5, 4.5]);
    const preSales = summarise(demand, [1, 2, 0, 3], [1, 2, 0, 3], [], [0, 2, 0, 3]);
    expect([preSales.shortAgentSlots, preSales.demandCovered]).toEqual([1, 50 / 60]);
    expect(summarise(demand, [1], [1], [{ start: 0, length: 1, group: -1, person: 'A' }])).not.toHaveProperty('shortestRestHours');
  });
});

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
});

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
    const two = await planRoster(costed({ staff: [{ name: '甲', hourlyCost: 30, overtimeCost: 60 }, { name: '乙', hourlyCost: 30, overtimeCost: 60 }], overtimeAfterHours: 28 }));
    expect([two.cost?.total, two.cost?.overtime?.hours, two.people.length]).toEqual([240, 0, 2]);
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
