/**
 * The person's day rules as flags, defined once for `roster` and `check`, so both read the
 * same flags with the same defaults and a roster written by one passes the other.
 */
import { type Command, Option } from 'commander';
import { CsPlanError } from '../errors.js';
import type { WeekMode } from '../core/rostering/day-rules.js';
import { parseHours, parseInteger } from '../io/values.js';
import { parseOption } from './options.js';

/** Adds --days-off-per-week, --week, --max-consecutive-days and --max-hours-week. */
export function addDayRuleOptions(command: Command): Command {
  return command
    .option(
      '--days-off-per-week <days>',
      'whole calendar days off each person gets in every 7 days in a row (0: none)',
      '1',
    )
    .addOption(
      new Option(
        '--week <mode>',
        'count days off in every 7 days in a row (rolling), or per Monday–Sunday week (monday)',
      )
        .choices(['rolling', 'monday'])
        .default('rolling'),
    )
    .option('--max-consecutive-days <days>', 'most calendar days one person works in a row')
    .option('--max-hours-week <hours>', 'most hours one person works in a Monday–Sunday week')
    .option(
      '--work-days-per-week <days>',
      'contract: exactly this many working days in every 7 days (5: 做五休二, 6: 做六休一), for people without max_hours who can work all 7',
    )
    .option(
      '--days-off-together <days>',
      'contract: days off come at least this many in a row (2: no single day off between working days)',
    )
    .option(
      '--min-hours-week <hours>',
      'contract: least hours in each Monday–Sunday week, for people without max_hours who can work all of it',
    );
}

export interface DayRuleValues {
  daysOffPerWeek: number;
  week: WeekMode;
  maxConsecutiveDays?: number;
  maxHoursPerWeek?: number;
  workDaysPerWeek?: number;
  daysOffTogether?: number;
  minHoursPerWeek?: number;
}

/** Reads the day-rule flags (errors are collected, not thrown). */
export function readDayRules(command: Command, errors: CsPlanError[]): DayRuleValues {
  const daysOffPerWeek = parseOption(command, 'daysOffPerWeek', (v) => parseInteger(v, 0, 7), errors) ?? 1;
  const maxConsecutiveDays = parseOption(command, 'maxConsecutiveDays', (v) => parseInteger(v, 1, 366), errors);
  const maxHoursPerWeek = parseOption(command, 'maxHoursWeek', parseHours, errors);
  const workDaysPerWeek = parseOption(command, 'workDaysPerWeek', (v) => parseInteger(v, 1, 7), errors);
  const daysOffTogether = parseOption(command, 'daysOffTogether', (v) => parseInteger(v, 1, 7), errors);
  const minHoursPerWeek = parseOption(command, 'minHoursWeek', parseHours, errors);
  const week = command.getOptionValue('week') === 'monday' ? 'monday' : 'rolling';
  if (workDaysPerWeek !== undefined && workDaysPerWeek > 7 - daysOffPerWeek) {
    errors.push(
      new CsPlanError(
        'options.conflict',
        {
          a: '--work-days-per-week',
          b: '--days-off-per-week',
          why: { key: 'why.workDaysLeave', params: { work: workDaysPerWeek, off: daysOffPerWeek } },
        },
        { location: { option: '--work-days-per-week' } },
      ),
    );
  }
  return {
    daysOffPerWeek,
    week,
    ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}),
    ...(maxHoursPerWeek !== undefined ? { maxHoursPerWeek } : {}),
    ...(workDaysPerWeek !== undefined ? { workDaysPerWeek } : {}),
    ...(daysOffTogether !== undefined ? { daysOffTogether } : {}),
    ...(minHoursPerWeek !== undefined ? { minHoursPerWeek } : {}),
  };
}
