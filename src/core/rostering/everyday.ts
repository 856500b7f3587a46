/**
 * Everyday rosters (weeks and months between campaigns): named people on shift patterns,
 * with person-level rules — days off per week, days in a row, hours per week, forbidden
 * sequences and balanced hours — solved exactly with the person-level MIP.
 */
import { CsPlanError, ExitCode } from '../../errors.js';
import { checkForbiddenNames, checkShiftRules, shiftCandidates, type ShiftPattern, type ShiftRules } from '../scheduling/candidates.js';
import { buildPersonModel, type PersonLimits } from '../scheduling/person-model.js';
import { solveInWorker, solveLexicographic } from '../scheduling/highs-solver.js';
import { MINUTES_PER_DAY } from '../time/clock.js';
import type { SlotDemand } from '../demand/slots.js';
import type { SlotSizer } from '../staffing/capacity-rule.js';
import type { Assignment } from './assign.js';
import { staffWindow, summarise, type RosterPlan, type StaffMember } from './plan.js';

export interface EverydayRules {
  daysOffPerWeek: number;
  maxConsecutiveDays?: number;
  maxHoursPerWeek?: number;
  /** Pattern names [first, next] one person may not work on consecutive days. */
  forbidden?: readonly (readonly [string, string])[];
  /** Most difference in hours worked between any two full-time people (no max_hours, available all window). */
  balanceHours?: number;
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
}

/**
 * Plans an everyday roster: every person's shifts, under the person-level rules.
 *
 * @throws CsPlanError when the window does not start at midnight or a forbidden pattern is unknown
 */
export async function planEverydayRoster(request: EverydayRequest): Promise<RosterPlan> {
  const { demand, rules, patterns } = request;
  const slotCount = demand.inquiries.length;
  checkShiftRules(rules, slotCount);
  if (demand.start % MINUTES_PER_DAY !== 0) throw new CsPlanError('everyday.notMidnight', {}, { exitCode: ExitCode.badInput });
  checkForbiddenNames(request.everyday.forbidden ?? [], patterns);
  const required = demand.inquiries.map((inquiries, t) => request.sizer(inquiries, demand.slotMinutes, t));
  const candidates = shiftCandidates(slotCount, rules, patterns, demand.start);
  if (candidates.length === 0) throw new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible });
  const slotsPerDay = MINUTES_PER_DAY / demand.slotMinutes;
  const firstDay = demand.start / MINUTES_PER_DAY;
  const toSlots = (hours: number) => Math.floor((hours * 60) / demand.slotMinutes + 1e-9);

  const staff: StaffMember[] = 'headcount' in request.staff
    ? Array.from({ length: request.staff.headcount }, (_, i) => ({ name: `A${String(i + 1).padStart(3, '0')}` }))
    : [...request.staff];
  const people: PersonLimits[] = staff.map((member) => ({
    ...staffWindow(member, demand, slotCount),
    // The hours spread holds among full-time people: no max_hours, available every day of the window.
    balanced: member.maxHours === undefined && member.availableFrom === undefined && member.availableTo === undefined && !member.unavailable?.length,
  }));
  const { everyday } = request;
  const model = buildPersonModel({
    required, candidates, people, slotsPerDay, firstDay,
    candidateDays: candidates.map((c) => firstDay + Math.floor(c.start / slotsPerDay)),
    rules: {
      restSlots: rules.restSlots,
      daysOffPerWeek: everyday.daysOffPerWeek,
      ...(everyday.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: everyday.maxConsecutiveDays } : {}),
      ...(everyday.maxHoursPerWeek !== undefined ? { maxSlotsPerWeek: toSlots(everyday.maxHoursPerWeek) } : {}),
      ...(everyday.forbidden ? { forbidden: everyday.forbidden } : {}),
      ...(everyday.balanceHours !== undefined ? { maxSpreadSlots: toSlots(everyday.balanceHours) } : {}),
    },
  });
  const solveOptions = { timeLimitSeconds: request.timeLimitSeconds };
  const solve = request.signal ? await solveInWorker(model, solveOptions, request.signal) : await solveLexicographic(model, solveOptions);

  const assignments: Assignment[] = [];
  staff.forEach((member, p) => {
    candidates.forEach((c, i) => {
      if (Math.round(solve.values[p * candidates.length + i] ?? 0) === 1) {
        assignments.push({ start: c.start, length: c.length, group: 0, ...(c.pattern ? { pattern: c.pattern } : {}), person: member.name });
      }
    });
  });
  const scheduled = new Array<number>(slotCount).fill(0);
  for (const a of assignments) for (let t = a.start; t < a.start + a.length; t++) scheduled[t] = (scheduled[t] ?? 0) + 1;
  const covered = new Array<boolean>(slotCount).fill(false);
  for (const c of candidates) for (let t = c.start; t < c.start + c.length; t++) covered[t] = true;
  return {
    demand, required, scheduled, preSales: scheduled,
    shortfall: required.map((need, t) => Math.max(0, need - (scheduled[t] ?? 0))),
    assignments,
    people: [...new Set(assignments.map((a) => a.person))],
    available: staff.length,
    solve, unassignedShifts: 0,
    summary: summarise(demand, required, scheduled, assignments),
    modelSize: { columns: model.numCols, rows: model.rows.length },
    unreachableSlots: required.flatMap((need, t) => (!covered[t] && need > 0 ? [t] : [])),
  };
}
