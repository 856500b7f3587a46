import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageShape, dayShapes, forecastDemand, seriesDemand, spreadDay, toGrid, recordStep } from './slots.js';
import { capacityRule } from '../staffing/capacity-rule.js';
import { toEpochMinutes } from '../time/clock.js';

const hourly = (date: string, values: number[]) => values.map((inquiries, h) => ({ at: toEpochMinutes(date, h * 60), inquiries }));

describe('grid and shapes', () => {
  it('spreads an hourly record over four 15-minute cells', () => {
    expect([...toGrid([{ at: 0, inquiries: 60 }, { at: 60, inquiries: 4 }]).values()]).toEqual([15, 15, 15, 15, 1, 1, 1, 1]);
  });
  it('detects the record step', () => {
    expect(recordStep(hourly('2026-11-10', [1, 2, 3]))).toBe(60);
    expect(recordStep([{ at: 0, inquiries: 1 }])).toBe(60);
  });
  it('spreads a record over midnight into both days', () => {
    const days = dayShapes([{ at: toEpochMinutes('2025-11-10', 23 * 60 + 30), inquiries: 60 }], 60);
    expect(days.get('2025-11-10')?.slice(94)).toEqual([15, 15]);
    expect(days.get('2025-11-11')?.slice(0, 2)).toEqual([15, 15]);
  });
  it('cuts days at midnight', () => {
    const days = dayShapes([...hourly('2025-11-10', new Array(24).fill(1)), ...hourly('2025-11-11', new Array(24).fill(2))]);
    expect([...days.keys()]).toEqual(['2025-11-10', '2025-11-11']);
    expect(days.get('2025-11-11')?.reduce((a, b) => a + b)).toBeCloseTo(48);
  });
  it('averages normalised shapes', () => {
    const a = new Array(96).fill(0); a[0] = 10;
    const b = new Array(96).fill(0); b[1] = 1000;
    const avg = averageShape([a, b]);
    expect(avg[0]).toBeCloseTo(0.5);
    expect(avg[1]).toBeCloseTo(0.5);
  });
});

describe('spreadDay', () => {
  it('keeps the daily total for every slot size', () => {
    fc.assert(fc.property(
      fc.array(fc.nat({ max: 1000 }), { minLength: 96, maxLength: 96 }).filter((s) => s.some((v) => v > 0)),
      fc.constantFrom(15, 30, 60), fc.double({ min: 0, max: 1e6, noNaN: true }),
      (shape, slot, total) => {
        const slots = spreadDay(total, shape, slot);
        expect(slots).toHaveLength(1440 / slot);
        expect(slots.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
      }));
  });
  it('puts the peak where history had it', () => {
    const shape = new Array(96).fill(0);
    for (let cell = 80; cell < 84; cell++) shape[cell] = 1; // 20:00–21:00
    const slots = spreadDay(1200, shape, 60);
    expect(slots[20]).toBe(1200);
    expect(slots[19]).toBe(0);
  });
});

describe('forecastDemand', () => {
  const history = dayShapes([
    ...hourly('2025-11-10', new Array(24).fill(0).map((_, h) => (h === 21 ? 3 : 1))),
    ...hourly('2025-11-11', new Array(24).fill(0).map((_, h) => (h === 0 ? 5 : 1))),
  ]);
  it('gives each forecast day the shape of the history day at the same position', () => {
    const demand = forecastDemand([{ date: '2026-11-10', inquiries: 260 }, { date: '2026-11-11', inquiries: 280 }], history, { kind: 'position' }, 60);
    expect(demand.start).toBe(toEpochMinutes('2026-11-10'));
    expect(demand.inquiries).toHaveLength(48);
    expect(demand.inquiries[21]).toBeCloseTo(30); // 260 × 3/26
    expect(demand.inquiries[24]).toBeCloseTo(50); // 280 × 5/28
  });
  it('uses the average shape with profile average, even with fewer history days', () => {
    const demand = forecastDemand([1, 2, 3].map((d) => ({ date: `2026-11-1${d}`, inquiries: 100 })), history, { kind: 'average' }, 30);
    expect(demand.inquiries).toHaveLength(3 * 48);
  });
  it('refuses gaps in the forecast dates and too short a history', () => {
    expect(() => forecastDemand([{ date: '2026-11-10', inquiries: 1 }, { date: '2026-11-12', inquiries: 1 }], history, { kind: 'average' }, 60)).toThrow(/datesNotConsecutive/);
    expect(() => forecastDemand([1, 2, 3].map((d) => ({ date: `2026-11-1${d}`, inquiries: 1 })), history, { kind: 'position' }, 60)).toThrow(/historyTooShort/);
  });
});

describe('seriesDemand', () => {
  it('splits hourly demand into half-hour slots and sums 15-minute demand into hours', () => {
    expect(seriesDemand([{ at: 0, inquiries: 10 }, { at: 60, inquiries: 20 }], 30).inquiries).toEqual([5, 5, 10, 10]);
    const quarter = [0, 15, 30, 45, 60].map((at, i) => ({ at, inquiries: i + 1 }));
    expect(seriesDemand(quarter, 60).inquiries).toEqual([10, 5]);
  });
});

describe('capacityRule', () => {
  it('sizes a slot by hourly capacity and slot length, ignoring float noise', () => {
    expect(capacityRule(25)(100, 60, 0)).toBe(4);
    expect(capacityRule(25)(101, 60, 0)).toBe(5);
    expect(capacityRule(25)(30, 30, 0)).toBe(3);
    expect(capacityRule(0.7)(21 * 0.7 * 0.7 / 0.7, 60, 0)).toBe(21);
    expect(capacityRule(() => 10)(0, 15, 0)).toBe(0);
  });
});
