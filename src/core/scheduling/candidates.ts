/**
 * The shifts a roster may use. A shift starts on a slot boundary and lasts a whole number
 * of slots; with shift patterns (白班 09:00–17:30, 晚班 17:00–23:30, …) only those times are
 * allowed on each day.
 */
import { CsPlanError, ExitCode, type NestedMessage, type Setting } from '../../errors.js';
import { MINUTES_PER_DAY } from '../time/clock.js';

/** The hard limit on one continuous stretch of duty (尽量避免超过12小时连续值班). */
export const MAX_CONTINUOUS_DUTY_HOURS = 12;

export interface ShiftRules {
  /** Slot length in minutes (15, 30 or 60). */
  slotMinutes: number;
  /** Shortest shift, in slots. */
  minShiftSlots: number;
  /** Longest shift, in slots; never more than 12 hours. */
  maxShiftSlots: number;
  /** Least rest between two shifts of one person, in slots (≥ 1, so shifts never touch). */
  restSlots: number;
}

/** A shift pattern from `--shifts`: a name and its clock times, repeated every day. */
export interface ShiftPattern {
  name: string;
  /** Minutes after midnight. */
  startMinute: number;
  /** Length in minutes (an end at or before the start means the shift ends the next day). */
  lengthMinutes: number;
}

/** One shift the optimizer may staff any number of times. */
export interface ShiftCandidate {
  /** First slot. */
  start: number;
  /** Number of slots. */
  length: number;
  /** Pattern name, when shifts come from patterns. */
  pattern?: string;
}

function conflict(a: Setting, b: Setting | NestedMessage, why: NestedMessage): CsPlanError {
  const named = (setting: Setting): NestedMessage => ({ key: `setting.${setting}` });
  return new CsPlanError(
    'options.conflict',
    { a: named(a), b: typeof b === 'string' ? named(b) : b, why },
    { exitCode: ExitCode.infeasible },
  );
}

/**
 * Checks shift rules against each other and the planning window.
 *
 * @param slotCount slots in the planning window
 * @throws CsPlanError (exit 3) naming the conflicting settings
 */
export function checkShiftRules(rules: ShiftRules, slotCount: number): void {
  const hours = (slots: number) => `${(slots * rules.slotMinutes) / 60} h`;
  if (rules.maxShiftSlots * rules.slotMinutes > MAX_CONTINUOUS_DUTY_HOURS * 60) {
    throw new CsPlanError(
      'roster.maxShiftAbove12',
      { hours: hours(rules.maxShiftSlots) },
      { location: { setting: 'maxShift' } },
    );
  }
  if (rules.minShiftSlots < 1) throw conflict('minShift', 'slot', { key: 'why.shiftOneSlot' });
  if (rules.minShiftSlots > rules.maxShiftSlots) {
    throw conflict('minShift', 'maxShift', {
      key: 'why.shortestLonger',
      params: { min: hours(rules.minShiftSlots), max: hours(rules.maxShiftSlots) },
    });
  }
  if (rules.minShiftSlots > slotCount) {
    throw conflict(
      'minShift',
      { key: 'why.planningWindow' },
      { key: 'why.windowShorter', params: { window: hours(slotCount), min: hours(rules.minShiftSlots) } },
    );
  }
  if (rules.restSlots < 1) throw conflict('minRest', 'maxShift', { key: 'why.restPositive' });
}

/**
 * Every shift allowed in a window: all start slots × all lengths from min to max, or the
 * patterns placed on each day. Shifts lie wholly inside the window.
 *
 * @param windowStart epoch minutes of slot 0 (patterns are placed on calendar days around it)
 * @example shiftCandidates(6, { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 5, restSlots: 10 }).length // 5
 */
export function shiftCandidates(
  slotCount: number,
  rules: ShiftRules,
  patterns?: readonly ShiftPattern[],
  windowStart = 0,
): ShiftCandidate[] {
  const candidates: ShiftCandidate[] = [];
  if (!patterns) {
    for (let start = 0; start < slotCount; start++) {
      for (let length = rules.minShiftSlots; length <= rules.maxShiftSlots && start + length <= slotCount; length++) {
        candidates.push({ start, length });
      }
    }
    return candidates;
  }
  const windowEnd = windowStart + slotCount * rules.slotMinutes;
  const firstMidnight = Math.floor(windowStart / MINUTES_PER_DAY) * MINUTES_PER_DAY - MINUTES_PER_DAY;
  for (let midnight = firstMidnight; midnight < windowEnd; midnight += MINUTES_PER_DAY) {
    for (const pattern of patterns) {
      const startMinute = midnight + pattern.startMinute;
      if (startMinute < windowStart || startMinute + pattern.lengthMinutes > windowEnd) continue;
      candidates.push({
        start: (startMinute - windowStart) / rules.slotMinutes,
        length: pattern.lengthMinutes / rules.slotMinutes,
        pattern: pattern.name,
      });
    }
  }
  return candidates.sort((a, b) => a.start - b.start || a.length - b.length);
}

/**
 * Checks that patterns sit on the slot grid and obey the shift-length rules.
 *
 * @throws CsPlanError naming the pattern
 */
export function checkPatterns(patterns: readonly ShiftPattern[], rules: ShiftRules): void {
  for (const pattern of patterns) {
    const hours = pattern.lengthMinutes / 60;
    if (pattern.lengthMinutes > MAX_CONTINUOUS_DUTY_HOURS * 60) {
      throw new CsPlanError('roster.patternAbove12', { name: pattern.name, hours }, { exitCode: ExitCode.infeasible });
    }
    if (pattern.startMinute % rules.slotMinutes !== 0 || pattern.lengthMinutes % rules.slotMinutes !== 0) {
      throw new CsPlanError(
        'roster.patternOffGrid',
        { name: pattern.name, slot: rules.slotMinutes },
        { exitCode: ExitCode.badInput },
      );
    }
    const slots = pattern.lengthMinutes / rules.slotMinutes;
    if (slots < rules.minShiftSlots || slots > rules.maxShiftSlots) {
      throw new CsPlanError(
        'roster.patternLength',
        {
          name: pattern.name,
          hours,
          min: (rules.minShiftSlots * rules.slotMinutes) / 60,
          max: (rules.maxShiftSlots * rules.slotMinutes) / 60,
        },
        { exitCode: ExitCode.infeasible },
      );
    }
  }
}

/**
 * Checks that names given for shift patterns (in --forbid, or a staff file's prefers) exist.
 *
 * @param location where the names came from, for the error
 * @throws CsPlanError naming the unknown pattern and the known ones
 */
export function checkPatternNames(
  names: readonly string[],
  patterns: readonly ShiftPattern[],
  location: { setting: Setting; value: string },
): void {
  const known = patterns.map((p) => p.name);
  const unknown = names.find((name) => !known.includes(name));
  if (unknown !== undefined)
    throw new CsPlanError('everyday.unknownPattern', { name: unknown, known: known.join(', ') }, { location });
}

/**
 * Checks that forbidden sequences (`--forbid 晚班>白班`) name shift patterns that exist.
 *
 * @throws CsPlanError naming the unknown pattern and the known ones
 */
export function checkForbiddenNames(
  forbidden: readonly (readonly [string, string])[],
  patterns: readonly ShiftPattern[],
): void {
  for (const pair of forbidden) checkPatternNames(pair, patterns, { setting: 'forbid', value: pair.join('>') });
}
