/**
 * The shift-staffing MIP. Decision: how many people work each candidate shift (per staff
 * group). People are not modelled one by one: within a group of identical people, a set of
 * shifts can be given to n people respecting rest iff at every slot at most n shifts are
 * "on duty or resting" (interval partitioning), so the model's size grows with slots ×
 * shifts, not with headcount. Named people are assigned afterwards (rostering/assign).
 *
 * Objectives, solved lexicographically:
 *   unlimited people: 1) fewest agent-slots with every slot covered  2) fewest people
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
}

export interface ScheduleProblem {
  /** Agents required in each slot. */
  required: readonly number[];
  candidates: readonly ShiftCandidate[];
  /** Least rest between two shifts of one person, in slots. */
  restSlots: number;
  /** Staff groups; undefined means as many people as needed. */
  groups?: readonly StaffGroup[];
}

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
  /** Names for the objectives, for reports. */
  objectiveNames: string[];
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
 * Builds the MIP for a scheduling problem.
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
      addColumn(0, group ? group.size : Infinity, true);
      shifts.push({ candidate: k, group: unlimited ? -1 : g });
    });
  });
  const shortfall = unlimited ? undefined : problem.required.map((need) => addColumn(0, need, false));
  const people = unlimited ? addColumn(0, Infinity, true) : undefined;

  const rows: LinearModel['rows'] = [];
  // Coverage: scheduled (+ shortfall) ≥ required, in every slot.
  const coverage = problem.required.map(() => ({ indices: [] as number[], values: [] as number[] }));
  shifts.forEach(({ candidate }, column) => {
    const { start, length } = problem.candidates[candidate] ?? { start: 0, length: 0 };
    for (let t = start; t < start + length; t++) {
      coverage[t]?.indices.push(column);
      coverage[t]?.values.push(1);
    }
  });
  coverage.forEach((row, t) => {
    const need = problem.required[t] ?? 0;
    if (shortfall) {
      row.indices.push(shortfall[t] ?? 0);
      row.values.push(1);
    }
    if (need > 0) rows.push({ lower: need, upper: Infinity, ...row });
  });

  // Presence: people on shift or resting after one, per group, at every slot ≤ group size
  // (or ≤ the people count when unlimited). A shift starting at s keeps its person from
  // s to s + length + rest.
  groups.forEach((group, g) => {
    const presence = Array.from({ length: slotCount }, () => ({ indices: [] as number[], values: [] as number[] }));
    const starts = new Set<number>();
    shifts.forEach(({ candidate, group: shiftGroup }, column) => {
      if (shiftGroup !== (unlimited ? -1 : g)) return;
      const { start, length } = problem.candidates[candidate] ?? { start: 0, length: 0 };
      starts.add(start);
      for (let t = start; t < Math.min(slotCount, start + length + problem.restSlots); t++) {
        presence[t]?.indices.push(column);
        presence[t]?.values.push(1);
      }
    });
    presence.forEach((row, t) => {
      if (row.indices.length === 0) return;
      // Presence only rises where a shift starts; the rows at other slots are implied.
      if (!starts.has(t)) return;
      if (people !== undefined) {
        rows.push({ lower: -Infinity, upper: 0, indices: [...row.indices, people], values: [...row.values, -1] });
      } else if (group) {
        rows.push({ lower: -Infinity, upper: group.size, ...row });
      }
    });
    if (group?.maxSlotsPerPerson !== undefined) {
      const indices: number[] = [];
      const values: number[] = [];
      shifts.forEach(({ candidate, group: shiftGroup }, column) => {
        if (shiftGroup !== g) return;
        indices.push(column);
        values.push(problem.candidates[candidate]?.length ?? 0);
      });
      if (indices.length > 0) rows.push({ lower: -Infinity, upper: group.size * group.maxSlotsPerPerson, indices, values });
    }
  });

  const numCols = colLower.length;
  const agentSlots = new Array<number>(numCols).fill(0);
  shifts.forEach(({ candidate }, column) => (agentSlots[column] = problem.candidates[candidate]?.length ?? 0));
  const objectives: number[][] = [];
  const objectiveNames: string[] = [];
  if (shortfall) {
    const unmet = new Array<number>(numCols).fill(0);
    for (const column of shortfall) unmet[column] = 1;
    objectives.push(unmet, agentSlots);
    objectiveNames.push('unmet agent-slots', 'agent-slots');
  } else {
    const headcount = new Array<number>(numCols).fill(0);
    if (people !== undefined) headcount[people] = 1;
    objectives.push(agentSlots, headcount);
    objectiveNames.push('agent-slots', 'people');
  }
  return {
    model: { numCols, colLower, colUpper, integrality, rows, objectives, objectiveNames },
    columns: { shifts, ...(shortfall ? { shortfall } : {}), ...(people !== undefined ? { people } : {}) },
  };
}
