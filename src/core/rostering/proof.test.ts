import { describe, expect, it } from 'vitest';
import { proofOf } from './proof.js';
import type { RosterPlan } from './plan.js';

const base: Pick<RosterPlan, 'demand' | 'summary'> = {
  demand: { start: 0, slotMinutes: 30, inquiries: [] },
  summary: { peakRequired: 0, peakScheduled: 0, peopleRostered: 12, agentHours: 100, demandCovered: 1, shortAgentSlots: 0, longestDutyHours: 8 },
};
const plan = (solve: Partial<RosterPlan['solve']>, summary: Partial<RosterPlan['summary']> = {}) => ({
  ...base, summary: { ...base.summary, ...summary },
  solve: { status: 'optimal' as const, gap: 0, seconds: 1, objectiveValues: [], proven: [], values: new Float64Array(), ...solve },
});

describe('proofOf', () => {
  it('proven objectives, in the roster\'s units (agent-hours from slots of 30 min)', () => {
    expect(proofOf(plan({ objectiveNames: ['unmet_demand', 'agent_hours'], objectiveValues: [0, 200], proven: ['unmet_demand', 'agent_hours'] }))).toEqual([
      { objective: 'unmet_demand', value: 0, bound: 0, proven: true },
      { objective: 'agent_hours', value: 100, bound: 100, proven: true },
    ]);
  });

  it('a time limit: the objective cut short gets its bound from the gap; later ones get none', () => {
    const proofs = proofOf(plan({ status: 'time-limit', objectiveNames: ['unmet_demand', 'agent_hours', 'soft_goals'], objectiveValues: [0, 200, 40], proven: ['unmet_demand', 'agent_hours'], unproven: 'soft_goals', gap: 0.25 }));
    expect(proofs[2]).toEqual({ objective: 'soft_goals', value: 40, bound: 30, proven: false });
  });

  it('a decomposition: the relaxed model bounds each objective; once one misses, later bounds are not claimed', () => {
    const proofs = proofOf(plan({ status: 'bounded', method: 'decomposition', objectiveNames: ['unmet_demand', 'agent_hours'], objectiveValues: [8, 190], bounds: [3, 180] }, { shortAgentSlots: 8, agentHours: 95 }));
    expect(proofs).toEqual([
      { objective: 'unmet_demand', value: 8, bound: 3, proven: false },
      { objective: 'agent_hours', value: 95, proven: false },
    ]);
  });
});

describe('proofOf at its edges (from the mutation run)', () => {
  it('each objective in its own unit: people as counted, unmet demand as measured, agent-hours from slots', () => {
    const proofs = proofOf(plan({ objectiveNames: ['unmet_demand', 'people', 'agent_hours'], objectiveValues: [4, 11, 200], proven: ['unmet_demand', 'people', 'agent_hours'] }, { shortAgentSlots: 4 }));
    expect(proofs).toEqual([
      { objective: 'unmet_demand', value: 4, bound: 4, proven: true },
      { objective: 'people', value: 12, bound: 12, proven: true },
      { objective: 'agent_hours', value: 100, bound: 100, proven: true },
    ]);
  });

  it('with after-sales, unmet demand is the model\'s own value (it weighs overdue work too)', () => {
    const proofs = proofOf({ ...plan({ objectiveNames: ['unmet_demand'], objectiveValues: [2.5], proven: ['unmet_demand'] }, { shortAgentSlots: 9 }), afterSales: {} as NonNullable<RosterPlan['afterSales']> });
    expect(proofs).toEqual([{ objective: 'unmet_demand', value: 2.5, bound: 2.5, proven: true }]);
  });

  it('names from the proven list and the one cut short when the report has none; a bound from the gap in the objective\'s unit', () => {
    const proofs = proofOf(plan({ status: 'time-limit', objectiveValues: [0, 200], proven: ['unmet_demand'], unproven: 'agent_hours', gap: 0.1 }));
    expect(proofs).toEqual([
      { objective: 'unmet_demand', value: 0, bound: 0, proven: true },
      { objective: 'agent_hours', value: 100, bound: 90, proven: false },
    ]);
  });

  it('no bound from a gap of 100% (none known), nor for an objective that is not the one cut short', () => {
    const full = proofOf(plan({ status: 'time-limit', objectiveNames: ['unmet_demand', 'agent_hours'], objectiveValues: [0, 200], proven: ['unmet_demand'], unproven: 'agent_hours', gap: 1 }));
    expect(full[1]).toEqual({ objective: 'agent_hours', value: 100, proven: false });
    const other = proofOf(plan({ status: 'time-limit', objectiveNames: ['unmet_demand', 'agent_hours'], objectiveValues: [3, 200], proven: [], unproven: 'unmet_demand', gap: 0.5 }, { shortAgentSlots: 3 }));
    expect(other).toEqual([{ objective: 'unmet_demand', value: 3, bound: 1.5, proven: false }, { objective: 'agent_hours', value: 100, proven: false }]);
  });

  it('a value exactly at its bound is proven; the bound shown is never above the value', () => {
    const at = proofOf(plan({ status: 'bounded', objectiveNames: ['agent_hours'], objectiveValues: [200], bounds: [200] }));
    expect(at).toEqual([{ objective: 'agent_hours', value: 100, bound: 100, proven: true }]);
    const above = proofOf(plan({ status: 'bounded', objectiveNames: ['agent_hours'], objectiveValues: [200], bounds: [240] }));
    expect(above).toEqual([{ objective: 'agent_hours', value: 100, bound: 100, proven: true }]);
  });
});
