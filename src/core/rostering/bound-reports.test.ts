// The solve report of a roster that misses its model's bound, on reports written by hand:
// what stays proven, the values and bounds reported, and the gap. Whole reports are compared
// with toStrictEqual, so a field added or left out is seen.
import { describe, expect, it } from 'vitest';
import { assignmentReport, overtimeReport, peopleUsedReport } from './bound-reports.js';
import type { SolveReport } from '../scheduling/highs-solver.js';
import type { RosterSummary } from './summary.js';

/** A summary with `short` agent-slots short (the rest does not matter here). */
const summary = (short: number): RosterSummary => ({ peakRequired: 0, peakScheduled: 0, peopleRostered: 0, agentHours: 0, demandCovered: 1, shortAgentSlots: short, longestDutyHours: 0 });
/** Shifts of the given lengths, one person each unless named. */
const shifts = (lengths: number[], people?: string[]) => lengths.map((length, i) => ({ start: 0, length, group: 0, person: people?.[i] ?? `p${i}` }));

describe('assignmentReport: unlimited people under day rules', () => {
  const solve: SolveReport = {
    status: 'optimal', gap: 0, seconds: 1, objectiveValues: [40, 3], values: Float64Array.from([0, 0, 2.9999999]),
    objectiveNames: ['agent_hours', 'people'], proven: ['agent_hours', 'people'],
  };

  it('as many people as the model counted (or fewer): the proof stands', () => {
    expect(assignmentReport(solve, 2, shifts([8, 8, 8]), 0, summary(0), false)).toBe(solve);
    expect(assignmentReport(solve, 2, shifts([8, 8, 8, 8], ['a', 'b', 'a', 'c']), 0, summary(0), false)).toBe(solve);
  });

  it('more people than counted: the people objective, reported with the people used, is bounded by the count', () => {
    expect(assignmentReport(solve, 2, shifts([8, 8, 8, 8]), 0, summary(0), false)).toStrictEqual({
      ...solve, method: 'decomposition', status: 'bounded', objectiveValues: [40, 4], bounds: [40, 3], proven: ['agent_hours'], gap: 0.25,
    });
    const peopleFirst = { ...solve, objectiveValues: [3, 40], objectiveNames: ['people', 'agent_hours'], proven: ['people', 'agent_hours'] };
    expect(assignmentReport(peopleFirst, 2, shifts([8, 8, 8, 8, 8, 8]), 0, summary(0), false)).toMatchObject({ objectiveValues: [6, 40], proven: [], gap: 0.5 });
  });

  it('more people than counted, the people objective not proven anyway: the report is left as it is', () => {
    const cut = { ...solve, status: 'time-limit' as const, proven: ['agent_hours'] };
    expect(assignmentReport(cut, 2, shifts([8, 8, 8, 8]), 0, summary(0), false)).toBe(cut);
  });
});

describe('assignmentReport: cost first', () => {
  const solve: SolveReport = {
    status: 'optimal', gap: 0, seconds: 1, objectiveValues: [2, 900, 5, 30], values: new Float64Array(),
    objectiveNames: ['unmet_demand', 'cost', 'people', 'agent_hours'], proven: ['unmet_demand', 'cost', 'people', 'agent_hours'],
  };
  const lost = { ...solve, method: 'decomposition', status: 'bounded', proven: [], gap: 1 };

  it('every shift given and the unmet demand at its bound (to a hair): the proof stands', () => {
    expect(assignmentReport(solve, undefined, shifts([8]), 0, summary(2), false)).toBe(solve);
    expect(assignmentReport(solve, undefined, shifts([8]), 0, summary(2 + 1e-9), false)).toBe(solve);
    expect(assignmentReport(solve, undefined, shifts([8]), 0, summary(1), false)).toBe(solve);
  });

  it('a shift nobody could take, or more unmet demand than the bound: nothing is proven', () => {
    expect(assignmentReport(solve, undefined, shifts([8]), 1, summary(2), false)).toStrictEqual(lost);
    expect(assignmentReport(solve, undefined, shifts([8]), 0, summary(2.01), false)).toStrictEqual(lost);
  });

  it('with after-sales only a lost shift counts; with unmet demand priced (no unmet objective) too', () => {
    expect(assignmentReport(solve, undefined, shifts([8]), 0, summary(50), true)).toBe(solve);
    expect(assignmentReport(solve, undefined, shifts([8]), 1, summary(0), true)).toStrictEqual(lost);
    const priced = { ...solve, objectiveValues: [900, 5, 30], objectiveNames: ['cost', 'people', 'agent_hours'], proven: ['cost', 'people', 'agent_hours'] };
    expect(assignmentReport(priced, undefined, shifts([8]), 0, summary(50), false)).toBe(priced);
    expect(assignmentReport(priced, undefined, shifts([8]), 2, summary(0), false)).toMatchObject({ status: 'bounded', proven: [], gap: 1 });
  });
});

describe('assignmentReport: named staff or a headcount (unmet demand, then agent-slots)', () => {
  const solve: SolveReport = {
    status: 'optimal', gap: 0, seconds: 1, objectiveValues: [2, 30], values: new Float64Array(),
    objectiveNames: ['unmet_demand', 'agent_hours'], proven: ['unmet_demand', 'agent_hours'],
  };

  it('the roster\'s unmet demand and agent-slots within a hair of the bounds: the proof stands, even with a shift left over', () => {
    expect(assignmentReport(solve, undefined, shifts([10, 20]), 0, summary(2), false)).toBe(solve);
    expect(assignmentReport(solve, undefined, shifts([10, 20 + 1e-9]), 1, summary(2 + 1e-9), false)).toBe(solve);
  });

  it('more unmet demand than the bound: the gap is the share above it; the roster\'s values, the model\'s as bounds', () => {
    expect(assignmentReport(solve, undefined, shifts([10, 10]), 1, summary(8), false)).toStrictEqual({
      ...solve, method: 'decomposition', status: 'bounded', objectiveValues: [8, 20], bounds: [2, 30], proven: [], gap: 0.75,
    });
  });

  it('more agent-slots than the bound with the demand met as well: the gap is the share of agent-slots above it', () => {
    expect(assignmentReport(solve, undefined, shifts([20, 20]), 0, summary(2), false)).toMatchObject({ objectiveValues: [2, 40], bounds: [2, 30], gap: 0.25 });
  });

  it('a model cut short by its time limit bounds nothing: gap 1, no bounds', () => {
    const cut = { ...solve, status: 'time-limit' as const, gap: 0.1 };
    expect(assignmentReport(cut, undefined, shifts([10, 10]), 1, summary(8), false)).toStrictEqual({
      ...cut, method: 'decomposition', status: 'bounded', objectiveValues: [8, 20], proven: [], gap: 1,
    });
  });

  it('with after-sales only a lost shift says the bound is missed, and then nothing is proven', () => {
    expect(assignmentReport(solve, undefined, shifts([50]), 0, summary(9), true)).toBe(solve);
    expect(assignmentReport(solve, undefined, shifts([10]), 1, summary(0), true)).toStrictEqual({ ...solve, method: 'decomposition', status: 'bounded', proven: [], gap: 1 });
  });
});

describe('the proof of a costed roster against what its people really do', () => {
  const solved: SolveReport = {
    status: 'optimal', gap: 0, seconds: 1, objectiveValues: [0, 1000, 12, 300], values: new Float64Array(),
    objectiveNames: ['unmet_demand', 'cost', 'people', 'agent_hours'], proven: ['unmet_demand', 'cost', 'people', 'agent_hours'],
  };

  it('overtimeReport: overtime at or within a millionth of the total of the model\'s keeps the proof; more withdraws the cost and what follows it', () => {
    expect(overtimeReport(solved, 50, 50, 1000)).toBe(solved);
    expect(overtimeReport(solved, 50, 50 + 1e-6 * 1000, 1000)).toBe(solved);
    // A total under ¥1 still allows a millionth of ¥1.
    expect(overtimeReport(solved, 50, 50 + 1e-6, 0.5)).toBe(solved);
    expect(overtimeReport(solved, 50, 70, 1000)).toStrictEqual({ ...solved, method: 'decomposition', status: 'bounded', proven: ['unmet_demand'], gap: 0.02 });
  });

  it('overtimeReport: the larger gap of the two; a roster costing nothing has gap 1; a status cut short stays; no cost objective keeps the list', () => {
    expect(overtimeReport({ ...solved, gap: 0.5 }, 50, 70, 1000).gap).toBe(0.5);
    expect(overtimeReport(solved, 0, 1, 0).gap).toBe(1);
    const cut = { ...solved, status: 'time-limit' as const, proven: ['unmet_demand'] };
    expect(overtimeReport(cut, 50, 70, 1000)).toMatchObject({ status: 'time-limit', proven: ['unmet_demand'] });
    const noCost = { ...solved, objectiveNames: ['unmet_demand', 'agent_hours'], proven: ['unmet_demand', 'agent_hours'] };
    expect(overtimeReport(noCost, 50, 70, 1000).proven).toEqual(['unmet_demand', 'agent_hours']);
    // Unmet demand priced: cost is the first objective, and with it nothing stays proven.
    const costFirst = { ...solved, objectiveNames: ['cost', 'people', 'agent_hours'], proven: ['cost', 'people', 'agent_hours'] };
    expect(overtimeReport(costFirst, 50, 70, 1000).proven).toEqual([]);
  });

  it('peopleUsedReport: as many people as counted keeps the proof; more withdraws people and agent-hours and says how many', () => {
    expect(peopleUsedReport(solved, 12, 12)).toBe(solved);
    expect(peopleUsedReport(solved, 12, 11)).toBe(solved);
    expect(peopleUsedReport(solved, 12, 15)).toStrictEqual({
      ...solved, method: 'decomposition', status: 'bounded', proven: ['unmet_demand', 'cost'], objectiveValues: [0, 1000, 15, 300], gap: 0.2,
    });
  });

  it('peopleUsedReport: the larger gap of the two; a status cut short stays; without a people objective nothing changes', () => {
    expect(peopleUsedReport({ ...solved, gap: 0.5 }, 12, 15).gap).toBe(0.5);
    expect(peopleUsedReport({ ...solved, status: 'time-limit' }, 12, 15).status).toBe('time-limit');
    const noPeople = { ...solved, objectiveNames: ['unmet_demand', 'cost'] };
    expect(peopleUsedReport(noPeople, 12, 15)).toBe(noPeople);
    const peopleFirst = { ...solved, objectiveNames: ['people', 'cost'], proven: ['people', 'cost'] };
    expect(peopleUsedReport(peopleFirst, 12, 15).proven).toEqual([]);
  });
});
