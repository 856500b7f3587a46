import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backtest, calibrate, dayKind, peakHours, percentile, previousDate, spreadOf, type AgentDay, type StoreDay } from './calibrate.js';
import { CsPlanError } from '../../errors.js';

describe('percentile', () => {
  it('interpolates between order statistics as numpy.percentile does', () => {
    // numpy.percentile([1, 2, 3, 4, 5], 80) == 4.2; ([10, 20], 50) == 15; ([7], 80) == 7
    expect(percentile([5, 1, 4, 2, 3], 80)).toBeCloseTo(4.2, 12);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([7], 80)).toBe(7);
    // numpy.percentile([66, 109, 120, 120, 80, 95, 120], 80) == 120
    expect(percentile([66, 109, 120, 120, 80, 95, 120], 80)).toBe(120);
    // numpy.percentile([3, 1, 2, 10], 90) == 7.9
    expect(percentile([3, 1, 2, 10], 90)).toBeCloseTo(7.9, 12);
  });

  it('stays between the smallest and largest value and grows with p', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
      const v = percentile(values, p);
      expect(v).toBeGreaterThanOrEqual(Math.min(...values));
      expect(v).toBeLessThanOrEqual(Math.max(...values));
      expect(percentile(values, Math.max(1, p - 1))).toBeLessThanOrEqual(v + 1e-9);
    }));
  });

  it('spreadOf gives min, median and max', () => {
    expect(spreadOf([3, 1, 2, 8])).toEqual({ min: 1, median: 2.5, max: 8 });
  });
});

describe('dayKind', () => {
  const campaign = { from: '2025-11-11', to: '2025-11-12' };
  it('tells campaign days, the eve and ordinary days apart', () => {
    expect(dayKind('2025-11-11', campaign)).toBe('campaign');
    expect(dayKind('2025-11-12', campaign)).toBe('campaign');
    expect(dayKind('2025-11-10', campaign)).toBe('eve');
    expect(dayKind('2025-11-09', campaign)).toBe('ordinary');
    expect(dayKind('2025-11-13', campaign)).toBe('ordinary');
    expect(dayKind('2025-11-11')).toBe('ordinary');
  });
  it('finds the day before across months and leap years', () => {
    expect(previousDate('2024-03-01')).toBe('2024-02-29');
    expect(previousDate('2025-01-01')).toBe('2024-12-31');
  });
});

/** One day's files made from given ratios with whole numbers throughout (no noise). */
function dayFrom(date: string, r: { csShare: number; aov: number; conversion: number; capacity: number; agents: number; units: number }) {
  // units × 100 buyers; inquiries = buyers ÷ conversion, whole because conversion is k/100.
  const buyers = r.units * 100 * r.conversion * 100;
  const inquiries = r.units * 100 * 100;
  const csSales = buyers * r.aov;
  const store: StoreDay = { date, sales: csSales / r.csShare };
  const agents: AgentDay[] = Array.from({ length: r.agents }, (_, i) => ({
    date, agent: `A${i}`, received: i === 0 ? r.capacity : Math.max(1, Math.floor(r.capacity / 2)), onlineHours: 8,
    inquiries: i === 0 ? inquiries - (r.agents - 1) * Math.floor(inquiries / r.agents) : Math.floor(inquiries / r.agents),
    buyers: 0, sales: 0,
  }));
  // Buyers and sales in proportion, whole, on the first agent's remainder.
  let leftBuyers = buyers;
  for (const a of agents) a.buyers = Math.min(a.inquiries, Math.floor(buyers / r.agents));
  leftBuyers -= agents.reduce((s, a) => s + a.buyers, 0);
  const first = agents[0];
  if (first) first.buyers += leftBuyers;
  for (const a of agents) a.sales = a.buyers * r.aov;
  return { store, agents };
}

describe('calibrate', () => {
  it('recovers the ratios the data was made from, and the backtest of such a year is exact', () => {
    const ratios = fc.record({
      csShare: fc.integer({ min: 5, max: 100 }).map((p) => p / 100),
      aov: fc.integer({ min: 20, max: 900 }),
      conversion: fc.integer({ min: 10, max: 90 }).map((p) => p / 100),
      capacity: fc.integer({ min: 20, max: 800 }),
      agents: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(fc.property(ratios, ratios, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 8 }), (ordinary, campaignDay, sizes) => {
      const dates = sizes.map((_, i) => `2025-11-${String(i + 1).padStart(2, '0')}`);
      const campaignDate = dates[dates.length - 1] ?? '';
      const made = dates.map((date, i) => dayFrom(date, { ...(date === campaignDate ? campaignDay : ordinary), units: sizes[i] ?? 1 }));
      const calibration = calibrate(made.flatMap((m) => m.agents), made.map((m) => m.store), { campaign: { from: campaignDate, to: campaignDate }, percentile: 100, minOnlineHours: 4 });
      for (const [kind, truth] of [['campaign', campaignDay], ['ordinary', ordinary]] as const) {
        const value = (key: string) => calibration.figures.find((f) => f.kind === kind && f.key === key)?.value;
        expect(value('csShare')).toBeCloseTo(truth.csShare, 9);
        expect(value('aov')).toBeCloseTo(truth.aov, 9);
        expect(value('conversion')).toBeCloseTo(truth.conversion, 9);
        expect(value('capacity')).toBe(truth.capacity);
        expect(value('hourlyCapacity')).toBeCloseTo(truth.capacity / 8, 9);
      }
      for (const day of backtest(calibration)) {
        expect(Math.abs(day.inquiryError)).toBeLessThan(1e-9);
        expect(day.shortOver).toBe(0);
        expect(day.predictedAgents).toBe(day.neededAgents);
      }
    }), { numRuns: 60 });
  });

  const agent = (date: string, name: string, received: number, inquiries: number, buyers: number, sales: number, onlineHours?: number): AgentDay => ({
    date, agent: name, received, inquiries, buyers, sales, ...(onlineHours !== undefined ? { onlineHours } : {}),
  });

  it('takes each kind as the ratio of its sums, with the daily ratios as spread', () => {
    const agents = [agent('2025-11-01', 'a', 100, 100, 40, 4000, 8), agent('2025-11-02', 'a', 300, 300, 60, 12000, 8)];
    const store: StoreDay[] = [{ date: '2025-11-01', sales: 10000 }, { date: '2025-11-02', sales: 60000 }];
    const c = calibrate(agents, store, { percentile: 80, minOnlineHours: 4 });
    const share = c.figures.find((f) => f.key === 'csShare');
    // (4000 + 12000) ÷ (10000 + 60000), not the mean of 40% and 20%.
    expect(share?.value).toBeCloseTo(16000 / 70000, 12);
    expect(share?.spread).toEqual({ min: 0.2, median: expect.closeTo(0.3, 12) as number, max: 0.4 });
    expect(c.figures.find((f) => f.key === 'conversion')?.value).toBeCloseTo(100 / 400, 12);
    expect(c.figures.find((f) => f.key === 'aov')?.value).toBeCloseTo(16000 / 100, 12);
    expect(c.figures.find((f) => f.key === 'botRate')).toBeUndefined();
  });

  it('counts the bot\'s inquiries in the conversion and the bot rate', () => {
    const agents = [agent('2025-11-01', 'a', 80, 60, 30, 3000, 8)];
    const c = calibrate(agents, [{ date: '2025-11-01', sales: 10000, botInquiries: 40 }], { percentile: 80, minOnlineHours: 4 });
    expect(c.figures.find((f) => f.key === 'conversion')?.value).toBeCloseTo(30 / 100, 12);
    expect(c.figures.find((f) => f.key === 'botRate')?.value).toBeCloseTo(40 / 100, 12);
  });

  it('leaves agent-days with too little or no time online out of the capacities, and says how many', () => {
    const agents = [
      agent('2025-11-01', 'a', 100, 10, 1, 100, 8), agent('2025-11-01', 'b', 500, 10, 1, 100, 3),
      agent('2025-11-01', 'c', 900, 10, 1, 100, 0), agent('2025-11-01', 'd', 50, 10, 1, 100, 4),
    ];
    const c = calibrate(agents, [], { percentile: 100, minOnlineHours: 4 });
    expect(c.figures.find((f) => f.key === 'capacity')?.value).toBe(100);
    expect(c.figures.find((f) => f.key === 'capacity')?.samples).toBe(2);
    expect(c.excludedAgentDays).toEqual({ shortOnline: 1, noOnline: 1 });
    expect(c.missing).toContainEqual({ key: 'csShare', kind: 'ordinary', reason: 'noStore' });
  });

  it('refuses a day whose store sales are 0 while its agents sold, naming the store row', () => {
    const agents = [agent('2025-11-01', 'a', 100, 10, 1, 100, 8)];
    try {
      calibrate(agents, [{ date: '2025-11-01', sales: 0, at: { file: 'store.csv', line: 3 } }], { percentile: 80, minOnlineHours: 4 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsPlanError);
      expect((error as CsPlanError).key).toBe('calibrate.zeroStoreSales');
      expect((error as CsPlanError).location).toMatchObject({ file: 'store.csv', line: 3, column: 'sales' });
    }
  });

  it('does not divide by zero: a kind without inquiries gets no conversion, only a reason', () => {
    const agents = [agent('2025-11-01', 'a', 0, 0, 0, 0, 0)];
    const c = calibrate(agents, [{ date: '2025-11-01', sales: 0 }], { percentile: 80, minOnlineHours: 4 });
    expect(c.figures.every((f) => Number.isFinite(f.value))).toBe(true);
    expect(c.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['csShare', 'aov', 'conversion', 'capacity']));
  });
});

describe('peakHours', () => {
  it('finds the busiest clock hour from quarter-hour cells and its share of the day', () => {
    const cells = new Array<number>(96).fill(1);
    cells.fill(10, 80, 84); // 20:00–21:00: 40 of 92 + 40 = 132
    const peak = peakHours(new Map([['2025-11-10', cells], ['2025-11-09', new Array<number>(96).fill(0)]]));
    expect(peak.get('2025-11-10')).toEqual({ hour: 20, share: 40 / 132 });
    expect(peak.has('2025-11-09')).toBe(false);
  });

  it('the backtest plans the busiest hour from the predicted day as the roster spreads it', () => {
    const agents: AgentDay[] = [{ date: '2025-11-11', agent: 'a', received: 100, inquiries: 100, buyers: 50, sales: 5000, onlineHours: 10 }];
    const c = calibrate(agents, [{ date: '2025-11-11', sales: 10000 }], { percentile: 80, minOnlineHours: 4 });
    const [day] = backtest(c, new Map([['2025-11-11', { hour: 20, share: 0.25 }]]));
    // 100 inquiries × 25% in the busiest hour ÷ 10 an hour.
    expect(day?.peak).toEqual({ hour: 20, share: 0.25, predictedAgents: 3, neededAgents: 3 });
  });
});
