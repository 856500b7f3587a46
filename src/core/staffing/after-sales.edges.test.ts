// The after-sales wave's guards and sums at their edges (from the mutation run).
import { describe, expect, it } from 'vitest';
import { afterSalesWave, decayCurve, normaliseCurve } from './after-sales.js';
import { thrown } from '../../../test/helpers.js';

describe('after-sales wave edges', () => {
  it('decayCurve: one day is the whole wave; no days, part days or NaN are refused, naming the setting', () => {
    expect(decayCurve(1, 0.5)).toEqual([1]);
    expect(decayCurve(2, 0.5).map((x) => x * 3)).toEqual([2, 1]);
    for (const days of [0, -1, 1.5, Number.NaN]) {
      const error = thrown(() => decayCurve(days));
      expect(error.key).toBe('value.mustBePositive');
      expect(error.location).toEqual({ setting: 'afterSalesDays', value: String(days) });
    }
  });

  it('normaliseCurve: empty, a negative or a non-number weight, or all zero are refused with the weights as written', () => {
    for (const weights of [[], [1, -1], [1, Number.NaN], [0, 0]]) {
      const error = thrown(() => normaliseCurve(weights));
      expect(error.key).toBe('afterSales.badCurve');
      expect(error.location).toEqual({ setting: 'afterSalesCurve', value: weights.join(',') });
    }
    expect(normaliseCurve([0, 2])).toEqual([0, 1]);
  });

  it('afterSalesWave: no sale days, no wave; each day sums the orders of the curve\'s days before it, no more', () => {
    expect(afterSalesWave([], { contactRate: 0.1, curve: [1], capacity: 10 })).toEqual([]);
    const days = [
      { date: '2026-11-10', sales: 1000, aov: 1 },
      { date: '2026-11-11', sales: 2000, aov: 1 },
      { date: '2026-11-12', sales: 4000, aov: 1 },
    ];
    // A two-day curve: each day gets half of its own orders' contacts and half of the day before's.
    const wave = afterSalesWave(days, { contactRate: 1, curve: [0.5, 0.5], capacity: 100 });
    expect(wave.map((d) => [d.date, d.orders, d.contacts, d.agents])).toEqual([
      ['2026-11-10', 1000, 500, 5], ['2026-11-11', 2000, 1500, 15], ['2026-11-12', 4000, 3000, 30], ['2026-11-13', 0, 2000, 20],
    ]);
  });
});
