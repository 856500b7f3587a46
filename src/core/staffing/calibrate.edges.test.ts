// calibrate's edges: who counts as on duty, which days and agent-days each figure rests on, why a
// figure is missing, the store's own ratios, the fallback to ordinary days, the busiest hour's
// ties and the backtest's skipped days. Loops rather than it.each: Stryker's per-test coverage
// misses it.each.
import { describe, expect, it } from 'vitest';
import { backtest, calibrate, DAY_KINDS, FIGURE_KEYS, figureFor, peakHours, percentile, type AgentDay, type Calibration, type StoreDay } from './calibrate.js';
import { thrown } from '../../../test/helpers.js';

const OPTIONS = { percentile: 100, minOnlineHours: 4 };
const agent = (date: string, name: string, received: number, inquiries: number, buyers: number, sales: number, onlineHours?: number): AgentDay => ({
  date, agent: name, received, inquiries, buyers, sales, ...(onlineHours !== undefined ? { onlineHours } : {}),
});
const figure = (c: Calibration, key: string, kind = 'ordinary') => c.figures.find((f) => f.key === key && f.kind === kind);

describe('the lists of kinds and figures', () => {
  it('name every kind and figure in the order the output shows them', () => {
    expect(DAY_KINDS).toEqual(['campaign', 'eve', 'ordinary']);
    expect(FIGURE_KEYS).toEqual(['csShare', 'aov', 'conversion', 'botRate', 'capacity', 'hourlyCapacity', 'storeAov', 'afterSalesRate']);
  });

  it('a percentile of nothing is NaN', () => {
    expect(percentile([], 80)).toBeNaN();
  });
});

describe('who was on duty', () => {
  it('with online hours: anyone online or anyone received; without: anyone received or any inquiry', () => {
    const agents = [
      agent('2025-11-01', 'off', 0, 5, 0, 0, 0), // online 0, received nobody: off, whatever its inquiries
      agent('2025-11-01', 'received', 3, 0, 0, 0, 0),
      agent('2025-11-01', 'online', 0, 0, 0, 0, 2),
      agent('2025-11-01', 'online too', 0, 0, 0, 0, 2),
      agent('2025-11-01', 'both', 10, 10, 5, 500, 8),
      agent('2025-11-02', 'idle', 0, 0, 0, 0), // no online hours in the export, nothing received or asked
      agent('2025-11-02', 'asked', 0, 4, 0, 0),
      agent('2025-11-02', 'asked too', 0, 4, 0, 0),
      agent('2025-11-02', 'served', 6, 0, 0, 0),
      agent('2025-11-02', 'served too', 6, 0, 0, 0),
      agent('2025-11-02', 'both', 10, 10, 5, 500),
    ];
    const c = calibrate(agents, [], OPTIONS);
    // Uneven groups, so that no wrong rule can reach the same count by swapping one agent for another.
    expect(c.days.map((d) => [d.date, d.agentsOnDuty])).toEqual([['2025-11-01', 4], ['2025-11-02', 5]]);
  });

  it('a ratio counts the distinct agents on duty on the days it rests on', () => {
    const agents = [
      agent('2025-11-01', 'a', 10, 10, 5, 500, 8), agent('2025-11-02', 'a', 10, 10, 5, 500, 8),
      agent('2025-11-01', 'b', 10, 10, 5, 500, 8), agent('2025-11-01', 'away', 0, 0, 0, 0, 0),
      // A day without buyers is not in the AOV, nor is its agent.
      agent('2025-11-03', 'c', 10, 10, 0, 0, 8),
      // A campaign day's agent is not in the ordinary days' count.
      agent('2025-11-11', 'd', 10, 10, 5, 500, 8),
    ];
    const c = calibrate(agents, [], { ...OPTIONS, campaign: { from: '2025-11-11', to: '2025-11-11' } });
    expect([figure(c, 'aov')?.days, figure(c, 'aov')?.agents, figure(c, 'aov')?.samples]).toEqual([2, 2, 2]);
    expect([figure(c, 'conversion')?.days, figure(c, 'conversion')?.agents]).toEqual([3, 3]);
    expect([figure(c, 'aov', 'campaign')?.days, figure(c, 'aov', 'campaign')?.agents]).toEqual([1, 1]);
  });
});

describe('the days', () => {
  it('come in date order whatever the file order, with their sums and the bot inquiries added', () => {
    const agents = [agent('2025-11-03', 'a', 10, 8, 2, 200, 8), agent('2025-11-01', 'a', 10, 6, 3, 300, 8), agent('2025-11-01', 'b', 10, 4, 1, 50, 8)];
    const c = calibrate(agents, [{ date: '2025-11-01', sales: 1000, botInquiries: 10 }], OPTIONS);
    expect(c.days).toEqual([
      { date: '2025-11-01', kind: 'ordinary', storeSales: 1000, csSales: 350, buyers: 4, humanInquiries: 10, inquiries: 20, agentsOnDuty: 2 },
      { date: '2025-11-03', kind: 'ordinary', csSales: 200, buyers: 2, humanInquiries: 8, inquiries: 8, agentsOnDuty: 1 },
    ]);
  });

  it('a store row with no sales under agents who sold names the date, the rounded sales and the cell', () => {
    const error = thrown(() => calibrate([agent('2025-11-01', 'a', 10, 10, 1, 99.6, 8)], [{ date: '2025-11-01', sales: 0, at: { file: 'store.csv', line: 3 } }], OPTIONS));
    expect([error.key, error.params, error.location]).toEqual(['calibrate.zeroStoreSales', { date: '2025-11-01', csSales: 100 }, { file: 'store.csv', line: 3, column: 'sales', value: '0' }]);
  });
});

describe('why a figure is missing', () => {
  it('lists exactly the figures a kind lacks, with the reason, and nothing for kinds without days', () => {
    const c = calibrate([agent('2025-11-01', 'a', 0, 0, 0, 0, 8)], [{ date: '2025-11-01', sales: 0 }], OPTIONS);
    expect(c.figures).toEqual([]);
    expect(c.missing).toEqual([
      { key: 'csShare', kind: 'ordinary', reason: 'noSales' },
      { key: 'aov', kind: 'ordinary', reason: 'noBuyers' },
      { key: 'conversion', kind: 'ordinary', reason: 'noInquiries' },
      { key: 'capacity', kind: 'ordinary', reason: 'noAgentDays' },
      { key: 'hourlyCapacity', kind: 'ordinary', reason: 'noAgentDays' },
    ]);
  });

  it('says noStore without store rows, and noOnlineHours when the agent-days have no online hours', () => {
    const c = calibrate([agent('2025-11-01', 'a', 10, 10, 5, 500)], [], OPTIONS);
    expect(c.missing).toEqual([
      { key: 'csShare', kind: 'ordinary', reason: 'noStore' },
      { key: 'hourlyCapacity', kind: 'ordinary', reason: 'noOnlineHours' },
    ]);
    expect([figure(c, 'capacity')?.value, figure(c, 'capacity')?.samples]).toEqual([10, 1]);
  });

  it('the bot rate has no inquiries to rest on when nobody asked', () => {
    const c = calibrate([agent('2025-11-01', 'a', 10, 0, 0, 0, 8)], [{ date: '2025-11-01', sales: 100, botInquiries: 0 }], OPTIONS);
    expect(c.missing).toContainEqual({ key: 'botRate', kind: 'ordinary', reason: 'noInquiries' });
  });

  it('a ratio leaves out the days whose denominator is 0, in the value, the days and the spread', () => {
    const agents = [agent('2025-11-01', 'a', 10, 10, 4, 400, 8), agent('2025-11-02', 'a', 10, 10, 0, 0, 8), agent('2025-11-03', 'a', 10, 10, 2, 100, 8)];
    const aov = figure(calibrate(agents, [], OPTIONS), 'aov');
    expect(aov).toMatchObject({ value: 500 / 6, days: 2, samples: 2, spread: { min: 50, median: 75, max: 100 } });
  });
});

describe('the bot rate and the store ratios', () => {
  it('the bot rate is worked out when any store row has the bot column', () => {
    const agents = [agent('2025-11-01', 'a', 10, 30, 3, 300, 8), agent('2025-11-02', 'a', 10, 50, 5, 500, 8)];
    const c = calibrate(agents, [{ date: '2025-11-01', sales: 1000, botInquiries: 10 }, { date: '2025-11-02', sales: 1000 }], OPTIONS);
    // (10 + 0) bot inquiries of (40 + 50).
    expect(figure(c, 'botRate')).toMatchObject({ value: 10 / 90, days: 2, spread: { min: 0, max: 0.25 } });
  });

  it('store AOV and the after-sales rate rest on the days with orders (and after-sales), as ratios of sums', () => {
    const agents = ['2025-11-01', '2025-11-02', '2025-11-03', '2025-11-04'].map((date) => agent(date, 'a', 10, 10, 5, 500, 8));
    const store: StoreDay[] = [
      { date: '2025-11-01', sales: 10000, orders: 100, afterSales: 10 },
      { date: '2025-11-02', sales: 30000, orders: 200 },
      { date: '2025-11-03', sales: 8000 },
      { date: '2025-11-04', sales: 4000, orders: 50, afterSales: 15 },
    ];
    const c = calibrate(agents, store, OPTIONS);
    expect(figure(c, 'storeAov')).toMatchObject({ value: 44000 / 350, days: 3, samples: 3, agents: 1, spread: { min: 80, median: 100, max: 150 } });
    expect(figure(c, 'afterSalesRate')).toMatchObject({ value: 25 / 150, days: 2, spread: { min: 0.1, max: 0.3 } });
  });

  it('without orders there is no store AOV nor after-sales rate, and without after-sales no rate', () => {
    const agents = [agent('2025-11-01', 'a', 10, 10, 5, 500, 8)];
    const none = calibrate(agents, [{ date: '2025-11-01', sales: 1000, afterSales: 3 }], OPTIONS);
    expect([figure(none, 'storeAov'), figure(none, 'afterSalesRate')]).toEqual([undefined, undefined]);
    const ordersOnly = calibrate(agents, [{ date: '2025-11-01', sales: 1000, orders: 20 }], OPTIONS);
    expect(figure(ordersOnly, 'storeAov')?.value).toBe(50);
    expect(figure(ordersOnly, 'afterSalesRate')).toBeUndefined();
    expect(ordersOnly.missing).toEqual([]);
  });

  it('a day with orders of 0 leaves both store ratios missing for its kind', () => {
    const c = calibrate([agent('2025-11-01', 'a', 10, 10, 5, 500, 8)], [{ date: '2025-11-01', sales: 1000, orders: 0, afterSales: 0 }], OPTIONS);
    expect(c.missing).toEqual([{ key: 'storeAov', kind: 'ordinary', reason: 'noOrders' }, { key: 'afterSalesRate', kind: 'ordinary', reason: 'noOrders' }]);
  });

  it('a day without a store row is no part of the store ratios', () => {
    const agents = [agent('2025-11-01', 'a', 10, 10, 5, 500, 8), agent('2025-11-02', 'a', 10, 10, 5, 500, 8)];
    const c = calibrate(agents, [{ date: '2025-11-01', sales: 1000, orders: 10, afterSales: 1 }], OPTIONS);
    expect([figure(c, 'storeAov')?.days, figure(c, 'afterSalesRate')?.days]).toEqual([1, 1]);
  });
});

describe('the capacities', () => {
  it('count agent-days with someone received, without online hours too, with their days and agents', () => {
    const agents = [
      agent('2025-11-01', 'a', 40, 10, 1, 100), agent('2025-11-02', 'a', 60, 10, 1, 100), agent('2025-11-02', 'b', 20, 10, 1, 100),
      agent('2025-11-02', 'nobody', 0, 10, 1, 100, 8), // received nobody: not a sample, and not counted as excluded
    ];
    const c = calibrate(agents, [], { percentile: 50, minOnlineHours: 4 });
    expect(figure(c, 'capacity')).toMatchObject({ value: 40, days: 2, agents: 2, samples: 3, spread: { min: 20, median: 40, max: 60 } });
    expect(c.excludedAgentDays).toEqual({ shortOnline: 0, noOnline: 0 });
  });

  it('the hourly capacity rests only on agent-days with online hours', () => {
    const agents = [agent('2025-11-01', 'a', 40, 10, 1, 100, 8), agent('2025-11-01', 'b', 90, 10, 1, 100)];
    const c = calibrate(agents, [], OPTIONS);
    expect(figure(c, 'hourlyCapacity')).toMatchObject({ value: 5, samples: 1, agents: 1 });
    expect(figure(c, 'capacity')).toMatchObject({ value: 90, samples: 2 });
  });
});

describe('figureFor', () => {
  it('takes the kind\'s own figure, else the ordinary days\', else none', () => {
    const agents = [agent('2025-11-01', 'a', 10, 10, 5, 500, 8), agent('2025-11-11', 'a', 30, 20, 0, 0, 8)];
    const c = calibrate(agents, [], { ...OPTIONS, campaign: { from: '2025-11-11', to: '2025-11-11' } });
    expect(figureFor(c, 'capacity', 'campaign')).toMatchObject({ kind: 'campaign', value: 30 });
    // The eve has no days: the ordinary days' capacity, not the campaign's that comes first.
    expect(figureFor(c, 'capacity', 'eve')).toMatchObject({ kind: 'ordinary', value: 10 });
    expect(figureFor(c, 'aov', 'campaign')).toMatchObject({ kind: 'ordinary', value: 100 });
    expect(figureFor(c, 'aov', 'eve')).toMatchObject({ kind: 'ordinary', value: 100 });
    expect(figureFor(c, 'csShare', 'campaign')).toBeUndefined();
  });
});

describe('peakHours', () => {
  it('keeps the earliest of equally busy hours and finds a lone inquiry', () => {
    const tie = new Array<number>(96).fill(0);
    tie[4 * 9] = 3;
    tie[4 * 21 + 2] = 3;
    const lone = new Array<number>(96).fill(0);
    lone[4 * 5 + 3] = 1;
    const peaks = peakHours(new Map([['tie', tie], ['lone', lone]]));
    expect(peaks.get('tie')).toEqual({ hour: 9, share: 0.5 });
    expect(peaks.get('lone')).toEqual({ hour: 5, share: 1 });
  });
});

describe('backtest', () => {
  const year = () => [
    agent('2025-11-01', 'a', 100, 100, 40, 4000, 8),
    agent('2025-11-02', 'a', 300, 300, 60, 12000, 8),
  ];

  it('skips days without store sales and days whose kind lacks a figure the formula needs', () => {
    expect(backtest(calibrate(year(), [], OPTIONS))).toEqual([]);
    const cases: [string, AgentDay][] = [
      ['csShare', agent('2025-11-01', 'a', 10, 10, 5, 500, 8)], // store sales 0 below
      ['aov', agent('2025-11-01', 'a', 10, 10, 0, 0, 8)],
      ['conversion', agent('2025-11-01', 'a', 10, 0, 5, 500, 8)],
      ['capacity', agent('2025-11-01', 'a', 0, 10, 5, 500, 8)],
    ];
    for (const [lacking, day] of cases) {
      const sales = lacking === 'csShare' ? 0 : 1000;
      const c = calibrate([{ ...day, sales: lacking === 'csShare' ? 0 : day.sales }], [{ date: '2025-11-01', sales }], OPTIONS);
      expect(figure(c, lacking), lacking).toBeUndefined();
      expect(backtest(c), lacking).toEqual([]);
    }
  });

  it('gives each day its error against the kind\'s ratios, its agents, and its bot share', () => {
    const c = calibrate(year(), [{ date: '2025-11-01', sales: 10000, botInquiries: 100 }, { date: '2025-11-02', sales: 60000 }], { percentile: 50, minOnlineHours: 4 });
    // csShare 16000/70000, AOV 160, conversion 100/500, bot rate 100/500, capacity (median of 100, 300) 200.
    const [first, second] = backtest(c);
    // 11-01: 10000 × 16/70 ÷ 160 ÷ 0.2 = 71.43 inquiries against 200; 80% of them to people ÷ 200 → 1 agent.
    expect(first).toMatchObject({ date: '2025-11-01', kind: 'ordinary', storeSales: 10000, actualInquiries: 200, predictedAgents: 1, neededAgents: 1, onDutyAgents: 1, shortOver: 0 });
    expect(first?.predictedInquiries).toBeCloseTo(10000 * (16 / 70) / 160 / 0.2, 9);
    expect(first?.inquiryError).toBeCloseTo((10000 * (16 / 70) / 160 / 0.2 - 200) / 200, 9);
    // 11-02: 428.57 inquiries, 342.9 to people → 2 agents; 300 came → 2 needed.
    expect(second).toMatchObject({ predictedAgents: 2, neededAgents: 2, actualInquiries: 300 });
    expect(second?.peak).toBeUndefined();
  });

  it('a day that had no inquiries has an error of 0, not a division by zero', () => {
    // CS share 4000 ÷ 15000, AOV 160, conversion 100 ÷ 400: 11-01 predicts 66.7 inquiries against 100.
    const agents = [...year(), agent('2025-11-03', 'a', 50, 0, 0, 0, 8)];
    const days = backtest(calibrate(agents, [{ date: '2025-11-01', sales: 10000 }, { date: '2025-11-03', sales: 5000 }], OPTIONS));
    expect(days.map((d) => [d.date, d.actualInquiries, d.inquiryError])).toEqual([['2025-11-01', 100, expect.closeTo(-1 / 3, 9)], ['2025-11-03', 0, 0]]);
  });
});
