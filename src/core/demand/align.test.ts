import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';
import { alignHistory } from './align.js';
import { forecastDemand } from './slots.js';

const lastYear = ['2025-11-10', '2025-11-11', '2025-11-12'];

describe('alignHistory', () => {
  it('date: the same month and day in the latest earlier year, whatever else the history holds', () => {
    expect(alignHistory(['2026-11-11'], lastYear, { kind: 'date' })).toEqual([{ date: '2026-11-11', history: ['2025-11-11'], fallback: false }]);
    const twoYears = ['2024-11-11', '2025-11-01', '2025-11-11', '2025-11-12', '2026-11-10'];
    expect(alignHistory(['2026-11-11', '2026-11-12'], twoYears, { kind: 'date' }).map((s) => s.history)).toEqual([['2025-11-11'], ['2025-11-12']]);
    // No earlier 11-10 (the history's 11-10 is this year's): the average of all, said so.
    expect(alignHistory(['2026-11-10'], twoYears, { kind: 'date' })).toEqual([{ date: '2026-11-10', history: twoYears, fallback: true }]);
    // 29 Feb has no match in a common year.
    expect(alignHistory(['2028-02-29'], ['2027-02-28', '2027-03-01'], { kind: 'date' })[0]?.fallback).toBe(true);
  });

  it('weekday: the history days on the same weekday', () => {
    const weeks = Array.from({ length: 21 }, (_, i) => formatDate(toEpochMinutes('2026-11-02') + i * MINUTES_PER_DAY)); // from a Monday
    expect(alignHistory(['2026-12-07'], weeks, { kind: 'weekday' })[0]?.history).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(alignHistory(['2026-12-07'], ['2026-11-03'], { kind: 'weekday' })[0]?.fallback).toBe(true);
  });

  it('position, average and a shift by days', () => {
    expect(alignHistory(['2026-11-11', '2026-11-12'], lastYear, { kind: 'position' }).map((s) => s.history)).toEqual([['2025-11-10'], ['2025-11-11']]);
    expect(alignHistory(['2026-11-11'], lastYear, { kind: 'average' })[0]).toEqual({ date: '2026-11-11', history: lastYear, fallback: false });
    expect(alignHistory(['2026-11-10', '2026-11-11'], lastYear, { kind: 'offset', days: -364 }).map((s) => s.history)).toEqual([['2025-11-11'], ['2025-11-12']]);
  });

  it('date alignment is position alignment when the history is last year\'s same dates (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 30 }), (startDay, length) => {
      const start = toEpochMinutes('2026-01-01') + startDay * MINUTES_PER_DAY;
      const forecast = Array.from({ length }, (_, i) => formatDate(start + i * MINUTES_PER_DAY));
      const history = forecast.map((d) => `2025${d.slice(4)}`);
      expect(alignHistory(forecast, history, { kind: 'date' })).toEqual(alignHistory(forecast, history, { kind: 'position' }));
    }));
  });
});

describe('forecastDemand with alignment', () => {
  // 11-10 peaks at 23:00, 11-11 at 01:00: a forecast of 11-11 alone must peak at 01:00.
  const shape = (peakHour: number) => Array.from({ length: 96 }, (_, cell) => (Math.floor(cell / 4) === peakHour ? 10 : 1));
  const history = new Map([['2025-11-10', shape(23)], ['2025-11-11', shape(1)], ['2025-11-12', shape(12)]]);
  it('shapes a lone 11-11 by last year\'s 11-11, and says so', () => {
    const demand = forecastDemand([{ date: '2026-11-11', inquiries: 1000 }], history, { kind: 'date' }, 60);
    expect(demand.inquiries.indexOf(Math.max(...demand.inquiries))).toBe(1);
    expect(demand.shapedBy).toEqual([{ date: '2026-11-11', history: ['2025-11-11'], fallback: false }]);
    const byPosition = forecastDemand([{ date: '2026-11-11', inquiries: 1000 }], history, { kind: 'position' }, 60);
    expect(byPosition.inquiries.indexOf(Math.max(...byPosition.inquiries))).toBe(23);
  });
  it('refuses an empty history day only where it shapes a forecast day', () => {
    const withEmpty = new Map([...history, ['2025-11-01', new Array<number>(96).fill(0)]]);
    expect(forecastDemand([{ date: '2026-11-11', inquiries: 1 }], withEmpty, { kind: 'date' }, 60).inquiries).toHaveLength(24);
    expect(() => forecastDemand([{ date: '2026-11-01', inquiries: 1 }], withEmpty, { kind: 'date' }, 60)).toThrow(/emptyHistoryDay/);
  });
});
