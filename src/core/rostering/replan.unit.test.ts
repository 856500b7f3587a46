// replan one choice at a time, on small cases whose best change is plain: who may work when,
// the shifts free times allow, the meal break a new or longer shift gets, the roster's own odd
// shifts (a hand-made split, after-sales only), hours and day limits with the past counted,
// what it refuses and what the result reports. Loops rather than it.each: Stryker's per-test
// coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { classifyChange, mayWork, replan, replanProblem, unmetFrom, type PlacedShift, type ReplanPerson, type ReplanRequest } from './replan.js';
import { solveLexicographic } from '../scheduling/highs-solver.js';
import { checkMealBreak, checkRoster } from './check.js';
import { toEpochMinutes } from '../time/clock.js';
import { CsPlanError, ExitCode } from '../../errors.js';

/** Tuesday 2026-11-10; `at(day, hour)` in epoch minutes. */
const DAY0 = toEpochMinutes('2026-11-10');
const at = (day: number, hour: number) => DAY0 + day * 1440 + hour * 60;
const EPOCH_DAY0 = DAY0 / 1440;

/** One agent needed from `from` to `to` (hours of day 0, or beyond 24 for the next days), hourly slots over `days`. */
const need = (days: number, ...spans: [number, number][]) => ({
  start: DAY0, slotMinutes: 60,
  required: Array.from({ length: days * 24 }, (_, t) => (spans.some(([from, to]) => t >= from && t < to) ? 1 : 0)),
});

function request(over: Partial<ReplanRequest> & Pick<ReplanRequest, 'people'>): ReplanRequest {
  return {
    shifts: [], now: at(0, 0), window: need(1), noticeMinutes: 120, noticeEndMinutes: 0,
    rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 4, restSlots: 10 }, dayRules: { daysOffPerWeek: 0 },
    callInWeight: 2, timeLimitSeconds: 20, ...over,
  };
}

async function refusal(r: ReplanRequest): Promise<[string, number, unknown]> {
  try {
    await replan(r);
  } catch (error) {
    if (error instanceof CsPlanError) return [error.key, error.exitCode, error.params];
    throw error;
  }
  throw new Error('expected a refusal');
}

const times = (shifts: readonly PlacedShift[]) => shifts.map((s) => [s.person, (s.start - DAY0) / 60, (s.end - DAY0) / 60]);

describe('mayWork, classifyChange and unmetFrom', () => {
  it('a day asked off blocks any shift touching it, not one ending at its midnight or starting at the next', () => {
    const ill: ReplanPerson = { name: 'A', unavailable: [EPOCH_DAY0 + 1] };
    expect(mayWork(ill, at(1, 23), at(2, 1))).toBe(false);
    expect(mayWork(ill, at(0, 20), at(1, 0) + 1)).toBe(false);
    expect(mayWork(ill, at(0, 16), at(1, 0))).toBe(true);
    expect(mayWork(ill, at(2, 0), at(2, 8))).toBe(true);
  });

  it('availability from and to bind exactly', () => {
    const person: ReplanPerson = { name: 'A', availableFrom: at(0, 9), availableTo: at(0, 17) };
    expect(mayWork(person, at(0, 9), at(0, 17))).toBe(true);
    expect(mayWork(person, at(0, 9) - 1, at(0, 17))).toBe(false);
    expect(mayWork(person, at(0, 9), at(0, 17) + 1)).toBe(false);
  });

  it('the same times are an extension; later start and same end a shortening; earlier both a move', () => {
    expect(classifyChange({ start: 60, end: 120 }, { start: 60, end: 120 })).toBe('extend');
    expect(classifyChange({ start: 60, end: 120 }, { start: 90, end: 120 })).toBe('shorten');
    expect(classifyChange({ start: 60, end: 120 }, { start: 0, end: 90 })).toBe('move');
    expect(unmetFrom([2, 2, 2], [0, 1, 3], 1)).toBe(1);
    expect(unmetFrom([2, 2, 2], [0, 1, 3], 3)).toBe(0);
  });
});

describe('free shift times', () => {
  it('adds the shift that covers the need: on the hour, of whole hours', async () => {
    const result = await replan(request({ people: [{ name: 'A' }], window: need(1, [10, 14]) }));
    expect(result.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 10), end: at(0, 14) } }]);
    expect(result).toMatchObject({ firstSlot: 0, unmetBefore: 4, unmetAfter: 0, hoursBefore: 0, hoursAfter: 4 });
    expect(result.onDutyAfter.slice(9, 15)).toEqual([0, 1, 1, 1, 1, 0]);
    expect(result.shifts).toEqual([{ person: 'A', start: at(0, 10), end: at(0, 14), line: 0 }]);
  });

  it('starts on the window\'s own grid, and rounds the shortest shift up to whole hours', async () => {
    // Half-hour slots from 00:30: shifts start at xx:30; the shortest 3.5 h becomes 4 h, also the longest.
    const window = { start: DAY0 + 30, slotMinutes: 30, required: Array.from({ length: 46 }, (_, t) => (t >= 20 && t < 28 ? 1 : 0)) };
    const result = await replan(request({ people: [{ name: 'A' }], window, now: DAY0 + 30, rules: { slotMinutes: 30, minShiftSlots: 7, maxShiftSlots: 8, restSlots: 20 } }));
    expect(result.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 10) + 30, end: at(0, 14) + 30 } }]);
    expect(result.unmetAfter).toBe(0);
  });

  it('never past the window, nor before the notice', async () => {
    // Need 22:00–24:00 of a one-day window: a 4-hour shift would run past it; 00:00–02:00 lies within the notice.
    const late = await replan(request({ people: [{ name: 'A' }], window: need(1, [0, 2], [22, 24]) }));
    expect(late.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 20), end: at(0, 24) } }]);
    expect(late.unmetAfter).toBe(2);
  });

  it('a first slot part-way through: now at 01:30 plans from 02:00', async () => {
    const result = await replan(request({ people: [{ name: 'A' }], window: need(1, [0, 6]), now: at(0, 1) + 30, noticeMinutes: 30 }));
    expect(result.firstSlot).toBe(2);
    expect(result.unmetBefore).toBe(4);
    expect(result.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 2), end: at(0, 6) } }]);
  });
});

describe('who may be given a shift', () => {
  it('nobody for demand nobody needs; a contract minimum is reached even without demand', async () => {
    expect((await replan(request({ people: [{ name: 'A' }] }))).changes).toEqual([]);
    const minimum = await replan(request({ people: [{ name: 'A', minHours: 4 }] }));
    expect(minimum.changes).toHaveLength(1);
    expect(minimum.hoursAfter).toBe(4);
  });

  it('after-sales people are not added for pre-sales demand, and their shifts do not cover it', async () => {
    const window = need(1, [10, 14]);
    const only = await replan(request({ people: [{ name: 'B', role: 'after' }], window }));
    expect(only.changes).toEqual([]);
    expect(only.unmetAfter).toBe(4);
    const shifts: PlacedShift[] = [{ person: 'B', start: at(0, 10), end: at(0, 14), afterSalesOnly: true, line: 2 }];
    const kept = await replan(request({ people: [{ name: 'B', role: 'after' }, { name: 'A' }], window, shifts }));
    expect(kept.onDutyBefore.slice(10, 14)).toEqual([0, 0, 0, 0]);
    expect(kept.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 10), end: at(0, 14) } }]);
    expect(kept.shifts).toContainEqual({ person: 'B', start: at(0, 10), end: at(0, 14), afterSalesOnly: true, line: 2 });
  });

  it('availability: someone who starts at noon takes the afternoon only', async () => {
    const result = await replan(request({ people: [{ name: 'A', availableFrom: at(0, 12) }], window: need(1, [10, 16]) }));
    expect(result.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 12), end: at(0, 16) } }]);
  });

  it('rest after the last shift worked', async () => {
    // A worked until 02:00; with 10 hours of rest the earliest start is 12:00.
    const shifts: PlacedShift[] = [{ person: 'A', start: at(-1, 22), end: at(0, 2), line: 2 }];
    const result = await replan(request({ people: [{ name: 'A' }], shifts, now: at(0, 3), window: need(1, [8, 16]) }));
    expect(result.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 12), end: at(0, 16) } }]);
  });
});

describe('meal breaks', () => {
  const meal = { minutes: 60, maxWorkHours: 5 };
  const nine = { slotMinutes: 60, minShiftSlots: 9, maxShiftSlots: 9, restSlots: 10 };

  it('a new long shift gets a break that keeps every stretch of work within the rule, and the break is not coverage', async () => {
    const result = await replan(request({ people: [{ name: 'A' }], window: need(1, [9, 18]), rules: nine, mealBreak: meal }));
    const [shift] = result.shifts;
    expect(times(result.shifts)).toEqual([['A', 9, 18]]);
    const breakHour = ((shift?.mealBreak?.start ?? 0) - DAY0) / 60;
    expect([12, 13, 14]).toContain(breakHour);
    expect(shift?.mealBreak?.end).toBe((shift?.mealBreak?.start ?? 0) + 60);
    expect(result.onDutyAfter[breakHour]).toBe(0);
    expect(result.unmetAfter).toBe(1);
    expect(checkMealBreak({ line: 0, person: 'A', start: shift?.start ?? 0, end: shift?.end ?? 0, ...(shift?.mealBreak ? { mealBreak: shift.mealBreak } : {}) }, meal)).toEqual([]);
  });

  it('a running duty keeps the break it has; an extended one gets a break after the notice', async () => {
    const running: PlacedShift[] = [{ person: 'A', start: at(0, 9), end: at(0, 18), mealBreak: { start: at(0, 13), end: at(0, 14) }, line: 2 }];
    const kept = await replan(request({ people: [{ name: 'A' }], shifts: running, now: at(0, 10), window: need(1, [9, 18]), rules: nine, mealBreak: meal }));
    expect(kept.changes).toEqual([]);
    expect(kept.shifts[0]?.mealBreak).toEqual({ start: at(0, 13), end: at(0, 14) });
    // 09:00–14:00 runs; demand until 16:00: longer needs a break, placed after 12:00 (now 10:00 + 2 h notice).
    const short: PlacedShift[] = [{ person: 'A', start: at(0, 9), end: at(0, 14), line: 2 }];
    // Alone, A is kept on to 16:00 with a break (1 slot short) rather than go home at 14:00 (2 short).
    const longer = await replan(request({ people: [{ name: 'A' }], shifts: short, now: at(0, 10), window: need(1, [9, 16]), rules: { ...nine, minShiftSlots: 2, maxShiftSlots: 9 }, mealBreak: meal }));
    const a = longer.shifts.find((s) => s.person === 'A');
    expect(longer.changes.map((c) => [c.change, c.new?.end])).toEqual([['extend', at(0, 16)]]);
    expect(longer.unmetAfter).toBe(1);
    expect([at(0, 12), at(0, 13), at(0, 14)]).toContain(a?.mealBreak?.start);
    expect(checkMealBreak({ line: 0, person: 'A', start: a?.start ?? 0, end: a?.end ?? 0, ...(a?.mealBreak ? { mealBreak: a.mealBreak } : {}) }, meal)).toEqual([]);
  });
});

describe('the roster\'s own shifts', () => {
  it('a hand-made split (two shifts one day) is kept as it is, or cancelled whole when its person falls ill', async () => {
    const split: PlacedShift[] = [{ person: 'A', start: at(1, 8), end: at(1, 12), line: 2 }, { person: 'A', start: at(1, 16), end: at(1, 20), line: 3 }];
    const rules = { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 4, restSlots: 2 };
    const window = need(2, [32, 36], [40, 44]);
    const kept = await replan(request({ people: [{ name: 'A' }], shifts: split, window, rules }));
    expect(kept.changes).toEqual([]);
    expect(kept.shifts.map((s) => s.line)).toEqual([2, 3]);
    const ill = await replan(request({ people: [{ name: 'A', unavailable: [EPOCH_DAY0 + 1] }], shifts: split, window, rules }));
    expect(ill.changes.map((c) => [c.person, c.change])).toEqual([['A', 'cancel'], ['A', 'cancel']]);
    // The hours before count only what could still happen: nothing on the day A is ill.
    expect(ill.hoursBefore).toBe(0);
    expect(ill.unmetBefore).toBe(8);
  });

  it('a running duty whose person falls ill today cannot end in time: refused, naming them', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(0, 9), end: at(0, 17), line: 2 }];
    expect(await refusal(request({ people: [{ name: 'A', unavailable: [EPOCH_DAY0] }], shifts, now: at(0, 10) }))).toEqual(['replan.lockedUnavailable', ExitCode.infeasible, { name: 'A' }]);
  });

  it('a shift of someone not among the people is a defect (exit 70)', async () => {
    const shifts: PlacedShift[] = [{ person: 'X', start: at(0, 9), end: at(0, 17), line: 2 }];
    expect(await refusal(request({ people: [{ name: 'A' }], shifts }))).toEqual(['replan.unknownPerson', ExitCode.internal, { name: 'X' }]);
  });
});

describe('limits with the past counted', () => {
  const eight = { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 };
  const yesterday: PlacedShift[] = [{ person: 'A', start: at(-1, 8), end: at(-1, 16), line: 2 }];

  it('max_hours: 8 worked of 12 leaves 4', async () => {
    const result = await replan(request({ people: [{ name: 'A', maxHours: 12 }], shifts: yesterday, window: need(1, [10, 18]), rules: eight }));
    expect(result.hoursAfter).toBe(4);
    expect(result.unmetAfter).toBe(4);
  });

  it('hours a week: 8 worked of 12 this week leaves 4; last week\'s do not count', async () => {
    const thisWeek = await replan(request({ people: [{ name: 'A' }], shifts: yesterday, window: need(1, [10, 18]), rules: eight, dayRules: { daysOffPerWeek: 0, maxHoursPerWeek: 12 } }));
    expect(thisWeek.hoursAfter).toBe(4);
    // Tuesday's window after last Sunday's shift.
    const lastWeek: PlacedShift[] = [{ person: 'A', start: at(-2, 8), end: at(-2, 16), line: 2 }];
    const fresh = await replan(request({ people: [{ name: 'A' }], shifts: lastWeek, window: need(1, [10, 18]), rules: eight, dayRules: { daysOffPerWeek: 0, maxHoursPerWeek: 12 } }));
    expect(fresh.hoursAfter).toBe(8);
  });

  it('days in a row: two days worked before, so not a third', async () => {
    const twoDays: PlacedShift[] = [-2, -1].map((d, i) => ({ person: 'A', start: at(d, 8), end: at(d, 16), line: i + 2 }));
    const result = await replan(request({ people: [{ name: 'A' }], shifts: twoDays, window: need(1, [10, 14]), dayRules: { daysOffPerWeek: 0, maxConsecutiveDays: 2 } }));
    expect(result.changes).toEqual([]);
    expect(result.unmetAfter).toBe(4);
  });

  it('a minimum nobody can reach: no shift at all is refused by name; too few hours left is no roster', async () => {
    expect(await refusal(request({ people: [{ name: 'A', minHours: 8, unavailable: [EPOCH_DAY0] }] }))).toEqual(['replan.minHoursUnreachable', ExitCode.infeasible, { name: 'A', hours: 8 }]);
    expect(await refusal(request({ people: [{ name: 'A', minHours: 30 }] }))).toEqual(['replan.infeasible', ExitCode.infeasible, {}]);
  });

  it('a forbidden sequence after a shift already worked', async () => {
    const patterns = [{ name: 'E', startMinute: 7 * 60, lengthMinutes: 8 * 60 }, { name: 'L', startMinute: 14 * 60, lengthMinutes: 8 * 60 }];
    const late: PlacedShift[] = [{ person: 'A', start: at(-1, 14), end: at(-1, 22), line: 2 }];
    const r = request({ people: [{ name: 'A' }], shifts: late, now: at(-1, 23), window: { ...need(1, [7, 15]), start: at(-1, 0), required: [...new Array<number>(24).fill(0), ...need(1, [7, 15]).required] }, patterns, rules: { ...eight, minShiftSlots: 8, restSlots: 8 } });
    expect((await replan(r)).changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 7), end: at(0, 15) } }]);
    // L then E is forbidden: only another L (14:00–22:00) is left, covering 14:00–15:00.
    const forbidden = await replan({ ...r, forbidden: [['L', 'E']] });
    expect(forbidden.changes).toEqual([{ person: 'A', change: 'add', new: { start: at(0, 14), end: at(0, 22) } }]);
    expect(forbidden.unmetAfter).toBe(7);
  });
});

describe('the list of changes', () => {
  it('in time order; at one time a cancel before an add, then by name', async () => {
    const shifts: PlacedShift[] = [{ person: 'C', start: at(1, 10), end: at(1, 14), line: 2 }];
    const people: ReplanPerson[] = [{ name: 'C', unavailable: [EPOCH_DAY0 + 1] }, { name: 'B' }, { name: 'A' }];
    const window = { ...need(2, [34, 38]), required: need(2, [34, 38]).required.map((r) => r * 2) };
    const result = await replan(request({ people, shifts, window }));
    expect(result.changes.map((c) => [c.person, c.change])).toEqual([['C', 'cancel'], ['A', 'add'], ['B', 'add']]);
    expect(checkRoster(result.shifts.map((s, i) => ({ line: i + 2, person: s.person, start: s.start, end: s.end })), { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0 })).toEqual([]);
  });
});

describe('the start the solver is given', () => {
  /** The model with the start's columns fixed, solved by HiGHS: feasible, and what it scores. */
  async function atStart(r: ReplanRequest) {
    const { built, start } = replanProblem(r);
    const colLower = [...built.model.colLower];
    const colUpper = [...built.model.colUpper];
    start.indices.forEach((j, k) => {
      colLower[j] = start.values[k] ?? 0;
      colUpper[j] = start.values[k] ?? 0;
    });
    const fixed = await solveLexicographic({ ...built.model, colLower, colUpper }, { timeLimitSeconds: 20 });
    return { values: fixed.objectiveValues, result: await replan(r) };
  }

  it('is the published roster as it would now play out: it keeps every row, scores the unmet demand before, and changes only what illness cancels', async () => {
    const meal = { minutes: 60, maxWorkHours: 5 };
    const cases: ReplanRequest[] = [
      // A running duty with its break, a later shift, a split, after-sales, a call-in list.
      request({
        people: [{ name: 'A' }, { name: 'B', role: 'after' }, { name: 'C', onCall: true }, { name: 'D' }],
        shifts: [
          { person: 'A', start: at(0, 9), end: at(0, 18), mealBreak: { start: at(0, 13), end: at(0, 14) }, line: 2 },
          { person: 'B', start: at(0, 10), end: at(0, 14), afterSalesOnly: true, line: 3 },
          { person: 'D', start: at(1, 8), end: at(1, 12), line: 4 }, { person: 'D', start: at(1, 16), end: at(1, 20), line: 5 },
        ],
        now: at(0, 10), window: need(2, [9, 20], [32, 44]), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 9, restSlots: 2 }, mealBreak: meal,
      }),
      // Illness cancels two shifts; day limits and hours with the past.
      request({
        people: [{ name: 'A', unavailable: [EPOCH_DAY0 + 1] }, { name: 'B', maxHours: 24 }],
        shifts: [
          { person: 'A', start: at(-1, 8), end: at(-1, 16), line: 2 }, { person: 'A', start: at(1, 8), end: at(1, 16), line: 3 },
          { person: 'A', start: at(2, 8), end: at(2, 16), line: 4 }, { person: 'B', start: at(0, 8), end: at(0, 16), line: 5 },
        ],
        now: at(0, 1), window: need(3, [8, 16], [32, 40], [56, 64]), rules: { slotMinutes: 60, minShiftSlots: 8, maxShiftSlots: 8, restSlots: 10 },
        dayRules: { daysOffPerWeek: 0, maxConsecutiveDays: 3, maxHoursPerWeek: 40 },
      }),
    ];
    const cancelled = [0, 1];
    for (const [k, r] of cases.entries()) {
      const { values, result } = await atStart(r);
      expect(values[0], `case ${k}`).toBe(result.unmetBefore);
      expect(values[1], `case ${k}`).toBe(cancelled[k]);
      expect(result.unmetAfter).toBeLessThanOrEqual(result.unmetBefore);
    }
  });
});

describe('more rules with the past counted', () => {
  const eight = { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 10 };

  it('days off in every 7 days: six days worked before leave no seventh; another person takes it', async () => {
    const sixDays: PlacedShift[] = [-6, -5, -4, -3, -2, -1].map((d, i) => ({ person: 'A', start: at(d, 8), end: at(d, 12), line: i + 2 }));
    const result = await replan(request({ people: [{ name: 'A' }, { name: 'B' }], shifts: sixDays, window: need(1, [10, 14]), dayRules: { daysOffPerWeek: 1 } }));
    expect(result.changes).toEqual([{ person: 'B', change: 'add', new: { start: at(0, 10), end: at(0, 14) } }]);
  });

  it('hours a week split at Monday midnight: a Sunday night counts 4 h in this week', async () => {
    // Tuesday's window; A worked Sunday 20:00 – Monday 04:00. At most 8 h a week: 4 h left.
    const night: PlacedShift[] = [{ person: 'A', start: at(-2, 20), end: at(-1, 4), line: 2 }];
    const result = await replan(request({ people: [{ name: 'A' }], shifts: night, window: need(1, [10, 18]), rules: eight, dayRules: { daysOffPerWeek: 0, maxHoursPerWeek: 8 } }));
    expect(result.hoursAfter).toBe(4);
  });

  it('a shift moved to where the demand now is, and one shortened when part of it is no longer needed', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(1, 8), end: at(1, 12), line: 2 }];
    const moved = await replan(request({ people: [{ name: 'A' }], shifts, window: need(2, [38, 42]) }));
    expect(moved.changes).toEqual([{ person: 'A', change: 'move', old: { start: at(1, 8), end: at(1, 12) }, new: { start: at(1, 14), end: at(1, 18) } }]);
    const long: PlacedShift[] = [{ person: 'A', start: at(1, 8), end: at(1, 16), line: 2 }];
    // The demand stays 08:00–12:00: the kept shift needs no change (changes weigh more than hours).
    const kept = await replan(request({ people: [{ name: 'A' }], shifts: long, window: need(2, [32, 36]), rules: eight }));
    expect(kept.changes).toEqual([]);
    expect(kept.hoursAfter).toBe(8);
  });

  it('a call-in may weigh a fractional number of changes', async () => {
    const result = await replan(request({ people: [{ name: 'A', onCall: true }], window: need(1, [10, 14]), callInWeight: 1.5 }));
    expect(result.changes).toEqual([{ person: 'A', change: 'call_in', new: { start: at(0, 10), end: at(0, 14) } }]);
    expect(result.solve.objectiveValues).toEqual([0, 1.5, 4]);
  });
});

describe('boundaries the mutation run found', () => {
  const meal = { minutes: 60, maxWorkHours: 5 };

  it('exactly the rest between two new shifts of one person is allowed', async () => {
    // 10:00–14:00, then 00:00–04:00: 10 hours apart.
    const result = await replan(request({ people: [{ name: 'A' }], window: need(2, [10, 14], [24, 28]) }));
    expect(result.unmetAfter).toBe(0);
    expect(times(result.shifts)).toEqual([['A', 10, 14], ['A', 24, 28]]);
  });

  it('the model counts a break as not covering its slot (its own unmet agrees with the roster\'s)', async () => {
    const result = await replan(request({ people: [{ name: 'A' }], window: need(1, [9, 18]), rules: { slotMinutes: 60, minShiftSlots: 9, maxShiftSlots: 9, restSlots: 10 }, mealBreak: meal }));
    expect(result.solve.objectiveValues[0]).toBe(1);
    expect(result.unmetAfter).toBe(1);
  });

  it('an extended duty keeps its planned break where it still fits, even before the notice ends', async () => {
    const running: PlacedShift[] = [{ person: 'A', start: at(0, 9), end: at(0, 15), mealBreak: { start: at(0, 12), end: at(0, 13) }, line: 2 }];
    const result = await replan(request({ people: [{ name: 'A' }], shifts: running, now: at(0, 11), window: need(1, [9, 16]), rules: { slotMinutes: 60, minShiftSlots: 2, maxShiftSlots: 9, restSlots: 10 }, mealBreak: meal }));
    expect(result.changes.map((c) => [c.change, c.new?.end])).toEqual([['extend', at(0, 16)]]);
    expect(result.shifts[0]?.mealBreak).toEqual({ start: at(0, 12), end: at(0, 13) });
  });

  it('min_hours counts the hours already worked: 4 of 8 worked leaves one 4-hour shift', async () => {
    const past: PlacedShift[] = [{ person: 'A', start: at(-1, 8), end: at(-1, 12), line: 2 }];
    const result = await replan(request({ people: [{ name: 'A', minHours: 8 }], shifts: past }));
    expect(result.hoursAfter).toBe(4);
    // Already past the minimum, and no shift possible: nothing asked.
    const done: PlacedShift[] = [{ person: 'B', start: at(-1, 8), end: at(-1, 16), line: 2 }];
    const enough = await replan(request({ people: [{ name: 'B', minHours: 4, unavailable: [EPOCH_DAY0] }], shifts: done }));
    expect(enough.changes).toEqual([]);
    // Nobody who cannot work, without a minimum, is a problem.
    expect((await replan(request({ people: [{ name: 'C', unavailable: [EPOCH_DAY0] }] }))).changes).toEqual([]);
  });

  it('a running duty ends no earlier than now + notice-end: an illness from midnight then cannot be kept', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(0, 22), end: at(1, 6), line: 2 }];
    const people: ReplanPerson[] = [{ name: 'A', unavailable: [EPOCH_DAY0 + 1] }];
    expect((await replan(request({ people, shifts, now: at(0, 23), noticeEndMinutes: 60 }))).changes.map((c) => c.new?.end)).toEqual([at(1, 0)]);
    expect(await refusal(request({ people, shifts, now: at(0, 23), noticeEndMinutes: 120 }))).toEqual(['replan.lockedUnavailable', ExitCode.infeasible, { name: 'A' }]);
  });

  it('free shifts on half-hour slots still last whole hours: 3.5 h of need gets a 4-hour shift', async () => {
    const window = { start: DAY0 + 30, slotMinutes: 30, required: Array.from({ length: 46 }, (_, t) => (t >= 20 && t < 27 ? 1 : 0)) };
    const result = await replan(request({ people: [{ name: 'A' }], window, now: DAY0 + 30, rules: { slotMinutes: 30, minShiftSlots: 7, maxShiftSlots: 8, restSlots: 20 } }));
    expect(result.hoursAfter).toBe(4);
  });

  it('a cancel names the old times', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(1, 8), end: at(1, 12), line: 2 }];
    const result = await replan(request({ people: [{ name: 'A', unavailable: [EPOCH_DAY0 + 1] }], shifts, window: need(2) }));
    expect(result.changes).toEqual([{ person: 'A', change: 'cancel', old: { start: at(1, 8), end: at(1, 12) } }]);
  });
});

describe('the model\'s structure (replanProblem)', () => {
  it('choices whole and at most 1, cancels and shortfalls continuous; a shortfall per needed slot from now; no other columns without day limits; no empty row', () => {
    const r = request({
      people: [{ name: 'A' }, { name: 'C', unavailable: [EPOCH_DAY0], maxHours: 8 }],
      shifts: [{ person: 'A', start: at(0, 12), end: at(0, 16), line: 2 }], now: at(0, 10), window: need(1, [9, 17]),
    });
    const { model, choices, cancelCol, shortfall } = replanProblem(r).built;
    expect(choices.length).toBeGreaterThan(1);
    for (const j of choices.keys()) expect([model.integrality[j], model.colUpper[j]]).toEqual([1, 1]);
    expect(cancelCol.size).toBe(1);
    for (const col of cancelCol.values()) expect([model.integrality[col], model.colUpper[col]]).toEqual([0, 1]);
    for (const col of shortfall.values()) expect([model.integrality[col], model.colUpper[col]]).toEqual([0, Infinity]);
    expect([...shortfall.keys()]).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(model.numCols).toBe(choices.length + cancelCol.size + shortfall.size);
    expect(model.rows.every((row) => row.indices.length > 0)).toBe(true);
  });

  it('objectives whole when the call-in weight and every choice\'s hours from now are whole; floors on the first two', () => {
    const base = { people: [{ name: 'A' }], window: need(1, [9, 17]) };
    expect(replanProblem(request(base)).built.model).toMatchObject({ wholeObjectives: [true, true, true], objectiveFloors: [0, 0, undefined], objectiveNames: ['unmet_demand', 'changes', 'agent_hours'] });
    expect(replanProblem(request({ ...base, callInWeight: 1.5 })).built.model.wholeObjectives).toEqual([true, false, true]);
    // A duty running since 08:00 at 09:30 has 2.5 hours to go.
    const running = request({ ...base, now: at(0, 9) + 30, shifts: [{ person: 'A', start: at(0, 8), end: at(0, 12), line: 2 }] });
    expect(replanProblem(running).built.model.wholeObjectives).toEqual([true, true, false]);
  });

  it('new shifts cover a needed slot wholly (or serve a contract minimum); after-sales people get none; each day\'s choices start that day, once each', () => {
    const people: ReplanPerson[] = [{ name: 'A' }, { name: 'S', role: 'after' }, { name: 'M', minHours: 4 }];
    const one = replanProblem(request({ people, window: need(1, [16, 17]) })).built.choices;
    const starts = (name: string) => one.filter((c) => c.pf.person.name === name).map((c) => (c.start - DAY0) / 60);
    expect(starts('A')).toEqual([13, 14, 15, 16]);
    expect(starts('S')).toEqual([]);
    expect(starts('M')).toEqual(Array.from({ length: 19 }, (_, i) => i + 2));
    const { choices } = replanProblem(request({ people, window: need(2, [9, 17], [33, 41]), shifts: [{ person: 'A', start: at(1, 9), end: at(1, 13), line: 2 }] })).built;
    const byGroup = new Map<number, typeof choices>();
    for (const c of choices) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
    // A's kept shift and new ones on day 1, each person's days 0 and 1, M's many.
    expect([...byGroup.values()].filter((list) => list.length > 1).length).toBeGreaterThanOrEqual(4);
    for (const list of byGroup.values()) {
      expect(new Set(list.map((c) => Math.floor(c.start / 1440))).size).toBe(1);
      expect(new Set(list.map((c) => `${c.start}-${c.end}`)).size).toBe(list.length);
    }
  });
});

describe('what the replan may and may not do', () => {
  it('a running duty\'s day gets no second start, even after the rest', async () => {
    const result = await replan(request({
      people: [{ name: 'A' }], shifts: [{ person: 'A', start: at(0, 0), end: at(0, 4), line: 2 }], now: at(0, 1),
      window: need(1, [0, 4], [16, 20]), rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 4, restSlots: 10 },
    }));
    expect(result.changes).toEqual([]);
    expect(result.unmetAfter).toBe(4);
  });

  it('with no notice a new shift may start at the window\'s start', async () => {
    const result = await replan(request({ people: [{ name: 'A' }], noticeMinutes: 0, window: need(1, [0, 4]) }));
    expect(times(result.shifts)).toEqual([['A', 0, 4]]);
    expect(result.unmetAfter).toBe(0);
  });

  it('a contract minimum already worked in full asks nothing more, even of someone who can no longer work', async () => {
    const result = await replan(request({
      people: [{ name: 'A', minHours: 4, availableTo: at(0, 5) }], shifts: [{ person: 'A', start: at(0, 0), end: at(0, 4), line: 2 }], now: at(0, 5), window: need(1),
    }));
    expect(result.changes).toEqual([]);
  });
});

describe('the result\'s report', () => {
  it('the new roster by person then time, the past kept; on duty before counts a shift that ended at now, whatever its person\'s day off; hours from now; the model\'s size', async () => {
    const shifts: PlacedShift[] = [
      { person: 'B', start: at(0, 10), end: at(0, 14), line: 2 }, { person: 'A', start: at(0, 0), end: at(0, 4), line: 3 },
      { person: 'B', start: at(0, 5), end: at(0, 9), line: 4 },
    ];
    const r = request({
      people: [{ name: 'A', unavailable: [EPOCH_DAY0] }, { name: 'B' }], shifts, now: at(0, 4), window: need(1, [0, 4], [10, 14]),
      rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 4, restSlots: 1 },
    });
    const result = await replan(r);
    expect(times(result.shifts)).toEqual([['A', 0, 4], ['B', 5, 9], ['B', 10, 14]]);
    expect(result.onDutyBefore.slice(0, 4)).toEqual([1, 1, 1, 1]);
    expect([result.hoursBefore, result.hoursAfter, result.unmetBefore, result.unmetAfter]).toEqual([8, 8, 0, 0]);
    const { model } = replanProblem(r).built;
    expect(result.modelSize).toEqual({ columns: model.numCols, rows: model.rows.length });
  });
});

describe('the new roster\'s shifts', () => {
  it('keep their published line and after-sales flag; a new shift has line 0, and is after-sales only for an after-sales person', async () => {
    const shifts: PlacedShift[] = [{ person: 'S', start: at(0, 10), end: at(0, 14), afterSalesOnly: true, line: 7 }, { person: 'B', start: at(0, 9), end: at(0, 13), line: 9 }];
    const people: ReplanPerson[] = [{ name: 'S', role: 'after', minHours: 8 }, { name: 'B' }];
    const result = await replan(request({ people, shifts, window: need(2, [9, 13]) }));
    // S keeps 10–14 and needs 4 more hours: a new shift, after-sales like them.
    const flags = result.shifts.map((s) => [s.person, s.line, s.afterSalesOnly ?? false]);
    expect(flags).toEqual([['B', 9, false], ['S', 7, true], ['S', 0, true]]);
  });

  it('a shift published as after-sales answers no pre-sales demand in the model either, as in the report: someone else is added', async () => {
    const shifts: PlacedShift[] = [{ person: 'B', start: at(0, 12), end: at(0, 16), afterSalesOnly: true, line: 2 }];
    const result = await replan(request({ people: [{ name: 'B' }, { name: 'C' }], shifts, window: need(1, [12, 16]) }));
    expect([result.unmetBefore, result.unmetAfter]).toEqual([4, 0]);
    expect(result.changes).toEqual([{ person: 'C', change: 'add', new: { start: at(0, 12), end: at(0, 16) } }]);
    expect(result.shifts.map((s) => [s.person, s.afterSalesOnly ?? false])).toEqual([['B', true], ['C', false]]);
  });
});

describe('after-sales shifts stay as planned', () => {
  it('an after-sales shift is not moved onto pre-sales demand (someone else is, if anyone can be), nor is an after-sales person\'s', async () => {
    const shifts: PlacedShift[] = [{ person: 'B', start: at(0, 12), end: at(0, 16), afterSalesOnly: true, line: 2 }];
    const alone = await replan(request({ people: [{ name: 'B' }], shifts, window: need(1, [18, 22]) }));
    expect([alone.changes, alone.unmetAfter]).toEqual([[], 4]);
    const withC = await replan(request({ people: [{ name: 'B' }, { name: 'C' }], shifts, window: need(1, [18, 22]) }));
    expect(withC.changes.map((c) => [c.person, c.change])).toEqual([['C', 'add']]);
    const byRole = await replan(request({ people: [{ name: 'B', role: 'after' }], shifts: [{ ...shifts[0]!, afterSalesOnly: false }], window: need(1, [18, 22]) }));
    expect(byRole.changes).toEqual([]);
  });

  it('an after-sales shift whose person falls ill is cancelled', async () => {
    const shifts: PlacedShift[] = [{ person: 'B', start: at(1, 12), end: at(1, 16), afterSalesOnly: true, line: 2 }];
    const result = await replan(request({ people: [{ name: 'B', unavailable: [EPOCH_DAY0 + 1] }], shifts, window: need(2) }));
    expect(result.changes.map((c) => [c.person, c.change])).toEqual([['B', 'cancel']]);
  });
});
