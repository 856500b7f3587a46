/**
 * The shift-staffing MIP. Decision: how many people work each candidate shift (per staff
 * group). People are not modelled one by one: within a group of identical people, a set of
 * shifts can be given to n people respecting rest iff at every slot at most n shifts are
 * "on duty or resting" (interval partitioning), so the model's size grows with slots ×
 * shifts, not with headcount. Named people are assigned afterwards (rostering/assign).
 *
 * Objectives, solved lexicographically:
 *   unlimited people: 1) fewest agent-slots with every slot covered  2) fewest people
 *                     (or, with `priority: 'people'`, fewest people first, then agent-slots)
 *   limited people:   1) least unmet demand (agent-slots short)      2) fewest agent-slots
 *   priority cost:    1) least unmet demand  2) least ¥  3) fewest people used (per group, at
 *                     least its presence at every start)  4) fewest agent-slots
 *
 * After-sales (optional): people work pre-sales, after-sales or both (a staff group's role).
 * Whoever can do both answers pre-sales first and spends what is left of the slot on
 * after-sales work, which may wait up to `deferSlots`; with limited people, unmet pre-sales
 * weighs more than all after-sales work left past its limit (preSalesWeight).
 */
import type { ShiftCandidate } from './candidates.js';
import { ceilTolerant } from '../numeric.js';
import {
  columnAt,
  modelBuilder,
  type LinearModel,
  type ModelBuilder,
  type ObjectiveName,
  type SolveStrategy,
} from './linear-model.js';

/** People who share availability and an hours limit; the model treats them alike. */
export interface StaffGroup {
  /** Number of people in the group. */
  size: number;
  /** First slot the group may work (inclusive). */
  fromSlot: number;
  /** Slot at which the group must have stopped (exclusive). */
  toSlot: number;
  /** Most slots one person of the group may work in the window. */
  maxSlotsPerPerson?: number;
  /** Slot ranges [from, to) the group cannot work in (whole days off asked for). */
  blocked?: readonly (readonly [number, number])[];
  /** Pre-sales or after-sales only; undefined: both (pre-sales first). */
  role?: WorkRole;
  /** With `priority: 'cost'`: what one person of the group costs per slot worked (wage), in ¥. */
  costPerSlot?: number;
  /** With `priority: 'cost'`: what one shift costs on top (day pay for a day worked), in ¥. */
  costPerShift?: number;
  /** Shortest shift a person of the group works, in slots (temps come for at least so long). */
  minShiftSlots?: number;
  /**
   * With `priority: 'cost'`: what one slot past a person's weekly overtime threshold costs on
   * top of `costPerSlot` (overtime pay less the wage), in ¥. The group model does not price it:
   * rostering/person-shifts gives such a group's shifts to its people inside the model.
   */
  overtimeExtraPerSlot?: number;
}

/** Outsourcing: agent-slots of pre-sales demand handed to an outside team at a price. */
export interface Outsourcing {
  /** What one agent-slot of demand costs outsourced, per slot (¥: the slot's inquiries per agent × price). */
  costPerAgentSlot: readonly number[];
  /** Most agent-slots outsourced over the window (the share of inquiries allowed). */
  maxAgentSlots: number;
}

/** What one person answers: pre-sales (售前), after-sales (售后), or both. */
export type WorkRole = 'pre' | 'after' | 'both';

/** After-sales work beside pre-sales, on the same slots. */
export interface AfterSalesWork {
  /** Work arriving in each slot, in agent-slots (fractional). */
  work: readonly number[];
  /** Work arriving in slot u may be done in slots u … u + deferSlots. */
  deferSlots: number;
}

/**
 * What an agent-slot of unmet pre-sales demand weighs against agent-slots of after-sales work
 * left past its limit: more than all the after-sales work there is, so no amount of overdue
 * work is ever traded for a pre-sales agent-slot (pre-sales strictly first).
 *
 * @example preSalesWeight([0.5, 1.25]) // 3
 */
export function preSalesWeight(work: readonly number[]): number {
  return Math.floor(work.reduce((sum, w) => sum + w, 0)) + 2;
}

/**
 * Whether a shift overlaps any blocked slot range.
 *
 * @example overlapsBlocked({ start: 10, length: 4 }, [[12, 20]]) // true
 */
export function overlapsBlocked(
  shift: { start: number; length: number },
  blocked: readonly (readonly [number, number])[] = [],
): boolean {
  return blocked.some(([from, to]) => shift.start < to && shift.start + shift.length > from);
}

export interface ScheduleProblem {
  /** Agents required in each slot. */
  required: readonly number[];
  candidates: readonly ShiftCandidate[];
  /** Least rest between two shifts of one person, in slots. */
  restSlots: number;
  /** Staff groups; undefined means as many people as needed. */
  groups?: readonly StaffGroup[];
  /**
   * What to minimise first: agent-hours (default) or people (unlimited people), or — with
   * staff groups — the cost in ¥ (after unmet demand; then fewest people, then agent-hours).
   */
  priority?: 'agent_hours' | 'people' | 'cost';
  /** With `priority: 'cost'`: pre-sales demand an outside team may take, at a price. */
  outsourcing?: Outsourcing;
  /**
   * With `priority: 'cost'`: what leaving one agent-slot of pre-sales demand short costs, per
   * slot (¥). Unmet pre-sales demand is then weighed in the cost, not minimised first.
   */
  unmetCostPerAgentSlot?: readonly number[];
  /** With `priority: 'cost'`: a bot that may take up to `maxPerSlot` agent-slots of pre-sales demand per slot, at a price. */
  bot?: { costPerAgentSlot: readonly number[]; maxPerSlot: readonly number[] };
  /** After-sales work; `required` is then pre-sales only. */
  afterSales?: AfterSalesWork;
}

/**
 * Shifts that can be split into two allowed shifts, one after the other: the pair covers the
 * same slots with the same agent-slots, so a covering roster never needs the longer one for
 * its fewest agent-slots (with free shifts of 4–12 h: every shift of 8 h or more). A person
 * count can still need it (the two halves are two people, rest lies between shifts), so only
 * the first objective may drop them.
 *
 * @example splittableShifts([{ start: 0, length: 2 }, { start: 2, length: 2 }, { start: 0, length: 4 }]) // [false, false, true]
 */
export function splittableShifts(candidates: readonly ShiftCandidate[]): boolean[] {
  // One number per (start, length): lengths stay below 4096 slots (12 h is 720 one-minute slots).
  const key = (start: number, length: number) => start * 4096 + length;
  const allowed = new Set(candidates.map((c) => key(c.start, c.length)));
  return candidates.map((c) => {
    for (let first = 1; first < c.length; first++) {
      if (allowed.has(key(c.start, first)) && allowed.has(key(c.start + first, c.length - first))) return true;
    }
    return false;
  });
}

/**
 * The first objective of the unlimited, pre-sales-only model on its own: fewest agent-slots with
 * every reachable slot covered, over the shifts that cannot be split (splittableShifts), with
 * only the on-duty counters. People are unlimited, so the rest and headcount rows cannot bind
 * and its optimum is the full model's; its LP is a network LP, solved in a fraction of the time
 * (28 days of 15-minute slots: 1.0 s against 4.6 s for the full model's LP).
 *
 * @returns the model and, for each of its columns, the full model's shift column it stands for
 */
export function coverStage(
  required: readonly number[],
  candidates: readonly ShiftCandidate[],
  shifts: ScheduleColumns['shifts'],
): { model: LinearModel; columns: number[] } {
  const splittable = splittableShifts(candidates);
  const reachable = reachableSlots({ required, candidates });
  const columns = shifts.flatMap((shift, column) => (splittable[shift.candidate] ? [] : [column]));
  const b = modelBuilder();
  const shiftCols = columns.map(() => b.addColumn(Infinity, true));
  // onDuty[t]: agents on duty in slot t, at least the need where some shift reaches it.
  const onDuty = required.map((need, t) => b.addColumn(Infinity, false, reachable[t] ? need : 0));
  // Flow balance per slot: onDuty[t] − onDuty[t − 1] = shifts starting at t − shifts ending at t.
  const entries = onDuty.map((column, t): [number, number][] => [
    [column, 1],
    ...(t > 0 ? [[columnAt(onDuty, t - 1), -1] as [number, number]] : []),
  ]);
  const cost = new Array<number>(b.colLower.length).fill(0);
  columns.forEach((column, j) => {
    const c = candidates[shifts[column]?.candidate ?? -1];
    if (!c) return;
    const shift = columnAt(shiftCols, j);
    cost[shift] = c.length;
    entries[c.start]?.push([shift, -1]);
    entries[c.start + c.length]?.push([shift, 1]);
  });
  for (const row of entries)
    b.equal(
      0,
      row.map(([column]) => column),
      row.map(([, value]) => value),
    );
  return {
    model: {
      ...b.columnsAndRows(),
      objectives: [cost],
      objectiveNames: ['agent_hours'],
      strategy: { first: { kind: 'alone' }, relaxFirst: true },
    },
    columns,
  };
}

/** What each column of the model means. */
export interface ScheduleColumns {
  /** Shift columns: candidate index and group index (−1 when people are unlimited). */
  shifts: { candidate: number; group: number }[];
  /** Column of each slot's shortfall (limited people only). */
  shortfall?: number[];
  /** Column of the people count (unlimited people only). */
  people?: number;
  /** Per group, the column of its people used (priority cost: ties go to fewer people); a group without shifts has none. */
  used?: (number | undefined)[];
  /** Columns of after-sales work left past its limit per slot (limited people, with after-sales). */
  overdue?: number[];
  /** Columns of the agent-slots outsourced per slot (priority cost with outsourcing). */
  outsourced?: number[];
  /** Columns of the agent-slots the bot takes per slot (priority cost with a bot offer). */
  botTaken?: number[];
}

/**
 * After-sales work that no allowed shift can reach in time: nothing covers any slot from its
 * arrival to its deadline (work whose deadline falls after the window may simply wait).
 *
 * @param reachable slots that some shift able to do after-sales covers
 * @example unreachableWork([1, 1, 1], [false, false, true], 1) // [1, 0, 0]
 */
export function unreachableWork(work: readonly number[], reachable: readonly boolean[], deferSlots: number): number[] {
  const last = work.length - 1;
  let nextReachable = Infinity;
  const result = new Array<number>(work.length).fill(0);
  for (let u = last; u >= 0; u--) {
    if (reachable[u]) nextReachable = u;
    if (u + deferSlots <= last && nextReachable > u + deferSlots) result[u] = work[u] ?? 0;
  }
  return result;
}

/**
 * Which slots at least one candidate shift covers.
 *
 * @example reachableSlots({ required: [1, 1, 1], candidates: [{ start: 0, length: 2 }], restSlots: 1 }) // [true, true, false]
 */
export function reachableSlots(problem: Pick<ScheduleProblem, 'required' | 'candidates'>): boolean[] {
  // How many shifts start minus end at each slot, summed along: linear in shifts, not in their slots.
  const change = new Int32Array(problem.required.length + 1);
  for (const { start, length } of problem.candidates) {
    const from = Math.max(0, start);
    const to = Math.min(problem.required.length, start + length);
    change[from] = (change[from] ?? 0) + 1;
    change[to] = (change[to] ?? 0) - 1;
  }
  let covering = 0;
  return problem.required.map((_, t) => {
    covering += change[t] ?? 0;
    return covering > 0;
  });
}

/**
 * Most slots one person can work in a window: k shifts of at most `longest` slots need
 * k − 1 rests, so work ≤ min(k × longest, window − (k − 1) × rest), which is largest where
 * the two meet.
 *
 * @example mostSlotsPerPerson(100, 10, 10) // 55 (five 10-slot shifts fit: 50; the bound is safe)
 */
export function mostSlotsPerPerson(windowSlots: number, longest: number, restSlots: number): number {
  if (windowSlots <= 0 || longest <= 0) return 0;
  return Math.min(windowSlots, Math.ceil((longest * (windowSlots + restSlots)) / (longest + restSlots)));
}

/**
 * A quick feasible cover: sweeping the slots in order, each slot still short gets shifts of
 * the candidate that covers it and reaches furthest. Returns how many people that cover
 * needs (the most shifts "on duty or resting" at once), an upper bound on the fewest people.
 *
 * @example greedyCoverPeople([1, 1, 1, 1], [{ start: 0, length: 2 }, { start: 2, length: 2 }], 1) // 2
 */
export function greedyCoverPeople(
  required: readonly number[],
  candidates: readonly ShiftCandidate[],
  restSlots: number,
): number {
  const slotCount = required.length;
  const on = new Array<number>(slotCount).fill(0);
  const present = new Array<number>(slotCount + 1).fill(0); // difference array
  for (let t = 0; t < slotCount; t++) {
    const deficit = (required[t] ?? 0) - (on[t] ?? 0);
    if (deficit <= 0) continue;
    let best: ShiftCandidate | undefined;
    for (const c of candidates) {
      if (c.start <= t && c.start + c.length > t && (!best || c.start + c.length > best.start + best.length)) best = c;
    }
    if (!best) continue;
    for (let u = best.start; u < best.start + best.length; u++) on[u] = (on[u] ?? 0) + deficit;
    present[best.start] = (present[best.start] ?? 0) + deficit;
    const leaves = Math.min(slotCount, best.start + best.length + restSlots);
    present[leaves] = (present[leaves] ?? 0) - deficit;
  }
  let most = 0;
  let running = 0;
  for (let t = 0; t < slotCount; t++) {
    running += present[t] ?? 0;
    most = Math.max(most, running);
  }
  return most;
}

/**
 * The sum of the last `length` values at each position (the window ends at that position).
 *
 * @example trailingSums([1, 2, 3, 4], 2) // [1, 3, 5, 7]
 */
export function trailingSums(values: readonly number[], length: number): number[] {
  let sum = 0;
  return values.map((value, t) => {
    sum += value - (t - length >= 0 ? (values[t - length] ?? 0) : 0);
    return Math.max(0, sum);
  });
}

/** Longest run of arrival slots an interval cut covers (longer runs added nothing on the Double 11 example). */
const CUT_RUN_SLOTS = 24;

/**
 * Valid inequalities that make the after-sales model solvable (unlimited people). Work
 * arriving in slots a … b must be done in a … b + D, by agents not needed for pre-sales there,
 * and agent-slots are whole: so the shifts must put at least R = (pre-sales need in the
 * window) + ⌈work of a … b⌉ agent-slots into the window. A shift's coefficient is its overlap
 * with the window, capped at R (one shift with that much overlap meets the row alone). The
 * queue rows already imply the uncapped rows; the caps are what tighten the LP (Double 11
 * example: root bound 602 → 630 of an optimum of 633 agent-hours, proven in about 20 s where
 * no bound was proven in 60 s). Only rows whose caps bite are added.
 */
function addLiftedIntervalCuts(
  builder: ModelBuilder,
  shifts: ScheduleColumns['shifts'],
  candidates: readonly ShiftCandidate[],
  arriving: readonly number[],
  preNeed: readonly number[],
  deferSlots: number,
): void {
  const last = arriving.length - 1;
  const longest = Math.max(0, ...candidates.map((c) => c.length));
  for (let a = 0; a <= last; a++) {
    if ((arriving[a] ?? 0) <= 1e-12) continue;
    let total = 0;
    let withoutFirst = 0;
    let bound = 0;
    for (let b = a; b <= Math.min(last, a + CUT_RUN_SLOTS - 1); b++) {
      total += arriving[b] ?? 0;
      if (b > a) withoutFirst += arriving[b] ?? 0;
      const need = ceilTolerant(total);
      // Skip runs that a shorter one (starting later or ending sooner) already implies.
      if (need <= bound || need <= ceilTolerant(withoutFirst)) continue;
      const end = b + deferSlots;
      if (end > last) break; // work due after the window may still wait
      bound = need;
      let rhs = need;
      for (let t = a; t <= end; t++) rhs += preNeed[t] ?? 0;
      if (rhs >= Math.min(longest, end - a + 1)) continue;
      const indices: number[] = [];
      const values: number[] = [];
      shifts.forEach((shift, column) => {
        const c = candidates[shift.candidate];
        if (!c) return;
        const overlap = Math.min(c.start + c.length, end + 1) - Math.max(c.start, a);
        if (overlap <= 0) return;
        indices.push(column);
        values.push(Math.min(overlap, rhs));
      });
      builder.atLeast(rhs, indices, values);
    }
  }
}

/** A schedule model under construction: the problem, its builder and its shift columns. */
interface ScheduleBuild {
  problem: ScheduleProblem;
  b: ModelBuilder;
  /** The staff groups, or one `undefined` for unlimited people. */
  groups: readonly (StaffGroup | undefined)[];
  unlimited: boolean;
  shifts: ScheduleColumns['shifts'];
}

/**
 * One integer column per staff group and candidate the group may work: how many of the group
 * work it.
 *
 * More copies of a shift than any of its slots can use are never needed: a copy beyond the
 * slot's pre-sales need plus the after-sales work that could be done there can be dropped.
 * The bound helps the after-sales model (finite ranges for HiGHS's cuts) but made the
 * pre-sales-only one far slower (14-day bench, --minimise people: 5.8 s → 103 s), so it is
 * used with after-sales only.
 */
function shiftColumns(
  b: ModelBuilder,
  problem: ScheduleProblem,
  groups: readonly (StaffGroup | undefined)[],
): ScheduleColumns['shifts'] {
  const unlimited = problem.groups === undefined;
  // Work that can be done in slot t arrived in t − deferSlots … t.
  const doable = problem.afterSales ? trailingSums(problem.afterSales.work, problem.afterSales.deferSlots + 1) : [];
  const usable = problem.required.map((need, t) => need + ceilTolerant(doable[t] ?? 0));
  const copiesUsable = (candidate: ShiftCandidate) => {
    let most = 0;
    for (let t = candidate.start; t < candidate.start + candidate.length; t++) most = Math.max(most, usable[t] ?? 0);
    return most;
  };
  const shifts: ScheduleColumns['shifts'] = [];
  groups.forEach((group, g) => {
    problem.candidates.forEach((candidate, k) => {
      if (group && (candidate.start < group.fromSlot || candidate.start + candidate.length > group.toSlot)) return;
      if (group?.maxSlotsPerPerson !== undefined && candidate.length > group.maxSlotsPerPerson) return;
      if (group?.minShiftSlots !== undefined && candidate.length < group.minShiftSlots) return;
      if (overlapsBlocked(candidate, group?.blocked)) return;
      b.addColumn(
        Math.min(group ? group.size : Infinity, problem.afterSales ? copiesUsable(candidate) : Infinity),
        true,
      );
      shifts.push({ candidate: k, group: unlimited ? -1 : g });
    });
  });
  return shifts;
}

/** Balance rows counter[t] − counter[t−1] − (entering at t) + (leaving at t) = 0. */
function addBalance(
  b: ModelBuilder,
  counter: readonly number[],
  entering: (t: number) => number[],
  leaving: (t: number) => number[],
): void {
  counter.forEach((column, t) => {
    const previous = counter[t - 1];
    const coming = entering(t);
    const going = leaving(t);
    const indices = [column, ...(previous !== undefined ? [previous] : []), ...coming, ...going];
    const values = [1, ...(previous !== undefined ? [-1] : []), ...coming.map(() => -1), ...going.map(() => 1)];
    b.equal(0, indices, values);
  });
}

/** The shift columns among `columnsOf` by the slot they start in, end in, and end their rest in. */
function byStart(s: ScheduleBuild, columnsOf: readonly number[]) {
  const slotCount = s.problem.required.length;
  const starts = Array.from({ length: slotCount }, () => [] as number[]);
  const ends = Array.from({ length: slotCount }, () => [] as number[]);
  const restEnds = Array.from({ length: slotCount }, () => [] as number[]);
  for (const column of columnsOf) {
    const candidate = s.problem.candidates[s.shifts[column]?.candidate ?? -1];
    if (!candidate) throw new RangeError(`no candidate for shift column ${column}`);
    const { start, length } = candidate;
    starts[start]?.push(column);
    ends[start + length]?.push(column);
    restEnds[start + length + s.problem.restSlots]?.push(column);
  }
  return { starts, ends, restEnds };
}

/** A counter of people on duty per slot on the given shift columns (undefined when none). */
function onDuty(s: ScheduleBuild, columnsOf: number[], lower: (t: number) => number = () => 0): number[] | undefined {
  if (columnsOf.length === 0) return undefined;
  const counter = s.problem.required.map((_, t) => s.b.addColumn(Infinity, false, lower(t)));
  const { starts, ends } = byStart(s, columnsOf);
  addBalance(
    s.b,
    counter,
    (t) => starts[t] ?? [],
    (t) => ends[t] ?? [],
  );
  return counter;
}

/** Per-slot columns besides the shifts: demand left short, outsourced, taken by the bot; the people count. */
interface SlotColumns {
  shortfall?: number[];
  outsourced?: number[];
  botTaken?: number[];
  people?: number;
}

/**
 * The per-slot columns: shortfall with limited people; with cost first, outsourced agent-slots
 * (continuous: an outside team takes inquiries, not shifts; at most its share in all) and the
 * bot's (up to its share of each slot); the people count with unlimited people.
 */
function slotColumns(s: ScheduleBuild): SlotColumns {
  const { problem, b, unlimited } = s;
  const shortfall = unlimited ? undefined : problem.required.map((need) => b.addColumn(need, false));
  const outsourcing = problem.priority === 'cost' && !unlimited ? problem.outsourcing : undefined;
  const outsourced = outsourcing ? problem.required.map((need) => b.addColumn(need, false)) : undefined;
  if (outsourcing && outsourced) b.atMost(outsourcing.maxAgentSlots, outsourced);
  const bot = problem.priority === 'cost' && !unlimited ? problem.bot : undefined;
  const botTaken = bot
    ? problem.required.map((need, t) => b.addColumn(Math.min(need, bot.maxPerSlot[t] ?? 0), false))
    : undefined;
  const people = unlimited ? b.addColumn(Infinity, true) : undefined;
  return {
    ...(shortfall ? { shortfall } : {}),
    ...(outsourced ? { outsourced } : {}),
    ...(botTaken ? { botTaken } : {}),
    ...(people !== undefined ? { people } : {}),
  };
}

/**
 * Pre-sales coverage when every agent does everything: with unlimited people simply
 * on[t] ≥ required[t], except in slots no allowed shift reaches (they stay short, and are
 * reported); otherwise on[t] + short + outsourced + bot ≥ required[t].
 */
function preSalesCoverage(s: ScheduleBuild, slots: SlotColumns): void {
  const { problem, unlimited } = s;
  const reachable = reachableSlots(problem);
  const on = onDuty(
    s,
    s.shifts.map((_, column) => column),
    (t) => (unlimited && reachable[t] ? (problem.required[t] ?? 0) : 0),
  );
  const { shortfall, outsourced, botTaken } = slots;
  if (!on || !shortfall) return;
  problem.required.forEach((need, t) => {
    if (need <= 0) return;
    const extra = [outsourced?.[t], botTaken?.[t]].filter((c): c is number => c !== undefined);
    s.b.atLeast(need, [columnAt(on, t), columnAt(shortfall, t), ...extra]);
  });
}

/** A shift column's role (pre-sales, after-sales or both), from its group. */
function roleOf(s: ScheduleBuild, shift: { group: number }): WorkRole {
  return s.groups[shift.group]?.role ?? 'both';
}

/**
 * Coverage when agents have roles or after-sales work waits: pre-sales covered by pre-sales
 * agents and both-role agents on pre-sales; the rest of the both-role agents and the after-sales
 * agents work the after-sales queue (see afterSalesQueue). Returns the overdue columns, if any.
 */
function roleCoverage(s: ScheduleBuild, slots: SlotColumns): number[] | undefined {
  const { problem, b, unlimited } = s;
  const withRole = (role: WorkRole) => s.shifts.flatMap((shift, column) => (roleOf(s, shift) === role ? [column] : []));
  const covers = (columnsOf: number[]) =>
    reachableSlots({
      required: problem.required,
      candidates: columnsOf.flatMap((column) => problem.candidates[s.shifts[column]?.candidate ?? -1] ?? []),
    });
  const onPre = onDuty(s, withRole('pre'));
  const onBoth = onDuty(s, withRole('both'));
  const onAfter = onDuty(s, withRole('after'));
  // Both-role agents on pre-sales in each slot; the rest of them do after-sales.
  const bothOnPre = onBoth?.map((both) => {
    const column = b.addColumn(Infinity, false);
    b.atMost(0, [column, both], [1, -1]);
    return column;
  });
  const preReach = covers([...withRole('pre'), ...withRole('both')]);
  problem.required.forEach((need, t) => {
    if (need <= 0 || (unlimited && !preReach[t])) return;
    const indices = [
      onPre?.[t],
      bothOnPre?.[t],
      slots.shortfall?.[t],
      slots.outsourced?.[t],
      slots.botTaken?.[t],
    ].filter((c): c is number => c !== undefined);
    if (indices.length > 0) b.atLeast(need, indices);
  });
  const after = problem.afterSales;
  if (!after || (!onBoth && !onAfter)) return undefined;
  const lateUnreachable = unlimited
    ? unreachableWork(after.work, covers([...withRole('both'), ...withRole('after')]), after.deferSlots)
    : [];
  const arriving = after.work.map((w, t) => Math.max(0, w - (lateUnreachable[t] ?? 0)));
  const overdue = afterSalesQueue(s, arriving, after.deferSlots, { onBoth, onAfter, bothOnPre });
  if (unlimited)
    addLiftedIntervalCuts(
      b,
      s.shifts,
      problem.candidates,
      arriving,
      problem.required.map((need, t) => (preReach[t] ? need : 0)),
      after.deferSlots,
    );
  return overdue;
}

/**
 * Queue of after-sales work, served oldest first: waiting[t] = waiting[t−1] + arriving − done −
 * (left past its limit). Whatever waits at the end of slot t arrived in the last deferSlots
 * slots, so the deadline is a bound on the column. done ≤ after-role agents + both-role agents
 * not on pre-sales. With limited people, work left past its limit is an overdue column.
 */
function afterSalesQueue(
  s: ScheduleBuild,
  arriving: readonly number[],
  deferSlots: number,
  agents: { onBoth: number[] | undefined; onAfter: number[] | undefined; bothOnPre: number[] | undefined },
): number[] | undefined {
  const { b } = s;
  const overdue = s.unlimited ? undefined : arriving.map(() => b.addColumn(Infinity, false));
  const recent = trailingSums(arriving, deferSlots);
  let previous: number | undefined;
  arriving.forEach((w, t) => {
    const done = b.addColumn(Infinity, false);
    const capacity = (
      [
        [agents.onAfter?.[t], -1],
        [agents.onBoth?.[t], -1],
        [agents.bothOnPre?.[t], 1],
      ] as const
    ).filter((term): term is readonly [number, -1 | 1] => term[0] !== undefined);
    b.atMost(0, [done, ...capacity.map(([column]) => column)], [1, ...capacity.map(([, value]) => value)]);
    const waiting = b.addColumn((recent[t] ?? 0) + 1e-9, false);
    const late = overdue?.[t];
    const indices = [
      waiting,
      done,
      ...(previous !== undefined ? [previous] : []),
      ...(late !== undefined ? [late] : []),
    ];
    const values = [1, 1, ...(previous !== undefined ? [-1] : []), ...(late !== undefined ? [1] : [])];
    b.equal(w, indices, values);
    previous = waiting;
  });
  return overdue;
}

/**
 * Presence per group: at most the group's size (or the people count) on duty or resting. With
 * cost first, ties go to fewer people: each group's people used, at least its presence at every
 * start (interval partitioning: that many can work the group's shifts); the hours limit then
 * holds over the people used. Returns the used columns (cost first only).
 */
function presence(s: ScheduleBuild, people: number | undefined): number[] | undefined {
  const { problem, b, unlimited } = s;
  const used: number[] | undefined = problem.priority === 'cost' && !unlimited ? [] : undefined;
  s.groups.forEach((group, g) => {
    const members = s.shifts.flatMap((shift, column) => (shift.group === (unlimited ? -1 : g) ? [column] : []));
    if (members.length === 0) return;
    const { starts, restEnds } = byStart(s, members);
    const present = problem.required.map(() => b.addColumn(group ? group.size : Infinity, false));
    addBalance(
      b,
      present,
      (t) => starts[t] ?? [],
      (t) => restEnds[t] ?? [],
    );
    const atStarts = present.filter((_, t) => (starts[t]?.length ?? 0) > 0);
    if (people !== undefined) for (const column of atStarts) b.atMost(0, [column, people], [1, -1]);
    const u = used && group ? b.addColumn(group.size, true) : undefined;
    if (used && u !== undefined) {
      used[g] = u;
      for (const column of atStarts) b.atMost(0, [column, u], [1, -1]);
    }
    if (group?.maxSlotsPerPerson !== undefined) {
      const values = members.map((column) => problem.candidates[s.shifts[column]?.candidate ?? -1]?.length ?? 0);
      // The hours limit on the people used (their count ≤ the size, so the size's row follows).
      if (u !== undefined) b.atMost(0, [...members, u], [...values, -group.maxSlotsPerPerson]);
      else b.atMost(group.size * group.maxSlotsPerPerson, members, values);
    }
  });
  return used;
}

/**
 * Builds the MIP for a scheduling problem.
 *
 * Flow form, so each shift column touches about four rows whatever its length: `on[t]`
 * counts people on duty in slot t (on[t] = on[t−1] + shifts starting at t − shifts ending at
 * t), and per group `present[t]` counts people on duty or resting (rest ends remove them).
 * Coverage and headcount are then bounds on these counters.
 *
 * @returns the model and the meaning of its columns
 */
export function buildScheduleModel(problem: ScheduleProblem): { model: LinearModel; columns: ScheduleColumns } {
  const unlimited = problem.groups === undefined;
  const groups: readonly (StaffGroup | undefined)[] = problem.groups ?? [undefined];
  const b = modelBuilder();
  const s: ScheduleBuild = { problem, b, groups, unlimited, shifts: shiftColumns(b, problem, groups) };
  const slots = slotColumns(s);
  const kindAware = problem.afterSales !== undefined || s.shifts.some((shift) => roleOf(s, shift) !== 'both');
  let overdue: number[] | undefined;
  if (kindAware) overdue = roleCoverage(s, slots);
  else preSalesCoverage(s, slots);
  const used = presence(s, slots.people);
  const columns: ScheduleColumns = {
    shifts: s.shifts,
    ...slots,
    ...(used ? { used } : {}),
    ...(overdue ? { overdue } : {}),
  };
  const { objectives, objectiveNames, secondBound } = scheduleObjectives(s, columns);
  const { outsourced, botTaken } = slots;
  return {
    model: {
      ...b.columnsAndRows(),
      objectives,
      objectiveNames,
      // Overdue after-sales work is fractional, and so is an objective that counts it; so is money.
      // Outsourced agent-slots are continuous too, so unmet demand is no longer whole with them.
      ...(overdue || problem.priority === 'cost'
        ? {
            wholeObjectives: objectiveNames.map(
              (name, i) => !(i === 0 && (overdue || outsourced || botTaken)) && name !== 'cost',
            ),
          }
        : {}),
      strategy: scheduleStrategy(problem, kindAware, unlimited, s.shifts, secondBound),
    },
    columns,
  };
}

/** A dense vector over the model's columns with `value` at each of `columns`. */
function vector(numCols: number, entries: Iterable<readonly [number | undefined, number]>): number[] {
  const costs = new Array<number>(numCols).fill(0);
  for (const [column, value] of entries) if (column !== undefined) costs[column] = value;
  return costs;
}

/**
 * The schedule model's objectives in priority order (see the module's comment), and a bound on
 * the second over every feasible point when one is cheap to know.
 */
function scheduleObjectives(
  s: ScheduleBuild,
  columns: ScheduleColumns,
): { objectives: number[][]; objectiveNames: ObjectiveName[]; secondBound?: number } {
  const { problem, b } = s;
  const numCols = b.colLower.length;
  const lengthOf = (candidate: number) => problem.candidates[candidate]?.length ?? 0;
  const agentSlots = vector(
    numCols,
    s.shifts.map(({ candidate }, column) => [column, lengthOf(candidate)] as const),
  );
  const longest = Math.max(0, ...problem.candidates.map((c) => c.length));
  const { shortfall, overdue, people } = columns;
  if (!shortfall) {
    const headcount = vector(numCols, [[people, 1]]);
    if (problem.priority !== 'people')
      return { objectives: [agentSlots, headcount], objectiveNames: ['agent_hours', 'people'] };
    // The fewest people is at most the greedy cover's, and none works more than mostSlotsPerPerson.
    // (The greedy cover knows nothing of after-sales work, so it gives no bound then.)
    const secondBound = problem.afterSales
      ? undefined
      : greedyCoverPeople(problem.required, problem.candidates, problem.restSlots) *
        mostSlotsPerPerson(problem.required.length, longest, problem.restSlots);
    return {
      objectives: [headcount, agentSlots],
      objectiveNames: ['people', 'agent_hours'],
      ...(secondBound !== undefined ? { secondBound } : {}),
    };
  }
  // Pre-sales first: an agent-slot short there weighs more than one of overdue after-sales.
  const weight = overdue ? preSalesWeight(problem.afterSales?.work ?? []) : 1;
  const unmet = vector(numCols, [
    ...shortfall.map((column) => [column, weight] as const),
    ...(overdue ?? []).map((column) => [column, 1] as const),
  ]);
  if (problem.priority === 'cost') return costObjectives(s, columns, unmet, agentSlots);
  const secondBound = s.groups.reduce(
    (sum, group) =>
      sum +
      (group
        ? group.size *
          Math.min(
            group.maxSlotsPerPerson ?? Infinity,
            mostSlotsPerPerson(group.toSlot - group.fromSlot, longest, problem.restSlots),
          )
        : 0),
    0,
  );
  return { objectives: [unmet, agentSlots], objectiveNames: ['unmet_demand', 'agent_hours'], secondBound };
}

/**
 * Cost first: ¥ (wages per slot and day pay per shift, the outsourced and bot agent-slots at
 * their price), after unmet demand unless that is priced too (then overdue after-sales work is
 * still first); then the people used, then agent-slots.
 */
function costObjectives(
  s: ScheduleBuild,
  columns: ScheduleColumns,
  unmet: number[],
  agentSlots: number[],
): { objectives: number[][]; objectiveNames: ObjectiveName[] } {
  const { problem, b } = s;
  const numCols = b.colLower.length;
  const cost = vector(
    numCols,
    s.shifts.map(({ candidate, group }, column) => {
      const g = s.groups[group];
      return [
        column,
        (g?.costPerSlot ?? 0) * (problem.candidates[candidate]?.length ?? 0) + (g?.costPerShift ?? 0),
      ] as const;
    }),
  );
  columns.outsourced?.forEach((column, t) => (cost[column] = problem.outsourcing?.costPerAgentSlot[t] ?? 0));
  columns.botTaken?.forEach((column, t) => (cost[column] = problem.bot?.costPerAgentSlot[t] ?? 0));
  const peopleUsed = vector(
    numCols,
    (columns.used ?? []).map((column) => [column, 1] as const),
  );
  const priced = problem.unmetCostPerAgentSlot;
  if (priced) {
    // Short pre-sales slots at their price, in the cost.
    columns.shortfall?.forEach((column, t) => {
      cost[column] = priced[t] ?? 0;
      unmet[column] = 0;
    });
  }
  const unmetFirst = !priced || columns.overdue !== undefined;
  return {
    objectives: [...(unmetFirst ? [unmet] : []), cost, peopleUsed, agentSlots],
    objectiveNames: [...(unmetFirst ? ['unmet_demand' as const] : []), 'cost', 'people', 'agent_hours'],
  };
}

/**
 * How the solver takes a schedule model's objectives: the cover on a smaller model when people
 * are unlimited (see coverStage), else the first two at once when their bound is known.
 */
function scheduleStrategy(
  problem: ScheduleProblem,
  kindAware: boolean,
  unlimited: boolean,
  shifts: ScheduleColumns['shifts'],
  secondBound: number | undefined,
): SolveStrategy {
  const { priority } = problem;
  // Pre-sales only: the shift columns are intervals over the slots, a network matrix, so
  // the agent-slot LP is integral (the 14-day bench case: 1.2 s as an LP, 1.8 s as a MIP).
  // Not with people first: under the day rules that LP is fractional and the extra solve
  // cost time (14 days, --minimise people: 45 s → 57 s).
  // Not with cost first either: an LP optimum rounded to whole shifts moves a continuous cost
  // by more than the slack a later stage keeps it within, and that stage was then infeasible
  // (found by the overtime brute force with an hours limit).
  const relaxFirst = !kindAware && priority !== 'people' && priority !== 'cost';
  if (!kindAware && unlimited && priority !== 'people')
    return { first: { kind: 'smallerModel', ...coverStage(problem.required, problem.candidates, shifts) }, relaxFirst };
  return { first: secondBound !== undefined ? { kind: 'withSecond', secondBound } : { kind: 'alone' }, relaxFirst };
}
