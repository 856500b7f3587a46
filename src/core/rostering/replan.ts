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
import type { PersonDayRules } from './group-day-rules.js';
import type { StaffMember } from './staff-groups.js';
import { dayLimits } from './day-rules.js';
import { checkMealBreak, daysWorked, onDutyPerSlot, patternOf, type CheckRules } from './check.js';
import type { ShiftPattern, ShiftRules } from '../scheduling/candidates.js';
import { modelBuilder, PLAIN, type LinearModel } from '../scheduling/linear-model.js';
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

/**
 * Someone who may work after `now`: on the roster, in the staff file, or on call. A staff
 * member as the staff file gives one (hours over the roster count the past; role `after`
 * does not count towards pre-sales coverage), and whether they are on call.
 */
export interface ReplanPerson
  extends Pick<
    StaffMember,
    'name' | 'availableFrom' | 'availableTo' | 'maxHours' | 'minHours' | 'unavailable' | 'role'
  > {
  /** On the on-call list: each shift given to them counts `callInWeight` changes. */
  onCall?: boolean;
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
  pf: PersonFrame;
  group: number;
  start: number;
  end: number;
  /** The shift of the roster this choice keeps as it is (or, for a running duty, the one it ends). */
  row?: PlacedShift;
  keep: boolean;
  cost: number;
  mealBreak?: { start: number; end: number };
}

/**
 * A shift that answers after-sales only, as the report and check count it: its person's role
 * says so, or it was published as after-sales.
 */
const answersAfterSalesOnly = (person: ReplanPerson, shift: PlacedShift | undefined) =>
  person.role === 'after' || shift?.afterSalesOnly === true;

/** A choice that answers after-sales only (the roster shift it keeps, or, running, ends, decides). */
const afterSalesOnly = (c: Choice) => answersAfterSalesOnly(c.pf.person, c.row);

/** At most one choice (exactly one for a running duty); a movable shift not kept costs 1. */
interface Group {
  pf: PersonFrame;
  /** The roster shift the group decides on (none for a day without one). */
  row?: PlacedShift;
  locked: boolean;
  onCall: boolean;
}

/** The calendar days a shift touches (check's own count: a night shift touches two). */
const touchedDays = (start: number, end: number) => daysWorked([{ start, end }]);

/**
 * How a shift changed, from its old times to its new ones.
 *
 * @example classifyChange({ start: 0, end: 480 }, { start: 0, end: 600 }) // 'extend'
 */
export function classifyChange(
  before: { start: number; end: number },
  after: { start: number; end: number },
): ChangeKind {
  if (after.start <= before.start && after.end >= before.end) return 'extend';
  if (after.start >= before.start && after.end <= before.end) return 'shorten';
  return 'move';
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
  if (patterns)
    return patterns.map((p) => ({
      start: day * DAY + p.startMinute,
      end: day * DAY + p.startMinute + p.lengthMinutes,
    }));
  const step = Math.max(slot, 60);
  const shifts: { start: number; end: number }[] = [];
  const base = request.window.start;
  // Starts on the grid of the window (slot 0 may not sit on the hour), lengths in whole steps.
  const first = base + Math.ceil((day * DAY - base) / step) * step;
  for (let start = first; start < (day + 1) * DAY; start += step) {
    for (
      let length = Math.ceil((rules.minShiftSlots * slot) / step) * step;
      length <= rules.maxShiftSlots * slot;
      length += step
    ) {
      shifts.push({ start, end: start + length });
    }
  }
  return shifts;
}

/** A person of the replan (`index`: their place in the request's people) and their roster shifts by where they stand at `now`. */
interface PersonFrame {
  index: number;
  person: ReplanPerson;
  past: PlacedShift[];
  locked: PlacedShift[];
  movable: PlacedShift[];
}

/** What every part of a replan reads: the request, and the times and shifts derived from it. */
interface Frame {
  request: ReplanRequest;
  slot: number;
  slotCount: number;
  windowEnd: number;
  /** First slot planned: the first starting at or after `now`. */
  firstSlot: number;
  rest: number;
  maxDuty: number;
  /** Shifts starting before this stay where they are (now + notice). */
  lockUntil: number;
  /** A running duty ends no earlier than this (now + notice-end). */
  earliestEnd: number;
  /** Each person (request order) with their shifts that are past, locked (running or within the notice) and movable. */
  people: PersonFrame[];
  /** Slots from `firstSlot` on that need anyone. */
  needed: boolean[];
}

function frameOf(request: ReplanRequest): Frame {
  const { now, window, rules } = request;
  const slot = window.slotMinutes;
  const slotCount = window.required.length;
  const firstSlot = Math.max(0, Math.ceil((now - window.start) / slot));
  const lockUntil = now + request.noticeMinutes;
  const people = request.people.map(
    (person, index): PersonFrame => ({ index, person, past: [], locked: [], movable: [] }),
  );
  const byName = new Map(people.map((frame) => [frame.person.name, frame]));
  for (const shift of request.shifts) {
    const frame = byName.get(shift.person);
    if (!frame) throw new CsPlanError('replan.unknownPerson', { name: shift.person }, { exitCode: ExitCode.internal });
    const kind = shift.end <= now ? frame.past : shift.start < lockUntil ? frame.locked : frame.movable;
    kind.push(shift);
  }
  return {
    request,
    slot,
    slotCount,
    windowEnd: window.start + slotCount * slot,
    firstSlot,
    rest: rules.restSlots * slot,
    maxDuty: rules.maxShiftSlots * slot,
    lockUntil,
    earliestEnd: now + request.noticeEndMinutes,
    people,
    needed: window.required.map((r, t) => t >= firstSlot && r > 0),
  };
}

/** The first slot boundary at or after a minute. */
const onGrid = (f: Frame, minute: number) =>
  f.request.window.start + Math.ceil((minute - f.request.window.start) / f.slot) * f.slot;

/**
 * Whether a person may work from `start` to `end`: inside their availability, on no day they are unavailable.
 *
 * @example mayWork({ name: 'a', unavailable: [1] }, 1400, 1500) // false (touches epoch day 1)
 */
export function mayWork(person: ReplanPerson, start: number, end: number): boolean {
  return (
    !(person.unavailable ?? []).some((day) => start < (day + 1) * DAY && end > day * DAY) &&
    (person.availableFrom === undefined || start >= person.availableFrom) &&
    (person.availableTo === undefined || end <= person.availableTo)
  );
}

/** Whether a shift covers a slot still needed (a new shift covering none is never worth a change). */
function coversNeed(f: Frame, start: number, end: number): boolean {
  const from = Math.max(f.firstSlot, Math.ceil((start - f.request.window.start) / f.slot));
  const to = Math.min(f.slotCount, Math.floor((end - f.request.window.start) / f.slot));
  for (let t = from; t < to; t++) if (f.needed[t]) return true;
  return false;
}

type Span = { start: number; end: number };

/**
 * The meal breaks a shift may take so that check's meal-break rule holds: the one it has when
 * that still fits, none when none is needed, else each start on the grid from `from`.
 */
function breakChoices(f: Frame, start: number, end: number, from: number, existing?: Span): (Span | undefined)[] {
  const rule = f.request.mealBreak;
  const fine = (meal?: Span) =>
    checkMealBreak({ line: 0, person: '', start, end, ...(meal ? { mealBreak: meal } : {}) }, rule).length === 0;
  if (existing && existing.end < end && fine(existing)) return [existing];
  if (fine()) return [undefined];
  if (!rule) return [];
  const length = Math.ceil(rule.minutes / f.slot) * f.slot;
  const options: Span[] = [];
  for (let at = onGrid(f, Math.max(start + f.slot, from)); at + length <= end - f.slot; at += f.slot) {
    if (fine({ start: at, end: at + length })) options.push({ start: at, end: at + length });
  }
  return options;
}

/** Running duties (and those starting within the notice): the start stands, the end may move. */
function lockedChoices(f: Frame, pf: PersonFrame, choices: Choice[], groups: Group[]): void {
  const { request } = f;
  const { person } = pf;
  for (const s of pf.locked) {
    const group = groups.push({ pf, row: s, locked: true, onCall: false }) - 1;
    // Sent home early is allowed down to one slot: the duty is under way (or about to be), and a
    // shorter one is only ever chosen when a rule demands it (an illness, the rest before a later shift).
    const ends = new Set<number>([s.end]);
    for (
      let end = onGrid(f, Math.max(f.earliestEnd, s.start + f.slot, request.now + 1));
      end <= Math.min(s.start + f.maxDuty, f.windowEnd);
      end += f.slot
    )
      ends.add(end);
    let any = false;
    for (const end of [...ends].sort((a, b) => a - b)) {
      const original = end === s.end;
      // Availability binds what is still to come; the part already worked stands.
      const ahead = Math.max(s.start, request.now);
      if (
        original
          ? !mayWork(
              { name: person.name, ...(person.unavailable ? { unavailable: person.unavailable } : {}) },
              ahead,
              end,
            )
          : !mayWork(person, ahead, end)
      )
        continue;
      // A break already planned stays where it is when it still fits; one to come is placed after the notice.
      for (const meal of original ? [s.mealBreak] : breakChoices(f, s.start, end, f.lockUntil, s.mealBreak)) {
        choices.push({
          pf,
          group,
          start: s.start,
          end,
          row: s,
          keep: original,
          cost: original ? 0 : 1,
          ...(meal ? { mealBreak: meal } : {}),
        });
        any = true;
      }
    }
    if (!any)
      throw new CsPlanError('replan.lockedUnavailable', { name: person.name }, { exitCode: ExitCode.infeasible });
  }
}

/** Later days: each shift kept, cancelled or replaced the same day; a day without one may get one. */
function dayChoices(f: Frame, pf: PersonFrame, choices: Choice[], groups: Group[]): void {
  const { request } = f;
  const { person } = pf;
  const pastEnd = pf.past.reduce((max, shift) => Math.max(max, shift.end), -Infinity);
  const lockedDays = new Set(pf.locked.map((shift) => Math.floor(shift.start / DAY)));
  const byDay = new Map<number, PlacedShift[]>();
  for (const movable of pf.movable) {
    const day = Math.floor(movable.start / DAY);
    byDay.set(day, [...(byDay.get(day) ?? []), movable]);
  }
  const days = new Set<number>(byDay.keys());
  for (let day = Math.floor(f.lockUntil / DAY); day <= Math.floor((f.windowEnd - 1) / DAY); day++)
    if (!lockedDays.has(day)) days.add(day);
  for (const day of [...days].sort((a, b) => a - b)) {
    const [old, ...others] = byDay.get(day) ?? [];
    const group = groups.push({ pf, ...(old ? { row: old } : {}), locked: false, onCall: Boolean(person.onCall) }) - 1;
    if (old && mayWork(person, old.start, old.end)) {
      choices.push({
        pf,
        group,
        start: old.start,
        end: old.end,
        row: old,
        keep: true,
        cost: 0,
        ...(old.mealBreak ? { mealBreak: old.mealBreak } : {}),
      });
    }
    const cost = old ? 1 : person.onCall ? request.callInWeight : 1;
    // Only pre-sales demand is replanned: an after-sales shift stays as planned (kept, or
    // cancelled when its person can no longer work it), never moved onto pre-sales.
    const replaceable = !old || !answersAfterSalesOnly(person, old);
    for (const shift of replaceable ? dayShifts(day, request) : []) {
      if (shift.start < f.lockUntil || shift.end > f.windowEnd || shift.start < request.window.start) continue;
      if (shift.start < pastEnd + f.rest || !mayWork(person, shift.start, shift.end)) continue;
      // A shift covering no needed slot only serves a contract minimum (min_hours).
      if ((person.role === 'after' || !coversNeed(f, shift.start, shift.end)) && person.minHours === undefined)
        continue;
      if (old && old.start === shift.start && old.end === shift.end) continue;
      for (const meal of breakChoices(f, shift.start, shift.end, shift.start)) {
        choices.push({
          pf,
          group,
          start: shift.start,
          end: shift.end,
          keep: false,
          cost,
          ...(meal ? { mealBreak: meal } : {}),
        });
      }
    }
    // A second shift starting the same day (a hand-made split): kept or cancelled.
    for (const s of others) {
      const extra = groups.push({ pf, row: s, locked: false, onCall: false }) - 1;
      if (mayWork(person, s.start, s.end))
        choices.push({
          pf,
          group: extra,
          start: s.start,
          end: s.end,
          row: s,
          keep: true,
          cost: 0,
          ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}),
        });
    }
  }
}

/** The shared model builder (it refuses a column never added), with rows as (column, value) entries. */
class ModelRows {
  private readonly builder = modelBuilder();
  readonly colLower = this.builder.colLower;
  readonly colUpper = this.builder.colUpper;
  readonly integrality = this.builder.integrality;
  readonly rows = this.builder.rows;

  col(upper: number, integer: boolean): number {
    return this.builder.addColumn(upper, integer);
  }

  /** lower ≤ Σ entries ≤ upper (the builder drops a row without entries that 0 keeps, and keeps one that makes the model infeasible). */
  row(lower: number, upper: number, entries: readonly (readonly [number, number])[]): void {
    this.builder.between(
      lower,
      upper,
      entries.map(([j]) => j),
      entries.map(([, v]) => v),
    );
  }
}

/** A choice and its column. */
interface Column {
  j: number;
  c: Choice;
}

/** Each person's frame and their choices. */
interface PersonChoices {
  pf: PersonFrame;
  list: Column[];
}

/** The choices of each person (request order), with their columns. */
const choicesByPerson = (choices: readonly Choice[], people: readonly PersonFrame[]): PersonChoices[] => {
  const lists = people.map((pf): PersonChoices => ({ pf, list: [] }));
  choices.forEach((c, j) => lists[c.pf.index]?.list.push({ j, c }));
  return lists;
};

/** Minutes a person worked before `now` between two moments. */
function pastMinutes(pf: PersonFrame, from = -Infinity, to = Infinity): number {
  return pf.past.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)), 0);
}

/** Groups: one choice at most (exactly one for a running duty); a roster shift not kept goes to its cancel column. */
function groupRows(m: ModelRows, groups: readonly Group[], byGroup: readonly number[][]): Map<number, number> {
  const cancelCol = new Map<number, number>();
  groups.forEach((g, gi) => {
    const members = (byGroup[gi] ?? []).map((j) => [j, 1] as const);
    if (g.locked) m.row(1, 1, members);
    else if (g.row !== undefined) {
      const cancel = m.col(1, false);
      cancelCol.set(gi, cancel);
      m.row(1, 1, [...members, [cancel, 1]]);
    } else m.row(0, 1, members);
  });
  return cancelCol;
}

/**
 * Rest between shifts of a person (and no overlap): the intervals [start, end + rest) of the
 * chosen shifts are disjoint. Interval graphs are perfect: one row per start point is exact.
 */
function restRows(m: ModelRows, f: Frame, byPerson: readonly PersonChoices[]): void {
  for (const { list } of byPerson) {
    const seen = new Set<string>();
    for (const point of new Set(list.map(({ c }) => c.start))) {
      const members = list.filter(({ c }) => c.start <= point && point < c.end + f.rest);
      // Choices of a single group already exclude each other.
      if (new Set(members.map(({ c }) => c.group)).size < 2) continue;
      const key = members.map(({ j }) => j).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      m.row(
        -Infinity,
        1,
        members.map(({ j }) => [j, 1] as const),
      );
    }
  }
}

/** Coverage: a shortfall column per needed slot, at least required − on duty. */
function coverageRows(m: ModelRows, f: Frame, choices: readonly Choice[]): Map<number, number> {
  const { window } = f.request;
  const coverage = new Map<number, [number, number][]>();
  choices.forEach((c, j) => {
    if (afterSalesOnly(c)) return;
    const from = Math.max(f.firstSlot, Math.ceil((c.start - window.start) / f.slot));
    const to = Math.min(f.slotCount, Math.floor((c.end - window.start) / f.slot));
    for (let t = from; t < to; t++) {
      const at = window.start + t * f.slot;
      if (!f.needed[t] || (c.mealBreak && c.mealBreak.start < at + f.slot && c.mealBreak.end > at)) continue;
      coverage.set(t, [...(coverage.get(t) ?? []), [j, 1]]);
    }
  });
  const shortfall = new Map<number, number>();
  f.needed.forEach((isNeeded, t) => {
    if (!isNeeded) return;
    const u = m.col(Infinity, false);
    shortfall.set(t, u);
    m.row(window.required[t] ?? 0, Infinity, [...(coverage.get(t) ?? []), [u, 1]]);
  });
  return shortfall;
}

/** Day rules over the whole roster's days (days off in every 7 days, days in a row), past days counted. */
function dayRuleRows(m: ModelRows, f: Frame, byPerson: readonly PersonChoices[]): void {
  const { shifts, window, dayRules } = f.request;
  const rangeFirst = Math.floor(shifts.reduce((min, s) => Math.min(min, s.start), window.start) / DAY);
  const rangeLast = Math.floor((shifts.reduce((max, s) => Math.max(max, s.end), f.windowEnd) - 1) / DAY);
  const limits = dayLimits(dayRules, rangeFirst, rangeLast);
  if (limits.length === 0) return;
  for (const { pf, list } of byPerson) {
    const fixedDays = new Set(pf.past.flatMap((s) => touchedDays(s.start, s.end)));
    // worked[day] ≥ the choices of one group touching that day.
    const perGroupDay = new Map<string, [number, number][]>();
    for (const { j, c } of list) {
      for (const day of touchedDays(c.start, c.end)) {
        if (fixedDays.has(day)) continue;
        const key = `${c.group}|${day}`;
        perGroupDay.set(key, [...(perGroupDay.get(key) ?? []), [j, -1]]);
      }
    }
    const worked = new Map<number, number>();
    for (const [key, entries] of perGroupDay) {
      const day = Number(key.split('|')[1]);
      const w = worked.get(day) ?? m.col(1, false);
      worked.set(day, w);
      m.row(0, Infinity, [[w, 1], ...entries]);
    }
    for (const period of limits) {
      let fixed = 0;
      const entries: [number, number][] = [];
      for (let day = period.from; day <= period.to; day++) {
        if (fixedDays.has(day)) fixed++;
        const w = worked.get(day);
        if (w !== undefined) entries.push([w, 1]);
      }
      if (fixed + entries.length > period.limit) m.row(-Infinity, Math.max(0, period.limit - fixed), entries);
    }
  }
}

/** Hours: per Monday–Sunday week (--max-hours-week), and the staff file's max_hours and min_hours over the roster, past hours counted. */
function hoursRows(m: ModelRows, f: Frame, byPerson: readonly PersonChoices[]): void {
  const weekly = f.request.dayRules.maxHoursPerWeek;
  for (const { pf, list } of byPerson) {
    if (weekly !== undefined) {
      const weeks = new Set(list.flatMap(({ c }) => touchedDays(c.start, c.end).map(mondayOf)));
      for (const monday of weeks) {
        const from = monday * DAY;
        const to = from + 7 * DAY;
        const entries = list.flatMap(({ j, c }): [number, number][] => {
          const minutes = Math.min(c.end, to) - Math.max(c.start, from);
          return minutes > 0 ? [[j, minutes]] : [];
        });
        m.row(-Infinity, Math.max(0, weekly * 60 - pastMinutes(pf, from, to)), entries);
      }
    }
    const duration = list.map(({ j, c }): [number, number] => [j, c.end - c.start]);
    const worked = pastMinutes(pf);
    const { maxHours: most, minHours: least, name } = pf.person;
    if (most !== undefined) m.row(-Infinity, Math.max(0, most * 60 - worked), duration);
    if (least !== undefined && least * 60 > worked) {
      if (duration.length === 0)
        throw new CsPlanError('replan.minHoursUnreachable', { name, hours: least }, { exitCode: ExitCode.infeasible });
      m.row(least * 60 - worked, Infinity, duration);
    }
  }
}

/** Forbidden sequences: pattern P on one day, Q the next (a past P rules out Q outright). */
function forbiddenRows(m: ModelRows, f: Frame, byPerson: readonly PersonChoices[]): void {
  const { patterns, forbidden } = f.request;
  if (!patterns || !forbidden?.length) return;
  const dayPattern = (s: Span) => {
    const name = patternOf(s, patterns);
    return name ? `${Math.floor(s.start / DAY)}|${name}` : undefined;
  };
  for (const { pf, list } of byPerson) {
    const onDay = new Map<string, [number, number][]>();
    for (const { j, c } of list) {
      const key = dayPattern(c);
      if (key) onDay.set(key, [...(onDay.get(key) ?? []), [j, 1]]);
    }
    const fixed = new Set(pf.past.map(dayPattern));
    const days = new Set([...onDay.keys()].map((key) => Number(key.split('|')[0])));
    for (const day of days) {
      for (const [first, second] of forbidden) {
        const later = onDay.get(`${day}|${second}`) ?? [];
        if (later.length > 0)
          m.row(-Infinity, fixed.has(`${day - 1}|${first}`) ? 0 : 1, [
            ...(onDay.get(`${day - 1}|${first}`) ?? []),
            ...later,
          ]);
      }
    }
  }
}

/** The list of changes: each group whose choice is not its roster shift as it was. */
function changesOf(groups: readonly Group[], chosen: readonly Choice[]): ShiftChange[] {
  const list: ShiftChange[] = [];
  const chosenByGroup = new Map(chosen.map((c) => [c.group, c]));
  groups.forEach((g, gi) => {
    const c = chosenByGroup.get(gi);
    const { name } = g.pf.person;
    const old = g.row;
    if (c?.keep) return;
    if (old && !c) list.push({ person: name, change: 'cancel', old: { start: old.start, end: old.end } });
    else if (old && c)
      list.push({
        person: name,
        change: classifyChange(old, c),
        old: { start: old.start, end: old.end },
        new: { start: c.start, end: c.end },
      });
    else if (c) list.push({ person: name, change: g.onCall ? 'call_in' : 'add', new: { start: c.start, end: c.end } });
  });
  // In time order; at one time, what is taken away before what is put in its place.
  const order = (c: ShiftChange) => (c.change === 'cancel' ? 0 : 1);
  return list.sort(
    (a, b) =>
      (a.new?.start ?? a.old?.start ?? 0) - (b.new?.start ?? b.old?.start ?? 0) ||
      order(a) - order(b) ||
      a.person.localeCompare(b.person),
  );
}

/** The replan model: the choices and their groups, the model's columns and rows, and its objectives. */
function replanModel(f: Frame, request: ReplanRequest) {
  const { now } = request;
  const choices: Choice[] = [];
  const groups: Group[] = [];
  for (const pf of f.people) {
    lockedChoices(f, pf, choices, groups);
    dayChoices(f, pf, choices, groups);
  }
  // Columns: the choices, then the cancel, shortfall and worked-day columns the rows add.
  const m = new ModelRows();
  for (let j = 0; j < choices.length; j++) m.col(1, true);
  const byGroup: number[][] = groups.map(() => []);
  choices.forEach((c, j) => byGroup[c.group]?.push(j));
  const byPerson = choicesByPerson(choices, f.people);
  const cancelCol = groupRows(m, groups, byGroup);
  restRows(m, f, byPerson);
  const shortfall = coverageRows(m, f, choices);
  dayRuleRows(m, f, byPerson);
  hoursRows(m, f, byPerson);
  forbiddenRows(m, f, byPerson);
  const numCols = m.colLower.length;
  const unmet = new Array<number>(numCols).fill(0);
  for (const u of shortfall.values()) unmet[u] = 1;
  const changes = new Array<number>(numCols).fill(0);
  choices.forEach((c, j) => (changes[j] = c.cost));
  for (const col of cancelCol.values()) changes[col] = 1;
  const hours = new Array<number>(numCols).fill(0);
  choices.forEach((c, j) => (hours[j] = minutesFrom(now, c.start, c.end) / f.slot));
  const model: LinearModel = {
    numCols,
    colLower: m.colLower,
    colUpper: m.colUpper,
    integrality: m.integrality,
    rows: m.rows,
    objectives: [unmet, changes, hours],
    objectiveNames: ['unmet_demand', 'changes', 'agent_hours'],
    wholeObjectives: [true, Number.isInteger(request.callInWeight), hours.every(Number.isInteger)],
    objectiveFloors: [0, 0, undefined],
    strategy: PLAIN,
  };
  return { model, choices, groups, byGroup, cancelCol, shortfall };
}

/** The chosen choices as shifts of the roster, with their meal breaks, role and published line. */
function placedShifts(list: readonly Choice[]): PlacedShift[] {
  return list.map((c) => ({
    person: c.pf.person.name,
    start: c.start,
    end: c.end,
    ...(c.mealBreak ? { mealBreak: c.mealBreak } : {}),
    ...(afterSalesOnly(c) ? { afterSalesOnly: true } : {}),
    line: c.row?.line ?? 0,
  }));
}

/** The start the solver gets: the roster as published, where it keeps the rules; HiGHS completes the worked-day columns. */
function publishedStart(
  request: ReplanRequest,
  built: ReturnType<typeof replanModel>,
  pastShifts: readonly PlacedShift[],
) {
  const { model, choices, groups, byGroup, cancelCol, shortfall } = built;
  const { window } = request;
  const start = new Array<number>(model.numCols).fill(0);
  groups.forEach((g, gi) => {
    const members = byGroup[gi] ?? [];
    const keep = members.find((j) => choices[j]?.keep) ?? (g.locked ? members[0] : undefined);
    const cancel = cancelCol.get(gi);
    if (keep !== undefined) start[keep] = 1;
    else if (cancel !== undefined) start[cancel] = 1;
  });
  const chosen = choices.filter((_c, j) => (start[j] ?? 0) > 0.5);
  const startOnDuty = onDutyPerSlot([...pastShifts, ...placedShifts(chosen)], window);
  for (const [t, u] of shortfall) start[u] = Math.max(0, (window.required[t] ?? 0) - (startOnDuty[t] ?? 0));
  const known = [...choices.keys(), ...cancelCol.values(), ...shortfall.values()];
  return { indices: known, values: known.map((j) => start[j] ?? 0) };
}

/**
 * The replan's model and the start the solver is given (the published roster, as it would now
 * play out): the model's columns are the choices, then the cancel, shortfall and worked-day
 * columns; the start sets all but the worked-day ones.
 */
export function replanProblem(request: ReplanRequest) {
  const frame = frameOf(request);
  const built = replanModel(frame, request);
  const pastShifts = frame.people.flatMap((pf) => pf.past);
  return { frame, built, pastShifts, start: publishedStart(request, built, pastShifts) };
}

/**
 * Plans the change to a roster from `now` on (see the module comment).
 *
 * @throws CsPlanError (exit 3) when the rules cannot hold (e.g. a running duty that must end
 *   on a day its person is now unavailable, before the notice allows)
 */
export async function replan(request: ReplanRequest): Promise<ReplanResult> {
  const { now, window, people, shifts } = request;
  const { frame: f, built, pastShifts, start } = replanProblem(request);
  const { model, choices, groups } = built;
  const options = { timeLimitSeconds: request.timeLimitSeconds, start };
  let solve: SolveReport;
  try {
    solve = request.signal
      ? await solveInWorker(model, options, request.signal)
      : await solveLexicographic(model, options);
  } catch (error) {
    // The published roster's own choices are in the model: only the new limits can clash.
    if (error instanceof CsPlanError && error.key === 'roster.infeasible')
      throw new CsPlanError('replan.infeasible', {}, { exitCode: ExitCode.infeasible });
    throw error;
  }
  const chosen = choices.filter((_c, j) => (solve.values[j] ?? 0) > 0.5);
  const merged = [...pastShifts, ...placedShifts(chosen)].sort(
    (a, b) => a.person.localeCompare(b.person) || a.start - b.start,
  );
  // The published roster as it would now play out: shifts on days their person is newly unavailable drop out.
  const byName = new Map(people.map((person) => [person.name, person]));
  const canHappen = (s: PlacedShift) =>
    s.end <= now ||
    mayWork(
      {
        name: s.person,
        ...(byName.get(s.person)?.unavailable ? { unavailable: byName.get(s.person)?.unavailable ?? [] } : {}),
      },
      Math.max(s.start, now),
      s.end,
    );
  const before = shifts.filter(canHappen);
  const onDutyBefore = onDutyPerSlot(before, window);
  const onDutyAfter = onDutyPerSlot(merged, window);
  const futureMinutes = (list: readonly PlacedShift[]) =>
    list.reduce((sum, s) => sum + minutesFrom(now, s.start, s.end), 0);
  return {
    shifts: merged,
    changes: changesOf(groups, chosen),
    firstSlot: f.firstSlot,
    onDutyBefore,
    onDutyAfter,
    unmetBefore: unmetFrom(window.required, onDutyBefore, f.firstSlot),
    unmetAfter: unmetFrom(window.required, onDutyAfter, f.firstSlot),
    hoursBefore: futureMinutes(before) / 60,
    hoursAfter: futureMinutes(merged) / 60,
    solve,
    modelSize: { columns: model.numCols, rows: model.rows.length },
  };
}
