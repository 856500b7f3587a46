import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brokenDayLimits, dayLimits, dayOffPeriods, exceedsLimit, joinPeriods, limitsByDay } from './day-rules.js';
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
