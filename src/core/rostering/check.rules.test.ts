// Every rule of checkRoster at its boundary: what it allows, what it reports, and the numbers and
// lines it reports with. Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { checkContractRules, checkMealBreak, checkRoster, checkWeeklyRules, daysWorked, lastLine, onDutyPerSlot, patternOf, type RosterRow, type Violation } from './check.js';
import { toEpochMinutes } from '../time/clock.js';

/** Monday 2026-11-02 at `hour` (may run past 24), in epoch minutes. */
const MONDAY = toEpochMinutes('2026-11-02');
const at = (dayIndex: number, hour = 0) => MONDAY + dayIndex * 1440 + hour * 60;
const DAY0 = MONDAY / 1440;
const rules = { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 120 };
const row = (line: number, person: string, start: number, end: number, extra: Partial<RosterRow> = {}): RosterRow => ({ line, person, start, end, ...extra });
/** The violations of one rule, as [line, value, limit, from, to, related]. */
const of = (violations: readonly Violation[], rule: string) => violations.filter((v) => v.rule === rule).map((v) => [v.line, v.value, v.limit, v.from, v.to, v.related]);

describe('rows that cannot be judged', () => {
  it('malformed and unknown_pattern name the cell; end_before_start catches zero-length and reversed rows', () => {
    const violations = checkRoster([
      { line: 2, person: 'A', problem: { column: 'start', value: '25:00' } },
      { line: 3, person: 'B', problem: { column: 'shift', value: '夜班', unknownPattern: true } },
      row(4, 'C', at(0, 9), at(0, 9)),
      row(5, 'D', at(0, 9), at(0, 8)),
      row(6, 'E', at(0, 9), at(0, 9) + 1),
    ], rules);
    expect(violations.map((v) => [v.rule, v.line, v.person, v.column, v.text, v.from, v.to])).toEqual([
      ['malformed', 2, 'A', 'start', '25:00', undefined, undefined],
      ['unknown_pattern', 3, 'B', 'shift', '夜班', undefined, undefined],
      ['end_before_start', 4, 'C', undefined, undefined, at(0, 9), at(0, 9)],
      ['end_before_start', 5, 'D', undefined, undefined, at(0, 9), at(0, 8)],
    ]);
  });

  it('a row without times and without a problem is skipped', () => {
    expect(checkRoster([{ line: 2, person: 'A' }], rules)).toEqual([]);
  });
});

describe('duty and rest', () => {
  it('overlap: the later row, from its start to where the earlier ends, naming the earlier; touching rows do not overlap', () => {
    const v = checkRoster([row(2, 'A', at(0, 9), at(0, 13)), row(3, 'A', at(0, 12), at(0, 15))], rules);
    expect(of(v, 'overlap')).toEqual([[3, undefined, undefined, at(0, 12), at(0, 13), [2]]]);
    expect(checkRoster([row(2, 'A', at(0, 9), at(0, 13)), row(3, 'A', at(0, 13), at(0, 15))], rules)).toEqual([]);
    // Another person's rows never overlap A's.
    expect(checkRoster([row(2, 'A', at(0, 9), at(0, 13)), row(3, 'B', at(0, 12), at(0, 15))], rules)).toEqual([]);
  });

  it('overlap: a row inside a longer one ends where it ends', () => {
    const v = checkRoster([row(2, 'A', at(0, 8), at(0, 18)), row(3, 'A', at(0, 10), at(0, 12))], rules);
    expect(of(v, 'overlap')).toEqual([[3, undefined, undefined, at(0, 10), at(0, 12), [2]]]);
  });

  it('max_duty: exactly 12 hours is allowed, a minute more is not; rows joined by a short break are one duty', () => {
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 20))], rules)).toEqual([]);
    const over = checkRoster([row(2, 'A', at(0, 8), at(0, 20) + 1)], rules);
    expect(of(over, 'max_duty')).toEqual([[2, 12 + 1 / 60, 12, at(0, 8), at(0, 20) + 1, []]]);
    // 08:00–14:00 and 16:00–20:01 with a 2-hour break (the longest allowed): one duty of 12 h 1 min.
    const split = checkRoster([row(2, 'A', at(0, 8), at(0, 14)), row(3, 'A', at(0, 16), at(0, 20) + 1)], rules);
    expect(of(split, 'max_duty')).toEqual([[3, 12 + 1 / 60, 12, at(0, 8), at(0, 20) + 1, [2]]]);
    // A minute more of break and they are two duties (and the rest between them is short).
    const apart = checkRoster([row(2, 'A', at(0, 8), at(0, 14)), row(3, 'A', at(0, 16) + 1, at(0, 20) + 1)], rules);
    expect(of(apart, 'max_duty')).toEqual([]);
    expect(of(apart, 'min_rest')).toEqual([[3, 2 + 1 / 60, 10, at(0, 14), at(0, 16) + 1, [2]]]);
  });

  it('max_duty: a longer limit than 12 hours is held to 12; a shorter one is kept', () => {
    expect(of(checkRoster([row(2, 'A', at(0, 8), at(0, 21))], { ...rules, maxDutyMinutes: 900 }), 'max_duty')).toEqual([[2, 13, 12, at(0, 8), at(0, 21), []]]);
    expect(of(checkRoster([row(2, 'A', at(0, 8), at(0, 17))], { ...rules, maxDutyMinutes: 480 }), 'max_duty')).toEqual([[2, 9, 8, at(0, 8), at(0, 17), []]]);
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 16))], { ...rules, maxDutyMinutes: 480 })).toEqual([]);
  });

  it('max_duty: the redeployment after midnight — 20:00 to 02:00, then 02:30 to 08:30 — is one duty of 12.5 hours', () => {
    const v = checkRoster([row(2, 'A', at(0, 20), at(0, 26)), row(3, 'A', at(0, 26.5), at(0, 32.5))], rules);
    expect(of(v, 'max_duty')).toEqual([[3, 12.5, 12, at(0, 20), at(0, 32.5), [2]]]);
  });

  it('min_rest: exactly the rest is allowed, a minute less is not, naming the last line of the duty before', () => {
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 16)), row(3, 'A', at(1, 2), at(1, 10))], rules)).toEqual([]);
    const v = checkRoster([row(2, 'A', at(0, 8), at(0, 12)), row(3, 'A', at(0, 13), at(0, 16)), row(4, 'A', at(1, 2) - 1, at(1, 8))], rules);
    expect(of(v, 'min_rest')).toEqual([[4, 10 - 1 / 60, 10, at(0, 16), at(1, 2) - 1, [3]]]);
  });
});

describe('staff rules', () => {
  const staff = [{ name: 'A', availableFrom: at(0, 8), availableTo: at(0, 20), maxHours: 8, minHours: 4, unavailable: [DAY0 + 1] }];

  it('unknown_person: on the first row of someone not in the staff file; nothing without a staff file', () => {
    const rows = [row(3, 'Z', at(0, 9), at(0, 12)), row(5, 'Z', at(1, 9), at(1, 12))];
    expect(checkRoster(rows, { ...rules, staff }).map((v) => [v.rule, v.line, v.person])).toEqual([['unknown_person', 3, 'Z'], ['min_hours', 0, 'A']]);
    expect(checkRoster(rows, rules)).toEqual([]);
  });

  it('outside_availability: a minute early or late; exactly the window is fine', () => {
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 16))], { ...rules, staff })).toEqual([]);
    expect(checkRoster([row(2, 'A', at(0, 12), at(0, 20))], { ...rules, staff })).toEqual([]);
    const v = checkRoster([row(2, 'A', at(0, 8) - 1, at(0, 12)), row(3, 'A', at(0, 17), at(0, 20) + 1)], { ...rules, maxBreakMinutes: 0, minRestMinutes: 0, staff });
    expect(of(v, 'outside_availability')).toEqual([[2, undefined, undefined, at(0, 8) - 1, at(0, 12), undefined], [3, undefined, undefined, at(0, 17), at(0, 20) + 1, undefined]]);
  });

  it('unavailable_day: any minute on the day asked off; a shift ending at its midnight is fine', () => {
    const open = [{ name: 'A', unavailable: [DAY0 + 1] }];
    expect(checkRoster([row(2, 'A', at(0, 16), at(1, 0))], { ...rules, staff: open })).toEqual([]);
    expect(checkRoster([row(2, 'A', at(2, 0), at(2, 8))], { ...rules, staff: open })).toEqual([]);
    const v = checkRoster([row(2, 'A', at(0, 16), at(1, 0) + 1)], { ...rules, staff: open });
    expect(of(v, 'unavailable_day')).toEqual([[2, undefined, undefined, at(1, 0), at(2, 0), undefined]]);
  });

  it('max_hours: exactly the limit is fine; a minute more is reported on the last row, naming the others', () => {
    const many = [{ name: 'A', maxHours: 8 }];
    expect(checkRoster([row(2, 'A', at(0, 9), at(0, 13)), row(3, 'A', at(1, 9), at(1, 13))], { ...rules, staff: many })).toEqual([]);
    const v = checkRoster([row(2, 'A', at(0, 9), at(0, 13)), row(3, 'A', at(1, 9), at(1, 12)), row(4, 'A', at(2, 9), at(2, 10) + 1)], { ...rules, staff: many });
    expect(of(v, 'max_hours')).toEqual([[4, 8 + 1 / 60, 8, undefined, undefined, [2, 3]]]);
  });

  it('min_hours: exactly the minimum is fine; a minute less is reported on the last row', () => {
    const few = [{ name: 'A', minHours: 4 }];
    expect(checkRoster([row(2, 'A', at(0, 9), at(0, 13))], { ...rules, staff: few })).toEqual([]);
    const v = checkRoster([row(2, 'A', at(0, 9), at(0, 11)), row(3, 'A', at(1, 9), at(1, 11) - 1)], { ...rules, staff: few });
    expect(of(v, 'min_hours')).toEqual([[3, 4 - 1 / 60, 4, undefined, undefined, undefined]]);
    // Owed hours with no shift at all: line 0; owing none (0 h) is no violation.
    expect(checkRoster([], { ...rules, staff: [{ name: 'B', minHours: 0 }, { name: 'C', minHours: 2 }] }).map((v) => [v.rule, v.line, v.person, v.value, v.limit]))
      .toEqual([['min_hours', 0, 'C', 0, 2]]);
  });
});

describe('coverage', () => {
  const coverage = { start: at(0, 8), slotMinutes: 60, required: [1, 2, 1] };

  it('short: each slot with fewer agents than required, with its window; a full slot is fine', () => {
    const v = checkRoster([row(2, 'A', at(0, 8), at(0, 11)), row(3, 'B', at(0, 9), at(0, 10))], rules, coverage);
    expect(v).toEqual([]);
    const short = checkRoster([row(2, 'A', at(0, 8), at(0, 11))], rules, coverage);
    expect(of(short, 'short')).toEqual([[0, 1, 2, at(0, 9), at(0, 10), undefined]]);
    expect(short[0]?.person).toBe('');
  });

  it('onDutyPerSlot: whole slots only, not on a meal break, not after-sales rows', () => {
    const slots = { start: at(0, 8), slotMinutes: 60, required: [0, 0, 0, 0] };
    expect(onDutyPerSlot([row(2, 'A', at(0, 8) + 30, at(0, 11))], slots)).toEqual([0, 1, 1, 0]);
    expect(onDutyPerSlot([row(2, 'A', at(0, 8), at(0, 12), { mealBreak: { start: at(0, 9) + 30, end: at(0, 10) } })], slots)).toEqual([1, 0, 1, 1]);
    expect(onDutyPerSlot([row(2, 'A', at(0, 8), at(0, 12), { afterSalesOnly: true })], slots)).toEqual([0, 0, 0, 0]);
    expect(onDutyPerSlot([row(2, 'A', at(0, 6), at(0, 20))], slots)).toEqual([1, 1, 1, 1]);
    expect(onDutyPerSlot([{ line: 2, person: 'A' }], slots)).toEqual([0, 0, 0, 0]);
    // A meal break that ends as the slot starts, or starts as it ends, leaves it covered.
    expect(onDutyPerSlot([row(2, 'A', at(0, 8), at(0, 12), { mealBreak: { start: at(0, 9), end: at(0, 10) } })], slots)).toEqual([1, 0, 1, 1]);
  });

  it('violations come in line order, coverage (line 0) last, then by time', () => {
    const v = checkRoster([row(5, 'B', at(0, 8), at(0, 8)), row(2, 'A', at(0, 8), at(0, 8))], rules, { start: at(0, 8), slotMinutes: 60, required: [1, 1] });
    expect(v.map((x) => [x.rule, x.line, x.from])).toEqual([
      ['end_before_start', 2, at(0, 8)], ['end_before_start', 5, at(0, 8)], ['short', 0, at(0, 8)], ['short', 0, at(0, 9)],
    ]);
  });
});

describe('patterns and sequences', () => {
  const patterns = [{ name: '早', startMinute: 8 * 60, lengthMinutes: 8 * 60 }, { name: '晚', startMinute: 16 * 60, lengthMinutes: 8 * 60 }];
  const sequences = { patterns, forbidden: [['晚', '早']] as const };
  const free = { ...rules, minRestMinutes: 0 };

  it('patternOf: by clock time and length, any day, before 1970 too', () => {
    expect(patternOf({ start: at(3, 16), end: at(4, 0) }, patterns)).toBe('晚');
    expect(patternOf({ start: at(3, 16), end: at(4, 0) + 1 }, patterns)).toBeUndefined();
    expect(patternOf({ start: -1440 + 8 * 60, end: -1440 + 16 * 60 }, patterns)).toBe('早');
  });

  it('forbidden_sequence: the pair on consecutive days, in that order, on the later row, naming the earlier', () => {
    const v = checkRoster([row(2, 'A', at(0, 16), at(1, 0)), row(3, 'A', at(1, 8), at(1, 16))], { ...free, sequences });
    expect(v.map((x) => [x.rule, x.line, x.from, x.to, x.related, x.text])).toEqual([['forbidden_sequence', 3, at(0, 16), at(1, 16), [2], '晚>早']]);
  });

  it('forbidden_sequence: not on one day, not two days apart, not in the other order', () => {
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 16)), row(3, 'A', at(0, 16), at(1, 0))], { ...free, maxDutyMinutes: 960, sequences: { patterns, forbidden: [['早', '晚']] } })
      .filter((x) => x.rule === 'forbidden_sequence')).toEqual([]);
    expect(checkRoster([row(2, 'A', at(0, 16), at(1, 0)), row(3, 'A', at(2, 8), at(2, 16))], { ...free, sequences })).toEqual([]);
    expect(checkRoster([row(2, 'A', at(0, 8), at(0, 16)), row(3, 'A', at(1, 16), at(2, 0))], { ...free, sequences })).toEqual([]);
    // Rows that match no pattern are never part of a sequence.
    expect(checkRoster([row(2, 'A', at(0, 17), at(1, 1)), row(3, 'A', at(1, 8), at(1, 16))], { ...free, sequences })).toEqual([]);
    expect(checkRoster([row(2, 'A', at(0, 16), at(1, 0)), row(3, 'A', at(1, 9), at(1, 17))], { ...free, sequences })).toEqual([]);
  });

  it('forbidden_sequence: each following row on the next day is judged, not only the first', () => {
    const v = checkRoster([row(2, 'A', at(0, 16), at(1, 0)), row(3, 'A', at(1, 1), at(1, 2)), row(4, 'A', at(1, 8), at(1, 16))], { ...free, sequences });
    expect(v.filter((x) => x.rule === 'forbidden_sequence').map((x) => [x.line, x.related])).toEqual([[4, [2]]]);
  });
});

describe('meal breaks', () => {
  const rule = { minutes: 60, maxWorkHours: 4 };
  const shift = (mealBreak?: { start: number; end: number }) => ({ line: 7, person: 'A', start: at(0, 9), end: at(0, 18), ...(mealBreak ? { mealBreak } : {}) });

  it('break_outside_shift: a break must lie strictly inside the shift and last', () => {
    for (const [start, end] of [[at(0, 9), at(0, 10)], [at(0, 17), at(0, 18)], [at(0, 12), at(0, 12)], [at(0, 13), at(0, 12)], [at(0, 8), at(0, 9) + 30]]) {
      expect(checkMealBreak(shift({ start: start ?? 0, end: end ?? 0 })).map((v) => [v.rule, v.line, v.from, v.to]), `${start}–${end}`).toEqual([['break_outside_shift', 7, start, end]]);
    }
    expect(checkMealBreak(shift({ start: at(0, 9) + 1, end: at(0, 18) - 1 }))).toEqual([]);
  });

  it('meal_break: none needed up to the longest stretch; past it, a break at least as long as the rule, leaving no longer stretch', () => {
    expect(checkMealBreak({ line: 7, person: 'A', start: at(0, 9), end: at(0, 13) }, rule)).toEqual([]);
    expect(checkMealBreak({ line: 7, person: 'A', start: at(0, 9), end: at(0, 13) + 1 }, rule).map((v) => [v.rule, v.value, v.limit, v.from, v.to, v.text]))
      .toEqual([['meal_break', 4 + 1 / 60, 4, at(0, 9), at(0, 13) + 1, '0']]);
    // 09:00–18:00 with 13:00–14:00: stretches of 4 h either side.
    expect(checkMealBreak(shift({ start: at(0, 13), end: at(0, 14) }), rule)).toEqual([]);
    // A minute short.
    expect(checkMealBreak(shift({ start: at(0, 13), end: at(0, 14) - 1 }), rule).map((v) => [v.rule, v.value, v.text])).toEqual([['meal_break', 4 + 1 / 60, '59']]);
    // Long enough, but the work after it runs 4 h 1 min.
    expect(checkMealBreak(shift({ start: at(0, 12) + 59, end: at(0, 13) + 59 }), rule).map((v) => [v.rule, v.value, v.from, v.to]))
      .toEqual([['meal_break', 4 + 1 / 60, at(0, 12) + 59, at(0, 13) + 59]]);
    expect(checkMealBreak(shift({ start: at(0, 13) + 1, end: at(0, 14) + 1 }), rule).map((v) => [v.rule, v.value])).toEqual([['meal_break', 4 + 1 / 60]]);
  });

  it('break_outside_window: a break must lie inside a meal window; without a rule only its place in the shift is judged', () => {
    const windows = [{ from: 12 * 60, to: 14 * 60 }];
    expect(checkMealBreak(shift({ start: at(0, 13), end: at(0, 14) }), { ...rule, windows })).toEqual([]);
    expect(checkMealBreak(shift({ start: at(0, 13) + 1, end: at(0, 14) + 1 }), { ...rule, windows }).map((v) => [v.rule, v.from, v.to, v.text]))
      .toEqual([['break_outside_window', at(0, 13) + 1, at(0, 14) + 1, '12:00-14:00']]);
    expect(checkMealBreak(shift({ start: at(0, 14), end: at(0, 15) }))).toEqual([]);
  });

  it('checkRoster judges every row\'s break', () => {
    const v = checkRoster([row(2, 'A', at(0, 9), at(0, 18)), row(3, 'B', at(0, 9), at(0, 18), { mealBreak: { start: at(0, 13), end: at(0, 14) } })], { ...rules, mealBreak: rule });
    expect(v.map((x) => [x.rule, x.line])).toEqual([['meal_break', 2]]);
  });
});

describe('weekly rules at their boundaries', () => {
  const period = { firstDay: DAY0, lastDay: DAY0 + 13 };
  const daily = (days: number[]) => days.map((d, i) => ({ line: i + 2, start: at(d, 9), end: at(d, 17) }));

  it('consecutive_days: exactly the most is fine; the run is reported once, on its first line past the most, with its whole length', () => {
    expect(checkWeeklyRules('A', daily([0, 1, 2]), { maxConsecutiveDays: 3 }, period)).toEqual([]);
    expect(checkWeeklyRules('A', daily([0, 1, 2, 3, 5, 6, 7, 8, 9]), { maxConsecutiveDays: 3 }, period).map((v) => [v.rule, v.line, v.value, v.limit, v.from, v.to]))
      .toEqual([['consecutive_days', 5, 4, 3, at(0), at(4)], ['consecutive_days', 9, 5, 3, at(5), at(10)]]);
  });

  it('max_hours_week: exactly the most is fine; a minute more is reported on the week\'s last line, naming the others', () => {
    expect(checkWeeklyRules('A', daily([0, 1, 2, 3, 4]), { maxHoursPerWeek: 40 }, period)).toEqual([]);
    const over = [...daily([0, 1, 2, 3, 4]), { line: 7, start: at(5, 9), end: at(5, 9) + 1 }];
    expect(checkWeeklyRules('A', over, { maxHoursPerWeek: 40 }, period).map((v) => [v.rule, v.line, v.value, v.limit, v.from, v.to, v.related]))
      .toEqual([['max_hours_week', 7, 40 + 1 / 60, 40, at(0), at(7), [2, 3, 4, 5, 6]]]);
  });

  it('days_off: the fewest days off in the stretch, its last line, and the other lines in it', () => {
    const v = checkWeeklyRules('A', daily([0, 1, 2, 3, 4, 5, 6]), { daysOffPerWeek: 2, week: 'monday' }, period);
    expect(v.map((x) => [x.rule, x.line, x.value, x.limit, x.from, x.to, x.related])).toEqual([['days_off', 8, 0, 2, at(0), at(7), [2, 3, 4, 5, 6, 7]]]);
    expect(checkWeeklyRules('A', daily([0, 1, 2, 3, 4]), { daysOffPerWeek: 2, week: 'monday' }, period)).toEqual([]);
    expect(checkWeeklyRules('A', daily([0, 1, 2, 3, 4, 5]), { daysOffPerWeek: 2, week: 'monday' }, period).map((x) => x.value)).toEqual([1]);
    expect(checkWeeklyRules('A', daily([0, 1, 2, 3, 4, 5, 6]), { daysOffPerWeek: 0 }, period)).toEqual([]);
  });

  it('lastLine: the largest line, 0 for none', () => {
    expect(lastLine([4, 9, 2])).toBe(9);
    expect(lastLine([])).toBe(0);
  });
});

describe('contract rules at their boundaries', () => {
  const period = { firstDay: DAY0, lastDay: DAY0 + 6 };
  const daily = (days: number[], hoursEach = 8) => days.map((d, i) => ({ line: i + 2, start: at(d, 9), end: at(d, 9 + hoursEach) }));

  it('work_days: more or fewer days than the contract, on the last line, with the count; a member with max_hours is not held', () => {
    expect(checkContractRules('A', daily([0, 1, 2, 3, 4]), { workDaysPerWeek: 5 }, period)).toEqual([]);
    expect(checkContractRules('A', daily([0, 1, 2, 3, 4, 5]), { workDaysPerWeek: 5 }, period).map((v) => [v.rule, v.line, v.value, v.limit, v.from, v.to]))
      .toEqual([['work_days', 7, 6, 5, at(0), at(7)]]);
    expect(checkContractRules('A', daily([0, 1, 2, 3]), { workDaysPerWeek: 5 }, period).map((v) => v.value)).toEqual([4]);
    expect(checkContractRules('A', daily([0]), { workDaysPerWeek: 5 }, period, { name: 'A', maxHours: 10 })).toEqual([]);
  });

  it('work_days and min_hours_week: a member not available all the period owes nothing for it', () => {
    const member = (extra: object) => ({ name: 'A', ...extra });
    for (const away of [member({ availableFrom: at(0, 1) }), member({ availableTo: at(6, 23) }), member({ unavailable: [DAY0 + 6] })]) {
      expect(checkContractRules('A', daily([0]), { workDaysPerWeek: 5, minHoursPerWeek: 40 }, period, away)).toEqual([]);
    }
    // Available exactly the whole period: held to it.
    const whole = member({ availableFrom: at(0), availableTo: at(7), unavailable: [DAY0 + 7] });
    expect(checkContractRules('A', daily([0]), { workDaysPerWeek: 5, minHoursPerWeek: 40 }, period, whole).map((v) => v.rule)).toEqual(['work_days', 'min_hours_week']);
  });

  it('min_hours_week: exactly the minimum is fine; a minute less is reported with the hours', () => {
    expect(checkContractRules('A', daily([0, 1, 2, 3, 4]), { minHoursPerWeek: 40 }, period)).toEqual([]);
    const short = [...daily([0, 1, 2, 3]), { line: 6, start: at(4, 9), end: at(4, 17) - 1 }];
    expect(checkContractRules('A', short, { minHoursPerWeek: 40 }, period).map((v) => [v.rule, v.line, v.value, v.limit, v.from, v.to]))
      .toEqual([['min_hours_week', 6, 40 - 1 / 60, 40, at(0), at(7)]]);
    // Hours outside the week do not count towards it.
    const spill = [...daily([0, 1, 2, 3]), { line: 6, start: at(6, 20), end: at(7, 4) }];
    expect(checkContractRules('A', spill, { minHoursPerWeek: 37 }, period).map((v) => v.value)).toEqual([36]);
  });

  it('days_off_together: a block shorter than k between working days; long enough, or running to the end, is fine', () => {
    expect(checkContractRules('A', daily([0, 3, 4]), { daysOffTogether: 2 }, period)).toEqual([]);
    expect(checkContractRules('A', daily([0, 2, 3]), { daysOffTogether: 2 }, period).map((v) => [v.rule, v.line, v.value, v.limit, v.from, v.to]))
      .toEqual([['days_off_together', 4, 1, 2, at(1), at(2)]]);
    expect(checkContractRules('A', daily([0, 2, 3, 6]), { daysOffTogether: 3 }, period).map((v) => [v.value, v.from])).toEqual([[1, at(1)], [2, at(4)]]);
    expect(checkContractRules('A', daily([0, 1, 5]), { daysOffTogether: 4 }, period).map((v) => v.value)).toEqual([3]);
    expect(checkContractRules('A', daily([0, 1, 5]), { daysOffTogether: 3 }, period)).toEqual([]);
    // Off at the end of the roster: the block may go on past it.
    expect(checkContractRules('A', daily([0, 1, 2, 3, 4, 5]), { daysOffTogether: 2 }, period)).toEqual([]);
    expect(checkContractRules('A', daily([0, 2]), { daysOffTogether: 1 }, period)).toEqual([]);
  });
});

describe('what the mutation run found unpinned', () => {
  it('meal_break: a break shorter than the rule with no stretch too long', () => {
    const v = checkMealBreak({ line: 7, person: 'A', start: at(0, 9), end: at(0, 17), mealBreak: { start: at(0, 13), end: at(0, 13) + 30 } }, { minutes: 60, maxWorkHours: 4 });
    expect(v.map((x) => [x.rule, x.value, x.text])).toEqual([['meal_break', 4, '30']]);
  });

  it('overlap names the row it overlaps, not the duty: neither a row that only touches nor one earlier in the duty', () => {
    // 06–08 touches 07–12's duty; 08–10 overlaps 07–12 only.
    const v = checkRoster([row(2, 'A', at(0, 6), at(0, 8)), row(3, 'A', at(0, 7), at(0, 12)), row(4, 'A', at(0, 8), at(0, 10))], { ...rules, maxDutyMinutes: 720 });
    expect(of(v, 'overlap').map(([line, , , , , related]) => [line, related])).toEqual([[3, [2]], [4, [3]]]);
    // Same start as the row it overlaps: that row, not the duty's first.
    const same = checkRoster([row(2, 'A', at(0, 6), at(0, 8)), row(3, 'A', at(0, 8), at(0, 12)), row(4, 'A', at(0, 8), at(0, 10))], rules);
    expect(of(same, 'overlap').map(([line, , , , , related]) => [line, related])).toEqual([[4, [3]]]);
  });

  it('rows out of order in the file are judged in time order (ties by line)', () => {
    const v = checkRoster([row(4, 'A', at(1, 2) - 1, at(1, 8)), row(2, 'A', at(0, 8), at(0, 16))], rules);
    expect(of(v, 'min_rest')).toEqual([[4, 10 - 1 / 60, 10, at(0, 16), at(1, 2) - 1, [2]]]);
    const tie = checkRoster([row(3, 'A', at(0, 8), at(0, 12)), row(2, 'A', at(0, 8), at(0, 10))], rules);
    expect(of(tie, 'overlap').map(([line, , , , , related]) => [line, related])).toEqual([[3, [2]]]);
  });

  it('a later duty is judged on its own: its length and its lines', () => {
    const v = checkRoster([row(2, 'A', at(0, 8), at(0, 12)), row(3, 'A', at(1, 0), at(1, 13))], rules);
    expect(of(v, 'max_duty')).toEqual([[3, 13, 12, at(1, 0), at(1, 13), []]]);
  });

  it('forbidden_sequence: any of several pairs, and only the pair as a whole', () => {
    const patterns = [{ name: '早', startMinute: 8 * 60, lengthMinutes: 8 * 60 }, { name: '晚', startMinute: 16 * 60, lengthMinutes: 8 * 60 }];
    const rows = [row(2, 'A', at(0, 16), at(1, 0)), row(3, 'A', at(1, 8), at(1, 16))];
    const free = { ...rules, minRestMinutes: 0 };
    expect(checkRoster(rows, { ...free, sequences: { patterns, forbidden: [['早', '早'], ['晚', '早']] } }).map((x) => x.rule)).toEqual(['forbidden_sequence']);
    expect(checkRoster(rows, { ...free, sequences: { patterns, forbidden: [['晚', '晚'], ['早', '早']] } })).toEqual([]);
  });

  it('violations on one line come in time order', () => {
    const v = checkRoster([row(2, 'A', at(1, 8), at(2, 20))], { ...rules, maxDutyMinutes: 720, staff: [{ name: 'A', unavailable: [DAY0 + 2, DAY0 + 1] }] });
    expect(v.filter((x) => x.rule === 'unavailable_day').map((x) => x.from)).toEqual([at(1), at(2)]);
  });

  it('daysWorked: in order whatever the rows\' order', () => {
    expect(daysWorked([{ start: at(3, 9), end: at(3, 17) }, { start: at(1, 9), end: at(1, 17) }, { start: at(2, 9), end: at(2, 17) }])).toEqual([DAY0 + 1, DAY0 + 2, DAY0 + 3]);
  });

  it('days_off: every line on each day worked in the stretch, and the fewest days off of each stretch', () => {
    const period = { firstDay: DAY0, lastDay: DAY0 + 20 };
    // Week 1: seven days, day 2 twice; week 3: six days. Monday weeks, two days off needed.
    const rows = [0, 1, 2, 2, 3, 4, 5, 6, 14, 15, 16, 17, 18, 19].map((d, i) => ({ line: i + 2, start: at(d, i === 3 ? 18 : 9), end: at(d, i === 3 ? 20 : 17) }));
    const v = checkWeeklyRules('A', rows, { daysOffPerWeek: 2, week: 'monday' }, period);
    expect(v.map((x) => [x.line, x.value, x.from, x.related])).toEqual([[9, 0, at(0), [2, 3, 4, 5, 6, 7, 8]], [15, 1, at(14), [10, 11, 12, 13, 14]]]);
    // A shift ending at midnight does not work the next day.
    const midnight = [0, 1, 2, 3, 4].map((d, i) => ({ line: i + 2, start: at(d, 16), end: at(d + 1, 0) }));
    expect(checkWeeklyRules('A', midnight, { daysOffPerWeek: 2, week: 'monday' }, period)).toEqual([]);
  });

  it('contract rules: one day asked off inside the period, even among others outside it, or on its first day, frees the person', () => {
    const period = { firstDay: DAY0, lastDay: DAY0 + 6 };
    const one = [{ line: 2, start: at(0, 9), end: at(0, 17) }];
    for (const unavailable of [[DAY0 + 9, DAY0 + 3], [DAY0]]) {
      expect(checkContractRules('A', one, { workDaysPerWeek: 5 }, period, { name: 'A', unavailable })).toEqual([]);
    }
  });

  it('the roster\'s last day is that of its last minute worked: a shift ending at midnight does not add a day', () => {
    // A works Monday–Friday; B's Sunday shift ends at midnight. Rolling periods: only Monday–Sunday.
    const rows = [...[0, 1, 2, 3, 4].map((d) => row(d + 2, 'A', at(d, 9), at(d, 17))), row(9, 'B', at(6, 16), at(7, 0))];
    expect(checkRoster(rows, { ...rules, workDaysPerWeek: 5, staff: [{ name: 'A' }, { name: 'B', maxHours: 8 }] })).toEqual([]);
  });
});

describe('days_off stretches are each judged on their own periods', () => {
  it('a later stretch with fewer days off does not lower an earlier one\'s count', () => {
    const period = { firstDay: DAY0, lastDay: DAY0 + 20 };
    // Week 1: six days (one off); week 3: seven days (none). Monday weeks, two days off needed.
    const rows = [0, 1, 2, 3, 4, 5, 14, 15, 16, 17, 18, 19, 20].map((d, i) => ({ line: i + 2, start: at(d, 9), end: at(d, 17) }));
    expect(checkWeeklyRules('A', rows, { daysOffPerWeek: 2, week: 'monday' }, period).map((x) => [x.from, x.value])).toEqual([[at(0), 1], [at(14), 0]]);
  });
});
