import { describe, expect, it } from 'vitest';
import { patternChanges, planEverydayRoster, preferenceMisses, type EverydayRules } from './everyday.js';
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

describe('meal breaks', () => {
  /** One week, hourly, one 09:00–17:00 pattern; pre-sales needed in the given hours of Monday only. */
  function dayRoster(hoursNeeded: number[], headcount: number) {
    const inquiries = Array.from({ length: 7 * 24 }, (_, t) => (t < 24 && hoursNeeded.includes(t) ? 10 : 0));
    return planEverydayRoster({
      demand: { start: MONDAY, slotMinutes: 60, inquiries }, sizer: capacityRule(10),
      rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 },
      patterns: [{ name: 'day', startMinute: 9 * 60, lengthMinutes: 8 * 60 }], staff: { headcount },
      everyday: { daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4 } }, timeLimitSeconds: 10,
    });
  }
  const breakHour = (plan: Awaited<ReturnType<typeof dayRoster>>) => plan.assignments.map((a) => (a.mealBreak?.start ?? -1) % 24);

  it('go where demand allows: at 13:00 when 12:00 is busy, at 12:00 when 13:00 is', async () => {
    // 8 hours with at most 4 in a row: the break starts at 12:00 or 13:00.
    expect(breakHour(await dayRoster([9, 12], 1))).toEqual([13]);
    expect(breakHour(await dayRoster([9, 13], 1))).toEqual([12]);
  });

  it('do not count as coverage: one person cannot cover both 12:00 and 13:00, two can, breaking apart', async () => {
    const alone = await dayRoster([12, 13], 1);
    expect(alone.summary.shortAgentSlots).toBe(1);
    expect(alone.scheduled.slice(12, 14).sort()).toEqual([0, 1]);
    const pair = await dayRoster([12, 13], 2);
    expect(pair.summary.shortAgentSlots).toBe(0);
    expect(breakHour(pair).sort()).toEqual([12, 13]);
  });

  it('check agrees: every long shift has its break inside it, no stretch of work over the limit', async () => {
    const plan = await dayRoster([9, 10, 11, 12, 13, 14, 15, 16], 3);
    const rows = plan.assignments.map((a, i) => ({
      line: i + 2, person: a.person, start: MONDAY + a.start * 60, end: MONDAY + (a.start + a.length) * 60,
      ...(a.mealBreak ? { mealBreak: { start: MONDAY + a.mealBreak.start * 60, end: MONDAY + (a.mealBreak.start + a.mealBreak.length) * 60 } } : {}),
    }));
    expect(rows.every((r) => r.mealBreak)).toBe(true);
    expect(checkRoster(rows, { ...CHECK_BASE, daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4 } })).toEqual([]);
    expect(checkRoster(rows.map(({ mealBreak: _, ...r }) => r), { ...CHECK_BASE, daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4 } })[0]?.rule).toBe('meal_break');
  });

  it('a shift too long for one break is refused, naming it', async () => {
    await expect(planEverydayRoster({
      demand: { start: MONDAY, slotMinutes: 60, inquiries: new Array<number>(7 * 24).fill(10) }, sizer: capacityRule(10),
      rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 12, restSlots: 10 },
      patterns: [{ name: '长班', startMinute: 8 * 60, lengthMinutes: 12 * 60 }], staff: { headcount: 1 },
      everyday: { daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4 } }, timeLimitSeconds: 10,
    })).rejects.toMatchObject({ key: 'everyday.breakDoesNotFit', params: { pattern: '长班' } });
  });
});

describe('--stable', () => {
  /** Two weeks, hourly; every day one agent 06:00–14:00 and one 14:00–22:00; two people. */
  function twoShiftRoster(stable: boolean) {
    const inquiries = Array.from({ length: 14 * 24 }, (_, t) => (t % 24 >= 6 && t % 24 < 22 ? 10 : 0));
    return planEverydayRoster({
      demand: { start: MONDAY, slotMinutes: 60, inquiries }, sizer: capacityRule(10),
      rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 8 },
      patterns: [{ name: 'early', startMinute: 6 * 60, lengthMinutes: 8 * 60 }, { name: 'late', startMinute: 14 * 60, lengthMinutes: 8 * 60 }],
      staff: { headcount: 2 }, everyday: { daysOffPerWeek: 0, stable }, timeLimitSeconds: 20,
    });
  }

  // The objective's effect is pinned by the brute-force test in person-model.test; this one pins
  // that --stable reaches the planner and the report.
  it('reports the shifts off the usual pattern, and proves the soft goal when the demand allows none', async () => {
    const plan = await twoShiftRoster(true);
    expect(plan.summary.shortAgentSlots).toBe(0);
    expect(plan.solve.proven).toEqual(['unmet_demand', 'agent_hours', 'soft_goals']);
    expect(plan.softGoals?.patternChanges).toBe(0);
    for (const person of plan.people) expect(new Set(plan.assignments.filter((a) => a.person === person).map((a) => a.pattern)).size).toBe(1);
  });

  it('is not asked for otherwise (nothing reported)', async () => {
    expect((await twoShiftRoster(false)).softGoals).toBeUndefined();
  });

  it('patternChanges counts shifts off each person\'s most worked pattern', () => {
    expect(patternChanges([{ person: 'a', pattern: '白班' }, { person: 'a', pattern: '白班' }, { person: 'a', pattern: '晚班' }, { person: 'b', pattern: '晚班' }])).toBe(1);
    expect(patternChanges([])).toBe(0);
  });
});

describe('preferenceMisses', () => {
  it('counts shifts outside the person\'s prefers; no preference never misses', () => {
    const staff = [{ name: 'a', prefers: ['白班'] }, { name: 'b' }];
    expect(preferenceMisses([{ person: 'a', pattern: '晚班' }, { person: 'a', pattern: '白班' }, { person: 'b', pattern: '晚班' }], staff)).toBe(1);
  });
});
