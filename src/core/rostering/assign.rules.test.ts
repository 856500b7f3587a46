// assignShifts under day rules, rule by rule and preference by preference, without the solver;
// shiftDays' calendar; matchShifts' planned-first pass. Loops rather than it.each: Stryker's
// per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { assignShifts, lexicographicallyLess, matchShifts, packScore, shiftDays, type AssignDayRules, type Person, type ShiftToStaff } from './assign.js';
import { dayLimits, type DayRules } from './day-rules.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';

/** Monday 2026-11-30: hourly slots from its midnight. */
const START = toEpochMinutes('2026-11-30');
const MON = START / MINUTES_PER_DAY;
const HOURLY = { startMinute: START, slotMinutes: 60 };

/** A shift on `day` (0 = Monday) at `hour` for `hours`. */
const shift = (day: number, hour: number, hours: number, group = -1): ShiftToStaff => ({ start: day * 24 + hour, length: hours, group });
/** Day rules over 28 days from Monday. */
const dayRules = (rules: Partial<DayRules> = {}, extra: Partial<AssignDayRules> = {}): AssignDayRules => ({
  ...HOURLY, limits: dayLimits({ daysOffPerWeek: 0, ...rules }, MON, MON + 27), ...extra,
});
/** Who got each shift, in the order the shifts were given. */
const who = (result: ReturnType<typeof assignShifts>) => result.assignments.map((a) => [a.start, a.person]);
const people = (n: number, group = 0): Person[] => Array.from({ length: n }, (_, i) => ({ name: `P${i}`, group }));

describe('shiftDays', () => {
  it('a day shift touches its day and counts its slots in its week', () => {
    const { days, weekSlots } = shiftDays({ start: 2 * 24 + 9, length: 8 }, HOURLY);
    expect(days).toEqual([MON + 2]);
    expect([...weekSlots]).toEqual([[MON, 8]]);
  });

  it('a Sunday night touches Sunday and Monday and splits its slots between the two weeks', () => {
    const { days, weekSlots } = shiftDays({ start: 6 * 24 + 20, length: 8 }, HOURLY);
    expect(days).toEqual([MON + 6, MON + 7]);
    expect([...weekSlots]).toEqual([[MON, 4], [MON + 7, 4]]);
  });

  it('a shift ending at midnight does not touch the next day; half-hour slots count as slots', () => {
    expect(shiftDays({ start: 16, length: 8 }, HOURLY).days).toEqual([MON]);
    const halfHours = shiftDays({ start: 46, length: 4 }, { startMinute: START, slotMinutes: 30 });
    expect(halfHours.days).toEqual([MON, MON + 1]);
    expect([...halfHours.weekSlots]).toEqual([[MON, 4]]);
  });
});

describe('assignShifts with day rules and as many people as needed', () => {
  it('one start a day: a second shift that day goes to someone new however long the rest', () => {
    const result = assignShifts([shift(0, 0, 4), shift(0, 16, 4), shift(1, 9, 4)], 1, undefined, dayRules());
    expect(who(result)).toEqual([[0, 'A001'], [16, 'A002'], [33, 'A001']]);
    expect(result.people).toEqual(['A001', 'A002']);
  });

  it('rest: exactly the rest after the end allows the next shift, a slot less does not', () => {
    expect(who(assignShifts([shift(0, 9, 8), shift(1, 3, 8)], 10, undefined, dayRules()))).toEqual([[9, 'A001'], [27, 'A001']]);
    expect(who(assignShifts([shift(0, 9, 8), shift(1, 3, 8)], 11, undefined, dayRules()))).toEqual([[9, 'A001'], [27, 'A002']]);
  });

  it('days in a row and days off in every 7 days', () => {
    const days = (n: number) => Array.from({ length: n }, (_, d) => shift(d, 9, 8));
    expect(who(assignShifts(days(3), 10, undefined, dayRules({ maxConsecutiveDays: 2 }))).map(([, p]) => p)).toEqual(['A001', 'A001', 'A002']);
    expect(who(assignShifts(days(8), 10, undefined, dayRules({ daysOffPerWeek: 1 }))).map(([, p]) => p)).toEqual(['A001', 'A001', 'A001', 'A001', 'A001', 'A001', 'A002', 'A002']);
  });

  it('hours a week: each week its most slots exactly, a Sunday night split between them', () => {
    const rules = dayRules({}, { maxSlotsPerWeek: 8 });
    expect(who(assignShifts([shift(6, 20, 8), shift(8, 9, 4)], 10, undefined, rules)).map(([, p]) => p)).toEqual(['A001', 'A001']);
    expect(who(assignShifts([shift(6, 20, 8), shift(8, 9, 5)], 10, undefined, rules)).map(([, p]) => p)).toEqual(['A001', 'A002']);
    expect(who(assignShifts([shift(5, 8, 4), shift(6, 20, 8)], 10, undefined, rules)).map(([, p]) => p)).toEqual(['A001', 'A001']);
    expect(who(assignShifts([shift(5, 8, 5), shift(6, 20, 8)], 10, undefined, rules)).map(([, p]) => p)).toEqual(['A001', 'A002']);
  });

  it('prefers whoever already works the shift\'s day: a night\'s morning costs no working day', () => {
    // A001 works Monday 06:00–10:00; A002 Monday 20:00–04:00, so Tuesday too. Tuesday 14:00 goes to A002.
    const shifts = [shift(0, 6, 4), shift(0, 20, 8), shift(1, 14, 4)];
    expect(who(assignShifts(shifts, 10, undefined, dayRules()))).toEqual([[6, 'A001'], [20, 'A002'], [38, 'A002']]);
  });

  it('then whoever worked fewest of the six days before, then fewest slots, then who was free first', () => {
    // A001 works Monday and Tuesday (8 slots), A002 only Tuesday (12 slots). Wednesday goes to
    // A002: 1 recent day against 2 comes before more slots.
    const shifts = [shift(0, 9, 4), shift(1, 8, 4), shift(1, 9, 12), shift(2, 22, 4)];
    expect(who(assignShifts(shifts, 1, undefined, dayRules()))).toEqual([[9, 'A001'], [32, 'A001'], [33, 'A002'], [70, 'A002']]);
    // Same recent days: fewer slots first.
    const even = [shift(0, 9, 4), shift(0, 8, 8), shift(1, 9, 4)];
    expect(who(assignShifts(even, 1, undefined, dayRules()))).toEqual([[8, 'A001'], [9, 'A002'], [33, 'A002']]);
    // Same slots: who was free first (ended earlier).
    const free = [shift(0, 6, 4), shift(0, 12, 4), shift(1, 9, 4)];
    expect(who(assignShifts(free, 1, undefined, dayRules()))).toEqual([[6, 'A001'], [12, 'A002'], [33, 'A001']]);
  });

  it('max_hours and the group still hold', () => {
    const pool: Person[] = [{ name: 'X', group: 1, maxSlots: 8 }, { name: 'Y', group: 0 }];
    const result = assignShifts([shift(0, 9, 8, 0), shift(1, 9, 8, 1), shift(2, 9, 8, 1)], 10, pool, dayRules());
    expect(who(result)).toEqual([[9, 'Y'], [33, 'X']]);
    expect(result.unassigned).toEqual([shift(2, 9, 8, 1)]);
    expect(result.people).toEqual(['Y', 'X']);
  });
});

describe('assignShifts with day rules and named people (day by day)', () => {
  it('matches a day\'s shifts at once, long shifts first, so that a short shift does not take the only person who can work the long one', () => {
    // P0 may work at most 8 slots; P1 any. Greedy by start would give the 4-slot shift at 08:00 to P0... and P1 takes the 10.
    const pool: Person[] = [{ name: 'P0', group: 0, maxSlots: 4 }, { name: 'P1', group: 0 }];
    const result = assignShifts([shift(0, 8, 4, 0), shift(0, 9, 10, 0)], 10, pool, dayRules());
    expect(who(result)).toEqual([[9, 'P1'], [8, 'P0']]);
    expect(result.unassigned).toEqual([]);
  });

  it('asks the people planned for a shift\'s days first', () => {
    const planned = new Map([['P0', new Set([MON + 1])], ['P1', new Set([MON])]]);
    const result = assignShifts([shift(0, 9, 8, 0), shift(1, 9, 8, 0)], 10, people(2), dayRules({}, { planned }));
    expect(who(result)).toEqual([[9, 'P1'], [33, 'P0']]);
  });

  it('without a plan the best score wins, and the pool order breaks ties', () => {
    const result = assignShifts([shift(0, 9, 8, 0), shift(1, 9, 8, 0), shift(2, 9, 8, 0)], 10, people(2), dayRules());
    expect(who(result)).toEqual([[9, 'P0'], [33, 'P1'], [57, 'P0']]);
  });

  it('with grow, a shift nobody can take goes to someone new, named after the pool; without, it is unassigned', () => {
    const shifts = [shift(0, 9, 8, 0), shift(0, 10, 8, 0)];
    const grown = assignShifts(shifts, 10, people(1), dayRules(), { grow: true });
    expect(who(grown)).toEqual([[9, 'P0'], [10, 'A002']]);
    expect(grown.people).toEqual(['P0', 'A002']);
    const kept = assignShifts(shifts, 10, people(1), dayRules());
    expect(who(kept)).toEqual([[9, 'P0']]);
    expect(kept.unassigned).toEqual([shift(0, 10, 8, 0)]);
  });

  it('takes the days in order and keeps each person\'s rest and day limits across them', () => {
    const shifts = [shift(2, 9, 8, 0), shift(0, 9, 8, 0), shift(1, 9, 8, 0)];
    const result = assignShifts(shifts, 10, people(1), dayRules({ maxConsecutiveDays: 2 }));
    expect(who(result)).toEqual([[9, 'P0'], [33, 'P0']]);
    expect(result.unassigned).toEqual([shift(2, 9, 8, 0)]);
  });
});

describe('matchShifts', () => {
  it('takes a planned person before an unplanned one earlier in the list', () => {
    expect([...matchShifts([{ planned: [1], all: [0, 1] }])]).toEqual([[0, 1]]);
  });

  it('reaches past the planned people when none is free', () => {
    expect([...matchShifts([{ planned: [0], all: [0] }, { planned: [0], all: [0, 1] }])]).toEqual([[0, 0], [1, 1]]);
    expect([...matchShifts([{ planned: [], all: [2] }])]).toEqual([[0, 2]]);
    expect(matchShifts([{ planned: [], all: [] }]).size).toBe(0);
  });
});

describe('packScore and lexicographicallyLess', () => {
  it('never-worked comes first; each part outweighs all the parts after it', () => {
    expect(packScore([0, 0, 0, 0, -Infinity])).toBe(0);
    expect(packScore([0, 0, 0, 0, 0])).toBe(1);
    expect(packScore([0, 0, 0, 1, 0])).toBe(2 ** 21 + 1);
    expect(packScore([0, 0, 1, 0, 0])).toBe(2 ** 42 + 1);
    expect(packScore([0, 1, 0, 0, 0])).toBe(8 * 2 ** 42 + 1);
    expect(packScore([1, 0, 0, 0, 0])).toBe(64 * 2 ** 42 + 1);
    expect(packScore([])).toBe(1);
  });

  it('equal lists are not less; the first difference decides', () => {
    expect(lexicographicallyLess([1, 2], [1, 2])).toBe(false);
    expect(lexicographicallyLess([1, 2], [1, 3])).toBe(true);
    expect(lexicographicallyLess([2, 0], [1, 9])).toBe(false);
    expect(lexicographicallyLess([0, -1], [0])).toBe(true);
  });
});
