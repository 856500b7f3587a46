/**
 * The one roster engine: takes every roster request, picks the model that can keep its rules
 * (the user never chooses), and checks the result against those same rules with the checker
 * that `cs-plan check` runs, so a roster cs-plan writes always passes `check`.
 *
 * - The group model (plan.ts) for any window, free shifts or patterns, limited or unlimited
 *   people, after-sales: the day rules (days off in every 7 days, days in a row, hours a
 *   week) are summed into it and kept person by person when shifts are given out.
 * - The person-level model (everyday.ts) when shift patterns meet named people for a week or
 *   more, or when a rule only it has is asked for (forbidden sequences, balance, breaks,
 *   stable patterns, preferences).
 */
import { checkRoster, type CheckRules, type RosterRow, type Violation } from './check.js';
import { planEverydayRoster, type EverydayRules } from './everyday.js';
import { planRoster, type RosterPlan, type RosterRequest } from './plan.js';
import { MAX_CONTINUOUS_DUTY_HOURS, type ShiftPattern } from '../scheduling/candidates.js';
import { MINUTES_PER_DAY } from '../time/clock.js';

export interface RosterJob extends RosterRequest {
  /** The person-level rules (day rules included; they hold on every roster). */
  everyday: EverydayRules;
  /** Rules only the person-level model has were asked for (so it runs for any window). */
  personRules?: boolean;
}

/**
 * Whether a job runs on the person-level model: shift patterns, named people (or a headcount),
 * no after-sales, and a window of a week or more or a person-level rule asked for.
 *
 * @example usesPersonModel({ patterns: [p], staff: { headcount: 5 }, demand: week, ... }) // true
 */
export function usesPersonModel(job: Pick<RosterJob, 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>): boolean {
  const weekLong = job.demand.inquiries.length * job.demand.slotMinutes >= 7 * MINUTES_PER_DAY;
  return Boolean(job.patterns && job.staff && !job.afterSales && (weekLong || job.personRules));
}

/** Plans a roster on the model that keeps the job's rules. */
export async function buildRoster(job: RosterJob): Promise<RosterPlan> {
  const { everyday } = job;
  if (usesPersonModel(job) && job.patterns && job.staff) {
    return planEverydayRoster({
      demand: job.demand, sizer: job.sizer, rules: job.rules, patterns: job.patterns, staff: job.staff, everyday,
      timeLimitSeconds: job.timeLimitSeconds, ...(job.signal ? { signal: job.signal } : {}),
    });
  }
  return planRoster({
    ...job,
    dayRules: {
      daysOffPerWeek: everyday.daysOffPerWeek,
      ...(everyday.week ? { week: everyday.week } : {}),
      ...(everyday.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: everyday.maxConsecutiveDays } : {}),
      ...(everyday.maxHoursPerWeek !== undefined ? { maxHoursPerWeek: everyday.maxHoursPerWeek } : {}),
    },
  });
}

/**
 * The checker's rules for a job: what `cs-plan check` is given when called with the roster's
 * own flags (rest, duty, day rules, forbidden sequences, meal breaks, staff).
 */
export function checkRulesFor(job: Pick<RosterJob, 'rules' | 'everyday' | 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>): CheckRules {
  const { everyday, rules } = job;
  const person = usesPersonModel(job);
  const patterns: readonly ShiftPattern[] = job.patterns ?? [];
  return {
    minRestMinutes: rules.restSlots * rules.slotMinutes,
    maxDutyMinutes: Math.min(MAX_CONTINUOUS_DUTY_HOURS * 60, rules.maxShiftSlots * rules.slotMinutes),
    // Shifts are never closer than the rest: no gap is a break inside one duty.
    maxBreakMinutes: 0,
    daysOffPerWeek: everyday.daysOffPerWeek,
    ...(everyday.week ? { week: everyday.week } : {}),
    ...(everyday.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: everyday.maxConsecutiveDays } : {}),
    ...(everyday.maxHoursPerWeek !== undefined ? { maxHoursPerWeek: everyday.maxHoursPerWeek } : {}),
    // The rules only the person-level model has hold only where it ran.
    ...(person && everyday.mealBreak ? { mealBreak: everyday.mealBreak } : {}),
    ...(person && everyday.forbidden?.length && patterns.length > 0 ? { sequences: { patterns, forbidden: everyday.forbidden } } : {}),
    ...(person && everyday.workDaysPerWeek !== undefined ? { workDaysPerWeek: everyday.workDaysPerWeek } : {}),
    ...(person && everyday.daysOffTogether !== undefined ? { daysOffTogether: everyday.daysOffTogether } : {}),
    ...(person && everyday.minHoursPerWeek !== undefined ? { minHoursPerWeek: everyday.minHoursPerWeek } : {}),
    ...(job.staff && !('headcount' in job.staff) ? { staff: job.staff } : {}),
  };
}

/** A plan's shifts as the rows `check` reads (epoch minutes), lines from 2 as in its CSV. */
export function planRows(plan: RosterPlan): RosterRow[] {
  const at = (slot: number) => plan.demand.start + slot * plan.demand.slotMinutes;
  return plan.assignments.map((a, i) => ({
    line: i + 2, person: a.person, start: at(a.start), end: at(a.start + a.length),
    ...(a.mealBreak ? { mealBreak: { start: at(a.mealBreak.start), end: at(a.mealBreak.start + a.mealBreak.length) } } : {}),
  }));
}

/**
 * The rules a plan breaks, by the checker (coverage aside): empty for every roster cs-plan
 * makes. Anything else is a defect, which the roster command reports instead of writing.
 */
export function selfCheck(plan: RosterPlan, job: Pick<RosterJob, 'rules' | 'everyday' | 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>): Violation[] {
  return checkRoster(planRows(plan), checkRulesFor(job));
}
