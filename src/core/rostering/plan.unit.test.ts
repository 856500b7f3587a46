// planRoster on small cases: its refusals, staff groups and offers, cost first, and the proof
// under day rules. Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { planRoster, type RosterRequest } from './plan.js';
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
