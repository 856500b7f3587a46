// What a roster achieves, on rosters written by hand: agents on duty, on pre-sales and on
// after-sales per slot by role, what outsourcing and the bot took (solver noise settled), what
// is short; and the cost it is charged, against the cost report called with the same
// figures written out. Loops rather than it.each (Stryker's per-test coverage misses it.each).
import { describe, expect, it } from 'vitest';
import { rosterCostOf, rosterCoverage } from './roster-outcome.js';
import { rosterProblem, type RosterRequest } from './roster-problem.js';
import { simulateAfterSales } from './after-sales.js';
import { costReport } from '../staffing/costs.js';
import { toEpochMinutes } from '../time/clock.js';
import type { Assignment } from './assign.js';

const MONDAY = toEpochMinutes('2026-11-30');
const request = (over: Partial<RosterRequest> = {}): RosterRequest => ({
  demand: { start: MONDAY, slotMinutes: 60, inquiries: [20, 20, 10, 0] },
  sizer: (x) => Math.ceil(x / 10), rules: { slotMinutes: 60, minShiftSlots: 1, maxShiftSlots: 4, restSlots: 10 }, timeLimitSeconds: 10, ...over,
});
const shift = (start: number, length: number, person: string, role?: Assignment['role']): Assignment => ({ start, length, group: 0, person, ...(role ? { role } : {}) });

describe('rosterCoverage', () => {
  const problem = { required: [2, 2, 1, 0], modelSlots: 4, request: request(), deferSlots: 0, perAgentSlot: 0 };

  it('both-role people (and people without a role) answer pre-sales first; the rest of them, and the after-role people, do after-sales', () => {
    const roster = [shift(0, 2, 'p', 'pre'), shift(0, 4, 'b', 'both'), shift(0, 4, 'n'), shift(1, 2, 'a', 'after')];
    // On duty: pre [1,1,0,0], both [2,2,2,2], after [0,1,1,0]; both on pre-sales: what pre leaves of the need.
    expect(rosterCoverage(problem, roster, {}, [])).toStrictEqual({
      scheduled: [3, 4, 3, 2], preSales: [2, 2, 1, 0], afterSales: undefined, outsourced: undefined, botTaken: undefined,
      covered: [2, 2, 1, 0], shortfall: [0, 0, 0, 0],
    });
    const short = rosterCoverage(problem, [shift(1, 1, 'p', 'pre'), shift(0, 1, 'a', 'after')], {}, []);
    expect([short.scheduled, short.preSales, short.shortfall]).toEqual([[1, 1, 0, 0], [0, 1, 0, 0], [2, 1, 1, 0]]);
  });

  it('after-sales: the agents left for it, and how its contacts went with them', () => {
    const afterSales = { contacts: [3, 3, 0, 0], hourlyCapacity: 2, deferHours: 1 };
    const roster = [shift(0, 4, 'b', 'both'), shift(0, 4, 'c', 'both'), shift(1, 2, 'a', 'after')];
    const coverage = rosterCoverage({ ...problem, request: request({ afterSales }), deferSlots: 1, perAgentSlot: 2 }, roster, {}, []);
    const agents = [0, 1, 2, 2];
    expect(coverage.afterSales).toStrictEqual({ ...simulateAfterSales([3, 3, 0, 0], 2, agents, 1), contacts: [3, 3, 0, 0], agents, deferSlots: 1, perAgentSlot: 2 });
  });

  it('outsourced and bot agent-slots from their columns, solver noise settled to 6 decimals and never below 0; what is still short', () => {
    const values = [0.9999999999, 0, 1, -1e-12, 0.5, 0.5, 0, 0.2500000001];
    const coverage = rosterCoverage(problem, [], { outsourced: [0, 1, 2, 3], botTaken: [4, 5, 6, 7] }, values);
    expect([coverage.outsourced, coverage.botTaken]).toEqual([[1, 0, 1, 0], [0.5, 0.5, 0, 0.25]]);
    expect([coverage.covered, coverage.shortfall]).toEqual([[1.5, 0.5, 1, 0.25], [0.5, 1.5, 0, 0]]);
  });
});

describe('rosterCostOf', () => {
  const staff = [{ name: 'a', hourlyCost: 30, overtimeCost: 45 }, { name: 't', kind: 'temp' as const, dailyCost: 200 }, { name: 'x' }];
  const roster = [shift(0, 3, 'a'), shift(1, 2, 't')];

  it('only with cost first and named staff', () => {
    const coverage = { outsourced: undefined, botTaken: undefined, shortfall: [0, 0, 0, 0] };
    for (const over of [{ staff }, { priority: 'cost' as const }, { priority: 'cost' as const, staff: { headcount: 3 } }]) {
      expect(rosterCostOf(rosterProblem(request(over)), roster, coverage), JSON.stringify(over)).toBeUndefined();
    }
  });

  it('pay by each person\'s rates, the outsourced, bot and unmet agent-slots of the window at their prices, overtime by its rule', () => {
    const r = request({
      staff, priority: 'cost', outsourcing: { pricePerInquiry: 3, maxShare: 0.5 }, bot: { maxShare: 0.5, costPerInquiry: 1 }, unmetCostPerInquiry: 7, overtimeAfterHours: 2,
    });
    const problem = rosterProblem(r);
    // The model runs 3 slots past the window: only the window's 4 are charged.
    const coverage = { outsourced: [1, 0, 0, 0, 9, 9, 9], botTaken: [0, 0.5, 0, 0, 9, 9, 9], shortfall: [0, 0.5, 1, 0, 9, 9, 9] };
    const perAgentSlot = [10, 10, 10, 0, 0, 0, 0];
    const expected = costReport(roster, new Map([
      ['a', { kind: 'own', hourlyCost: 30, dailyCost: 0, overtimeCost: 45 }], ['t', { kind: 'temp', hourlyCost: 0, dailyCost: 200 }], ['x', { kind: 'own', hourlyCost: 0, dailyCost: 0 }],
    ]), r.demand, {
      outsourced: { agentSlots: [1, 0, 0, 0], costPerAgentSlot: perAgentSlot.map((n) => n * 3), inquiriesPerAgentSlot: perAgentSlot },
      unmet: { agentSlots: [0, 0.5, 1, 0], costPerAgentSlot: perAgentSlot.map((n) => n * 7), inquiriesPerAgentSlot: perAgentSlot },
      bot: { agentSlots: [0, 0.5, 0, 0], costPerAgentSlot: perAgentSlot.map((n) => n * 1), inquiriesPerAgentSlot: perAgentSlot },
      overtime: { afterHoursPerWeek: 2, slotCount: 4 },
    });
    expect(rosterCostOf(problem, roster, coverage)).toStrictEqual(expected);
    expect(expected.total).toBeGreaterThan(90 + 200);
  });

  it('without offers or a price on unmet demand, only pay', () => {
    const r = request({ staff, priority: 'cost' });
    const coverage = { outsourced: undefined, botTaken: undefined, shortfall: [0, 0.5, 1, 0, 0, 0, 0] };
    const rates = new Map([
      ['a', { kind: 'own' as const, hourlyCost: 30, dailyCost: 0, overtimeCost: 45 }], ['t', { kind: 'temp' as const, hourlyCost: 0, dailyCost: 200 }], ['x', { kind: 'own' as const, hourlyCost: 0, dailyCost: 0 }],
    ]);
    expect(rosterCostOf(rosterProblem(r), roster, coverage)).toStrictEqual(costReport(roster, rates, r.demand, {}));
  });
});
