import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AmbiguousDateError, excelSerialToMinutes, formatDate, formatDateTime, isCalendarDate, MINUTES_PER_DAY, mondayOf, parseClock, parseDate, parseDateTime, toEpochMinutes } from './clock.js';

describe('clock', () => {
  it('round-trips date-times regardless of the machine time zone', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 * 365 * 1440 }), (minutes) => {
      expect(parseDateTime(formatDateTime(minutes))).toBe(minutes);
    }));
  });
  it('crosses midnight and month ends', () => {
    expect(formatDateTime(toEpochMinutes('2026-11-30', 1440 + 90))).toBe('2026-12-01 01:30');
    expect(formatDate(toEpochMinutes('2026-11-10', 1439))).toBe('2026-11-10');
  });
  it('parses the date forms people type', () => {
    expect(parseDate('2026/11/1')).toBe('2026-11-01');
    expect(parseDate('2026年11月11日')).toBe('2026-11-11');
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('13/11/2026')).toBe('2026-11-13');
    expect(parseDate('11/13/2026')).toBe('2026-11-13');
    expect(() => parseDate('11/10/2026')).toThrow(AmbiguousDateError);
    expect(parseDate('11/10/2026', 'MDY')).toBe('2026-11-10');
    expect(parseDate('11/10/2026', 'DMY')).toBe('2026-10-11');
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
  it('parses date-times with space or T and optional seconds', () => {
    const expected = toEpochMinutes('2026-11-10', 20 * 60);
    expect(parseDateTime('2026-11-10 20:00')).toBe(expected);
    expect(parseDateTime('2026/11/10 20:00')).toBe(expected);
    expect(parseDateTime('2026-11-10T20:00:00')).toBe(expected);
    expect(parseDateTime('2026-11-10 25:00')).toBeUndefined();
    expect(parseDateTime('11/10/2026 8:00 PM', 'MDY')).toBe(expected);
    expect(parseDateTime('11/10/2026 8:00 pm', 'MDY')).toBe(expected);
  });
  it('reads Excel serial dates, but not ordinary numbers', () => {
    expect(formatDateTime(excelSerialToMinutes('46336.833333')!)).toBe('2026-11-10 20:00');
    expect(formatDateTime(parseDateTime('46337')!)).toBe('2026-11-11 00:00');
    expect(excelSerialToMinutes('2026')).toBeUndefined();
    expect(excelSerialToMinutes('12345')).toBeUndefined();
  });
  it('parses clock times', () => {
    expect(parseClock('17:30')).toBe(1050);
    expect(parseClock('9')).toBe(540);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('12:60')).toBeUndefined();
    expect(parseClock('12:00 AM')).toBe(0);
    expect(parseClock('12:30 PM')).toBe(750);
    expect(parseClock('13:00 PM')).toBeUndefined();
  });
});

describe('mondayOf', () => {
  it('gives the Monday of the Monday–Sunday week, for every day of a week and before 1970', () => {
    const monday = toEpochMinutes('2026-11-30') / MINUTES_PER_DAY;
    for (let day = monday; day < monday + 7; day++) expect(mondayOf(day)).toBe(monday);
    expect(mondayOf(monday + 7)).toBe(monday + 7);
    expect(formatDate(mondayOf(toEpochMinutes('1969-12-31') / MINUTES_PER_DAY) * MINUTES_PER_DAY)).toBe('1969-12-29');
  });
});

describe('formatClock', () => {
  it('writes a time of day as HH:mm, taken modulo a day', async () => {
    const { formatClock } = await import('./clock.js');
    expect(formatClock(660)).toBe('11:00');
    expect(formatClock(1440 + 90)).toBe('01:30');
    expect(formatClock(-30)).toBe('23:30');
  });
});
