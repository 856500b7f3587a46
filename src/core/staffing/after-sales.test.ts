import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterSalesWave, decayCurve, normaliseCurve } from './after-sales.js';
import { formatDate, MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';
import { CsPlanError } from '../../errors.js';

describe('decayCurve', () => {
  it('the documented default: 7 days, each 0.7 of the one before; 72% in 3 days, 91% in 5', () => {
    const curve = decayCurve();
    expect(curve).toHaveLength(7);
    expect(curve.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(curve[1]! / curve[0]!).toBeCloseTo(0.7, 12);
    expect(curve.slice(0, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(0.7160, 4);
    expect(curve.slice(0, 5).reduce((a, b) => a + b, 0)).toBeCloseTo(0.9066, 4);
  });
});

describe('normaliseCurve', () => {
  it('scales weights to shares', () => {
    expect(normaliseCurve([40, 25, 15, 10, 5, 5])).toEqual([0.4, 0.25, 0.15, 0.1, 0.05, 0.05]);
  });
  it('refuses negative or all-zero weights, naming the flag', () => {
    expect(() => normaliseCurve([0, 0])).toThrow(CsPlanError);
    expect(() => normaliseCurve([1, -1])).toThrow(CsPlanError);
  });
});

describe('afterSalesWave', () => {
  it('worked example: two sale days, a three-day curve', () => {
    // Orders: 1,000 then 2,000; 10% contact; curve 50/30/20; 100 contacts per agent per day.
    const wave = afterSalesWave(
      [{ date: '2026-11-11', sales: 100_000, aov: 100 }, { date: '2026-11-12', sales: 200_000, aov: 100 }],
      { contactRate: 0.1, curve: [0.5, 0.3, 0.2], capacity: 100 },
    );
    expect(wave.map((d) => d.date)).toEqual(['2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14']);
    // Across a month end.
    expect(afterSalesWave([{ date: '2026-11-30', sales: 1, aov: 1 }], { contactRate: 1, curve: [0.5, 0.5], capacity: 1 }).map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01']);
    expect(wave.map((d) => d.orders)).toEqual([1000, 2000, 0, 0]);
    // 11th: 100×0.5 = 50; 12th: 100×0.3 + 200×0.5 = 130; 13th: 100×0.2 + 200×0.3 = 80; 14th: 200×0.2 = 40.
    expect(wave.map((d) => d.contacts)).toEqual([50, 130, 80, 40].map((x) => expect.closeTo(x, 9)));
    expect(wave.map((d) => d.agents)).toEqual([1, 2, 1, 1]);
  });

  it('spreads every order\'s contacts: the wave sums to orders × rate', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 10 }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }).filter((w) => w.some((x) => x > 0)),
      fc.double({ min: 0.001, max: 1, noNaN: true }),
      (sales, weights, rate) => {
        const days = sales.map((s, i) => ({ date: formatDate(toEpochMinutes('2026-11-01') + i * MINUTES_PER_DAY), sales: s, aov: 150 }));
        const wave = afterSalesWave(days, { contactRate: rate, curve: normaliseCurve(weights), capacity: 200 });
        expect(wave).toHaveLength(days.length + weights.length - 1);
        const expected = sales.reduce((sum, s) => sum + (s / 150) * rate, 0);
        expect(wave.reduce((sum, d) => sum + d.contacts, 0)).toBeCloseTo(expected, 4);
      },
    ));
  });

  it('rounds agents up without float noise', () => {
    // 21 contacts at 0.7 per agent would be 30.000000000000004 agents in doubles.
    const [day] = afterSalesWave([{ date: '2026-11-11', sales: 210, aov: 1 }], { contactRate: 0.1, curve: [1], capacity: 0.7 });
    expect(day?.agents).toBe(30);
  });
});
