/**
 * The shift-length and rest flags, defined once for `roster` and `replan`, so a roster
 * replanned keeps the rules it was made under.
 */
import type { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import { ceilTolerant, floorTolerant } from '../core/numeric.js';
import {
  checkPatterns,
  MAX_CONTINUOUS_DUTY_HOURS,
  type ShiftPattern,
  type ShiftRules,
} from '../core/scheduling/candidates.js';
import type { ReadOptions } from '../io/csv-read.js';
import { readShiftPatterns } from '../io/roster-files.js';
import { parseHours, parseInteger } from '../io/values.js';
import { parseMaxDuty } from './demand-inputs.js';
import { parseOption } from './options.js';

/** Adds --min-shift, --max-shift and --min-rest. */
export function addShiftRuleOptions(command: Command): Command {
  return command
    .option('--min-shift <hours>', 'shortest shift', '4')
    .option('--max-shift <hours>', `longest shift; never above ${MAX_CONTINUOUS_DUTY_HOURS}`, '12')
    .option('--min-rest <hours>', 'least rest between two shifts of one person', '10');
}

/**
 * `--time-limit`, one definition for every command that solves (roster, replan); readShiftRules
 * reads it. `result` names what the best found is: a roster, a change.
 */
export function addTimeLimitOption(command: Command, result: string): Command {
  return command.option(
    '--time-limit <seconds>',
    `stop the solver after this long and use the best ${result} found`,
    '30',
  );
}

export interface ShiftRuleSettings {
  rules: ShiftRules;
  headcount?: number;
  timeLimitSeconds: number;
}

/**
 * Reads the shift rules on the slot grid (lengths round inward to whole slots, rest rounds up:
 * the rules only get stricter), --headcount and --time-limit.
 *
 * @throws CsPlanError naming every bad flag
 */
export function readShiftRules(command: Command, slotMinutes: number): ShiftRuleSettings {
  const errors: CsPlanError[] = [];
  const hours = (key: string) => parseOption(command, key, parseHours, errors);
  const minShift = hours('minShift') ?? 4;
  const maxShift = parseOption(command, 'maxShift', parseMaxDuty, errors) ?? 12;
  const minRest = hours('minRest') ?? 10;
  const headcount = parseOption(command, 'headcount', (s) => parseInteger(s, 1, 1_000_000), errors);
  const timeLimitSeconds = parseOption(command, 'timeLimit', (s) => parseInteger(s, 1, 86_400), errors) ?? 30;
  throwAll(errors);
  const perSlot = (h: number) => (h * 60) / slotMinutes;
  return {
    rules: {
      slotMinutes,
      minShiftSlots: ceilTolerant(perSlot(minShift)),
      maxShiftSlots: floorTolerant(perSlot(maxShift)),
      restSlots: ceilTolerant(perSlot(minRest)),
    },
    ...(headcount !== undefined ? { headcount } : {}),
    timeLimitSeconds,
  };
}

/**
 * Reads `--shifts FILE` and checks its patterns against the shift rules (on the slot grid,
 * within the shift lengths); undefined without the flag.
 *
 * @throws CsPlanError naming the file and the pattern
 */
export async function readPatternsFor(
  file: string | undefined,
  rules: ShiftRules,
  reading: ReadOptions,
): Promise<ShiftPattern[] | undefined> {
  if (!file) return undefined;
  const patterns = await readShiftPatterns(file, reading);
  try {
    checkPatterns(patterns, rules);
  } catch (error) {
    throw error instanceof CsPlanError ? error.at({ file }) : error;
  }
  return patterns;
}
