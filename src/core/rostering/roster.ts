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
import { mealBreakSlots, planEverydayRoster, type EverydayRules } from './everyday.js';
import { planRoster, type RosterPlan, type RosterRequest } from './plan.js';
import { MAX_CONTINUOUS_DUTY_HOURS, type ShiftPattern } from '../scheduling/candidates.js';
import { breakOffsets } from '../scheduling/person-model.js';
import { CsPlanError, ExitCode, type CsPlanNotice } from '../../errors.js';
import { formatClock, MINUTES_PER_DAY } from '../time/clock.js';

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
export function usesPersonModel(
  job: Pick<RosterJob, 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>,
): boolean {
  const weekLong = job.demand.inquiries.length * job.demand.slotMinutes >= 7 * MINUTES_PER_DAY;
  return Boolean(job.patterns && job.staff && !job.afterSales && (weekLong || job.personRules));
}

/**
 * Whether a job with free shifts (no `--shifts`) asks for a rule only the person-level model
 * has: it is then planned on the shift times the group model chose (see buildRoster).
 */
export function freeShiftsPersonModel(
  job: Pick<RosterJob, 'patterns' | 'staff' | 'afterSales' | 'personRules'>,
): boolean {
  return Boolean(!job.patterns && job.staff && !job.afterSales && job.personRules);
}

/** The shift times a free-shift roster is planned on when person-level rules need patterns. */
export const MOST_SHIFT_TIMES = 20;

/** Plans a roster on the model that keeps the job's rules. */
export async function buildRoster(job: RosterJob): Promise<RosterPlan> {
  const { everyday } = job;
  if (usesPersonModel(job) && job.patterns && job.staff) {
    return planEverydayRoster({
      demand: job.demand,
      sizer: job.sizer,
      rules: job.rules,
      patterns: job.patterns,
      staff: job.staff,
      everyday,
      timeLimitSeconds: job.timeLimitSeconds,
      ...(job.signal ? { signal: job.signal } : {}),
    });
  }
  const dayRules = {
    daysOffPerWeek: everyday.daysOffPerWeek,
    ...(everyday.week ? { week: everyday.week } : {}),
    ...(everyday.maxConsecutiveDays !== undefined ? { maxConsecutiveDays: everyday.maxConsecutiveDays } : {}),
    ...(everyday.maxHoursPerWeek !== undefined ? { maxHoursPerWeek: everyday.maxHoursPerWeek } : {}),
  };
  if (freeShiftsPersonModel(job) && job.staff) return planFreeShiftsPerPerson(job, job.staff, dayRules);
  return planRoster({ ...job, dayRules });
}

/**
 * Free shifts under person-level rules (contract minimums, breaks, balance, fair shares): the
 * group model (which lacks those rules, so its optimum is a lower bound) chooses shifts from
 * every start and length; the shift times it used most become the patterns of the
 * person-level model, which keeps every rule. The roster is proven optimal only when it meets
 * the group model's bound; otherwise the proof says how far it may be.
 */
async function planFreeShiftsPerPerson(
  job: RosterJob,
  staff: NonNullable<RosterJob['staff']>,
  dayRules: NonNullable<RosterRequest['dayRules']>,
): Promise<RosterPlan> {
  const started = performance.now();
  const group = await planRoster({
    ...job,
    dayRules,
    timeLimitSeconds: Math.max(1, Math.floor(job.timeLimitSeconds / 2)),
  });
  const slot = job.demand.slotMinutes;
  const counts = new Map<string, { startMinute: number; lengthMinutes: number; count: number }>();
  for (const a of group.assignments) {
    const startMinute = (((job.demand.start + a.start * slot) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    const key = `${startMinute}|${a.length * slot}`;
    const entry = counts.get(key) ?? { startMinute, lengthMinutes: a.length * slot, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const meal = job.everyday.mealBreak;
  const mealRule = meal && mealBreakSlots(meal, slot, 0);
  const fits = (p: { startMinute: number; lengthMinutes: number }) =>
    !mealRule || breakOffsets(p.lengthMinutes / slot, mealRule, p.startMinute / slot) !== undefined;
  const patterns: ShiftPattern[] = [...counts.values()]
    .filter(fits)
    .sort((a, b) => b.count - a.count || a.startMinute - b.startMinute)
    .slice(0, MOST_SHIFT_TIMES)
    .map((p) => ({
      name: `${formatClock(p.startMinute)}-${formatClock(p.startMinute + p.lengthMinutes)}`,
      startMinute: p.startMinute,
      lengthMinutes: p.lengthMinutes,
    }));
  if (patterns.length === 0) throw new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible });
  const remaining = Math.max(1, job.timeLimitSeconds - (performance.now() - started) / 1000);
  // Preferences name the user's shift patterns, which free shifts do not have.
  const people = 'headcount' in staff ? staff : staff.map(({ prefers: _prefers, ...member }) => member);
  const person = await planEverydayRoster({
    demand: job.demand,
    sizer: job.sizer,
    rules: job.rules,
    patterns,
    staff: people,
    everyday: job.everyday,
    timeLimitSeconds: remaining,
    ...(job.signal ? { signal: job.signal } : {}),
  });
  // The patterns are times, not names the user gave: the files show times only.
  for (const a of person.assignments) delete a.pattern;
  const bound = group.solve.bounds ?? (group.solve.status === 'optimal' ? group.solve.objectiveValues : undefined);
  const slots = person.assignments.reduce((sum, a) => sum + a.length, 0);
  const values = [person.summary.shortAgentSlots, slots, ...person.solve.objectiveValues.slice(2)];
  const meets = bound !== undefined && (values[0] ?? 0) <= (bound[0] ?? 0) + 1e-9 && slots <= (bound[1] ?? 0) + 1e-9;
  const notice: CsPlanNotice = {
    key: 'roster.freeShiftTimes',
    params: {
      count: patterns.length,
      times: patterns
        .slice(0, 6)
        .map((p) => p.name)
        .join(', '),
    },
    location: {},
  };
  return {
    ...person,
    notices: [...(person.notices ?? []), notice],
    solve: {
      ...person.solve,
      method: 'decomposition',
      objectiveValues: values,
      objectiveNames: person.solve.objectiveNames ?? ['unmet_demand', 'agent_hours'],
      ...(bound ? { bounds: bound.slice(0, 2) } : {}),
      status: meets && person.solve.status === 'optimal' ? 'optimal' : 'bounded',
      // Soft goals are proven on these shift times only, so globally only at their floor of 0.
      proven: meets ? person.solve.proven.filter((name) => name !== 'soft_goals' || (values[2] ?? 0) === 0) : [],
      gap: meets ? person.solve.gap : 1,
    },
  };
}

/**
 * The checker's rules for a job: what `cs-plan check` is given when called with the roster's
 * own flags (rest, duty, day rules, forbidden sequences, meal breaks, staff).
 */
export function checkRulesFor(
  job: Pick<RosterJob, 'rules' | 'everyday' | 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>,
): CheckRules {
  const { everyday, rules } = job;
  const person = usesPersonModel(job) || freeShiftsPersonModel(job);
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
    ...(person && everyday.forbidden?.length && patterns.length > 0
      ? { sequences: { patterns, forbidden: everyday.forbidden } }
      : {}),
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
    line: i + 2,
    person: a.person,
    start: at(a.start),
    end: at(a.start + a.length),
    ...(a.mealBreak
      ? { mealBreak: { start: at(a.mealBreak.start), end: at(a.mealBreak.start + a.mealBreak.length) } }
      : {}),
  }));
}

/**
 * The rules a plan breaks, by the checker (coverage aside): empty for every roster cs-plan
 * makes. Anything else is a defect, which the roster command reports instead of writing.
 */
export function selfCheck(
  plan: RosterPlan,
  job: Pick<RosterJob, 'rules' | 'everyday' | 'patterns' | 'staff' | 'afterSales' | 'demand' | 'personRules'>,
): Violation[] {
  return checkRoster(planRows(plan), checkRulesFor(job));
}
