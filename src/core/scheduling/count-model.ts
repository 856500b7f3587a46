/**
 * The first half of the everyday decomposition (teams too large for the person-level model):
 * how many people work each shift (pattern-day), with the person-level rules summed over
 * the team. Every roster that keeps the rules person by person keeps these sums too, so the
 * model is a relaxation: its optimum is a lower bound on unmet demand and agent-hours, which
 * the decomposition reports its gap against. Its size grows with days × patterns only.
 */
import { dayLimits } from '../rostering/day-rules.js';
import { addCoverage, slotsPerWeek, type BreakColumns, type PersonProblem } from './person-model.js';
import { overlapsBlocked } from './model.js';
import { columnAt, modelBuilder, type LinearModel } from './linear-model.js';

/**
 * Builds the shift-count relaxation of a person-level problem.
 *
 * @returns the model (column c counts the people on candidate c) and its break-count columns
 */
export function buildCountModel(problem: PersonProblem): { model: LinearModel; breaks: BreakColumns[] } {
  const { candidates, people, rules, required } = problem;
  const builder = modelBuilder();
  const { colLower, colUpper, integrality, rows, addColumn, atMost } = builder;
  // Who could work each candidate at all (window, max_hours, unavailable days).
  const able = candidates.map((c) => people.filter((person) =>
    c.start >= person.fromSlot && c.start + c.length <= person.toSlot && c.length <= (person.maxSlots ?? Infinity) && !overlapsBlocked(c, person.blocked)));
  const n = candidates.map((_, i) => addColumn(able[i]?.length ?? 0, true));
  const dayOf = (c: number) => problem.candidateDays[c] ?? 0;
  const days = [...new Set(problem.candidateDays)].sort((a, b) => a - b);
  const lastDay = problem.firstDay + Math.ceil(required.length / problem.slotsPerDay) - 1;
  const onDays = (from: number, to: number) => candidates.flatMap((_, i) => (dayOf(i) >= from && dayOf(i) <= to ? [columnAt(n, i)] : []));
  const team = people.length;

  // One shift a day each; the people who can work that day bound the day's shifts.
  for (const day of days) {
    const list = candidates.flatMap((_, i) => (dayOf(i) === day ? [i] : []));
    const canWork = new Set(list.flatMap((i) => able[i] ?? [])).size;
    atMost(canWork, list.map((i) => columnAt(n, i)));
  }
  // Days off in every 7 days, days in a row: each person works at most so many of those days.
  for (const { from, to, limit } of dayLimits(rules, problem.firstDay, lastDay)) atMost(team * limit, onDays(from, to));
  // Hours: per week for everyone; over the window for people with max_hours, and for the rest
  // as many as the window allows (one shift a day).
  if (rules.maxSlotsPerWeek !== undefined) {
    for (const week of slotsPerWeek(problem)) atMost(team * rules.maxSlotsPerWeek, week.candidates.map((i) => columnAt(n, i)), week.slots);
  }
  if (people.every((person) => person.maxSlots !== undefined)) {
    atMost(people.reduce((sum, person) => sum + (person.maxSlots ?? 0), 0), n, candidates.map((c) => c.length));
  }
  // A forbidden sequence: nobody works both, so the two shifts together need no more than the team.
  candidates.forEach((a, i) => {
    candidates.forEach((b, j) => {
      if (dayOf(j) !== dayOf(i) + 1) return;
      if ((rules.forbidden ?? []).some(([from, to]) => a.pattern === from && b.pattern === to)) atMost(team, [columnAt(n, i), columnAt(n, j)]);
    });
  });

  const { shortfall, breaks } = addCoverage(builder, required, candidates, (i) => [columnAt(n, i)], rules.meal);

  const numCols = colLower.length;
  const unmet = new Array<number>(numCols).fill(0);
  for (const column of shortfall) unmet[column] = 1;
  const agentSlots = new Array<number>(numCols).fill(0);
  n.forEach((column, i) => (agentSlots[column] = candidates[i]?.length ?? 0));
  return {
    model: {
      numCols, colLower, colUpper, integrality, rows,
      objectives: [unmet, agentSlots], objectiveNames: ['unmet_demand', 'agent_hours'],
      strategy: { first: { kind: 'withSecond', secondBound: candidates.reduce((sum, c, i) => sum + c.length * (able[i]?.length ?? 0), 0) }, relaxFirst: false },
    },
    breaks,
  };
}
