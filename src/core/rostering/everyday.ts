/**
 * Everyday rosters (weeks and months between campaigns): named people on shift patterns,
 * with person-level rules — days off per week, days in a row, hours per week, forbidden
 * sequences, balanced hours, meal breaks — and soft goals (preferences, stable patterns).
 * Solved exactly with the person-level MIP, or for large teams by the decomposition (shift
 * counts, then people), which reports its gap to a proven bound.
 */
import { CsPlanError, ExitCode, type CsPlanNotice } from '../../errors.js';
import { checkForbiddenNames, checkPatternNames, checkShiftRules, shiftCandidates, type ShiftCandidate, type ShiftPattern, type ShiftRules } from '../scheduling/candidates.js';
import { ceilTolerant, floorTolerant } from '../numeric.js';
import { breakOffsets, buildPersonModel, type BreakColumns, type MealBreakRule, type PersonLimits, type PersonProblem, type PersonRules } from '../scheduling/person-model.js';
import { buildCountModel } from '../scheduling/count-model.js';
import { solveInWorker, solveLexicographic, type SolveReport } from '../scheduling/highs-solver.js';
import { assignDays, type DayAssignment } from './assign-days.js';
import { MINUTES_PER_DAY } from '../time/clock.js';
import type { WeekMode } from './day-rules.js';
import { fairRange, type FairKind } from './fairness.js';
import { windowsText, type MealWindow } from '../scheduling/meal-window.js';
import type { SlotDemand } from '../demand/slots.js';
import type { SlotSizer } from '../staffing/capacity-rule.js';
import type { Assignment } from './assign.js';
import type { RosterPlan } from './plan.js';
import { summarise } from './summary.js';
import { staffWindow, type StaffMember } from './staff-groups.js';

export interface EverydayRules {
  daysOffPerWeek: number;
  /** Days off in every 7 days in a row (default), or per Monday–Sunday week. */
  week?: WeekMode;
  maxConsecutiveDays?: number;
  maxHoursPerWeek?: number;
  /** Pattern names [first, next] one person may not work on consecutive days. */
  forbidden?: readonly (readonly [string, string])[];
  /** Most difference in hours worked between any two full-time people (no max_hours, available all window). */
  balanceHours?: number;
  /** Also make that difference as small as possible (a soft goal). */
  minimiseSpread?: boolean;
  /** A meal break of `minutes` in every shift longer than `maxWorkHours`, leaving no longer stretch of work; only inside `windows` when given. */
  mealBreak?: { minutes: number; maxWorkHours: number; windows?: readonly MealWindow[] };
  /** Prefer each person on one shift pattern (fewest shifts off it, after agent-hours). */
  stable?: boolean;
  /** Weight of a shift outside someone's `prefers` against one pattern change (default 1). */
  prefersWeight?: number;
  /** Contract: exactly this many days worked in each 7-day period (5: 做五休二), for people without max_hours. */
  workDaysPerWeek?: number;
  /** Contract: days off come at least this many in a row. */
  daysOffTogether?: number;
  /** Contract: least hours in each Monday–Sunday week, for people without max_hours. */
  minHoursPerWeek?: number;
  /** Soft: spread night and/or weekend shifts evenly among full-time people. */
  fair?: readonly FairKind[];
}

/**
 * The meal-break rule in slots: the break rounds up to whole slots and the work allowed before
 * it down (both only stricter); windows are read on the clock from `startMinute` (slot 0).
 *
 * @example mealBreakSlots({ minutes: 60, maxWorkHours: 4 }, 30, 0) // { breakSlots: 2, maxWorkSlots: 8 }
 */
export function mealBreakSlots(rule: NonNullable<EverydayRules['mealBreak']>, slotMinutes: number, startMinute: number): MealBreakRule {
  return {
    breakSlots: ceilTolerant(rule.minutes / slotMinutes),
    maxWorkSlots: floorTolerant((rule.maxWorkHours * 60) / slotMinutes),
    ...(rule.windows ? { windows: rule.windows, slotMinutes, startMinute } : {}),
  };
}

/** Whether any contract rule (a lower bound only the exact person-level model keeps) is asked for. */
export function hasContractRules(everyday: EverydayRules, staff: readonly Pick<StaffMember, 'minHours'>[] = []): boolean {
  return everyday.workDaysPerWeek !== undefined || (everyday.daysOffTogether ?? 1) > 1 || everyday.minHoursPerWeek !== undefined || staff.some((m) => m.minHours !== undefined);
}

export interface EverydayRequest {
  demand: SlotDemand;
  sizer: SlotSizer;
  rules: ShiftRules;
  patterns: readonly ShiftPattern[];
  staff: readonly StaffMember[] | { headcount: number };
  everyday: EverydayRules;
  timeLimitSeconds: number;
  signal?: AbortSignal;
  /**
   * The exact person-level model, the decomposition, or (default) auto: the decomposition
   * above DECOMPOSE_ABOVE_PEOPLE, on a time-out, and first for smaller teams without soft
   * goals (kept when it meets its bound, i.e. is optimal); the exact model otherwise.
   */
  method?: 'exact' | 'decompose' | 'auto';
}

/**
 * Teams larger than this are planned by the decomposition: on the bench, the person-level model
 * found no roster for 200 people in 60 s, and stopped at its limit (gap 0.05%) for 100.
 */
export const DECOMPOSE_ABOVE_PEOPLE = 120;

/**
 * The decomposition's report: the counts model's optimum is a lower bound (a relaxation of the
 * person-level rules), so the roster is optimal when it meets it, and otherwise within a gap of it.
 *
 * @throws CsPlanError when the greedy assignment broke the hours balance (a hard rule)
 */
function decompositionReport(counts: SolveReport, required: readonly number[], scheduled: readonly number[], assignments: readonly Assignment[], problem: PersonProblem, staff: readonly StaffMember[]): SolveReport {
  const spread = problem.rules.maxSpreadSlots;
  if (spread !== undefined) {
    const worked = new Map<string, number>();
    for (const a of assignments) worked.set(a.person, (worked.get(a.person) ?? 0) + a.length);
    const hours = staff.flatMap((member, p) => (problem.people[p]?.balanced ?? true ? [worked.get(member.name) ?? 0] : []));
    if (hours.length > 1 && Math.max(...hours) - Math.min(...hours) > spread) {
      throw new CsPlanError('everyday.decompositionBalance', {}, { exitCode: ExitCode.infeasible, location: { setting: 'balanceHours' } });
    }
  }
  const unmet = required.reduce((sum, need, t) => sum + Math.max(0, need - (scheduled[t] ?? 0)), 0);
  const slots = assignments.reduce((sum, a) => sum + a.length, 0);
  const [boundUnmet = 0, boundSlots = 0] = counts.objectiveValues;
  const meets = counts.status === 'optimal' && unmet <= boundUnmet + 1e-9 && slots <= boundSlots + 1e-9;
  const gap = unmet > boundUnmet + 1e-9 ? (unmet - boundUnmet) / unmet : slots > 0 ? Math.max(0, slots - boundSlots) / slots : 0;
  return {
    ...counts, method: 'decomposition', objectiveValues: [unmet, slots],
    status: meets ? 'optimal' : 'bounded', gap: meets ? 0 : counts.status === 'optimal' ? gap : 1,
    ...(counts.status === 'optimal' ? { bounds: counts.objectiveValues } : {}),
    proven: meets ? ['unmet_demand', 'agent_hours'] : [],
  };
}

/** An everyday request checked and turned into the person-level problem, ready for either method. */
interface EverydayProblem {
  request: EverydayRequest;
  required: number[];
  candidates: ShiftCandidate[];
  staff: StaffMember[];
  people: PersonLimits[];
  meal: MealBreakRule | undefined;
  personProblem: PersonProblem;
  /** Contract rules are lower bounds the decomposition's greedy step cannot promise: exact model only. */
  contract: boolean;
  softGoals: boolean;
}

/** The people of the request: its staff, or A001… for a headcount. */
function everydayStaff(request: EverydayRequest): StaffMember[] {
  return 'headcount' in request.staff
    ? Array.from({ length: request.staff.headcount }, (_, i) => ({ name: `A${String(i + 1).padStart(3, '0')}` }))
    : [...request.staff];
}

/** Each person's window and limits in slots. */
function personLimits(staff: readonly StaffMember[], demand: SlotDemand): PersonLimits[] {
  return staff.map((member) => ({
    ...staffWindow(member, demand, demand.inquiries.length),
    // The hours spread holds among full-time people: no max_hours, available every day of the window.
    balanced: member.maxHours === undefined && member.availableFrom === undefined && member.availableTo === undefined && !member.unavailable?.length,
    ...(member.prefers?.length ? { prefers: member.prefers } : {}),
    // The contract minimum rounds up to whole slots: only stricter.
    ...(member.minHours !== undefined ? { minSlots: ceilTolerant((member.minHours * 60) / demand.slotMinutes) } : {}),
    contract: member.maxHours === undefined,
  }));
}

/**
 * The meal break in slots, refused when it cannot fit a pattern's shift (or fits only outside its windows).
 *
 * @throws CsPlanError (exit 3, naming --break)
 */
function checkedMealBreak(request: EverydayRequest, candidates: readonly ShiftCandidate[]): MealBreakRule | undefined {
  const { everyday, demand, patterns } = request;
  const meal = everyday.mealBreak && mealBreakSlots(everyday.mealBreak, demand.slotMinutes, demand.start);
  if (!meal) return undefined;
  for (const pattern of patterns) {
    const first = candidates.find((c) => c.pattern === pattern.name);
    if (first === undefined || breakOffsets(first.length, meal, first.start) !== undefined) continue;
    const windows = everyday.mealBreak?.windows;
    throw windows && breakOffsets(first.length, { ...meal, windows: undefined }) !== undefined
      ? new CsPlanError('everyday.breakNoWindow', { pattern: pattern.name, windows: windowsText(windows) }, { exitCode: ExitCode.infeasible, location: { setting: 'mealBreak' } })
      : new CsPlanError('everyday.breakDoesNotFit', { pattern: pattern.name }, { exitCode: ExitCode.infeasible, location: { setting: 'mealBreak' } });
  }
  return meal;
}

/** The everyday rules in slots, as the person-level models take them. */
function personRules(request: EverydayRequest, meal: MealBreakRule | undefined): PersonRules {
  const { everyday, demand, rules } = request;
  const toSlots = (hours: number) => Math.floor((hours * 60) / demand.slotMinutes + 1e-9);
  return {
    restSlots: rules.restSlots,
    daysOffPerWeek: everyday.daysOffPerWeek,
    ...(everyday.week ? { week: everyday.week } : {}),
    ...(everyday.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: everyday.maxConsecutiveDays } : {}),
    ...(everyday.maxHoursPerWeek !== undefined ? { maxSlotsPerWeek: toSlots(everyday.maxHoursPerWeek) } : {}),
    ...(everyday.forbidden ? { forbidden: everyday.forbidden } : {}),
    ...(everyday.balanceHours !== undefined ? { maxSpreadSlots: toSlots(everyday.balanceHours) } : {}),
    ...(everyday.minimiseSpread ? { minimiseSpread: true } : {}),
    ...(meal ? { meal } : {}),
    ...(everyday.stable ? { stable: true } : {}),
    ...(everyday.prefersWeight !== undefined ? { prefersWeight: everyday.prefersWeight } : {}),
    ...(everyday.workDaysPerWeek !== undefined ? { workDaysPerWeek: everyday.workDaysPerWeek } : {}),
    ...(everyday.daysOffTogether !== undefined ? { daysOffTogether: everyday.daysOffTogether } : {}),
    ...(everyday.minHoursPerWeek !== undefined ? { minSlotsPerWeek: ceilTolerant((everyday.minHoursPerWeek * 60) / demand.slotMinutes) } : {}),
    ...(everyday.fair?.length ? { fair: everyday.fair } : {}),
  };
}

/**
 * Checks an everyday request and builds its person-level problem.
 *
 * @throws CsPlanError when the window does not start at midnight, a pattern name is unknown, or a meal break cannot fit
 */
function everydayProblem(request: EverydayRequest): EverydayProblem {
  const { demand, rules, patterns, everyday } = request;
  const slotCount = demand.inquiries.length;
  checkShiftRules(rules, slotCount);
  if (demand.start % MINUTES_PER_DAY !== 0) throw new CsPlanError('everyday.notMidnight', {}, { exitCode: ExitCode.badInput });
  checkForbiddenNames(everyday.forbidden ?? [], patterns);
  const required = demand.inquiries.map((inquiries, t) => request.sizer(inquiries, demand.slotMinutes, t));
  const candidates = shiftCandidates(slotCount, rules, patterns, demand.start);
  if (candidates.length === 0) throw new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible });
  const slotsPerDay = MINUTES_PER_DAY / demand.slotMinutes;
  const firstDay = demand.start / MINUTES_PER_DAY;
  const staff = everydayStaff(request);
  const people = personLimits(staff, demand);
  for (const member of staff) checkPatternNames(member.prefers ?? [], patterns, { setting: 'staff', value: member.name });
  const meal = checkedMealBreak(request, candidates);
  const personProblem: PersonProblem = {
    required, candidates, people, slotsPerDay, firstDay, rules: personRules(request, meal),
    candidateDays: candidates.map((c) => firstDay + Math.floor(c.start / slotsPerDay)),
  };
  return {
    request, required, candidates, staff, people, meal, personProblem,
    contract: hasContractRules(everyday, staff),
    softGoals: everyday.stable === true || everyday.minimiseSpread === true || staff.some((m) => m.prefers?.length) || Boolean(everyday.fair?.length),
  };
}

/**
 * Plans an everyday roster: every person's shifts, under the person-level rules. Chooses the
 * method (see EverydayRequest.method): with auto, small teams without soft goals or contract
 * rules try the decomposition first and keep it when it is proven optimal; the exact model
 * otherwise, and the decomposition when the exact model finds no roster in time.
 *
 * @throws CsPlanError when the window does not start at midnight or a forbidden pattern is unknown
 */
export async function planEverydayRoster(request: EverydayRequest): Promise<RosterPlan> {
  const problem = everydayProblem(request);
  const { staff, contract, softGoals } = problem;
  const method = request.method ?? 'auto';
  if (method === 'auto' && staff.length <= DECOMPOSE_ABOVE_PEOPLE && !softGoals && !contract) {
    // The decomposition takes a second or two; when its roster meets its bound it is optimal
    // and the exact model is not needed (100 people: 1.3 s against no proof in 60 s).
    const quick = await planWith(problem, 'decompose').catch((error: unknown) => {
      if (error instanceof CsPlanError && error.key === 'everyday.decompositionBalance') return undefined;
      throw error;
    });
    if (quick?.solve.status === 'optimal') return quick;
  }
  const decompose = !contract && (method === 'decompose' || (method !== 'exact' && staff.length > DECOMPOSE_ABOVE_PEOPLE));
  try {
    return await planWith(problem, decompose ? 'decompose' : 'exact');
  } catch (error) {
    // No roster from the exact model in time: the decomposition is quick, and reports its gap.
    if (!decompose && method !== 'exact' && error instanceof CsPlanError && error.key === 'roster.noSolutionInTime') {
      if (contract) throw new CsPlanError('everyday.contractNeedsExact', { people: staff.length }, { exitCode: ExitCode.partial });
      return planWith(problem, 'decompose');
    }
    throw error;
  }
}

/** Solves the problem by one method and assembles the plan. */
async function planWith(problem: EverydayProblem, method: 'exact' | 'decompose'): Promise<RosterPlan> {
  const { request, personProblem, candidates, staff, contract } = problem;
  const decompose = method === 'decompose';
  const { model, breaks } = decompose ? buildCountModel(personProblem) : buildPersonModel(personProblem);
  const solveOptions = { timeLimitSeconds: request.timeLimitSeconds };
  let solve: SolveReport;
  try {
    solve = request.signal ? await solveInWorker(model, solveOptions, request.signal) : await solveLexicographic(model, solveOptions);
  } catch (error) {
    // Lower bounds that cannot all be met: name them rather than the shift settings.
    if (contract && error instanceof CsPlanError && error.key === 'roster.infeasible') {
      throw new CsPlanError('everyday.contractInfeasible', {}, { exitCode: ExitCode.infeasible });
    }
    throw error;
  }
  const chosen: DayAssignment[] = [];
  let unassignedShifts = 0;
  if (decompose) {
    const given = assignDays({ ...personProblem, counts: candidates.map((_, i) => Math.round(solve.values[i] ?? 0)) });
    chosen.push(...given.assignments);
    unassignedShifts = given.unassigned.reduce((a, b) => a + b, 0);
  } else {
    staff.forEach((_, p) => candidates.forEach((_c, i) => {
      if (Math.round(solve.values[p * candidates.length + i] ?? 0) === 1) chosen.push({ person: p, candidate: i });
    }));
  }
  const assignments = everydayAssignments(problem, chosen, breaks, solve.values);
  const scheduled = new Array<number>(request.demand.inquiries.length).fill(0);
  for (const a of assignments) {
    for (let t = a.start; t < a.start + a.length; t++) {
      if (!a.mealBreak || t < a.mealBreak.start || t >= a.mealBreak.start + a.mealBreak.length) scheduled[t] = (scheduled[t] ?? 0) + 1;
    }
  }
  if (decompose) solve = decompositionReport(solve, problem.required, scheduled, assignments, personProblem, staff);
  return everydayPlan(problem, { solve, unassignedShifts, assignments, scheduled, decompose, modelSize: { columns: model.numCols, rows: model.rows.length } });
}

/**
 * The chosen (person, candidate) pairs as assignments in staff order, with the meal breaks the
 * model placed: how many on each shift break at each offset, handed out in staff order.
 */
function everydayAssignments(problem: EverydayProblem, chosen: readonly DayAssignment[], breaks: readonly BreakColumns[], values: ArrayLike<number>): Assignment[] {
  const { candidates, staff, meal } = problem;
  const assignments: Assignment[] = [];
  const byCandidate = new Map<number, Assignment[]>();
  for (const { person, candidate } of chosen) {
    const c = candidates[candidate];
    const member = staff[person];
    if (!c || !member) continue;
    const assignment: Assignment = { start: c.start, length: c.length, group: 0, ...(c.pattern ? { pattern: c.pattern } : {}), person: member.name };
    assignments.push(assignment);
    byCandidate.set(candidate, [...(byCandidate.get(candidate) ?? []), assignment]);
  }
  const order = new Map(staff.map((member, p) => [member.name, p]));
  assignments.sort((a, b) => (order.get(a.person) ?? 0) - (order.get(b.person) ?? 0) || a.start - b.start);
  for (const { candidate, offsets, columns } of breaks) {
    const onShift = byCandidate.get(candidate) ?? [];
    let next = 0;
    offsets.forEach((offset, k) => {
      for (let n = Math.round(values[columns[k] ?? 0] ?? 0); n > 0 && next < onShift.length; n--) {
        const a = onShift[next++];
        if (a) a.mealBreak = { start: a.start + offset, length: meal?.breakSlots ?? 0 };
      }
    });
  }
  return assignments;
}

/** The everyday plan from a solved roster: coverage, summary, soft goals, and a notice when the decomposition skipped them. */
function everydayPlan(problem: EverydayProblem, solved: {
  solve: SolveReport; unassignedShifts: number; assignments: Assignment[]; scheduled: number[]; decompose: boolean; modelSize: { columns: number; rows: number };
}): RosterPlan {
  const { request: { demand, everyday }, required, candidates, staff, softGoals } = problem;
  const { assignments, scheduled } = solved;
  const covered = new Array<boolean>(demand.inquiries.length).fill(false);
  for (const c of candidates) for (let t = c.start; t < c.start + c.length; t++) covered[t] = true;
  // The decomposition plans no soft goals: say so rather than let them pass unnoticed.
  const skipped: CsPlanNotice[] = solved.decompose && softGoals ? [{ key: 'everyday.softGoalsSkipped', params: { people: staff.length }, location: {} }] : [];
  return {
    ...(skipped.length > 0 ? { notices: skipped } : {}),
    demand, required, scheduled, preSales: scheduled,
    shortfall: required.map((need, t) => Math.max(0, need - (scheduled[t] ?? 0))),
    assignments,
    people: [...new Set(assignments.map((a) => a.person))],
    available: staff.length,
    solve: solved.solve, unassignedShifts: solved.unassignedShifts,
    summary: summarise(demand, required, scheduled, assignments),
    modelSize: solved.modelSize,
    unreachableSlots: required.flatMap((need, t) => (!covered[t] && need > 0 ? [t] : [])),
    ...(everyday.stable || staff.some((m) => m.prefers?.length) || everyday.fair?.length ? { softGoals: everydaySoftGoals(problem, assignments) } : {}),
  };
}

/** How the roster meets the soft goals asked for: pattern changes, preference misses, fair ranges. */
function everydaySoftGoals(problem: EverydayProblem, assignments: readonly Assignment[]): NonNullable<RosterPlan['softGoals']> {
  const { request: { demand, everyday }, staff, people } = problem;
  return {
    ...(everyday.stable ? { patternChanges: patternChanges(assignments) } : {}),
    ...(staff.some((m) => m.prefers?.length) ? { preferenceMisses: preferenceMisses(assignments, staff) } : {}),
    ...(everyday.fair?.length ? {
      fair: everyday.fair.map((kind) => {
        const fullTime = staff.filter((_, p) => people[p]?.balanced).map((m) => m.name);
        const shifts = assignments.map((a) => ({ person: a.person, start: demand.start + a.start * demand.slotMinutes, minutes: a.length * demand.slotMinutes }));
        return { kind, ...fairRange(kind, shifts, fullTime) };
      }),
    } : {}),
  };
}

/**
 * Shifts outside their person's `prefers` (people without preferences never miss).
 *
 * @example preferenceMisses([{ person: 'a', pattern: '晚班' }], [{ name: 'a', prefers: ['白班'] }]) // 1
 */
export function preferenceMisses(assignments: readonly Pick<Assignment, 'person' | 'pattern'>[], staff: readonly Pick<StaffMember, 'name' | 'prefers'>[]): number {
  const prefers = new Map(staff.map((m) => [m.name, m.prefers ?? []]));
  return assignments.filter((a) => {
    const wanted = prefers.get(a.person) ?? [];
    return wanted.length > 0 && !wanted.includes(a.pattern ?? '');
  }).length;
}

/**
 * Shifts that are not on their person's usual pattern (the one they work most).
 *
 * @example patternChanges([{ person: 'a', pattern: '白班' }, { person: 'a', pattern: '白班' }, { person: 'a', pattern: '晚班' }]) // 1
 */
export function patternChanges(assignments: readonly Pick<Assignment, 'person' | 'pattern'>[]): number {
  const counts = new Map<string, Map<string, number>>();
  for (const { person, pattern = '' } of assignments) {
    const mine = counts.get(person) ?? new Map<string, number>();
    mine.set(pattern, (mine.get(pattern) ?? 0) + 1);
    counts.set(person, mine);
  }
  let changes = 0;
  for (const mine of counts.values()) {
    const values = [...mine.values()];
    changes += values.reduce((a, b) => a + b, 0) - Math.max(...values);
  }
  return changes;
}
