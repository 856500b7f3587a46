import { describe, expect, it } from 'vitest';
import { fairRange, isNightShift, isWeekendShift } from './fairness.js';
import { toEpochMinutes } from '../time/clock.js';

describe('fair shares', () => {
  it('a night shift touches 00:00–06:00; 06:00 on the dot does not', () => {
    expect(isNightShift(toEpochMinutes('2026-12-12', 22 * 60), 8 * 60)).toBe(true);
    expect(isNightShift(toEpochMinutes('2026-12-12', 5 * 60), 8 * 60)).toBe(true);
    expect(isNightShift(toEpochMinutes('2026-12-12', 6 * 60), 8 * 60)).toBe(false);
    expect(isNightShift(toEpochMinutes('2026-12-12', 16 * 60), 8 * 60)).toBe(false); // ends at midnight
  });
  it('a weekend shift starts on a Saturday or Sunday', () => {
    expect(isWeekendShift(toEpochMinutes('2026-12-12', 9 * 60))).toBe(true); // Saturday
    expect(isWeekendShift(toEpochMinutes('2026-12-13', 9 * 60))).toBe(true);
    expect(isWeekendShift(toEpochMinutes('2026-12-14', 9 * 60))).toBe(false); // Monday
    expect(isWeekendShift(toEpochMinutes('2026-12-11', 22 * 60))).toBe(false); // Friday night
  });
  it('counts each person, with none too', () => {
    const sat = toEpochMinutes('2026-12-12', 9 * 60);
    expect(fairRange('weekends', [{ person: 'a', start: sat, minutes: 480 }, { person: 'a', start: sat + 1440, minutes: 480 }], ['a', 'b'])).toEqual({ least: 0, most: 2 });
  });
});
