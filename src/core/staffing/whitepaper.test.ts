import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateDay, totalOf, type EstimateInput } from './whitepaper.js';
import { CsPlanError } from '../../errors.js';

const worked: EstimateInput = {
  date: '2026-11-11', sales: 500_000, csShare: 0.2, aov: 100, conversion: 0.4, capacity: 576, botRate: 0,
};

describe('estimateDay', () => {
  it('reproduces the worked example of the domain brief: 2,500 inquiries → 5 agents at 576 per agent', () => {
    const row = estimateDay(worked);
    expect(row.csSales).toBe(100_000);
    expect(row.csBuyers).toBe(1_000);
    expect(row.inquiries).toBeCloseTo(2_500, 9);
    expect(row.humanInquiries).toBeCloseTo(2_500, 9);
    expect(row.agentsExact).toBeCloseTo(4.340278, 5);
    expect(row.agents).toBe(5);
  });

  it('sends bot-deflected chats away from humans', () => {
    const row = estimateDay({ ...worked, botRate: 0.3 });
    expect(row.humanInquiries).toBeCloseTo(1_750, 9);
    expect(row.agents).toBe(4); // 1750 / 576 = 3.04
  });

  it('does not round float noise up to an extra agent', () => {
    // 3 × 0.1 ÷ 0.3 is 1.0000000000000002 in doubles; it must stay exactly 1 agent.
    const row = estimateDay({ ...worked, sales: 3, csShare: 0.1, aov: 1, conversion: 1, capacity: 0.3 });
    expect(row.agentsExact).toBeGreaterThan(1);
    expect(row.agents).toBe(1);
  });

  it('gives zero agents for a day without sales', () => {
    expect(estimateDay({ ...worked, sales: 0 }).agents).toBe(0);
  });

  // One test with a loop, not it.each: Stryker's per-test coverage did not see the it.each cases
  // and counted the parameter names as surviving mutants.
  it('refuses a value out of range naming the parameter and the value, with the reason for its range', () => {
    const cases = [
      ['sales', -1, 'value.negative'], ['csShare', 0, 'value.ratioRange'], ['csShare', 1.2, 'value.ratioRange'], ['aov', 0, 'value.mustBePositive'],
      ['aov', Number.NaN, 'value.mustBePositive'], ['conversion', 0, 'value.ratioRange'], ['conversion', 1.01, 'value.ratioRange'],
      ['capacity', 0, 'value.mustBePositive'], ['botRate', 1, 'value.botRateRange'], ['botRate', -0.1, 'value.botRateRange'],
    ] as const;
    for (const [name, value, key] of cases) {
      let error: unknown;
      try {
        estimateDay({ ...worked, [name]: value });
      } catch (e) {
        error = e;
      }
      expect(error, `${name} = ${value}`).toBeInstanceOf(CsPlanError);
      const e = error as CsPlanError;
      expect([e.key, e.params, e.location], `${name} = ${value}`).toEqual([key, { name }, { option: name, value: String(value) }]);
    }
  });

  it('accepts the ends of each range: all sales through CS, every inquiry converting, no bot', () => {
    const row = estimateDay({ ...worked, csShare: 1, conversion: 1, botRate: 0, sales: 0 });
    expect(row.agents).toBe(0);
    expect(estimateDay({ ...worked, csShare: 1, conversion: 1 }).inquiries).toBeCloseTo(5_000, 9);
    expect(estimateDay({ ...worked, botRate: 0.99 }).humanInquiries).toBeCloseTo(25, 9);
  });

  it('ignores only float noise: a billionth of an agent is none, anything more is one', () => {
    const tiny = { date: 'x', csShare: 0.01, aov: 6089, conversion: 0.8, capacity: 1930, botRate: 0.53 };
    expect(estimateDay({ ...tiny, sales: 2 }).agents).toBe(0); // 1.0e-9 agents (found by the property below)
    expect(estimateDay({ ...tiny, sales: 3 }).agents).toBe(1); // 1.5e-9 agents
  });

  it('agents always cover the human inquiries, with less than one agent to spare', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 10_000 }),
      fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 0, max: 99 }),
      (sales, share, aov, conv, capacity, bot) => {
        const row = estimateDay({ date: 'x', sales, csShare: share / 100, aov, conversion: conv / 100, capacity, botRate: bot / 100 });
        // Float noise is ignored in agent units (ceilTolerant: 1e-9 of an agent, relative above 1),
        // so 2 yuan of sales (2e-6 inquiries) needs no agent; anything more does.
        const tolerance = 1e-9 * Math.max(1, row.agentsExact) * capacity;
        expect(row.agents * capacity).toBeGreaterThanOrEqual(row.humanInquiries - tolerance);
        expect((row.agents - 1) * capacity).toBeLessThan(row.humanInquiries + tolerance);
      }));
  });
});

describe('totalOf', () => {
  it('sums days and keeps the peak day headcount', () => {
    const rows = [estimateDay(worked), estimateDay({ ...worked, sales: 1_000_000 })];
    const total = totalOf(rows);
    expect(total.sales).toBe(1_500_000);
    expect(total.csSales).toBe(300_000);
    expect(total.csBuyers).toBe(3_000);
    expect(total.inquiries).toBeCloseTo(7_500, 6);
    expect(total.humanInquiries).toBeCloseTo(7_500, 6);
    expect(totalOf([estimateDay({ ...worked, botRate: 0.2 })]).humanInquiries).toBeCloseTo(2_000, 6);
    expect(total.agentDays).toBe(5 + 9);
    expect(total.peakAgents).toBe(9);
  });
});
