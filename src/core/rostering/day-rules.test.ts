import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenDayLimits, dayLimits, dayOffPeriods, daysWorkedIn, exceedsLimit, joinPeriods, limitsByDay } from './day-rules.js';
import { mondayOf } from '../time/clock.js';

// Epoch day 20388 is Monday 2025-10-27.
const MONDAY = 20388;

describe('dayOffPeriods', () => {
  it('rolling: every 7 days in a row inside the window', () => {
    expect(dayOffPeriods(0, 8, 'rolling')).toEqual([{ from: 0, to: 6 }, { from: 1, to: 7 }, { from: 2, to: 8 }]);
    expect(dayOffPeriods(0, 5)).toEqual([]); // under 7 days: none
  });

  it('monday: only whole Monday–Sunday weeks inside the window', () => {
    expect(mondayOf(MONDAY)).toBe(MONDAY);
    expect(dayOffPeriods(MONDAY + 2, MONDAY + 15, 'monday')).toEqual([{ from: MONDAY + 7, to: MONDAY + 13 }]);
    expect(dayOffPeriods(MONDAY, MONDAY + 13, 'monday')).toEqual([{ from: MONDAY, to: MONDAY + 6 }, { from: MONDAY + 7, to: MONDAY + 13 }]);
  });
});

describe('dayLimits', () => {
  it('days off become a cap of 7 − N days in each period; days in a row a cap in every run one longer', () => {
    expect(dayLimits({ daysOffPerWeek: 2 }, 0, 6)).toEqual([{ kind: 'days_off', from: 0, to: 6, limit: 5 }]);
    expect(dayLimits({ daysOffPerWeek: 0, maxConsecutiveDays: 3 }, 0, 4)).toEqual([
      { kind: 'consecutive_days', from: 0, to: 3, limit: 3 },
      { kind: 'consecutive_days', from: 1, to: 4, limit: 3 },
    ]);
  });

  it('a worked-day set breaks a limit exactly when a direct count says so (property)', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 7, maxLength: 21 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 7 }), (worked, off, most) => {
      const days = new Set(worked.flatMap((w, i) => (w ? [i] : [])));
      const broken = brokenDayLimits(days, dayLimits({ daysOffPerWeek: off, maxConsecutiveDays: most }, 0, worked.length - 1));
      let run = 0;
      let longest = 0;
      for (const w of worked) {
        run = w ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      const tooFewOff = off > 0 && worked.some((_, i) => i + 7 <= worked.length && worked.slice(i, i + 7).filter(Boolean).length > 7 - off);
      expect(broken.some((l) => l.kind === 'consecutive_days')).toBe(longest > most);
      expect(broken.some((l) => l.kind === 'days_off')).toBe(tooFewOff);
    }));
  });
});

describe('helpers', () => {
  it('exceedsLimit counts worked days in the period', () => {
    expect(exceedsLimit({ kind: 'days_off', from: 0, to: 6, limit: 6 }, (d) => d !== 3)).toBe(false);
    expect(exceedsLimit({ kind: 'days_off', from: 0, to: 6, limit: 6 }, () => true)).toBe(true);
  });

  it('limitsByDay lists the periods holding each day', () => {
    const index = limitsByDay(dayLimits({ daysOffPerWeek: 1 }, 0, 8));
    expect(index.get(0)?.length).toBe(1);
    expect(index.get(4)?.length).toBe(3);
  });

  it('joinPeriods joins overlapping periods of one kind only', () => {
    expect(joinPeriods([
      { kind: 'days_off', from: 0, to: 6, limit: 6 }, { kind: 'days_off', from: 3, to: 9, limit: 6 }, { kind: 'days_off', from: 20, to: 26, limit: 6 },
      { kind: 'consecutive_days', from: 0, to: 3, limit: 3 },
    ]).map((p) => [p.kind, p.from, p.to])).toEqual([['consecutive_days', 0, 3], ['days_off', 0, 9], ['days_off', 20, 26]]);
  });
});

describe('day rules at their edges (from the mutation run)', () => {
  it('no days off asked: no days-off limits at all; rolling is the default week', () => {
    expect(dayLimits({ daysOffPerWeek: 0 }, 0, 20)).toEqual([]);
    expect(dayOffPeriods(0, 7)).toEqual(dayOffPeriods(0, 7, 'rolling'));
    expect(dayOffPeriods(0, 7)).toHaveLength(2);
  });

  it('brokenDayLimits with touching: only the periods holding one of those days, from its first day to its last', () => {
    const limits = dayLimits({ daysOffPerWeek: 1 }, 0, 13);
    const worked = new Set(Array.from({ length: 14 }, (_, d) => d));
    expect(brokenDayLimits(worked, limits)).toHaveLength(8);
    expect(brokenDayLimits(worked, limits, [0]).map((p) => p.from)).toEqual([0]);
    expect(brokenDayLimits(worked, limits, [6]).map((p) => p.from)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(brokenDayLimits(worked, limits, [13]).map((p) => p.from)).toEqual([7]);
    expect(brokenDayLimits(worked, limits, [14])).toEqual([]);
    expect(brokenDayLimits(worked, limits, [])).toEqual([]);
  });

  it('daysWorkedIn counts the last day of the period too', () => {
    expect(daysWorkedIn({ from: 0, to: 6 }, (day) => day === 6)).toBe(1);
    expect(daysWorkedIn({ from: 0, to: 6 }, (day) => day === 7)).toBe(0);
  });

  it('joinPeriods: out of order, touching on one day, and apart by a day', () => {
    const p = (from: number, to: number) => ({ kind: 'days_off' as const, from, to, limit: 6 });
    expect(joinPeriods([p(5, 11), p(0, 6)])).toEqual([p(0, 11)]);
    expect(joinPeriods([p(0, 6), p(6, 12)])).toEqual([p(0, 12)]);
    expect(joinPeriods([p(0, 6), p(7, 13)])).toEqual([p(0, 6), p(7, 13)]);
  });
});
