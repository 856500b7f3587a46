/**
 * Replanning a published roster from a moment `now` on: during the campaign night (extend the
 * people on duty, call people in) or between campaigns (someone falls ill). Everything before
 * `now` stands as worked; a duty running at `now` keeps its real start, so the 12-hour cap and
 * the rest after it count the hours already worked. One exact MIP (HiGHS), three objectives in
 * order: least unmet demand after `now`, fewest changes, fewest agent-hours after `now`.
 *
 * The choices, person by person and calendar day by calendar day (one shift start a day, as
 * every roster): a running duty (or one starting within the notice) keeps its start and may
 * end at any slot from the earliest allowed end (now + notice-end) to 12 hours after its start; a later shift may
 * be kept (no change), cancelled, or replaced by another shift starting the same day (extend,
 * shorten or move: one change); a day without a shift may get one (add: one change; a call-in
 * from the on-call list: `callInWeight`). With shift patterns the new shifts are the patterns;
 * without, they start on the hour (or slot, when longer) and last whole hours.
 */
import type { PersonDayRules } from './plan.js';
import { dayLimits } from './day-rules.js';
import { checkMealBreak, patternOf, type CheckRules } from './check.js';
import type { ShiftPattern, ShiftRules } from '../scheduling/candidates.js';
import type { LinearModel } from '../scheduling/model.js';
import { solveInWorker, solveLexicographic, type SolveReport } from '../scheduling/highs-solver.js';
import { MINUTES_PER_DAY, mondayOf } from '../time/clock.js';
import { CsPlanError, ExitCode } from '../../errors.js';

const DAY = MINUTES_PER_DAY;

/** A shift of a roster, in epoch minutes. `line` is where it came from (0 for new shifts). */
export interface PlacedShift {
  person: string;
  start: number;
  end: number;
  mealBreak?: { start: number; end: number };
  /** Role `after` (售后): does not count towards pre-sales coverage. */
  afterSalesOnly?: boolean;
  line: number;
}

/** Someone who may work after `now`: on the roster, in the staff file, or on call. */
export interface ReplanPerson {
  name: string;
  /** On the on-call list: each shift given to them counts `callInWeight` changes. */
  onCall?: boolean;
  availableFrom?: number;
  availableTo?: number;
  /** Most hours over the roster, past included. */
  maxHours?: number;
  /** Least hours over the roster, past included (the contract's min_hours). */
  minHours?: number;
  /** Whole calendar days (epoch days) they cannot work. */
  unavailable?: readonly number[];
  /** Role `after`: their shifts do not count towards pre-sales coverage. */
  afterSalesOnly?: boolean;
}

export interface ReplanRequest {
  /** The published roster. */
  shifts: readonly PlacedShift[];
  /** Everyone who may work (the roster's people, staff, on-call). */
  people: readonly ReplanPerson[];
  /** Epoch minutes: everything before stands as worked. */
  now: number;
  /** Shifts starting before now + notice cannot be moved or cancelled; call-ins start no earlier. */
  noticeMinutes: number;
  /** A running duty ends no earlier than now + this. */
  noticeEndMinutes: number;
  /** Pre-sales agents required per slot. */
  window: { start: number; slotMinutes: number; required: readonly number[] };
  rules: ShiftRules;
  patterns?: readonly ShiftPattern[];
  dayRules: PersonDayRules;
  /** Pattern pairs one person may not work on consecutive days (needs `patterns`). */
  forbidden?: readonly (readonly [string, string])[];
  /** The meal-break rule: new and changed shifts get a break where check's rule allows. */
  mealBreak?: CheckRules['mealBreak'];
  /** Changes one call-in counts for. */
  callInWeight: number;
  timeLimitSeconds: number;
  signal?: AbortSignal;
}

export type ChangeKind = 'extend' | 'shorten' | 'move' | 'cancel' | 'add' | 'call_in';

/** One change to the roster: the shift before and after (absent for add / cancel). */
export interface ShiftChange {
  person: string;
  change: ChangeKind;
  old?: { start: number; end: number };
  new?: { start: number; end: number };
}

export interface ReplanResult {
  /** The whole new roster: the past, the running duties with their new ends, the future. */
  shifts: PlacedShift[];
  changes: ShiftChange[];
  /** First slot planned (the first slot starting at or after `now`). */
  firstSlot: number;
  /** Agents on pre-sales duty per slot, with the old roster and the new one. */
  onDutyBefore: number[];
  onDutyAfter: number[];
  /** Agent-slots short from `firstSlot` on: with the old roster (less the shifts on days their person is now unavailable) and the new one. */
  unmetBefore: number;
  unmetAfter: number;
  /** Agent-hours from `now` on, old and new. */
  hoursBefore: number;
  hoursAfter: number;
  solve: SolveReport;
  modelSize: { columns: number; rows: number };
}

/** One choice of the model: a shift a person may work (x = 1) in one of their groups. */
interface Choice {
  person: number;
  group: number;
  start: number;
  end: number;
  /** The shift of the roster this choice keeps as it is (or, for a running duty, the row it ends). */
  row?: number;
  keep: boolean;
  cost: number;
  mealBreak?: { start: number; end: number };
}

/** At most one choice (exactly one for a running duty); a movable shift not kept costs 1. */
interface Group {
  person: number;
  row?: number;
  locked: boolean;
  onCall: boolean;
}

const touchedDays = (start: number, end: number) => {
  const days: number[] = [];
  for (let day = Math.floor(start / DAY); day * DAY < end; day++) days.push(day);
  return days;
};

/**
 * How a shift changed, from its old times to its new ones.
 *
 * @example classifyChange({ start: 0, end: 480 }, { start: 0, end: 600 }) // 'extend'
 */
export function classifyChange(before: { start: number; end: number }, after: { start: number; end: number }): ChangeKind {
  if (after.start <= before.start && after.end >= before.end) return 'extend';
  if (after.start >= before.start && after.end <= before.end) return 'shorten';
  return 'move';
}

/**
 * Agents on pre-sales duty in each slot: a shift counts in a slot it covers wholly, outside its meal break.
 *
 * @example onDuty([{ person: 'a', start: 0, end: 120, line: 2 }], { start: 0, slotMinutes: 60, required: [1, 1, 1] }) // [1, 1, 0]
 */
export function onDuty(shifts: readonly PlacedShift[], window: ReplanRequest['window']): number[] {
  const counts = window.required.map(() => 0);
  const slot = window.slotMinutes;
  for (const s of shifts) {
    if (s.afterSalesOnly) continue;
    const first = Math.max(0, Math.ceil((s.start - window.start) / slot));
    const last = Math.min(counts.length, Math.floor((s.end - window.start) / slot));
    for (let t = first; t < last; t++) {
      const from = window.start + t * slot;
      if (s.mealBreak && s.mealBreak.start < from + slot && s.mealBreak.end > from) continue;
      counts[t] = (counts[t] ?? 0) + 1;
    }
  }
  return counts;
}

/** Agent-slots short from `firstSlot` on. */
export function unmetFrom(required: readonly number[], scheduled: readonly number[], firstSlot: number): number {
  let short = 0;
  for (let t = firstSlot; t < required.length; t++) short += Math.max(0, (required[t] ?? 0) - (scheduled[t] ?? 0));
  return short;
}

/** Minutes of a shift from `now` on. */
const minutesFrom = (now: number, start: number, end: number) => Math.max(0, end - Math.max(start, now));

/** The new shifts a person may start on one day: the patterns, or every start on the grid and length. */
function dayShifts(day: number, request: ReplanRequest): { start: number; end: number }[] {
  const { rules, patterns } = request;
  const slot = rules.slotMinutes;
  if (patterns) return patterns.map((p) => ({ start: day * DAY + p.startMinute, end: day * DAY + p.startMinute + p.lengthMinutes }));
  const step = Math.max(slot, 60);
  const shifts: { start: number; end: number }[] = [];
  const base = request.window.start;
  // Starts on the grid of the window (slot 0 may not sit on the hour), lengths in whole steps.
  const first = base + Math.ceil((day * DAY - base) / step) * step;
  for (let start = first; start < (day + 1) * DAY; start += step) {
    for (let length = Math.ceil((rules.minShiftSlots * slot) / step) * step; length <= rules.maxShiftSlots * slot; length += step) {
      shifts.push({ start, end: start + length });
    }
  }
  return shifts;
}

/**
 * Plans the change to a roster from `now` on (see the module comment).
 *
 * @throws CsPlanError (exit 3) when the rules cannot hold (e.g. a running duty that must end
 *   on a day its person is now unavailable, before the notice allows)
 */
export async function replan(request: ReplanRequest): Promise<ReplanResult> {
  const { now, window, rules } = request;
  const slot = window.slotMinutes;
  const slotCount = window.required.length;
  const windowEnd = window.start + slotCount * slot;
  const firstSlot = Math.max(0, Math.ceil((now - window.start) / slot));
  const rest = rules.restSlots * slot;
  const maxDuty = rules.maxShiftSlots * slot;
  const lockUntil = now + request.noticeMinutes;
  const earliestEnd = now + request.noticeEndMinutes;
  const onGrid = (minute: number) => window.start + Math.ceil((minute - window.start) / slot) * slot;

  const people = request.people;
  const index = new Map(people.map((p, i) => [p.name, i]));
  const shifts = request.shifts;
  const past: number[][] = people.map(() => []);
  const locked: number[][] = people.map(() => []);
  const movable: number[][] = people.map(() => []);
  shifts.forEach((s, i) => {
    const p = index.get(s.person);
    if (p === undefined) throw new CsPlanError('replan.unknownPerson', { name: s.person }, { exitCode: ExitCode.internal });
    if (s.end <= now) past[p]?.push(i);
    else if (s.start < lockUntil) locked[p]?.push(i);
    else movable[p]?.push(i);
  });

  const choices: Choice[] = [];
  const groups: Group[] = [];
  const fits = (person: ReplanPerson, start: number, end: number) =>
    !(person.unavailable ?? []).some((day) => start < (day + 1) * DAY && end > day * DAY)
    && (person.availableFrom === undefined || start >= person.availableFrom)
    && (person.availableTo === undefined || end <= person.availableTo);
  // Cover is what new shifts are for: one covering no slot still needed is never worth a change.
  const needed = window.required.map((r, t) => t >= firstSlot && r > 0);
  const coversNeed = (start: number, end: number) => {
    const from = Math.max(firstSlot, Math.ceil((start - window.start) / slot));
    const to = Math.min(slotCount, Math.floor((end - window.start) / slot));
    for (let t = from; t < to; t++) if (needed[t]) return true;
    return false;
  };

  /**
   * The meal breaks a shift may take so that check's meal-break rule holds: the one it has when
   * that still fits, none when none is needed, else each start on the grid from `from`.
   */
  const breakChoices = (start: number, end: number, from: number, existing?: { start: number; end: number }): ({ start: number; end: number } | undefined)[] => {
    const rule = request.mealBreak;
    const fine = (meal?: { start: number; end: number }) => checkMealBreak({ line: 0, person: '', start, end, ...(meal ? { mealBreak: meal } : {}) }, rule).length === 0;
    if (existing && existing.end < end && fine(existing)) return [existing];
    if (fine()) return [undefined];
    if (!rule) return [];
    const length = Math.ceil(rule.minutes / slot) * slot;
    const options: { start: number; end: number }[] = [];
    for (let at = onGrid(Math.max(start + slot, from)); at + length <= end - slot; at += slot) {
      if (fine({ start: at, end: at + length })) options.push({ start: at, end: at + length });
    }
    return options;
  };

  people.forEach((person, p) => {
    const pastEnd = (past[p] ?? []).reduce((max, i) => Math.max(max, shifts[i]?.end ?? -Infinity), -Infinity);
    const startDays = new Set<number>();
    // Running duties (and those starting within the notice): the start stands, the end may move.
    for (const i of locked[p] ?? []) {
      const s = shifts[i];
      if (!s) continue;
      startDays.add(Math.floor(s.start / DAY));
      const group = groups.push({ person: p, row: i, locked: true, onCall: false }) - 1;
      const ends = new Set<number>();
      // Sent home early is allowed down to one slot: the duty is under way (or about to be), and a
      // shorter one is only ever chosen when a rule demands it (an illness, the rest before a later shift).
      const lo = onGrid(Math.max(earliestEnd, s.start + slot, now + 1));
      for (let end = lo; end <= Math.min(s.start + maxDuty, windowEnd); end += slot) ends.add(end);
      ends.add(s.end);
      let any = false;
      for (const end of [...ends].sort((a, b) => a - b)) {
        // Availability binds what is still to come; the part already worked stands.
        if (end !== s.end && !fits(person, Math.max(s.start, now), end)) continue;
        if (end === s.end && (person.unavailable ?? []).some((day) => Math.max(s.start, now) < (day + 1) * DAY && end > day * DAY)) continue;
        const original = end === s.end;
        // A break already planned stays where it is when it still fits; one to come is placed after the notice.
        for (const meal of original ? [s.mealBreak] : breakChoices(s.start, end, lockUntil, s.mealBreak)) {
          choices.push({ person: p, group, start: s.start, end, row: i, keep: original, cost: original ? 0 : 1, ...(meal ? { mealBreak: meal } : {}) });
          any = true;
        }
      }
      if (!any) throw new CsPlanError('replan.lockedUnavailable', { name: person.name }, { exitCode: ExitCode.infeasible });
    }
    // Later shifts: kept, cancelled, or replaced by another shift starting the same day.
    const byDay = new Map<number, number[]>();
    for (const i of movable[p] ?? []) {
      const s = shifts[i];
      if (!s) continue;
      const day = Math.floor(s.start / DAY);
      byDay.set(day, [...(byDay.get(day) ?? []), i]);
    }
    const firstDay = Math.floor(lockUntil / DAY);
    const lastDay = Math.floor((windowEnd - 1) / DAY);
    const days = new Set<number>([...byDay.keys()]);
    for (let day = firstDay; day <= lastDay; day++) if (!startDays.has(day)) days.add(day);
    for (const day of [...days].sort((a, b) => a - b)) {
      const rows = byDay.get(day) ?? [];
      const [first, ...others] = rows;
      const group = groups.push({ person: p, ...(first !== undefined ? { row: first } : {}), locked: false, onCall: Boolean(person.onCall) }) - 1;
      if (first !== undefined) {
        const s = shifts[first];
        if (s && fits(person, s.start, s.end)) {
          choices.push({ person: p, group, start: s.start, end: s.end, row: first, keep: true, cost: 0, ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}) });
        }
      }
      const cost = first !== undefined ? 1 : person.onCall ? request.callInWeight : 1;
      for (const shift of dayShifts(day, request)) {
        if (shift.start < lockUntil || shift.end > windowEnd || shift.start < window.start) continue;
        if (shift.start < pastEnd + rest || !fits(person, shift.start, shift.end)) continue;
        // A shift covering no needed slot only serves a contract minimum (min_hours).
        if ((person.afterSalesOnly || !coversNeed(shift.start, shift.end)) && person.minHours === undefined) continue;
        const same = first !== undefined && shifts[first]?.start === shift.start && shifts[first]?.end === shift.end;
        if (same) continue;
        for (const meal of breakChoices(shift.start, shift.end, shift.start)) {
          choices.push({ person: p, group, start: shift.start, end: shift.end, keep: false, cost, ...(meal ? { mealBreak: meal } : {}) });
        }
      }
      // A second shift starting the same day (a hand-made split): kept or cancelled.
      for (const i of others) {
        const s = shifts[i];
        const extra = groups.push({ person: p, row: i, locked: false, onCall: false }) - 1;
        if (s && fits(person, s.start, s.end)) choices.push({ person: p, group: extra, start: s.start, end: s.end, row: i, keep: true, cost: 0, ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}) });
      }
    }
  });

  // Columns: the choices, then a cancel column per group holding a roster shift, then each
  // needed slot's shortfall, then the worked-day indicators.
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: number[] = [];
  const addCol = (upper: number, integer: boolean) => {
    colLower.push(0);
    colUpper.push(upper);
    integrality.push(integer ? 1 : 0);
    return colLower.length - 1;
  };
  for (let c = 0; c < choices.length; c++) addCol(1, true);
  const modelRows: LinearModel['rows'] = [];
  const row = (lower: number, upper: number, entries: [number, number][]) => {
    if (entries.length > 0) modelRows.push({ lower, upper, indices: entries.map(([j]) => j), values: entries.map(([, v]) => v) });
  };
  const byGroup: number[][] = groups.map(() => []);
  choices.forEach((c, j) => byGroup[c.group]?.push(j));
  const cancelCol = new Map<number, number>();
  groups.forEach((g, gi) => {
    const members = byGroup[gi] ?? [];
    if (g.locked) row(1, 1, members.map((j) => [j, 1]));
    else if (g.row !== undefined) {
      const cancel = addCol(1, false);
      cancelCol.set(gi, cancel);
      row(1, 1, [...members.map((j): [number, number] => [j, 1]), [cancel, 1]]);
    } else row(0, 1, members.map((j) => [j, 1]));
  });

  // Rest between shifts of a person (and no overlap): the intervals [start, end + rest) of the
  // chosen shifts are disjoint. Interval graphs are perfect: one row per start point is exact.
  const byPerson: number[][] = people.map(() => []);
  choices.forEach((c, j) => byPerson[c.person]?.push(j));
  for (const list of byPerson) {
    const points = [...new Set(list.map((j) => choices[j]?.start ?? 0))];
    const rowsSeen = new Set<string>();
    for (const point of points) {
      const members = list.filter((j) => {
        const c = choices[j];
        return c !== undefined && c.start <= point && point < c.end + rest;
      });
      // Choices of a single group already exclude each other.
      if (new Set(members.map((j) => choices[j]?.group)).size < 2) continue;
      const key = members.join(',');
      if (rowsSeen.has(key)) continue;
      rowsSeen.add(key);
      row(-Infinity, 1, members.map((j) => [j, 1]));
    }
  }

  // Coverage: shortfall ≥ required − on duty, in every needed slot.
  const shortfall = new Map<number, number>();
  const coverage = new Map<number, [number, number][]>();
  choices.forEach((c, j) => {
    if (people[c.person]?.afterSalesOnly) return;
    const from = Math.max(firstSlot, Math.ceil((c.start - window.start) / slot));
    const to = Math.min(slotCount, Math.floor((c.end - window.start) / slot));
    for (let t = from; t < to; t++) {
      if (!needed[t]) continue;
      const at = window.start + t * slot;
      if (c.mealBreak && c.mealBreak.start < at + slot && c.mealBreak.end > at) continue;
      coverage.set(t, [...(coverage.get(t) ?? []), [j, 1]]);
    }
  });
  needed.forEach((isNeeded, t) => {
    if (!isNeeded) return;
    const u = addCol(Infinity, false);
    shortfall.set(t, u);
    row(window.required[t] ?? 0, Infinity, [...(coverage.get(t) ?? []), [u, 1]]);
  });

  // Day rules over the whole roster's days: days off in every 7 days, days in a row.
  const allStarts = [window.start, ...shifts.map((s) => s.start)];
  const allEnds = [windowEnd, ...shifts.map((s) => s.end)];
  const rangeFirst = Math.floor(allStarts.reduce((a, b) => Math.min(a, b), Infinity) / DAY);
  const rangeLast = Math.floor((allEnds.reduce((a, b) => Math.max(a, b), -Infinity) - 1) / DAY);
  const limits = dayLimits(request.dayRules, rangeFirst, rangeLast);
  people.forEach((_person, p) => {
    const fixedDays = new Set((past[p] ?? []).flatMap((i) => {
      const s = shifts[i];
      return s ? touchedDays(s.start, s.end) : [];
    }));
    const list = byPerson[p] ?? [];
    if (limits.length > 0) {
      // worked[day] ≥ the choices of one group touching that day.
      const worked = new Map<number, number>();
      const perGroupDay = new Map<string, [number, number][]>();
      for (const j of list) {
        const c = choices[j];
        if (!c) continue;
        for (const day of touchedDays(c.start, c.end)) {
          if (fixedDays.has(day)) continue;
          const key = `${c.group}|${day}`;
          perGroupDay.set(key, [...(perGroupDay.get(key) ?? []), [j, -1]]);
        }
      }
      for (const [key, entries] of perGroupDay) {
        const day = Number(key.split('|')[1]);
        let w = worked.get(day);
        if (w === undefined) {
          w = addCol(1, false);
          worked.set(day, w);
        }
        row(0, Infinity, [[w, 1], ...entries]);
      }
      for (const period of limits) {
        let fixed = 0;
        const entries: [number, number][] = [];
        for (let day = period.from; day <= period.to; day++) {
          if (fixedDays.has(day)) fixed++;
          const w = worked.get(day);
          if (w !== undefined) entries.push([w, 1]);
        }
        if (fixed + entries.length <= period.limit) continue;
        row(-Infinity, Math.max(0, period.limit - fixed), entries);
      }
    }
    // Hours per Monday–Sunday week, and the staff file's max_hours over the roster.
    const pastMinutes = (from: number, to: number) => (past[p] ?? []).reduce((sum, i) => {
      const s = shifts[i];
      return s ? sum + Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)) : sum;
    }, 0);
    const weekly = request.dayRules.maxHoursPerWeek;
    if (weekly !== undefined) {
      const weeks = new Set(list.flatMap((j) => {
        const c = choices[j];
        return c ? touchedDays(c.start, c.end).map(mondayOf) : [];
      }));
      for (const monday of weeks) {
        const from = monday * DAY;
        const to = from + 7 * DAY;
        const entries = list.flatMap((j): [number, number][] => {
          const c = choices[j];
          const minutes = c ? Math.max(0, Math.min(c.end, to) - Math.max(c.start, from)) : 0;
          return minutes > 0 ? [[j, minutes]] : [];
        });
        row(-Infinity, Math.max(0, weekly * 60 - pastMinutes(from, to)), entries);
      }
    }
    const duration = list.map((j): [number, number] => [j, (choices[j]?.end ?? 0) - (choices[j]?.start ?? 0)]);
    const most = people[p]?.maxHours;
    if (most !== undefined) row(-Infinity, Math.max(0, most * 60 - pastMinutes(-Infinity, Infinity)), duration);
    const least = people[p]?.minHours;
    if (least !== undefined && least * 60 > pastMinutes(-Infinity, Infinity)) {
      if (duration.length === 0) throw new CsPlanError('replan.minHoursUnreachable', { name: people[p]?.name ?? '', hours: least }, { exitCode: ExitCode.infeasible });
      row(least * 60 - pastMinutes(-Infinity, Infinity), Infinity, duration);
    }
  });

  // Forbidden sequences: pattern P on one day, Q the next (a past P rules out Q outright).
  const patterns = request.patterns;
  if (patterns && request.forbidden?.length) {
    people.forEach((_person, p) => {
      const onDay = new Map<string, [number, number][]>();
      const fixed = new Set<string>();
      for (const j of byPerson[p] ?? []) {
        const c = choices[j];
        const name = c && patternOf(c, patterns);
        if (c && name) onDay.set(`${Math.floor(c.start / DAY)}|${name}`, [...(onDay.get(`${Math.floor(c.start / DAY)}|${name}`) ?? []), [j, 1]]);
      }
      for (const i of past[p] ?? []) {
        const sh = shifts[i];
        const name = sh && patternOf(sh, patterns);
        if (sh && name) fixed.add(`${Math.floor(sh.start / DAY)}|${name}`);
      }
      const days = new Set([...onDay.keys()].map((key) => Number(key.split('|')[0])));
      for (const day of days) {
        for (const [first, second] of request.forbidden ?? []) {
          const later = onDay.get(`${day}|${second}`) ?? [];
          if (later.length === 0) continue;
          const earlier = onDay.get(`${day - 1}|${first}`) ?? [];
          row(-Infinity, fixed.has(`${day - 1}|${first}`) ? 0 : 1, [...earlier, ...later]);
        }
      }
    });
  }

  const numCols = colLower.length;
  const unmet = new Array<number>(numCols).fill(0);
  for (const u of shortfall.values()) unmet[u] = 1;
  const changes = new Array<number>(numCols).fill(0);
  choices.forEach((c, j) => (changes[j] = c.cost));
  for (const col of cancelCol.values()) changes[col] = 1;
  const hours = new Array<number>(numCols).fill(0);
  choices.forEach((c, j) => (hours[j] = minutesFrom(now, c.start, c.end) / slot));
  const model: LinearModel = {
    numCols, colLower, colUpper, integrality, rows: modelRows,
    objectives: [unmet, changes, hours],
    objectiveNames: ['unmet_demand', 'changes', 'agent_hours'],
    wholeObjectives: [true, Number.isInteger(request.callInWeight), hours.every(Number.isInteger)],
    objectiveFloors: [0, 0, undefined],
  };

  // Start from the roster as published, where it keeps the rules.
  const start = new Array<number>(numCols).fill(0);
  groups.forEach((g, gi) => {
    const members = byGroup[gi] ?? [];
    const keep = members.find((j) => choices[j]?.keep);
    if (keep !== undefined) start[keep] = 1;
    else if (g.locked && members[0] !== undefined) start[members[0]] = 1;
    else {
      const cancel = cancelCol.get(gi);
      if (cancel !== undefined) start[cancel] = 1;
    }
  });
  const chosenAt = (values: ArrayLike<number>) => choices.filter((_c, j) => (values[j] ?? 0) > 0.5);
  const placed = (list: readonly Choice[]): PlacedShift[] => list.map((c) => ({
    person: people[c.person]?.name ?? '', start: c.start, end: c.end,
    ...(c.mealBreak ? { mealBreak: c.mealBreak } : {}),
    ...(people[c.person]?.afterSalesOnly || (c.row !== undefined && shifts[c.row]?.afterSalesOnly) ? { afterSalesOnly: true } : {}),
    line: c.row !== undefined ? (shifts[c.row]?.line ?? 0) : 0,
  }));
  const startOnDuty = onDuty([...past.flat().map((i) => shifts[i]).filter((s): s is PlacedShift => s !== undefined), ...placed(chosenAt(start))], window);
  for (const [t, u] of shortfall) start[u] = Math.max(0, (window.required[t] ?? 0) - (startOnDuty[t] ?? 0));
  // Worked-day columns follow from the choices; HiGHS completes them from a partial start.
  const known = [...choices.keys(), ...cancelCol.values(), ...shortfall.values()];
  const options = { timeLimitSeconds: request.timeLimitSeconds, start: { indices: known, values: known.map((j) => start[j] ?? 0) } };
  let solve: SolveReport;
  try {
    solve = request.signal ? await solveInWorker(model, options, request.signal) : await solveLexicographic(model, options);
  } catch (error) {
    // The published roster's own choices are in the model: only the new limits can clash.
    if (error instanceof CsPlanError && error.key === 'roster.infeasible') throw new CsPlanError('replan.infeasible', {}, { exitCode: ExitCode.infeasible });
    throw error;
  }

  const chosen = chosenAt(solve.values);
  const pastShifts = past.flat().map((i) => shifts[i]).filter((s): s is PlacedShift => s !== undefined);
  const merged = [...pastShifts, ...placed(chosen)].sort((a, b) => a.person.localeCompare(b.person) || a.start - b.start);
  const changeList: ShiftChange[] = [];
  const chosenByGroup = new Map(chosen.map((c) => [c.group, c]));
  groups.forEach((g, gi) => {
    const c = chosenByGroup.get(gi);
    const name = people[g.person]?.name ?? '';
    const old = g.row !== undefined ? shifts[g.row] : undefined;
    if (c?.keep) return;
    if (old && !c) changeList.push({ person: name, change: 'cancel', old: { start: old.start, end: old.end } });
    else if (old && c) changeList.push({ person: name, change: classifyChange(old, c), old: { start: old.start, end: old.end }, new: { start: c.start, end: c.end } });
    else if (c) changeList.push({ person: name, change: g.onCall ? 'call_in' : 'add', new: { start: c.start, end: c.end } });
  });
  // In time order; at one time, what is taken away before what is put in its place.
  const order = (c: ShiftChange) => (c.change === 'cancel' ? 0 : 1);
  changeList.sort((a, b) => (a.new?.start ?? a.old?.start ?? 0) - (b.new?.start ?? b.old?.start ?? 0) || order(a) - order(b) || a.person.localeCompare(b.person));
  // The published roster as it would now play out: shifts on days their person is newly unavailable drop out.
  const byName = new Map(people.map((person) => [person.name, person]));
  const canHappen = (s: PlacedShift) => s.end <= now || !(byName.get(s.person)?.unavailable ?? []).some((day) => Math.max(s.start, now) < (day + 1) * DAY && s.end > day * DAY);
  const onDutyBefore = onDuty(shifts.filter(canHappen), window);
  const onDutyAfter = onDuty(merged, window);
  const futureMinutes = (list: readonly PlacedShift[]) => list.reduce((sum, s) => sum + minutesFrom(now, s.start, s.end), 0);
  return {
    shifts: merged, changes: changeList, firstSlot, onDutyBefore, onDutyAfter,
    unmetBefore: unmetFrom(window.required, onDutyBefore, firstSlot),
    unmetAfter: unmetFrom(window.required, onDutyAfter, firstSlot),
    hoursBefore: futureMinutes(shifts.filter(canHappen)) / 60,
    hoursAfter: futureMinutes(merged) / 60,
    solve,
    modelSize: { columns: numCols, rows: modelRows.length },
  };
}
