import { describe, expect, it } from 'vitest';
import { planEverydayRoster, type EverydayRules } from './everyday.js';
import { checkRoster } from './check.js';
import { capacityRule } from '../staffing/capacity-rule.js';
import { toEpochMinutes } from '../time/clock.js';

const MONDAY = toEpochMinutes('2026-11-30');
const CHECK_BASE = { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 120 };

/** An hourly window from Monday 30 Nov with one agent needed in the given night hours, on an 8-hour night pattern (20:00–04:00). */
function nightRoster(nightsNeeded: (day: number) => boolean, days: number, headcount: number, everyday: EverydayRules) {
  const inquiries = Array.from({ length: days * 24 }, (_, t) => {
    const hour = t % 24;
    const night = hour >= 20 ? Math.floor(t / 24) : hour < 4 ? Math.floor(t / 24) - 1 : -1;
    return night >= 0 && nightsNeeded(night) ? 10 : 0;
  });
  return planEverydayRoster({
    demand: { start: MONDAY, slotMinutes: 60, inquiries }, sizer: capacityRule(10),
    rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 },
    patterns: [{ name: 'night', startMinute: 20 * 60, lengthMinutes: 8 * 60 }], staff: { headcount },
    everyday, timeLimitSeconds: 10,
  });
}

const rowsOf = (plan: Awaited<ReturnType<typeof nightRoster>>) =>
  plan.assignments.map((a, i) => ({ line: i + 2, person: a.person, start: MONDAY + a.start * 60, end: MONDAY + (a.start + a.length) * 60 }));

describe('planEverydayRoster', () => {
  it('day rules count every calendar day a shift touches: a night over midnight uses two', async () => {
    // One person, every night of one week. Six nights (Mon–Sat) would touch all seven days; five leave Sunday free.
    const plan = await nightRoster(() => true, 7, 1, { daysOffPerWeek: 1 });
    expect(plan.assignments).toHaveLength(5);
    expect(checkRoster(rowsOf(plan), { ...CHECK_BASE, daysOffPerWeek: 1 })).toEqual([]);
  });

  it('hours per week split a Sunday night shift at midnight, as check counts them', async () => {
    // Needed: Sunday night of week 1, Mon–Thu nights of week 2. At 32 h a week, counting the Sunday
    // night wholly in week 1 would allow all five nights, and give week 2 36 hours.
    const plan = await nightRoster((night) => night === 6 || (night >= 7 && night <= 10), 14, 1, { daysOffPerWeek: 0, maxHoursPerWeek: 32 });
    expect(checkRoster(rowsOf(plan), { ...CHECK_BASE, maxHoursPerWeek: 32 })).toEqual([]);
    expect(plan.assignments).toHaveLength(4);
  });
});
