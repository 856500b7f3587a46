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
