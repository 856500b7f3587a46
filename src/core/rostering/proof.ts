/**
 * What the solver proved about a roster, objective by objective, in the roster's own units:
 * agent-slots short, agent-hours, people, soft-goal points. Each comes with the best bound
 * known — what no roster under the same rules can beat — so a summary can say "proven" or
 * "at most 12 fewer possible" instead of a bare optimality gap.
 */
import type { RosterPlan } from './plan.js';
import type { RosterSummary } from './summary.js';

export interface ObjectiveProof {
  objective: string;
  /** The roster's value (agent-slots short, agent-hours, people, soft-goal points). */
  value: number;
  /** No roster keeping the rules does better than this; undefined when no bound is known. */
  bound?: number;
  /** The value is the best possible (it meets the bound). */
  proven: boolean;
}

/**
 * The proof of each objective of a roster, in priority order.
 *
 * @example proofOf(plan)[0] // { objective: 'agent_hours', value: 982, bound: 982, proven: true }
 */
export function proofOf(
  plan: Pick<RosterPlan, 'solve' | 'afterSales'> & {
    summary: Pick<RosterSummary, 'agentHours' | 'peopleRostered' | 'shortAgentSlots'>;
    demand: Pick<RosterPlan['demand'], 'slotMinutes'>;
  },
): ObjectiveProof[] {
  const { solve, summary } = plan;
  const slotHours = plan.demand.slotMinutes / 60;
  // Which objectives, in the model's order: the report's proven list plus the one cut short.
  const names = solve.objectiveNames ?? [...solve.proven, ...(solve.unproven ? [solve.unproven] : [])];
  const unit = (name: string, modelValue: number) => (name === 'agent_hours' ? modelValue * slotHours : modelValue);
  const measured = (name: string, index: number) => {
    if (name === 'agent_hours') return summary.agentHours;
    if (name === 'people') return summary.peopleRostered;
    // With after-sales the first objective also weighs overdue work: the model's own value then.
    if (name === 'unmet_demand' && !plan.afterSales) return summary.shortAgentSlots;
    return unit(name, solve.objectiveValues[index] ?? 0);
  };
  const proofs: ObjectiveProof[] = [];
  let chainIntact = true;
  names.forEach((name, index) => {
    const value = measured(name, index);
    let bound: number | undefined;
    if (solve.bounds?.[index] !== undefined) bound = unit(name, solve.bounds[index] ?? 0);
    else if (solve.proven.includes(name)) bound = value;
    else if (name === solve.unproven && solve.gap < 1)
      bound = unit(name, (solve.objectiveValues[index] ?? 0) * (1 - solve.gap));
    // A later objective's bound holds only while every earlier one is at its best.
    const proven = chainIntact && bound !== undefined && value <= bound + 1e-6;
    proofs.push({
      objective: name,
      value,
      ...(bound !== undefined && chainIntact ? { bound: Math.min(bound, value) } : {}),
      proven,
    });
    if (!proven) chainIntact = false;
  });
  return proofs;
}
