// The shifts a roster may use, and the checks on the rules and patterns behind them, at their
// boundaries. Loops rather than it.each: Stryker's per-test coverage misses it.each.
import { describe, expect, it } from 'vitest';
import { checkForbiddenNames, checkPatternNames, checkPatterns, checkShiftRules, MAX_CONTINUOUS_DUTY_HOURS, shiftCandidates, type ShiftRules } from './candidates.js';
import { ExitCode } from '../../errors.js';
import { thrown } from '../../../test/helpers.js';

const hourly = (min: number, max: number, rest = 10): ShiftRules => ({ slotMinutes: 60, minShiftSlots: min, maxShiftSlots: max, restSlots: rest });
const pattern = (name: string, startHour: number, hours: number) => ({ name, startMinute: startHour * 60, lengthMinutes: hours * 60 });

describe('checkShiftRules', () => {
  it('allows a 12-hour longest shift and refuses one slot more, naming the setting and the hours', () => {
    expect(MAX_CONTINUOUS_DUTY_HOURS).toBe(12);
    expect(() => checkShiftRules(hourly(4, 12), 24)).not.toThrow();
    expect(() => checkShiftRules({ slotMinutes: 15, minShiftSlots: 4, maxShiftSlots: 48, restSlots: 40 }, 96)).not.toThrow();
    const error = thrown(() => checkShiftRules({ slotMinutes: 15, minShiftSlots: 4, maxShiftSlots: 49, restSlots: 40 }, 96));
    expect([error.key, error.params, error.location, error.exitCode]).toEqual(['roster.maxShiftAbove12', { hours: '12.25 h' }, { setting: 'maxShift' }, ExitCode.badInput]);
  });

  it('refuses a shortest shift under one slot', () => {
    expect(() => checkShiftRules(hourly(1, 4), 24)).not.toThrow();
    const error = thrown(() => checkShiftRules(hourly(0, 4), 24));
    expect([error.key, error.params, error.exitCode]).toEqual(['options.conflict', { a: { key: 'setting.minShift' }, b: { key: 'setting.slot' }, why: { key: 'why.shiftOneSlot' } }, ExitCode.infeasible]);
  });

  it('allows equal shortest and longest shifts and refuses a shortest one above the longest', () => {
    expect(() => checkShiftRules(hourly(8, 8), 24)).not.toThrow();
    const error = thrown(() => checkShiftRules({ slotMinutes: 30, minShiftSlots: 17, maxShiftSlots: 16, restSlots: 20 }, 48));
    expect([error.key, error.params, error.exitCode]).toEqual([
      'options.conflict',
      { a: { key: 'setting.minShift' }, b: { key: 'setting.maxShift' }, why: { key: 'why.shortestLonger', params: { min: '8.5 h', max: '8 h' } } },
      ExitCode.infeasible,
    ]);
  });

  it('allows a shortest shift as long as the window and refuses a window one slot shorter', () => {
    expect(() => checkShiftRules(hourly(6, 8), 6)).not.toThrow();
    const error = thrown(() => checkShiftRules(hourly(6, 8), 5));
    expect([error.key, error.params, error.exitCode]).toEqual([
      'options.conflict',
      { a: { key: 'setting.minShift' }, b: { key: 'why.planningWindow' }, why: { key: 'why.windowShorter', params: { window: '5 h', min: '6 h' } } },
      ExitCode.infeasible,
    ]);
  });

  it('allows one slot of rest and refuses none', () => {
    expect(() => checkShiftRules(hourly(4, 8, 1), 24)).not.toThrow();
    const error = thrown(() => checkShiftRules(hourly(4, 8, 0), 24));
    expect([error.key, error.params, error.exitCode]).toEqual(['options.conflict', { a: { key: 'setting.minRest' }, b: { key: 'setting.maxShift' }, why: { key: 'why.restPositive' } }, ExitCode.infeasible]);
  });
});

describe('shiftCandidates without patterns', () => {
  it('lists every start and every length from shortest to longest that fits the window, in order', () => {
    expect(shiftCandidates(6, hourly(4, 5))).toEqual([
      { start: 0, length: 4 }, { start: 0, length: 5 },
      { start: 1, length: 4 }, { start: 1, length: 5 },
      { start: 2, length: 4 },
    ]);
  });

  it('has one shift when the shortest fills the window, and none when it is longer', () => {
    expect(shiftCandidates(4, hourly(4, 6))).toEqual([{ start: 0, length: 4 }]);
    expect(shiftCandidates(3, hourly(4, 6))).toEqual([]);
  });
});

describe('shiftCandidates with patterns', () => {
  const rules = hourly(4, 12);
  const day = pattern('白班', 9, 8);
  const night = pattern('晚班', 20, 6); // 20:00–02:00, into the next day

  it('places each pattern on every day, as slots from the window start, sorted by start then length', () => {
    expect(shiftCandidates(48, rules, [night, day], 0)).toEqual([
      { start: 9, length: 8, pattern: '白班' },
      { start: 20, length: 6, pattern: '晚班' },
      { start: 33, length: 8, pattern: '白班' },
    ]);
  });

  it('keeps a shift ending exactly at the window end and drops one that starts before the window', () => {
    // The window is 2026-11-10 00:00 (day 1 of epoch days 1..2) for 26 hours: the night of day 1 ends at 02:00 of day 2.
    const windowStart = 1440;
    expect(shiftCandidates(26, rules, [night], windowStart)).toEqual([{ start: 20, length: 6, pattern: '晚班' }]);
    expect(shiftCandidates(25, rules, [night], windowStart)).toEqual([]);
    // A window starting at 21:00 misses the 20:00 night that starts an hour before it.
    expect(shiftCandidates(24, rules, [night], windowStart + 21 * 60)).toEqual([]);
  });

  it('includes the night that began the calendar day before the window when the window starts at its start', () => {
    // The window starts at 20:00: the pattern placed on the window's first calendar day starts exactly there.
    expect(shiftCandidates(6, rules, [night], 1440 + 20 * 60)).toEqual([{ start: 0, length: 6, pattern: '晚班' }]);
  });

  it('counts slots in the rules slot length', () => {
    const halfHours = { slotMinutes: 30, minShiftSlots: 8, maxShiftSlots: 24, restSlots: 20 };
    expect(shiftCandidates(48, halfHours, [{ name: '白班', startMinute: 9 * 60 + 30, lengthMinutes: 510 }], 0)).toEqual([{ start: 19, length: 17, pattern: '白班' }]);
  });

  it('breaks a tie in start by length', () => {
    expect(shiftCandidates(24, rules, [pattern('长', 9, 10), pattern('短', 9, 8)], 0).map((c) => c.pattern)).toEqual(['短', '长']);
  });
});

describe('checkPatterns', () => {
  it('allows a 12-hour pattern on the grid within the limits', () => {
    expect(() => checkPatterns([pattern('长白班', 8, 12)], rules12())).not.toThrow();
  });

  it('refuses a pattern one slot above 12 hours (exit 3)', () => {
    const error = thrown(() => checkPatterns([{ name: '通宵', startMinute: 20 * 60, lengthMinutes: 12 * 60 + 30 }], { ...rules12(), slotMinutes: 30, maxShiftSlots: 26 }));
    expect([error.key, error.params, error.exitCode]).toEqual(['roster.patternAbove12', { name: '通宵', hours: 12.5 }, ExitCode.infeasible]);
  });

  it('refuses a start or a length off the slot grid (exit 2)', () => {
    for (const off of [{ startMinute: 9 * 60 + 30, lengthMinutes: 480 }, { startMinute: 9 * 60, lengthMinutes: 510 }]) {
      const error = thrown(() => checkPatterns([{ name: '白班', ...off }], rules12()));
      expect([error.key, error.params, error.exitCode]).toEqual(['roster.patternOffGrid', { name: '白班', slot: 60 }, ExitCode.badInput]);
    }
  });

  it('allows the shortest and longest lengths and refuses one slot outside either (exit 3)', () => {
    const rules = hourly(4, 10);
    expect(() => checkPatterns([pattern('短', 9, 4), pattern('长', 9, 10)], rules)).not.toThrow();
    for (const hours of [3, 11]) {
      const error = thrown(() => checkPatterns([pattern('班', 9, hours)], rules));
      expect([error.key, error.params, error.exitCode]).toEqual(['roster.patternLength', { name: '班', hours, min: 4, max: 10 }, ExitCode.infeasible]);
    }
  });

  it('checks every pattern, not only the first', () => {
    expect(thrown(() => checkPatterns([pattern('好', 9, 8), pattern('坏', 9, 2)], hourly(4, 12))).params.name).toBe('坏');
  });
});

describe('checkPatternNames and checkForbiddenNames', () => {
  const patterns = [pattern('白班', 9, 8), pattern('晚班', 17, 6)];

  it('passes known names and names the first unknown one with the known ones', () => {
    expect(() => checkPatternNames(['白班', '晚班'], patterns, { setting: 'forbid', value: 'x' })).not.toThrow();
    const error = thrown(() => checkPatternNames(['白班', '夜班', '早班'], patterns, { setting: 'forbid', value: '白班>夜班' }));
    expect([error.key, error.params, error.location, error.exitCode]).toEqual(['everyday.unknownPattern', { name: '夜班', known: '白班, 晚班' }, { setting: 'forbid', value: '白班>夜班' }, ExitCode.badInput]);
  });

  it('checks both sides of every forbidden sequence, naming the pair as written', () => {
    expect(() => checkForbiddenNames([['晚班', '白班']], patterns)).not.toThrow();
    const first = thrown(() => checkForbiddenNames([['晚班', '白班'], ['夜班', '白班']], patterns));
    expect([first.params.name, first.location]).toEqual(['夜班', { setting: 'forbid', value: '夜班>白班' }]);
    const second = thrown(() => checkForbiddenNames([['晚班', '早班']], patterns));
    expect([second.params.name, second.location]).toEqual(['早班', { setting: 'forbid', value: '晚班>早班' }]);
  });
});

function rules12(): ShiftRules {
  return hourly(1, 12);
}
