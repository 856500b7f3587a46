import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateTime, isCalendarDate, parseClock, parseDate, parseDateTime, toEpochMinutes } from './clock.js';

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
    expect(parseDate('11/10/2026')).toBeUndefined();
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
  it('parses date-times with space or T and optional seconds', () => {
    const expected = toEpochMinutes('2026-11-10', 20 * 60);
    expect(parseDateTime('2026-11-10 20:00')).toBe(expected);
    expect(parseDateTime('2026/11/10 20:00')).toBe(expected);
    expect(parseDateTime('2026-11-10T20:00:00')).toBe(expected);
    expect(parseDateTime('2026-11-10 25:00')).toBeUndefined();
  });
  it('parses clock times', () => {
    expect(parseClock('17:30')).toBe(1050);
    expect(parseClock('9')).toBe(540);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('12:60')).toBeUndefined();
  });
});
