import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planEverydayRoster } from './everyday.js';
import { checkRoster } from './check.js';
import { capacityRule } from '../staffing/capacity-rule.js';
import { toEpochMinutes, MINUTES_PER_DAY } from '../time/clock.js';

const MONDAY = toEpochMinutes('2026-11-30');
const PATTERNS = [
  { name: 'early', startMinute: 7 * 60, lengthMinutes: 8 * 60 },
  { name: 'late', startMinute: 14 * 60, lengthMinutes: 8 * 60 },
  { name: 'night', startMinute: 22 * 60, lengthMinutes: 8 * 60 },
];

describe('the decomposition over random staff and demand', () => {
  it('keeps every person-level rule (by the independent checker), and meets or reports its gap to the bound', async () => {
    const staffArb = fc.array(fc.record({
      maxHours: fc.option(fc.constantFrom(40, 80), { nil: undefined }),
      unavailableDay: fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
      prefers: fc.option(fc.constantFrom('early', 'late', 'night'), { nil: undefined }),
    }), { minLength: 3, maxLength: 12 });
    await fc.assert(fc.asyncProperty(
      staffArb,
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 24, maxLength: 24 }),
      fc.integer({ min: 0, max: 2 }),
      fc.option(fc.integer({ min: 3, max: 6 }), { nil: undefined }),
      fc.boolean(),
      async (people, hourly, daysOffPerWeek, maxConsecutiveDays, forbidLateNight) => {
        const days = 14;
        const inquiries = Array.from({ length: days * 24 }, (_, t) => hourly[t % 24] ?? 0);
        const staff = people.map((p, i) => ({
          name: `P${i}`, ...(p.maxHours ? { maxHours: p.maxHours } : {}), ...(p.prefers ? { prefers: [p.prefers] } : {}),
          ...(p.unavailableDay !== undefined ? { unavailable: [MONDAY / MINUTES_PER_DAY + p.unavailableDay] } : {}),
        }));
        const everyday = {
          daysOffPerWeek, ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}),
          ...(forbidLateNight ? { forbidden: [['late', 'night']] as const } : {}), maxHoursPerWeek: 48,
          mealBreak: { minutes: 60, maxWorkHours: 5 },
        };
        const plan = await planEverydayRoster({
          demand: { start: MONDAY, slotMinutes: 60, inquiries }, sizer: capacityRule(10),
          rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 },
          patterns: PATTERNS, staff, everyday, timeLimitSeconds: 20, method: 'decompose',
        });
        const rows = plan.assignments.map((a, i) => ({
          line: i + 2, person: a.person, start: MONDAY + a.start * 60, end: MONDAY + (a.start + a.length) * 60,
          ...(a.mealBreak ? { mealBreak: { start: MONDAY + a.mealBreak.start * 60, end: MONDAY + (a.mealBreak.start + a.mealBreak.length) * 60 } } : {}),
        }));
        const violations = checkRoster(rows, {
          minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0, staff,
          daysOffPerWeek, ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}), maxHoursPerWeek: 48,
          mealBreak: everyday.mealBreak,
          ...(forbidLateNight ? { sequences: { patterns: PATTERNS, forbidden: [['late', 'night']] } } : {}),
        });
        expect(violations).toEqual([]);
        expect(plan.solve.method).toBe('decomposition');
        expect(['optimal', 'bounded']).toContain(plan.solve.status);
        if (plan.solve.status === 'optimal') expect(plan.solve.gap).toBe(0);
      },
    ), { numRuns: 25 });
  });
});

describe('the decomposition short of its bound', () => {
  it('says so: status bounded, the gap to the bound, nothing proven (found by search over random instances)', async () => {
    const hourly = [3, 22, 13, 15, 6, 1, 20, 20, 28, 11, 15, 24, 1, 1, 15, 20, 0, 11, 2, 12, 20, 17, 27, 25];
    const request = {
      demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 7 * 24 }, (_, t) => hourly[t % 24] ?? 0) }, sizer: capacityRule(10),
      rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, patterns: PATTERNS, staff: { headcount: 2 },
      everyday: { daysOffPerWeek: 2, maxConsecutiveDays: 3, forbidden: [['late', 'night'], ['night', 'late']] as const }, timeLimitSeconds: 20,
    };
    const decomposed = await planEverydayRoster({ ...request, method: 'decompose' });
    expect(decomposed.solve).toMatchObject({ status: 'bounded', method: 'decomposition', proven: [] });
    expect(decomposed.solve.gap).toBeGreaterThan(0);
    expect(decomposed.solve.gap).toBeLessThan(1);
    // The exact model can do no worse than the decomposition's roster.
    const exact = await planEverydayRoster({ ...request, method: 'exact' });
    expect(exact.summary.shortAgentSlots).toBeLessThanOrEqual(decomposed.summary.shortAgentSlots);
    // By default a small team tries the decomposition first and, short of its bound, keeps the exact roster.
    const auto = await planEverydayRoster(request);
    expect(auto.solve.method).toBeUndefined();
    expect(auto.summary.shortAgentSlots).toBe(exact.summary.shortAgentSlots);
  });
});

describe('the default method for a small team without soft goals', () => {
  it('keeps the decomposition\'s roster when it meets its bound (then it is optimal)', async () => {
    const plan = await planEverydayRoster({
      demand: { start: MONDAY, slotMinutes: 60, inquiries: Array.from({ length: 14 * 24 }, (_, t) => (t % 24 >= 7 && t % 24 < 22 ? 10 : 0)) },
      sizer: capacityRule(10), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 }, patterns: PATTERNS,
      staff: { headcount: 4 }, everyday: { daysOffPerWeek: 1 }, timeLimitSeconds: 20,
    });
    expect(plan.solve).toMatchObject({ status: 'optimal', method: 'decomposition', gap: 0 });
  });
});
