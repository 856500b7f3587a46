// assignDays rule by rule, without the solver: each person-level rule at its boundary (what it
// allows and what it refuses), the order in which shifts are given and who gets each one.
// Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { assignDays, type AssignDaysProblem } from './assign-days.js';
import type { PersonLimits, PersonRules } from '../scheduling/person-model.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';

/** Monday 2026-11-30, as an epoch day; hourly slots from its midnight. */
const FIRST = toEpochMinutes('2026-11-30') / MINUTES_PER_DAY;
const ANYONE: PersonLimits = { fromSlot: 0, toSlot: 24 * 28 };

/** A shift: [day, start hour, hours, pattern, how many]. */
type Shift = [number, number, number, string?, number?];

function problem(shifts: readonly Shift[], people: readonly PersonLimits[], rules: Partial<PersonRules> = {}): AssignDaysProblem {
  return {
    candidates: shifts.map(([day, hour, hours, pattern]) => ({ start: day * 24 + hour, length: hours, ...(pattern ? { pattern } : {}) })),
    candidateDays: shifts.map(([day]) => FIRST + day),
    counts: shifts.map(([, , , , count]) => count ?? 1),
    people, rules: { restSlots: 10, daysOffPerWeek: 0, ...rules }, slotsPerDay: 24, firstDay: FIRST,
  };
}

/** Who works each shift (person indices, in the order given) and how many of each nobody could take. */
function assigned(p: AssignDaysProblem): { who: number[][]; unassigned: number[] } {
  const { assignments, unassigned } = assignDays(p);
  const who = p.candidates.map((_, i) => assignments.filter((a) => a.candidate === i).map((a) => a.person));
  return { who, unassigned };
}

describe('the window a person may work in', () => {
  it('allows a shift from the first slot to the slot by which they must have stopped, and not one slot outside', () => {
    const shift: Shift[] = [[0, 9, 8]];
    expect(assigned(problem(shift, [{ fromSlot: 9, toSlot: 17 }])).who).toEqual([[0]]);
    expect(assigned(problem(shift, [{ fromSlot: 10, toSlot: 17 }]))).toEqual({ who: [[]], unassigned: [1] });
    expect(assigned(problem(shift, [{ fromSlot: 9, toSlot: 16 }]))).toEqual({ who: [[]], unassigned: [1] });
  });

  it('refuses a shift overlapping a blocked range by one slot and allows one that only touches it', () => {
    const shift: Shift[] = [[0, 9, 8]];
    expect(assigned(problem(shift, [{ ...ANYONE, blocked: [[16, 30]] }])).who).toEqual([[]]);
    expect(assigned(problem(shift, [{ ...ANYONE, blocked: [[0, 10]] }])).who).toEqual([[]]);
    expect(assigned(problem(shift, [{ ...ANYONE, blocked: [[17, 30], [0, 9]] }])).who).toEqual([[0]]);
  });
});

describe('max_hours', () => {
  it('allows a person to reach their most slots exactly and not one slot more', () => {
    const twoDays: Shift[] = [[0, 9, 8], [1, 9, 8]];
    expect(assigned(problem(twoDays, [{ ...ANYONE, maxSlots: 16 }])).who).toEqual([[0], [0]]);
    expect(assigned(problem(twoDays, [{ ...ANYONE, maxSlots: 15 }]))).toEqual({ who: [[0], []], unassigned: [0, 1] });
  });
});

describe('rest between shifts', () => {
  it('allows exactly the rest and refuses a slot less', () => {
    // 09:00–17:00, then 03:00 the next day: 10 hours between.
    const shifts: Shift[] = [[0, 9, 8], [1, 3, 8]];
    expect(assigned(problem(shifts, [ANYONE], { restSlots: 10 })).who).toEqual([[0], [0]]);
    expect(assigned(problem(shifts, [ANYONE], { restSlots: 11 })).who).toEqual([[0], []]);
  });
});

describe('one start a day', () => {
  it('gives a second shift on the same day to someone else, however long the rest', () => {
    const shifts: Shift[] = [[0, 0, 4], [0, 16, 4]];
    expect(assigned(problem(shifts, [ANYONE, ANYONE], { restSlots: 1 })).who).toEqual([[0], [1]]);
    expect(assigned(problem(shifts, [ANYONE], { restSlots: 1 })).unassigned).toEqual([0, 1]);
  });

  it('a shift ending an hour before midnight leaves the next day free', () => {
    // 15:00–23:00, then Tuesday 10:00.
    expect(assigned(problem([[0, 15, 8], [1, 10, 4]], [ANYONE], { restSlots: 1 })).who).toEqual([[0], [0]]);
  });

  it('counts a day a night shift reached as a day worked', () => {
    // 20:00–04:00 into Tuesday, then Tuesday 16:00.
    const shifts: Shift[] = [[0, 20, 8], [1, 16, 4]];
    expect(assigned(problem(shifts, [ANYONE], { restSlots: 1 })).who).toEqual([[0], []]);
  });
});

describe('forbidden sequences', () => {
  const lateThenEarly: Shift[] = [[0, 14, 8, 'late'], [1, 8, 8, 'early']];

  it('refuses the second pattern on the day after the first, only in that order', () => {
    expect(assigned(problem(lateThenEarly, [ANYONE], { forbidden: [['late', 'early']] })).who).toEqual([[0], []]);
    expect(assigned(problem(lateThenEarly, [ANYONE], { forbidden: [['early', 'late']] })).who).toEqual([[0], [0]]);
    expect(assigned(problem(lateThenEarly, [ANYONE], { forbidden: [['late', 'late'], ['early', 'early']] })).who).toEqual([[0], [0]]);
    expect(assigned(problem(lateThenEarly, [ANYONE])).who).toEqual([[0], [0]]);
  });

  it('allows the second pattern two days later', () => {
    const shifts: Shift[] = [[0, 14, 8, 'late'], [2, 8, 8, 'early']];
    expect(assigned(problem(shifts, [ANYONE], { forbidden: [['late', 'early']] })).who).toEqual([[0], [0]]);
  });
});

describe('day limits', () => {
  const everyDay = (days: number): Shift[] => Array.from({ length: days }, (_, day): Shift => [day, 9, 8]);

  it('days off in every 7 days: the seventh day in a row goes unassigned, and the eighth may be worked again', () => {
    const { who, unassigned } = assigned(problem(everyDay(8), [ANYONE], { daysOffPerWeek: 1 }));
    expect(who.map((w) => w.length)).toEqual([1, 1, 1, 1, 1, 1, 0, 1]);
    expect(unassigned).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it('the last 7-day period ends on the day the last shift ends, early in the morning', () => {
    // Seven shifts 02:00–10:00: the window is exactly 7 days, one period, so the seventh is refused.
    const early = Array.from({ length: 7 }, (_, day): Shift => [day, 2, 8]);
    expect(assigned(problem(early, [ANYONE], { daysOffPerWeek: 1 })).unassigned).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('days in a row: at most that many, then a day off', () => {
    const { who } = assigned(problem(everyDay(7), [ANYONE], { maxConsecutiveDays: 2 }));
    expect(who.map((w) => w.length)).toEqual([1, 1, 0, 1, 1, 0, 1]);
  });

  it('a night shift counts both days it touches', () => {
    // Monday 20:00–04:00 works Monday and Tuesday: with two days in a row at most, Wednesday is off.
    const shifts: Shift[] = [[0, 20, 8], [2, 16, 4], [3, 16, 4]];
    expect(assigned(problem(shifts, [ANYONE], { maxConsecutiveDays: 2, restSlots: 1 })).who).toEqual([[0], [], [0]]);
  });
});

describe('hours a week', () => {
  it('splits a Sunday night across the two weeks and allows each week its most slots exactly', () => {
    // Sunday 20:00–04:00: 4 slots in each week. Then Tuesday 09:00 for 4 (week 2: 8) or 5 (9) slots.
    const sundayNight: Shift = [6, 20, 8];
    expect(assigned(problem([sundayNight, [8, 9, 4]], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], [0]]);
    expect(assigned(problem([sundayNight, [8, 9, 5]], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], []]);
    // The first week held 4 of the night: a 4-slot Saturday shift before it fits, a 5-slot one does not.
    expect(assigned(problem([[5, 8, 4], sundayNight], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], [0]]);
    expect(assigned(problem([[5, 8, 5], sundayNight], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], []]);
  });

  it('counts only the week a shift lies in', () => {
    // 8 slots on Monday of week 1 and 8 on Monday of week 2 under a weekly 8.
    expect(assigned(problem([[0, 9, 8], [7, 9, 8]], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], [0]]);
    expect(assigned(problem([[0, 9, 8], [1, 9, 8]], [ANYONE], { maxSlotsPerWeek: 8 })).who).toEqual([[0], []]);
  });
});

describe('who gets a shift', () => {
  it('first someone who prefers its pattern, then someone without a preference, last someone who prefers another', () => {
    const early: Shift[] = [[0, 8, 8, 'early']];
    const other = { ...ANYONE, prefers: ['late'] };
    const none = ANYONE;
    const same = { ...ANYONE, prefers: ['late', 'early'] };
    expect(assigned(problem(early, [other, none, same])).who).toEqual([[2]]);
    expect(assigned(problem(early, [other, none])).who).toEqual([[1]]);
    expect(assigned(problem(early, [other])).who).toEqual([[0]]);
  });

  it('a shift without a pattern counts as outside everyone\'s preference', () => {
    expect(assigned(problem([[0, 8, 8]], [{ ...ANYONE, prefers: ['early'] }, ANYONE])).who).toEqual([[1]]);
  });

  it('then whoever has worked fewest slots', () => {
    const shifts: Shift[] = [[0, 8, 8], [1, 8, 8], [2, 8, 8], [2, 9, 4]];
    // Monday to person 0; Tuesday to person 1 (fewer slots); Wednesday's long shift to person 0 (tie, file order), the short one to 1.
    expect(assigned(problem(shifts, [ANYONE, ANYONE])).who).toEqual([[0], [1], [0], [1]]);
  });

  it('then whoever has worked that pattern most, then file order', () => {
    // Monday: early to 0, late to 1. Tuesday's late goes to 1 (its pattern), though 0 comes first.
    const shifts: Shift[] = [[0, 6, 8, 'early'], [0, 14, 8, 'late'], [1, 16, 8, 'late']];
    expect(assigned(problem(shifts, [ANYONE, ANYONE])).who).toEqual([[0], [1], [1]]);
    const early: Shift[] = [[0, 6, 8, 'early'], [0, 14, 8, 'late'], [1, 16, 8, 'early']];
    expect(assigned(problem(early, [ANYONE, ANYONE])).who).toEqual([[0], [1], [0]]);
  });

  it('counts the pattern each person worked, not only whether they did', () => {
    // P1 works late twice (8 slots), P0 early once and late once (8 slots): the next late goes to P1.
    const shifts: Shift[] = [[0, 6, 4, 'early'], [1, 14, 4, 'late'], [2, 14, 4, 'late'], [3, 14, 4, 'late'], [4, 14, 4, 'late']];
    expect(assigned(problem(shifts, [ANYONE, ANYONE])).who).toEqual([[0], [1], [1], [0], [1]]);
  });

  it('gives several of one shift to different people and counts what nobody could take', () => {
    const { who, unassigned } = assigned(problem([[0, 9, 8, undefined, 4]], [ANYONE, ANYONE]));
    expect(who).toEqual([[0, 1]]);
    expect(unassigned).toEqual([2]);
  });
});

describe('the order shifts are given in', () => {
  it('by start, whatever the order of the candidates, and a tie by candidate order', () => {
    // The later shift comes first in the list; the earlier one must be given first and so go to person 0.
    const shifts: Shift[] = [[1, 9, 8], [0, 9, 8], [0, 9, 6]];
    const { assignments } = assignDays(problem(shifts, [ANYONE, ANYONE, ANYONE]));
    expect(assignments).toEqual([{ person: 0, candidate: 1 }, { person: 1, candidate: 2 }, { person: 2, candidate: 0 }]);
  });

  it('shifts starting together are given in candidate order', () => {
    const together: Shift[] = [[0, 9, 8], [0, 9, 6], [0, 9, 4], [0, 9, 5], [0, 9, 7]];
    const { assignments } = assignDays(problem(together, [ANYONE, ANYONE, ANYONE, ANYONE, ANYONE]));
    expect(assignments.map((a) => [a.candidate, a.person])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
  });

  it('nothing to give gives nothing', () => {
    expect(assignDays(problem([], [ANYONE]))).toEqual({ assignments: [], unassigned: [] });
    expect(assignDays(problem([[0, 9, 8, undefined, 0]], [ANYONE]))).toEqual({ assignments: [], unassigned: [0] });
  });
});
