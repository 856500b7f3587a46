/**
 * The rules about a person's calendar days — days off in every 7 days, days worked in a row —
 * as periods of days in which a person may work at most so many. The roster models (as rows),
 * the assignment of shifts to people (as a test on each new shift) and `cs-plan check` (as
 * violations) all take their periods from here, so they cannot disagree about what a week is.
 * Days are epoch day numbers (days since 1970-01-01, UTC clock).
 */
import { mondayOf } from '../time/clock.js';

/** How days off are counted: in every 7 consecutive days (the default), or per Monday–Sunday week. */
export type WeekMode = 'rolling' | 'monday';

export interface DayRules {
  /** Whole calendar days off a person needs in each 7-day period (0: none). */
  daysOffPerWeek: number;
  /** Which 7-day periods: every 7 consecutive days (default), or Monday–Sunday weeks. */
  week?: WeekMode;
  /** Most calendar days worked in a row. */
  maxConsecutiveDays?: number;
}

/** Days `from`…`to` (inclusive) in which a person works at most `limit` days; `kind` says which rule. */
export interface DayLimit {
  kind: 'days_off' | 'consecutive_days';
  from: number;
  to: number;
  limit: number;
}

/**
 * The 7-day periods inside days `firstDay`…`lastDay` in which a person needs `daysOff` whole
 * days off: every 7 consecutive days (`rolling`), or every full Monday–Sunday week (`monday`).
 * A window shorter than 7 days has none.
 *
 * @example dayOffPeriods(0, 8, 'rolling').length // 3 (days 0–6, 1–7, 2–8)
 */
export function dayOffPeriods(
  firstDay: number,
  lastDay: number,
  week: WeekMode = 'rolling',
): { from: number; to: number }[] {
  const periods: { from: number; to: number }[] = [];
  if (week === 'monday') {
    const monday = mondayOf(firstDay);
    for (let from = monday < firstDay ? monday + 7 : monday; from + 6 <= lastDay; from += 7)
      periods.push({ from, to: from + 6 });
  } else {
    for (let from = firstDay; from + 6 <= lastDay; from++) periods.push({ from, to: from + 6 });
  }
  return periods;
}

/**
 * Every period of days in which the rules cap the days a person works: 7 − daysOff in each
 * 7-day period, and `maxConsecutiveDays` in every run of that many days plus one.
 *
 * @example dayLimits({ daysOffPerWeek: 1 }, 0, 6) // [{ kind: 'days_off', from: 0, to: 6, limit: 6 }]
 */
export function dayLimits(rules: DayRules, firstDay: number, lastDay: number): DayLimit[] {
  const limits: DayLimit[] = [];
  if (rules.daysOffPerWeek > 0) {
    for (const { from, to } of dayOffPeriods(firstDay, lastDay, rules.week))
      limits.push({ kind: 'days_off', from, to, limit: 7 - rules.daysOffPerWeek });
  }
  const most = rules.maxConsecutiveDays;
  if (most !== undefined) {
    for (let from = firstDay; from + most <= lastDay; from++)
      limits.push({ kind: 'consecutive_days', from, to: from + most, limit: most });
  }
  return limits;
}

/**
 * The limits that a set of worked days breaks (more days worked in the period than allowed).
 * With `touching`, only the limits whose period holds one of those days (the days a new shift
 * adds) are looked at: enough when the days are added one shift at a time.
 *
 * @example brokenDayLimits(new Set([0, 1, 2, 3, 4, 5, 6]), dayLimits({ daysOffPerWeek: 1 }, 0, 6)).length // 1
 */
export function brokenDayLimits(
  worked: ReadonlySet<number>,
  limits: readonly DayLimit[],
  touching?: readonly number[],
): DayLimit[] {
  return limits.filter(
    (period) =>
      (!touching || touching.some((day) => day >= period.from && day <= period.to)) &&
      exceedsLimit(period, (day) => worked.has(day)),
  );
}

/**
 * Whether more days are worked in the period than its limit allows.
 *
 * @example exceedsLimit({ kind: 'consecutive_days', from: 0, to: 2, limit: 2 }, () => true) // true
 */
export function exceedsLimit(period: DayLimit, isWorked: (day: number) => boolean): boolean {
  return daysWorkedIn(period, isWorked) > period.limit;
}

/**
 * The days worked in a period.
 *
 * @example daysWorkedIn({ from: 0, to: 6 }, (day) => day !== 3) // 6
 */
export function daysWorkedIn(period: { from: number; to: number }, isWorked: (day: number) => boolean): number {
  let count = 0;
  for (let day = period.from; day <= period.to; day++) if (isWorked(day)) count++;
  return count;
}

/**
 * The limits whose period holds each day, for looking up the few that a new shift concerns.
 *
 * @example limitsByDay(dayLimits({ daysOffPerWeek: 1 }, 0, 7)).get(0)?.length // 1
 */
export function limitsByDay(limits: readonly DayLimit[]): Map<number, DayLimit[]> {
  const index = new Map<number, DayLimit[]>();
  for (const period of limits) {
    for (let day = period.from; day <= period.to; day++) {
      const list = index.get(day);
      if (list) list.push(period);
      else index.set(day, [period]);
    }
  }
  return index;
}

/**
 * Overlapping broken periods of one kind, joined: a person who works 14 days straight breaks
 * eight rolling 7-day periods, which read as one stretch.
 *
 * @example joinPeriods([{ kind: 'days_off', from: 0, to: 6, limit: 6 }, { kind: 'days_off', from: 1, to: 7, limit: 6 }]) // [{ kind: 'days_off', from: 0, to: 7, limit: 6 }]
 */
export function joinPeriods(periods: readonly DayLimit[]): DayLimit[] {
  const joined: DayLimit[] = [];
  for (const period of [...periods].sort((a, b) => a.kind.localeCompare(b.kind) || a.from - b.from)) {
    const last = joined[joined.length - 1];
    if (last && last.kind === period.kind && period.from <= last.to) last.to = Math.max(last.to, period.to);
    else joined.push({ ...period });
  }
  return joined;
}
