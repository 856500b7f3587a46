/**
 * The solve report of a roster that misses its model's bound. The group model sums the rules
 * people keep one by one, and prices overtime by group; when the people who then get the shifts
 * fall short of the model's solution (a shift nobody could take, more people than counted, more
 * overtime than priced), the model's optimum is only a bound: the roster is reported `bounded`
 * (method `decomposition`), with what is still proven and the gap.
 */
import type { SolveReport } from '../scheduling/highs-solver.js';
import type { Assignment } from './assign.js';
import type { RosterSummary } from './summary.js';

/**
 * The solve report once the day rules have given the shifts to people. The model sums those
 * rules over each group, so its optimum is a lower bound; when the assignment could not give
 * every shift (limited people), or needed more people than the model counted (unlimited),
 * the roster is within a gap of that bound (method `decomposition`, status `bounded`).
 */
export function assignmentReport(
  solve: SolveReport,
  peopleColumn: number | undefined,
  assignments: readonly Assignment[],
  unassigned: number,
  summary: RosterSummary,
  afterSales: boolean,
): SolveReport {
  if (peopleColumn !== undefined) {
    const counted = Math.round(solve.values[peopleColumn] ?? 0);
    const used = new Set(assignments.map((a) => a.person)).size;
    if (used <= counted) return solve;
    const index = solve.proven.indexOf('people');
    if (index < 0) return solve;
    const objectiveValues = [...solve.objectiveValues];
    objectiveValues[index] = used;
    return {
      ...solve,
      method: 'decomposition',
      status: 'bounded',
      objectiveValues,
      bounds: solve.objectiveValues,
      proven: solve.proven.slice(0, index),
      gap: (used - counted) / used,
    };
  }
  const slots = assignments.reduce((sum, a) => sum + a.length, 0);
  const unmet = summary.shortAgentSlots;
  if (solve.objectiveNames?.includes('cost')) {
    // Cost first after unmet demand: the bound holds only if every shift found its person.
    const unmetIndex = solve.objectiveNames.indexOf('unmet_demand');
    const unmetBound = unmetIndex < 0 ? Infinity : (solve.objectiveValues[unmetIndex] ?? 0);
    return unassigned === 0 && (afterSales || unmet <= unmetBound + 1e-9) ? solve : unproven(solve);
  }
  const [boundUnmet = 0, boundSlots = 0] = solve.objectiveValues;
  // With after-sales the first objective weighs overdue work too: only a lost shift says the bound is missed.
  if (afterSales) return unassigned === 0 ? solve : unproven(solve);
  if (unmet <= boundUnmet + 1e-9 && slots <= boundSlots + 1e-9) return solve;
  // Past a bound: the share of the roster's unmet demand (or else of its agent-slots) above it.
  const gap = unmet > boundUnmet + 1e-9 ? (unmet - boundUnmet) / unmet : (slots - boundSlots) / slots;
  const optimal = solve.status === 'optimal';
  return {
    ...unproven(solve),
    objectiveValues: [unmet, slots],
    ...(optimal ? { bounds: solve.objectiveValues, gap } : {}),
  };
}

/** The report of a roster the model's optimum no longer proves anything about: within a gap of 1. */
function unproven(solve: SolveReport): SolveReport {
  return { ...solve, method: 'decomposition', status: 'bounded', proven: [], gap: 1 };
}

/**
 * The proof of a costed roster whose people pay more overtime than the model's bound (the
 * least their group could share the weeks with): the cost is then no longer proven, and the
 * gap says by how much at most it may be above the best.
 *
 * @param modelPremium ¥ of overtime premium in the model's solution; `premium` the roster's
 */
export function overtimeReport(solve: SolveReport, modelPremium: number, premium: number, total: number): SolveReport {
  if (premium <= modelPremium + 1e-6 * Math.max(1, total)) return solve;
  const names = solve.objectiveNames ?? [];
  const index = names.indexOf('cost');
  return {
    ...solve,
    method: 'decomposition',
    status: solve.status === 'optimal' ? 'bounded' : solve.status,
    proven: index < 0 ? solve.proven : solve.proven.filter((name) => names.indexOf(name) < index),
    gap: Math.max(solve.gap, total > 0 ? (premium - modelPremium) / total : 1),
  };
}

/**
 * The proof of a costed roster whose people outnumber the model's people used (the rules needed
 * more of a group than counted): the people objective, and those after it, are then not proven.
 */
export function peopleUsedReport(solve: SolveReport, counted: number, used: number): SolveReport {
  const names = solve.objectiveNames ?? [];
  const index = names.indexOf('people');
  if (used <= counted || index < 0) return solve;
  const objectiveValues = [...solve.objectiveValues];
  objectiveValues[index] = used;
  return {
    ...solve,
    method: 'decomposition',
    status: solve.status === 'optimal' ? 'bounded' : solve.status,
    objectiveValues,
    proven: solve.proven.filter((name) => names.indexOf(name) < index),
    gap: Math.max(solve.gap, (used - counted) / used),
  };
}
