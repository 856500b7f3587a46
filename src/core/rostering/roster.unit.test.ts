// The roster engine's choices one by one, on small cases: which model a job runs on, the rules
// the checker is given, the rows it reads, and the free-shift times handed to the person-level
// model. Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { buildRoster, checkRulesFor, freeShiftsPersonModel, MOST_SHIFT_TIMES, planRows, selfCheck, usesPersonModel, type RosterJob } from './roster.js';
import type { RosterPlan } from './plan.js';
import type { ShiftPattern } from '../scheduling/candidates.js';
import { toEpochMinutes } from '../time/clock.js';

const START = toEpochMinutes('2026-11-30');
const PATTERNS: ShiftPattern[] = [{ name: '白班', startMinute: 9 * 60, lengthMinutes: 8 * 60 }, { name: '晚班', startMinute: 15 * 60, lengthMinutes: 8 * 60 }];
const hourly = (slots: number) => ({ start: START, slotMinutes: 60, inquiries: new Array<number>(slots).fill(1) });
const AFTER_SALES: NonNullable<RosterJob['afterSales']> = { contacts: [1], hourlyCapacity: 10, deferHours: 0 };

describe('usesPersonModel and freeShiftsPersonModel', () => {
  it('patterns meet people for a week or more, or a person-level rule is asked for; never with after-sales', () => {
    const staff = { headcount: 3 };
    const week = hourly(7 * 24);
    const cases: [Parameters<typeof usesPersonModel>[0], boolean][] = [
      [{ patterns: PATTERNS, staff, demand: week }, true],
      [{ patterns: PATTERNS, staff, demand: hourly(7 * 24 - 1) }, false],
      [{ patterns: PATTERNS, staff, demand: { ...hourly(7 * 48 - 1), slotMinutes: 30 } }, false],
      [{ patterns: PATTERNS, staff, demand: { ...hourly(7 * 48), slotMinutes: 30 } }, true],
      [{ patterns: PATTERNS, staff, demand: hourly(24), personRules: true }, true],
      [{ patterns: PATTERNS, staff, demand: hourly(24), personRules: false }, false],
      [{ patterns: PATTERNS, demand: week, personRules: true }, false],
      [{ staff, demand: week, personRules: true }, false],
      [{ patterns: PATTERNS, staff, demand: week, afterSales: AFTER_SALES }, false],
    ];
    for (const [job, expected] of cases) expect(usesPersonModel(job), JSON.stringify({ ...job, demand: job.demand.inquiries.length })).toBe(expected);
  });

  it('free shifts go to the person-level model only with people, a person-level rule and no after-sales', () => {
    const staff = { headcount: 3 };
    expect(freeShiftsPersonModel({ staff, personRules: true })).toBe(true);
    expect(freeShiftsPersonModel({ staff })).toBe(false);
    expect(freeShiftsPersonModel({ personRules: true })).toBe(false);
    expect(freeShiftsPersonModel({ staff, personRules: true, patterns: PATTERNS })).toBe(false);
    expect(freeShiftsPersonModel({ staff, personRules: true, afterSales: AFTER_SALES })).toBe(false);
    expect(MOST_SHIFT_TIMES).toBe(20);
  });
});

describe('checkRulesFor', () => {
  const rules = { slotMinutes: 30, minShiftSlots: 8, maxShiftSlots: 20, restSlots: 22 };
  const everyday: RosterJob['everyday'] = {
    daysOffPerWeek: 1, week: 'monday', maxConsecutiveDays: 5, maxHoursPerWeek: 44, forbidden: [['晚班', '白班']],
    mealBreak: { minutes: 30, maxWorkHours: 5 }, workDaysPerWeek: 5, daysOffTogether: 2, minHoursPerWeek: 30,
  };
  const staff = [{ name: '甲' }, { name: '乙', maxHours: 30 }];

  it('the group model: rest, duty, the day rules and the staff, and none of the person-level rules', () => {
    expect(checkRulesFor({ rules, everyday, patterns: PATTERNS, staff, demand: hourly(48) })).toStrictEqual({
      minRestMinutes: 660, maxDutyMinutes: 600, maxBreakMinutes: 0,
      daysOffPerWeek: 1, week: 'monday', maxConsecutiveDays: 5, maxHoursPerWeek: 44, staff,
    });
  });

  it('the person-level model: its rules as well', () => {
    expect(checkRulesFor({ rules, everyday, patterns: PATTERNS, staff, demand: hourly(7 * 24) })).toStrictEqual({
      minRestMinutes: 660, maxDutyMinutes: 600, maxBreakMinutes: 0,
      daysOffPerWeek: 1, week: 'monday', maxConsecutiveDays: 5, maxHoursPerWeek: 44,
      mealBreak: { minutes: 30, maxWorkHours: 5 }, sequences: { patterns: PATTERNS, forbidden: [['晚班', '白班']] },
      workDaysPerWeek: 5, daysOffTogether: 2, minHoursPerWeek: 30, staff,
    });
  });

  it('free shifts on the person-level model: no sequences without patterns; a headcount names nobody', () => {
    const result = checkRulesFor({ rules, everyday, staff: { headcount: 4 }, demand: hourly(48), personRules: true });
    expect(result).toStrictEqual({
      minRestMinutes: 660, maxDutyMinutes: 600, maxBreakMinutes: 0,
      daysOffPerWeek: 1, week: 'monday', maxConsecutiveDays: 5, maxHoursPerWeek: 44,
      mealBreak: { minutes: 30, maxWorkHours: 5 }, workDaysPerWeek: 5, daysOffTogether: 2, minHoursPerWeek: 30,
    });
  });

  it('the duty limit is the longest shift, never above 12 hours; rules not asked for are left out', () => {
    const long = checkRulesFor({ rules: { ...rules, maxShiftSlots: 26 }, everyday: { daysOffPerWeek: 0, forbidden: [] }, patterns: PATTERNS, staff, demand: hourly(7 * 24) });
    expect(long).toStrictEqual({ minRestMinutes: 660, maxDutyMinutes: 720, maxBreakMinutes: 0, daysOffPerWeek: 0, staff });
    expect(checkRulesFor({ rules: { ...rules, maxShiftSlots: 24 }, everyday: { daysOffPerWeek: 0 }, demand: hourly(4) }).maxDutyMinutes).toBe(720);
  });
});

describe('planRows and selfCheck', () => {
  const plan = (assignments: RosterPlan['assignments']) => ({ demand: { start: START, slotMinutes: 30, inquiries: [] }, assignments }) as unknown as RosterPlan;

  it('rows in epoch minutes, lines from 2, with the meal break', () => {
    const rows = planRows(plan([
      { start: 2, length: 16, group: -1, person: 'A001', mealBreak: { start: 10, length: 2 } },
      { start: 40, length: 8, group: -1, person: 'A002' },
    ]));
    expect(rows).toEqual([
      { line: 2, person: 'A001', start: START + 60, end: START + 540, mealBreak: { start: START + 300, end: START + 360 } },
      { line: 3, person: 'A002', start: START + 1200, end: START + 1440 },
    ]);
  });

  it('selfCheck finds what the checker finds with the job\'s rules', () => {
    const job = { rules: { slotMinutes: 30, minShiftSlots: 2, maxShiftSlots: 24, restSlots: 20 }, everyday: { daysOffPerWeek: 0 }, demand: hourly(4) };
    expect(selfCheck(plan([{ start: 0, length: 24, group: -1, person: 'A' }]), job)).toEqual([]);
    const tooLong = selfCheck(plan([{ start: 0, length: 25, group: -1, person: 'A' }]), job);
    expect(tooLong.map((v) => [v.rule, v.line])).toEqual([['max_duty', 2]]);
    const noRest = selfCheck(plan([{ start: 0, length: 4, group: -1, person: 'A' }, { start: 23, length: 4, group: -1, person: 'A' }]), job);
    expect(noRest.map((v) => v.rule)).toEqual(['min_rest']);
  });
});

describe('buildRoster', () => {
  const base = {
    sizer: (x: number) => x, timeLimitSeconds: 10,
    rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 },
  };

  it('patterns with people over a week go to the person-level model, which keeps forbidden sequences', async () => {
    // Two people and both patterns every day: whoever works 晚班 may not work 白班 the day after,
    // so each keeps to one pattern. Given out by the group model's assignment, they would swap.
    const inquiries = Array.from({ length: 7 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 23 ? 1 : 0));
    const job: RosterJob = {
      ...base, demand: { start: START, slotMinutes: 60, inquiries }, patterns: PATTERNS, staff: { headcount: 2 },
      everyday: { daysOffPerWeek: 0, forbidden: [['晚班', '白班']] },
    };
    const plan = await buildRoster(job);
    expect(selfCheck(plan, job)).toEqual([]);
    expect(plan.summary.shortAgentSlots).toBe(0);
    for (const person of plan.people) {
      expect(new Set(plan.assignments.filter((a) => a.person === person).map((a) => a.pattern)).size).toBe(1);
    }
  });

  it('only the person-level model places meal breaks', async () => {
    const inquiries = Array.from({ length: 7 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 1 : 0));
    const job: RosterJob = {
      ...base, demand: { start: START, slotMinutes: 60, inquiries }, patterns: PATTERNS, staff: { headcount: 3 },
      everyday: { daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 5 } },
    };
    const plan = await buildRoster(job);
    expect(selfCheck(plan, job)).toEqual([]);
    expect(plan.assignments.length).toBeGreaterThan(0);
    expect(plan.assignments.every((a) => a.mealBreak?.length === 1)).toBe(true);
  });

  it('the group model keeps the day rules it is given: days in a row, hours a week', async () => {
    // As many people as needed: without the rules one person would work all five days.
    const inquiries = Array.from({ length: 5 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 1 : 0));
    const run = async (everyday: RosterJob['everyday']) => {
      const job: RosterJob = { ...base, demand: { start: START, slotMinutes: 60, inquiries }, everyday };
      const plan = await buildRoster(job);
      expect(selfCheck(plan, job)).toEqual([]);
      expect(plan.summary.shortAgentSlots).toBe(0);
      return plan.people.map((person) => plan.assignments.filter((a) => a.person === person).map((a) => Math.floor(a.start / 24)));
    };
    expect(await run({ daysOffPerWeek: 0 })).toEqual([[0, 1, 2, 3, 4]]);
    expect(await run({ daysOffPerWeek: 0, maxConsecutiveDays: 2 })).toEqual([[0, 1, 3, 4], [2]]);
    expect(await run({ daysOffPerWeek: 0, maxHoursPerWeek: 24 })).toEqual([[0, 2, 4], [1, 3]]);
  });

  it('the group model counts days off in the week the user chose', async () => {
    // Wednesday to Tuesday: seven days in a row, but no whole Monday–Sunday week.
    const wednesday = START + 2 * 1440;
    const inquiries = Array.from({ length: 7 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 1 : 0));
    const people = async (week: 'rolling' | 'monday') => {
      const job: RosterJob = { ...base, demand: { start: wednesday, slotMinutes: 60, inquiries }, everyday: { daysOffPerWeek: 1, week } };
      const plan = await buildRoster(job);
      expect(selfCheck(plan, job)).toEqual([]);
      return plan.people.length;
    };
    expect(await people('rolling')).toBe(2);
    expect(await people('monday')).toBe(1);
  });

  /** Demand 08:00–20:00 on days 0 and 1, only 14:00–20:00 on day 2; shifts of exactly 6 hours. */
  const freeJob = (extra: Partial<RosterJob> = {}, everyday: RosterJob['everyday'] = { daysOffPerWeek: 0 }): RosterJob => ({
    ...base, rules: { ...base.rules, minShiftSlots: 6, maxShiftSlots: 6 },
    demand: { start: START, slotMinutes: 60, inquiries: Array.from({ length: 3 * 24 }, (_, t) => (t % 24 >= (t < 48 ? 8 : 14) && t % 24 < 20 ? 1 : 0)) },
    staff: { headcount: 2 }, personRules: true, everyday, ...extra,
  });

  it('free shifts under a person-level rule: the group model\'s shift times, most used first, become the patterns', async () => {
    const job = freeJob();
    const plan = await buildRoster(job);
    expect(selfCheck(plan, job)).toEqual([]);
    expect(plan.notices).toContainEqual({ key: 'roster.freeShiftTimes', params: { count: 2, times: '14:00-20:00, 08:00-14:00' }, location: {} });
    expect(plan.assignments.map((a) => [a.start, a.length, a.pattern]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[8, 6, undefined], [14, 6, undefined], [32, 6, undefined], [38, 6, undefined], [62, 6, undefined]]);
    // It meets the group model's bound (no unmet demand, 30 agent-hours): proven optimal.
    expect(plan.solve).toMatchObject({ method: 'decomposition', status: 'optimal', gap: 0, bounds: [0, 30], objectiveValues: [0, 30] });
    expect(plan.solve.proven).toContain('unmet_demand');
  });

  it('free shifts without a person-level rule stay on the group model: no shift-time notice', async () => {
    const plan = await buildRoster(freeJob({ personRules: false }));
    expect(plan.notices?.some((n) => n.key === 'roster.freeShiftTimes') ?? false).toBe(false);
    expect(plan.solve.method).toBeUndefined();
  });

  it('free shifts with demand nobody can meet: optimal when the unmet demand equals the group model\'s bound', async () => {
    // One person for two 6-hour shifts a day: half the demand stays unmet whatever the roster.
    const plan = await buildRoster(freeJob({ staff: { headcount: 1 } }));
    expect(plan.summary.shortAgentSlots).toBeGreaterThan(0);
    expect(plan.solve).toMatchObject({ method: 'decomposition', status: 'optimal', gap: 0 });
    expect(plan.solve.objectiveValues[0]).toBe(plan.solve.bounds?.[0]);
  });

  it('free shifts with soft goals: proven only where the person-level roster reaches 0 on them', async () => {
    // Stable patterns: two people each keep one shift time (no change), proven.
    const kept = await buildRoster(freeJob({}, { daysOffPerWeek: 0, stable: true }));
    expect(kept.solve).toMatchObject({ status: 'optimal', bounds: [0, 30], proven: ['unmet_demand', 'agent_hours', 'soft_goals'] });
    expect(kept.solve.objectiveValues).toEqual([0, 30, 0]);
    // One person, 08:00–14:00 on Monday and 14:00–20:00 on Tuesday: one change, not proven on these times alone.
    const r = freeJob({ staff: { headcount: 1 } }, { daysOffPerWeek: 0, stable: true });
    const inquiries = r.demand.inquiries.map((_, t) => (t < 24 ? (t >= 8 && t < 14 ? 1 : 0) : t < 48 && t % 24 >= 14 && t % 24 < 20 ? 1 : 0));
    const changed = await buildRoster({ ...r, demand: { ...r.demand, inquiries } });
    expect(changed.solve.objectiveValues).toEqual([0, 12, 1]);
    expect(changed.solve).toMatchObject({ status: 'optimal', proven: ['unmet_demand', 'agent_hours'] });
  });

  it('named staff keep their names; their preferences, which name the user\'s patterns, are set aside', async () => {
    const plan = await buildRoster(freeJob({ staff: [{ name: '甲', prefers: ['白班'] }, { name: '乙' }] }));
    expect(new Set(plan.people)).toEqual(new Set(['甲', '乙']));
    expect(plan.summary.shortAgentSlots).toBe(0);
  });

  it('shift times that cannot hold the meal break are left out; short of the bound, the roster says so', async () => {
    // A break after 4 hours of work, only between 11:00 and 13:00: 08:00–14:00 can hold it, 14:00–20:00 cannot.
    const job = freeJob({}, { daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4, windows: [{ from: 11 * 60, to: 13 * 60 }] } });
    const plan = await buildRoster(job);
    expect(selfCheck(plan, job)).toEqual([]);
    expect(plan.notices).toContainEqual({ key: 'roster.freeShiftTimes', params: { count: 1, times: '08:00-14:00' }, location: {} });
    expect(plan.summary.shortAgentSlots).toBeGreaterThan(0);
    expect(plan.solve).toMatchObject({ method: 'decomposition', status: 'bounded', gap: 1, proven: [] });
  });

  it('free shifts whose times cannot hold the meal break leave no shift times: exit 3', async () => {
    // Shifts of 6 hours at most, a meal break needed after 4 hours of work but only between 03:00 and 04:00.
    const inquiries = Array.from({ length: 2 * 24 }, (_, t) => (t % 24 >= 9 && t % 24 < 15 ? 1 : 0));
    const job: RosterJob = {
      ...base, rules: { ...base.rules, maxShiftSlots: 6 }, demand: { start: START, slotMinutes: 60, inquiries }, staff: { headcount: 2 }, personRules: true,
      everyday: { daysOffPerWeek: 0, mealBreak: { minutes: 60, maxWorkHours: 4, windows: [{ from: 3 * 60, to: 4 * 60 }] } },
    };
    await expect(buildRoster(job)).rejects.toMatchObject({ key: 'roster.noCandidates', exitCode: 3 });
  });
});
