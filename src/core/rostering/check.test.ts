import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRoster, checkWeeklyRules, daysWorked } from './check.js';
import { toEpochMinutes } from '../time/clock.js';

const at = (date: string, hour = 0) => toEpochMinutes(date, hour * 60);
const day = (date: string) => at(date) / 1440;
const rules = { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 120 };
/** A 09:00–17:00 shift on each date, one row per line from 2. */
const shifts = (person: string, dates: string[]) => dates.map((date, i) => ({ line: i + 2, person, start: at(date, 9), end: at(date, 17) }));
const dates = (from: string, count: number) => Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

describe('daysWorked', () => {
  it('counts both days of a night shift, but not the day a shift ends at midnight', () => {
    expect(daysWorked([{ start: at('2026-11-10', 22), end: at('2026-11-11', 2) }])).toEqual([day('2026-11-10'), day('2026-11-11')]);
    expect(daysWorked([{ start: at('2026-11-10', 18), end: at('2026-11-11', 0) }])).toEqual([day('2026-11-10')]);
  });
});

describe('weekly rules', () => {
  // 2026-11-02 is a Monday.
  it('days_off: seven days worked in a full Monday–Sunday week break the one-day-off rule', () => {
    const rows = shifts('A', dates('2026-11-02', 7));
    const violations = checkRoster(rows, { ...rules, daysOffPerWeek: 1 });
    expect(violations.map((v) => [v.rule, v.value, v.limit])).toEqual([['days_off', 0, 1]]);
    expect(violations[0]?.line).toBe(8);
    expect(checkRoster(rows.slice(0, 6), { ...rules, daysOffPerWeek: 1 })).toEqual([]);
  });

  it('days_off: any 7 days in a row count, Wednesday to Tuesday too; --week monday judges whole Monday–Sunday weeks only', () => {
    const rows = shifts('A', dates('2026-11-04', 7));
    expect(checkRoster(rows, { ...rules, daysOffPerWeek: 1 }).map((v) => [v.rule, v.value, v.limit])).toEqual([['days_off', 0, 1]]);
    expect(checkRoster(rows, { ...rules, daysOffPerWeek: 1, week: 'monday' })).toEqual([]);
  });

  it('days_off: a long run breaks many overlapping 7-day periods, reported as one stretch', () => {
    const violations = checkRoster(shifts('A', dates('2026-11-01', 14)), { ...rules, daysOffPerWeek: 1 });
    expect(violations.map((v) => [v.rule, v.value, v.from, v.to])).toEqual([['days_off', 0, at('2026-11-01', 0), at('2026-11-15', 0)]]);
  });

  it('consecutive_days: one violation per run, with its length', () => {
    const rows = shifts('A', dates('2026-11-01', 8));
    const violations = checkRoster(rows, { ...rules, maxConsecutiveDays: 6 });
    expect(violations.map((v) => [v.rule, v.value, v.limit, v.line])).toEqual([['consecutive_days', 8, 6, 8]]);
  });

  it('max_hours_week: a shift over Sunday midnight counts in both weeks', () => {
    const rows = [{ line: 2, person: 'A', start: at('2026-11-08', 20), end: at('2026-11-09', 4) }];
    expect(checkWeeklyRules('A', rows, { maxHoursPerWeek: 3 }, { firstDay: day('2026-11-08'), lastDay: day('2026-11-09') })
      .map((v) => [v.rule, v.value])).toEqual([['max_hours_week', 4], ['max_hours_week', 4]]);
  });

  it('days_off agrees with a direct count on random rosters, rolling and Monday weeks', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (worked, needed, monday) => {
      // Three full weeks from Monday 2026-11-02; an anchor person spans the period.
      const all = dates('2026-11-02', 21);
      const rows = [...shifts('A', all.filter((_, i) => worked[i])), ...shifts('anchor', [all[0]!, all[20]!]).map((r) => ({ ...r, line: r.line + 100 }))];
      const flagged = checkRoster(rows, { ...rules, daysOffPerWeek: needed, ...(monday ? { week: 'monday' as const } : {}) })
        .filter((v) => v.rule === 'days_off' && v.person === 'A');
      const starts = monday ? [0, 7, 14] : Array.from({ length: 15 }, (_, i) => i);
      const broken = starts.filter((from) => 7 - worked.slice(from, from + 7).filter(Boolean).length < needed);
      // Every broken period lies inside one reported stretch, and every reported stretch holds one.
      for (const from of broken) expect(flagged.some((v) => (v.from ?? 0) <= at(all[from]!, 0) && (v.to ?? 0) >= at(all[from]!, 0) + 7 * 1440)).toBe(true);
      expect(flagged.length > 0).toBe(broken.length > 0);
      for (const v of flagged) expect(broken.some((from) => at(all[from]!, 0) >= (v.from ?? 0) && at(all[from]!, 0) + 7 * 1440 <= (v.to ?? 0))).toBe(true);
    }));
  });
});

describe('contract rules', () => {
  // Monday 2 Nov to Sunday 15 Nov: two full weeks.
  it('work_days: exactly N days in each 7-day period; people with max_hours or not available all week are not held to it', () => {
    // Mon–Fri twice; an anchor person's Sunday shift makes the roster run to Sunday 15 Nov.
    const rows = [...shifts('A', dates('2026-11-02', 14).filter((_, i) => i % 7 < 5)), { line: 99, person: 'anchor', start: at('2026-11-15', 9), end: at('2026-11-15', 17) }];
    const rolling = checkRoster(rows, { ...rules, workDaysPerWeek: 5 }).filter((v) => v.rule === 'work_days' && v.person === 'A');
    expect(rolling).toEqual([]);
    const a = (v: { person: string }) => v.person === 'A';
    expect(checkRoster(rows, { ...rules, workDaysPerWeek: 6, week: 'monday' }).filter((v) => v.rule === 'work_days' && a(v)).map((v) => v.value)).toEqual([5, 5]);
    expect(checkRoster(rows, { ...rules, workDaysPerWeek: 6, staff: [{ name: 'A', maxHours: 200 }, { name: 'anchor', maxHours: 8 }] }).filter((v) => v.rule === 'work_days')).toEqual([]);
    expect(checkRoster(rows, { ...rules, workDaysPerWeek: 6, week: 'monday', staff: [{ name: 'A', unavailable: [day('2026-11-03')] }, { name: 'anchor', maxHours: 8 }] })
      .filter((v) => v.rule === 'work_days').map((v) => v.from)).toEqual([at('2026-11-09')]);
  });

  it('days_off_together: a single day off between working days; a block at the end of the roster is not judged', () => {
    const all = dates('2026-11-02', 8);
    const rows = shifts('A', all.filter((_, i) => i !== 2 && i !== 7)); // off on 4 Nov (alone) and 9 Nov (last day)
    expect(checkRoster(rows, { ...rules, daysOffTogether: 2 }).filter((v) => v.rule === 'days_off_together').map((v) => [v.from, v.value])).toEqual([[at('2026-11-04'), 1]]);
    expect(checkRoster(shifts('A', all.filter((_, i) => i !== 2 && i !== 3)), { ...rules, daysOffTogether: 2 })).toEqual([]);
  });

  it('min_hours (staff) and min_hours_week', () => {
    const rows = shifts('A', dates('2026-11-02', 3)); // 24 h in the first week
    const staff = [{ name: 'A', minHours: 30 }, { name: 'B', minHours: 8 }];
    expect(checkRoster(rows, { ...rules, staff }).filter((v) => v.rule === 'min_hours').map((v) => [v.person, v.value, v.limit])).toEqual([['A', 24, 30], ['B', 0, 8]]);
    const twoWeeks = [...rows, ...shifts('anchor', ['2026-11-02', '2026-11-15'])];
    // A: 24 h in the first week, none in the second.
    expect(checkRoster(twoWeeks, { ...rules, minHoursPerWeek: 20 }).filter((v) => v.rule === 'min_hours_week' && v.person === 'A').map((v) => [v.from, v.value])).toEqual([[at('2026-11-09'), 0]]);
  });
});

describe('checkRoster on very long rosters', () => {
  it('a duty of 150,000 touching rows is one violation naming every line, without copying them per row or spreading them onto the stack', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ line: i + 2, person: 'A', start: i * 10, end: i * 10 + 10 }));
    const violations = checkRoster(rows, { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0, daysOffPerWeek: 1, maxHoursPerWeek: 40, maxConsecutiveDays: 6 });
    const duty = violations.filter((v) => v.rule === 'max_duty');
    expect(duty).toHaveLength(1);
    expect(duty[0]?.line).toBe(150_001);
    expect(duty[0]?.related).toHaveLength(149_999);
    expect(violations.some((v) => v.rule === 'days_off' && v.line === 150_001)).toBe(true);
    expect(violations.filter((v) => v.rule === 'max_hours_week').every((v) => (v.related?.length ?? 0) > 0)).toBe(true);
  });
});
