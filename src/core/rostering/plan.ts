/**
 * Builds a roster from slot demand: size each slot, choose shifts optimally (MIP), give
 * them to people, and measure the result.
 */
import { CsPlanError, ExitCode, type CsPlanNotice } from '../../errors.js';
import type { SlotDemand } from '../demand/slots.js';
import type { ShiftCandidate } from '../scheduling/candidates.js';
import { buildScheduleModel, reachableSlots, type StaffGroup } from '../scheduling/model.js';
import type { LinearModel } from '../scheduling/linear-model.js';
import { addPersonShifts, type PeopleOfGroup } from './person-shifts.js';
import type { AfterSalesPlan } from './after-sales.js';
import { solveInWorker, solveLexicographic, type SolveReport, type SolveRun } from '../scheduling/highs-solver.js';
import { assignShifts, type Assignment, type Person, type ShiftToStaff } from './assign.js';
import type { CostReport } from '../staffing/costs.js';
import { agentName } from './staff-groups.js';
import { addDayRuleRows, planWorkingDays } from './group-day-rules.js';
import { assignmentReport, overtimeReport, peopleUsedReport } from './bound-reports.js';
import { summarise, type RosterSummary } from './summary.js';
import { rosterProblem, type RosterProblem, type RosterRequest } from './roster-problem.js';
import { rosterCostOf, rosterCoverage } from './roster-outcome.js';

export type { AfterSalesDemand, OutsourcingOffer, RosterRequest } from './roster-problem.js';
export type { AfterSalesPlan } from './after-sales.js';

export interface RosterPlan {
  demand: SlotDemand;
  /** Pre-sales agents required per slot. */
  required: number[];
  /** Agents on duty per slot. */
  scheduled: number[];
  /** Agents on pre-sales per slot (all on duty, unless after-sales is planned). */
  preSales: number[];
  /** Required minus agents on pre-sales, where positive. */
  shortfall: number[];
  assignments: Assignment[];
  /** People who work at least one shift. */
  people: string[];
  /** People available (named staff or headcount); undefined when unlimited. */
  available?: number;
  solve: SolveReport;
  /** Size of the MIP: it grows with slots × candidate shifts × staff groups, not with headcount. */
  modelSize: { columns: number; rows: number };
  /** Shifts the optimizer chose that no one could take within their hours limit. */
  unassignedShifts: number;
  /** Slots with demand that no allowed shift covers (e.g. before the first shift pattern of the window). */
  unreachableSlots: number[];
  summary: RosterSummary;
  afterSales?: AfterSalesPlan;
  /** Agent-hours of shifts that start inside the window and run past its end. */
  hoursPastWindow?: number;
  /** Things the user should know about how the roster was planned (printed as notes). */
  notices?: CsPlanNotice[];
  /** Agent-slots of pre-sales demand outsourced per slot (priority cost with outsourcing). */
  outsourced?: number[];
  /** Agent-slots of pre-sales demand the bot takes per slot (priority cost with --bot-max). */
  botTaken?: number[];
  /** The same roster with the bot succeeding 10 points less: its share and the total ¥. */
  botSensitivity?: { maxShare: number; total: number };
  /** What the roster costs (priority cost, or staff with costs). */
  cost?: CostReport;
  /** Soft goals of everyday rosters, measured on the roster: shifts off each person's usual (most worked) pattern (--stable), and outside their `prefers`. */
  softGoals?: {
    patternChanges?: number;
    preferenceMisses?: number;
    fair?: { kind: 'nights' | 'weekends'; least: number; most: number }[];
  };
}

/**
 * A starting roster for the after-sales model: the same model with no waiting allowed. Its
 * rosters are feasible for any deferral (when every arrival slot is reachable), and it solves
 * quickly, as each slot's need is then whole; seeded with it, a short time limit still ends
 * with a roster. Undefined when none was found in time.
 */
export async function strictStart(
  strict: LinearModel,
  seconds: number,
  run: SolveRun,
): Promise<Float64Array | undefined> {
  const first: LinearModel = {
    ...strict,
    objectives: strict.objectives.slice(0, 1),
    objectiveNames: strict.objectiveNames.slice(0, 1),
    strategy: { ...strict.strategy, first: { kind: 'alone' } },
  };
  if (first.wholeObjectives) first.wholeObjectives = first.wholeObjectives.slice(0, 1);
  try {
    return (await run(first, { timeLimitSeconds: Math.max(1, seconds) })).values;
  } catch (error) {
    if (error instanceof CsPlanError && error.key === 'interrupted') throw error;
    return undefined;
  }
}

/**
 * The roster's model with after-sales work deferrable by `defer` slots: the schedule model, its
 * day rules summed per group, and the people of groups paid overtime one by one.
 */
export function rosterModel(problem: RosterProblem, defer: number) {
  const {
    request,
    required,
    candidates,
    groups,
    people,
    assignRules,
    outsourcing,
    bot,
    overtime,
    inquiriesPerAgentSlot,
  } = problem;
  const { restSlots } = request.rules;
  const after = request.afterSales;
  const unmetPrice = request.priority === 'cost' ? request.unmetCostPerInquiry : undefined;
  const built = buildScheduleModel({
    required,
    candidates,
    restSlots,
    ...(groups ? { groups } : {}),
    ...(request.priority ? { priority: request.priority } : {}),
    ...(outsourcing ? { outsourcing } : {}),
    ...(bot ? { bot } : {}),
    ...(unmetPrice !== undefined ? { unmetCostPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * unmetPrice) } : {}),
    ...(after ? { afterSales: { work: after.contacts.map((c) => c / problem.perAgentSlot), deferSlots: defer } } : {}),
  });
  if (assignRules) {
    const peopleColumn = built.columns.people;
    if (groups)
      addDayRuleRows(built.model, built.columns.shifts, candidates, groups, assignRules, restSlots, built.columns.used);
    else if (peopleColumn !== undefined) {
      addDayRuleRows(built.model, built.columns.shifts, candidates, { peopleColumn }, assignRules, restSlots);
      // The greedy cover's people bound the second objective only without the day rules.
      if (request.priority === 'people') built.model.strategy = { ...built.model.strategy, first: { kind: 'alone' } };
    }
  }
  // Groups paid overtime get their people in the model: overtime depends on each one's week.
  const persons =
    overtime && groups && people
      ? addPersonShifts(built.model, built.columns.shifts, candidates, groups, people, {
          restSlots,
          ...(assignRules ? { dayRules: assignRules } : {}),
          overtime,
          ...(built.columns.used ? { used: built.columns.used } : {}),
        })
      : [];
  return { ...built, persons };
}

/**
 * Solves the roster's model within the request's time limit; with deferrable after-sales work,
 * seeded by the strict model's roster (see strictStart).
 */
export async function solveRoster(
  problem: RosterProblem,
  model: LinearModel,
  run: SolveRun,
  started: number,
): Promise<SolveReport> {
  const { request } = problem;
  const start =
    request.afterSales && problem.deferSlots > 0
      ? await strictStart(rosterModel(problem, 0).model, request.timeLimitSeconds / 4, run)
      : undefined;
  const remaining = start
    ? Math.max(1, request.timeLimitSeconds - (performance.now() - started) / 1000)
    : request.timeLimitSeconds;
  return run(model, { timeLimitSeconds: remaining, ...(start ? { start } : {}) }).catch((error: unknown) => {
    // Say the limit the user set, not what was left of it after the seed.
    if (error instanceof CsPlanError && error.key === 'roster.noSolutionInTime') {
      throw new CsPlanError(
        'roster.noSolutionInTime',
        { seconds: request.timeLimitSeconds },
        { exitCode: ExitCode.partial },
      );
    }
    throw error;
  });
}

/**
 * Gives the model's shifts to people. The model's own people (groups paid overtime) keep the
 * shifts it gave them; the other shifts are assigned, under the day rules with the working days
 * planned first. Unlimited people under day rules: the model's count of people first, more only
 * if needed. Ties went to fewer people: each group's first people (in the staff file's order),
 * as many as the model used, get its shifts; should the rules need more of them, everyone may.
 */
export async function staffRoster(
  problem: RosterProblem,
  built: ReturnType<typeof rosterModel>,
  solve: SolveReport,
  run: SolveRun,
  started: number,
) {
  const { request, candidates, groups, people, assignRules, modelSlots } = problem;
  const { columns, persons } = built;
  const { restSlots } = request.rules;
  const fixedGroups = new Set(persons.map((p) => p.group));
  const fixed = personAssignments(persons, solve.values, candidates, groups ?? []);
  const shifts: ShiftToStaff[] = [];
  columns.shifts.forEach(({ candidate, group }, column) => {
    const c = candidates[candidate];
    if (fixedGroups.has(group) || !c) return;
    const role = groups?.[group]?.role ?? 'both';
    for (let i = Math.round(solve.values[column] ?? 0); i > 0; i--)
      shifts.push({ start: c.start, length: c.length, group, role, ...(c.pattern ? { pattern: c.pattern } : {}) });
  });
  const counted =
    !people && assignRules && columns.people !== undefined ? Math.round(solve.values[columns.people] ?? 0) : undefined;
  const team =
    counted !== undefined
      ? Array.from({ length: counted }, (_, i) => ({ name: agentName(i), group: -1 }))
      : people?.filter((p) => !fixedGroups.has(p.group));
  const teamGroups =
    groups ?? (counted !== undefined ? [{ size: counted, fromSlot: 0, toSlot: modelSlots }] : undefined);
  const assignTo = async (members: readonly Person[] | undefined) => {
    const seconds = Math.min(10, Math.max(1, request.timeLimitSeconds - (performance.now() - started) / 1000));
    const planned =
      assignRules && members && teamGroups
        ? await planWorkingDays(
            shifts.map((shift) => ({ ...shift, group: Math.max(0, shift.group) })),
            members.map((p) => ({ ...p, group: Math.max(0, p.group) })),
            teamGroups,
            assignRules,
            restSlots,
            run,
            seconds,
          )
        : undefined;
    return assignShifts(
      shifts,
      restSlots,
      members,
      assignRules && planned ? { ...assignRules, planned } : assignRules,
      { grow: counted !== undefined },
    );
  };
  const usedCounts = columns.used?.map((column) => (column === undefined ? 0 : Math.round(solve.values[column] ?? 0)));
  const fewer = usedCounts && team ? firstOfEachGroup(team, usedCounts) : undefined;
  let given = await assignTo(fewer ?? team);
  if (fewer && given.unassigned.length > 0) given = await assignTo(team);
  return { assignments: [...fixed, ...given.assignments], unassigned: given.unassigned.length, usedCounts };
}

/**
 * Plans a roster: checks the request, builds and solves the model, gives the shifts to people,
 * and measures the result (the proof withdrawn where the roster does not meet the model's bound).
 *
 * @throws CsPlanError for contradictory settings (exit 3) or a solver that finds nothing in time
 */
export async function planRoster(request: RosterRequest): Promise<RosterPlan> {
  const problem = rosterProblem(request);
  const { demand } = request;
  const { required, candidates, people, slotCount, assignRules } = problem;
  const built = rosterModel(problem, problem.deferSlots);
  const started = performance.now();
  const run: SolveRun = (m, options) =>
    request.signal ? solveInWorker(m, options, request.signal) : solveLexicographic(m, options);
  const solve = await solveRoster(problem, built.model, run, started);
  const { assignments, unassigned, usedCounts } = await staffRoster(problem, built, solve, run, started);
  const coverage = rosterCoverage(problem, assignments, built.columns, solve.values);
  // Measures and files cover the window; agent-hours count every hour worked, past its end too.
  const window = <T>(series: T[]) => series.slice(0, slotCount);
  const summary = summarise(
    demand,
    window(required),
    window(coverage.scheduled),
    assignments,
    window(coverage.covered),
  );
  const slotsPast = assignments.reduce((sum, a) => sum + Math.max(0, a.start + a.length - slotCount), 0);
  const cost = rosterCostOf(problem, assignments, coverage);
  const assigned = assignRules
    ? assignmentReport(solve, built.columns.people, assignments, unassigned, summary, Boolean(request.afterSales))
    : solve;
  // The model priced each person's overtime; the roster's (measured by the cost report) must agree.
  const modelPremium = built.persons.reduce((sum, p) => sum + p.premium(solve.values), 0);
  const priced = cost?.overtime ? overtimeReport(assigned, modelPremium, cost.overtime.premium, cost.total) : assigned;
  const report = usedCounts
    ? peopleUsedReport(
        priced,
        usedCounts.reduce((a, b) => a + b, 0),
        new Set(assignments.map((a) => a.person)).size,
      )
    : priced;
  const order = new Map((people ?? []).map((p, i) => [p.name, i]));
  assignments.sort(
    (a, b) =>
      (order.get(a.person) ?? 0) - (order.get(b.person) ?? 0) || a.person.localeCompare(b.person) || a.start - b.start,
  );
  const { afterSales, outsourced, botTaken } = coverage;
  return {
    demand,
    required: window(required),
    scheduled: window(coverage.scheduled),
    preSales: window(coverage.preSales),
    shortfall: window(coverage.shortfall),
    assignments,
    people: [...new Set(assignments.map((a) => a.person))],
    ...(problem.available !== undefined ? { available: problem.available } : {}),
    ...(slotsPast > 0 ? { hoursPastWindow: (slotsPast * demand.slotMinutes) / 60 } : {}),
    solve: report,
    unassignedShifts: unassigned,
    summary,
    modelSize: { columns: built.model.numCols, rows: built.model.rows.length },
    unreachableSlots: window(reachableSlots({ required, candidates })).flatMap((ok, t) =>
      !ok && (required[t] ?? 0) > 0 ? [t] : [],
    ),
    ...(afterSales ? { afterSales } : {}),
    ...(outsourced ? { outsourced: window(outsourced) } : {}),
    ...(botTaken ? { botTaken: window(botTaken) } : {}),
    ...(cost ? { cost } : {}),
  };
}

/**
 * Each group's first `counts[g]` people, in the order given.
 *
 * @example firstOfEachGroup([{ name: 'a', group: 0 }, { name: 'b', group: 0 }, { name: 'c', group: 1 }], [1, 1]).map((p) => p.name) // ['a', 'c']
 */
export function firstOfEachGroup(people: readonly Person[], counts: readonly number[]): Person[] {
  const taken = new Map<number, number>();
  return people.filter((person) => {
    const n = taken.get(person.group) ?? 0;
    taken.set(person.group, n + 1);
    return n < (counts[person.group] ?? 0);
  });
}

/** The shifts the model gave its own people (see person-shifts). */
function personAssignments(
  persons: readonly PeopleOfGroup[],
  values: ArrayLike<number>,
  candidates: readonly ShiftCandidate[],
  groups: readonly StaffGroup[],
): Assignment[] {
  return persons.flatMap((people) =>
    people.shiftsOf(values).flatMap(({ person, candidates: chosen }) =>
      chosen.flatMap((index) => {
        const c = candidates[index];
        if (!c) return [];
        return [
          {
            start: c.start,
            length: c.length,
            group: people.group,
            role: groups[people.group]?.role ?? 'both',
            ...(c.pattern ? { pattern: c.pattern } : {}),
            person,
          },
        ];
      }),
    ),
  );
}
