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
 */
import type { ShiftCandidate } from './candidates.js';

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
}

/**
 * Whether a shift overlaps any blocked slot range.
 *
 * @example overlapsBlocked({ start: 10, length: 4 }, [[12, 20]]) // true
 */
export function overlapsBlocked(shift: { start: number; length: number }, blocked: readonly (readonly [number, number])[] = []): boolean {
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
  /** With unlimited people, what to minimise first: agent-hours (default) or people. */
  priority?: 'agent_hours' | 'people';
}

/** The roster's objectives, in the words reports use. */
export type ObjectiveName = 'unmet_demand' | 'agent_hours' | 'people';

/** A linear model in row form, ready for any MIP solver. */
export interface LinearModel {
  numCols: number;
  colLower: number[];
  colUpper: number[];
  /** 1 for integer columns, 0 for continuous. */
  integrality: number[];
  rows: { lower: number; upper: number; indices: number[]; values: number[] }[];
  /** Objectives in priority order (minimised), each a dense cost vector. */
  objectives: number[][];
  /** Names for the objectives (snake_case, stable), for reports. */
  objectiveNames: ObjectiveName[];
  /**
   * An upper bound on the second objective over every feasible point, when one is cheap to
   * know. It lets the solver minimise both objectives in one weighted solve (see highs-solver).
   */
  secondObjectiveBound?: number;
}

/** What each column of the model means. */
export interface ScheduleColumns {
  /** Shift columns: candidate index and group index (−1 when people are unlimited). */
  shifts: { candidate: number; group: number }[];
  /** Column of each slot's shortfall (limited people only). */
  shortfall?: number[];
  /** Column of the people count (unlimited people only). */
  people?: number;
}

/**
 * Which slots at least one candidate shift covers.
 *
 * @example reachableSlots({ required: [1, 1, 1], candidates: [{ start: 0, length: 2 }], restSlots: 1 }) // [true, true, false]
 */
export function reachableSlots(problem: Pick<ScheduleProblem, 'required' | 'candidates'>): boolean[] {
  const reachable = problem.required.map(() => false);
  for (const { start, length } of problem.candidates) for (let t = start; t < start + length; t++) reachable[t] = true;
  return reachable;
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
export function greedyCoverPeople(required: readonly number[], candidates: readonly ShiftCandidate[], restSlots: number): number {
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
  const slotCount = problem.required.length;
  const unlimited = problem.groups === undefined;
  const groups: readonly (StaffGroup | undefined)[] = problem.groups ?? [undefined];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: number[] = [];
  const addColumn = (lower: number, upper: number, integer: boolean): number => {
    colLower.push(lower);
    colUpper.push(upper);
    integrality.push(integer ? 1 : 0);
    return colLower.length - 1;
  };

  const shifts: ScheduleColumns['shifts'] = [];
  groups.forEach((group, g) => {
    problem.candidates.forEach((candidate, k) => {
      if (group && (candidate.start < group.fromSlot || candidate.start + candidate.length > group.toSlot)) return;
      if (group?.maxSlotsPerPerson !== undefined && candidate.length > group.maxSlotsPerPerson) return;
      if (overlapsBlocked(candidate, group?.blocked)) return;
      addColumn(0, group ? group.size : Infinity, true);
      shifts.push({ candidate: k, group: unlimited ? -1 : g });
    });
  });
  // People on duty per slot; with unlimited people coverage is simply on[t] ≥ required[t],
  // except in slots that no allowed shift reaches (they stay short, and are reported).
  const reachable = reachableSlots(problem);
  const on = problem.required.map((need, t) => addColumn(unlimited && reachable[t] ? need : 0, Infinity, false));
  const shortfall = unlimited ? undefined : problem.required.map((need) => addColumn(0, need, false));
  const people = unlimited ? addColumn(0, Infinity, true) : undefined;

  const rows: LinearModel['rows'] = [];
  /** Balance rows counter[t] − counter[t−1] − (entering at t) + (leaving at t) = 0. */
  const addBalance = (counter: number[], entering: (t: number) => number[], leaving: (t: number) => number[]) => {
    counter.forEach((column, t) => {
      const indices = [column];
      const values = [1];
      const previous = counter[t - 1];
      if (previous !== undefined) {
        indices.push(previous);
        values.push(-1);
      }
      for (const x of entering(t)) {
        indices.push(x);
        values.push(-1);
      }
      for (const x of leaving(t)) {
        indices.push(x);
        values.push(1);
      }
      rows.push({ lower: 0, upper: 0, indices, values });
    });
  };
  const byStart = (columnsOf: number[]) => {
    const starts = Array.from({ length: slotCount }, () => [] as number[]);
    const ends = Array.from({ length: slotCount }, () => [] as number[]);
    const restEnds = Array.from({ length: slotCount }, () => [] as number[]);
    for (const column of columnsOf) {
      const shift = shifts[column];
      const { start, length } = problem.candidates[shift?.candidate ?? 0] ?? { start: 0, length: 0 };
      starts[start]?.push(column);
      ends[start + length]?.push(column);
      restEnds[start + length + problem.restSlots]?.push(column);
    }
    return { starts, ends, restEnds };
  };

  const all = byStart(shifts.map((_, column) => column));
  addBalance(on, (t) => all.starts[t] ?? [], (t) => all.ends[t] ?? []);
  if (shortfall) {
    problem.required.forEach((need, t) => {
      if (need > 0) rows.push({ lower: need, upper: Infinity, indices: [on[t] ?? 0, shortfall[t] ?? 0], values: [1, 1] });
    });
  }

  // Presence per group: at most the group's size (or the people count) on duty or resting.
  groups.forEach((group, g) => {
    const members = shifts.flatMap((shift, column) => (shift.group === (unlimited ? -1 : g) ? [column] : []));
    if (members.length === 0) return;
    const { starts, restEnds } = byStart(members);
    const present = problem.required.map(() => addColumn(0, group ? group.size : Infinity, false));
    addBalance(present, (t) => starts[t] ?? [], (t) => restEnds[t] ?? []);
    if (people !== undefined) {
      present.forEach((column, t) => {
        if ((starts[t]?.length ?? 0) > 0) rows.push({ lower: -Infinity, upper: 0, indices: [column, people], values: [1, -1] });
      });
    }
    if (group?.maxSlotsPerPerson !== undefined) {
      const values = members.map((column) => problem.candidates[shifts[column]?.candidate ?? 0]?.length ?? 0);
      rows.push({ lower: -Infinity, upper: group.size * group.maxSlotsPerPerson, indices: members, values });
    }
  });

  const numCols = colLower.length;
  const agentSlots = new Array<number>(numCols).fill(0);
  shifts.forEach(({ candidate }, column) => (agentSlots[column] = problem.candidates[candidate]?.length ?? 0));
  const objectives: number[][] = [];
  const objectiveNames: ObjectiveName[] = [];
  let secondObjectiveBound: number | undefined;
  if (shortfall) {
    const unmet = new Array<number>(numCols).fill(0);
    for (const column of shortfall) unmet[column] = 1;
    objectives.push(unmet, agentSlots);
    objectiveNames.push('unmet_demand', 'agent_hours');
    const longest = Math.max(0, ...problem.candidates.map((c) => c.length));
    secondObjectiveBound = groups.reduce((sum, group) => sum + (group
      ? group.size * Math.min(group.maxSlotsPerPerson ?? Infinity, mostSlotsPerPerson(group.toSlot - group.fromSlot, longest, problem.restSlots))
      : 0), 0);
  } else {
    const headcount = new Array<number>(numCols).fill(0);
    if (people !== undefined) headcount[people] = 1;
    if (problem.priority === 'people') {
      objectives.push(headcount, agentSlots);
      objectiveNames.push('people', 'agent_hours');
      // The fewest people is at most the greedy cover's, and none works more than mostSlotsPerPerson.
      const longest = Math.max(0, ...problem.candidates.map((c) => c.length));
      secondObjectiveBound = greedyCoverPeople(problem.required, problem.candidates, problem.restSlots)
        * mostSlotsPerPerson(slotCount, longest, problem.restSlots);
    } else {
      objectives.push(agentSlots, headcount);
      objectiveNames.push('agent_hours', 'people');
    }
  }
  return {
    model: { numCols, colLower, colUpper, integrality, rows, objectives, objectiveNames, ...(secondObjectiveBound !== undefined ? { secondObjectiveBound } : {}) },
    columns: { shifts, ...(shortfall ? { shortfall } : {}), ...(people !== undefined ? { people } : {}) },
  };
}
