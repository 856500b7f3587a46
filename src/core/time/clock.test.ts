import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AmbiguousDateError, clockAtOrAfter, excelSerialToMinutes, formatClock, formatDate, formatDateTime, isCalendarDate, MINUTES_PER_DAY, mondayOf, parseClock, parseClockRange, parseDate, parseDateTime, toEpochMinutes } from './clock.js';

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

describe('the edges of what the parsers accept (from the mutation run)', () => {
  it('parseClock: 12-hour clocks from 1 to 12 only; minutes to 59; 24:00 and no later; nothing around the time', () => {
    expect(parseClock('12:30 AM')).toBe(30);
    expect(parseClock('12:00 pm')).toBe(720);
    expect(parseClock('1:00 p.m.')).toBe(780);
    expect(parseClock(' 8:15 ')).toBe(495);
    expect(parseClock('0:30 PM')).toBeUndefined();
    expect(parseClock('13:00 PM')).toBeUndefined();
    expect(parseClock('9:59')).toBe(599);
    expect(parseClock('9:60')).toBeUndefined();
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:30')).toBeUndefined();
    expect(parseClock('25')).toBeUndefined();
    expect(parseClock('x8:00')).toBeUndefined();
    expect(parseClock('8:00x')).toBeUndefined();
  });

  it('parseDate: the whole text is the date (no leading or trailing junk); a part above 12 decides the order', () => {
    expect(parseDate(' 2026/11/10 ')).toBe('2026-11-10');
    expect(parseDate('x2026-11-10')).toBeUndefined();
    expect(parseDate('2026-11-10x')).toBeUndefined();
    expect(parseDate('x11/10/2026')).toBeUndefined();
    expect(parseDate('11/10/2026x')).toBeUndefined();
    expect(parseDate('11/13/2026')).toBe('2026-11-13');
    expect(() => parseDate('11/12/2026')).toThrow(AmbiguousDateError);
    expect(() => parseDate('11/12/2026')).toThrow('ambiguous date 11/12/2026');
  });

  it('parseDateTime: the ISO form checks hours and minutes, other forms go through parseDate and parseClock; no junk', () => {
    expect(formatDateTime(parseDateTime('2026-11-10 23:59')!)).toBe('2026-11-10 23:59');
    expect(parseDateTime('2026-11-10 24:00')).toBe(toEpochMinutes('2026-11-11'));
    expect(parseDateTime('2026-11-10 23:60')).toBeUndefined();
    expect(parseDateTime('2026-11-10 25:00')).toBeUndefined();
    expect(parseDateTime('2026-02-30 08:00')).toBeUndefined();
    expect(parseDateTime('x2026-11-10 08:00')).toBeUndefined();
    expect(parseDateTime('2026-11-10 08:00x')).toBeUndefined();
    expect(formatDateTime(parseDateTime('2026-11-10T08:00')!)).toBe('2026-11-10 08:00');
    expect(formatDateTime(parseDateTime('2026/11/10  8:00 PM')!)).toBe('2026-11-10 20:00');
    expect(formatDateTime(parseDateTime('2026/11/10')!)).toBe('2026-11-10 00:00');
    expect(parseDateTime('2026/11/10 8:61')).toBeUndefined();
    expect(parseDateTime('2026-1-10 08:00')).toBe(toEpochMinutes('2026-01-10', 480));
  });

  it('excelSerialToMinutes: five digits and an optional fraction, from 30000 on, nothing else', () => {
    expect(formatDate(excelSerialToMinutes('30000')!)).toBe('1982-02-18');
    expect(excelSerialToMinutes('29999')).toBeUndefined();
    expect(excelSerialToMinutes(' 46336.5 ')).toBe(toEpochMinutes('2026-11-10', 720));
    expect(excelSerialToMinutes('146336')).toBeUndefined();
    expect(excelSerialToMinutes('46336x')).toBeUndefined();
    expect(excelSerialToMinutes('x46336')).toBeUndefined();
  });

  it('parseClockRange: two clock times, both valid', () => {
    expect(parseClockRange('20:00-02:00')).toEqual({ from: 1200, to: 120 });
    expect(parseClockRange('9:00 至 18:00')).toEqual({ from: 540, to: 1080 });
    expect(parseClockRange('9:00')).toBeUndefined();
    expect(parseClockRange('9:00-10:00-11:00')).toBeUndefined();
    expect(parseClockRange('9:00-25:00')).toBeUndefined();
    expect(parseClockRange('25:00-9:00')).toBeUndefined();
  });

  it('formatClock: any minute, before the epoch too, as a clock time', () => {
    expect(formatClock(-60)).toBe('23:00');
    expect(formatClock(1500)).toBe('01:00');
  });
});

describe('what the second mutation run found unpinned', () => {
  it('a/b/yyyy with a first part of exactly 12 is still ambiguous; 13 is a day', () => {
    expect(() => parseDate('12/05/2026')).toThrow(AmbiguousDateError);
    expect(parseDate('13/05/2026')).toBe('2026-05-13');
    expect(parseDate('05/13/2026')).toBe('2026-05-13');
  });

  it('clockAtOrAfter: the first time at or after a moment with that clock, into the next day when needed', () => {
    const at = (date: string, hour: number) => toEpochMinutes(date, hour * 60);
    expect(clockAtOrAfter(at('2026-11-10', 22), 60)).toBe(at('2026-11-11', 1));
    expect(clockAtOrAfter(at('2026-11-10', 22), 22 * 60)).toBe(at('2026-11-10', 22));
    expect(clockAtOrAfter(at('2026-11-10', 22), 23 * 60)).toBe(at('2026-11-10', 23));
    expect(clockAtOrAfter(at('2026-11-10', 22) + 1, 22 * 60)).toBe(at('2026-11-11', 22));
    // Before 1970 (negative epoch minutes) the same.
    expect(clockAtOrAfter(-1440 + 22 * 60, 60)).toBe(60);
  });

  it('date-times in other forms may have spaces around them', () => {
    expect(formatDateTime(parseDateTime('  2026/11/10 20:00  ') ?? NaN)).toBe('2026-11-10 20:00');
    expect(formatDateTime(parseDateTime(' 11/10/2026 8:00 PM ', 'MDY') ?? NaN)).toBe('2026-11-10 20:00');
  });
});
