import { describe, expect, it } from 'vitest';
import { fairRange, isFairKind, isNightShift, isWeekendShift } from './fairness.js';
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

describe('fair shares at their edges (from the mutation run)', () => {
  it('a shift from 23:00 touches the next night, one ending at 00:00 does not; a long shift from 06:00 does', () => {
    const at = (date: string, hour: number) => toEpochMinutes(date, hour * 60);
    expect(isNightShift(at('2026-12-12', 23), 60)).toBe(false); // 23:00–24:00
    expect(isNightShift(at('2026-12-12', 23), 61)).toBe(true); // into 00:00–00:01
    expect(isNightShift(at('2026-12-12', 6), 24 * 60)).toBe(true); // to 06:00 the next day
    expect(isNightShift(at('2026-12-12', 6), 18 * 60)).toBe(false); // to 24:00
  });

  it('isFairKind: nights by the clock, weekends by the day; fairRange counts only the kind and only the people given', () => {
    const fridayNight = toEpochMinutes('2026-12-11', 22 * 60);
    const saturdayDay = toEpochMinutes('2026-12-12', 9 * 60);
    expect(isFairKind('nights', fridayNight, 480)).toBe(true);
    expect(isFairKind('weekends', fridayNight, 480)).toBe(false);
    expect(isFairKind('nights', saturdayDay, 480)).toBe(false);
    expect(isFairKind('weekends', saturdayDay, 480)).toBe(true);
    const shifts = [{ person: 'a', start: fridayNight, minutes: 480 }, { person: 'b', start: saturdayDay, minutes: 480 }, { person: 'x', start: fridayNight, minutes: 480 }];
    expect(fairRange('nights', shifts, ['a', 'b'])).toEqual({ least: 0, most: 1 });
    expect(fairRange('nights', shifts, [])).toEqual({ least: 0, most: 0 });
    expect(fairRange('nights', shifts, ['x'])).toEqual({ least: 1, most: 1 });
  });
});
