/**
 * Builds a roster from slot demand: size each slot, choose shifts optimally (MIP), give
 * them to people, and measure the result.
 */
import { CsPlanError, ExitCode, type CsPlanNotice } from '../../errors.js';
import { MINUTES_PER_DAY, mondayOf } from '../time/clock.js';
import { floorTolerant, roundTo } from '../numeric.js';
import type { SlotDemand } from '../demand/slots.js';
import type { SlotSizer } from '../staffing/capacity-rule.js';
import { checkShiftRules, shiftCandidates, type ShiftCandidate, type ShiftPattern, type ShiftRules } from '../scheduling/candidates.js';
import { buildScheduleModel, overlapsBlocked, reachableSlots, type Outsourcing, type ScheduleColumns, type StaffGroup, type WorkRole } from '../scheduling/model.js';
import { extendModel, type LinearModel } from '../scheduling/linear-model.js';
import { addPersonShifts, type OvertimeWeeks, type PeopleOfGroup } from './person-shifts.js';
import { simulateAfterSales, type AfterSalesOutcome } from './after-sales.js';
import { isOpen } from '../demand/open-hours.js';
import { solveInWorker, solveLexicographic, type SolveOptions, type SolveReport } from '../scheduling/highs-solver.js';
import { assignShifts, shiftDays, type AssignDayRules, type Assignment, type Person, type ShiftToStaff } from './assign.js';
import { dayLimits, type DayRules } from './day-rules.js';
import { costReport, overtimeWeeks, type CostExtras, type CostReport, type PayRate, type StaffKind } from '../staffing/costs.js';
import { buildWorkingDaysModel, peopleWantedPerDay } from './working-days.js';

/** A named person from `--staff`. Times are epoch minutes; hours are per planning window. */
export interface StaffMember {
  name: string;
  maxHours?: number;
  /** Contract minimum hours over the window (everyday rosters keep it). */
  minHours?: number;
  availableFrom?: number;
  availableTo?: number;
  /** Whole calendar days (epoch days) the person cannot work at all. */
  unavailable?: readonly number[];
  /** Pre-sales, after-sales or both (the default; pre-sales first). */
  role?: WorkRole;
  /** Shift pattern names the person prefers (a soft goal in everyday rosters). */
  prefers?: readonly string[];
  /** Own staff, a temp (临时) or an outsourced agent (外包); default own. */
  kind?: StaffKind;
  /** Wage per hour worked, ¥ (for --minimise cost and the cost report). */
  hourlyCost?: number;
  /** Pay per day worked (per shift), ¥. */
  dailyCost?: number;
  /** Shortest shift the person works, hours (temps come for at least so long). */
  minShiftHours?: number;
  /** What an overtime hour costs in all, ¥ (with `overtimeAfterHours`; at least `hourlyCost`). */
  overtimeCost?: number;
}

/** Pre-sales inquiries an outside team may take instead of agents, at a price. */
export interface OutsourcingOffer {
  /** ¥ per inquiry (or, with `perAgentHour`, per agent-hour of demand taken). */
  pricePerInquiry: number;
  /** The price is per agent-hour of demand, not per inquiry (--outsource-hourly). */
  perAgentHour?: boolean;
  /** Most share of the window's pre-sales demand (in agent-slots) it may take, 0–1. */
  maxShare: number;
}

/** After-sales contacts to plan beside pre-sales, on the same slots. */
export interface AfterSalesDemand {
  /** Contacts arriving per slot (as many slots as the pre-sales demand). */
  contacts: number[];
  /** Contacts one agent handles per hour. */
  hourlyCapacity: number;
  /** Hours a contact may wait while pre-sales goes first (rounded down to whole slots). */
  deferHours: number;
}

/** How after-sales went in a roster, measured on the roster itself (oldest first). */
export interface AfterSalesPlan extends AfterSalesOutcome {
  contacts: number[];
  /** Agents on after-sales per slot: after-role people, and both-role people not needed for pre-sales. */
  agents: number[];
  deferSlots: number;
  /** Contacts one agent handles per slot. */
  perAgentSlot: number;
}

export interface RosterRequest {
  demand: SlotDemand;
  /** Agents needed in a slot; the capacity rule or a queueing model. */
  sizer: SlotSizer;
  rules: ShiftRules;
  patterns?: readonly ShiftPattern[];
  /** Named staff, a headcount, or neither (as many people as needed). */
  staff?: readonly StaffMember[] | { headcount: number };
  timeLimitSeconds: number;
  /**
   * With unlimited people, minimise agent-hours first (default) or people first; with named
   * staff, `cost`: least unmet demand, then least ¥ (wages, day pay, overtime, outsourcing), then fewest people, then agent-hours.
   */
  priority?: 'agent_hours' | 'people' | 'cost';
  /** With priority cost: demand an outside team may take per inquiry. */
  outsourcing?: OutsourcingOffer;
  /** With priority cost: a bot that may take up to `maxShare` of each slot's pre-sales demand at `costPerInquiry`. */
  bot?: { maxShare: number; costPerInquiry: number };
  /** With priority cost: ¥ per pre-sales inquiry left unanswered (unmet demand is then priced, not first). */
  unmetCostPerInquiry?: number;
  /**
   * With priority cost: hours a Monday–Sunday week after which people with an `overtimeCost`
   * are paid it (in proportion for a week the window covers partly; see overtimeWeeks).
   */
  overtimeAfterHours?: number;
  /** After-sales demand, planned with pre-sales first; `demand` is then pre-sales only. */
  afterSales?: AfterSalesDemand;
  /** Aborting stops the solve at once (it then runs in a worker thread); see solveInWorker. */
  signal?: AbortSignal;
  /** The person's day rules: days off in every 7 days, days in a row, hours per week. */
  dayRules?: PersonDayRules;
}

/** Day rules plus hours per Monday–Sunday week, as the roster command reads them. */
export interface PersonDayRules extends DayRules {
  maxHoursPerWeek?: number;
}

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
  softGoals?: { patternChanges?: number; preferenceMisses?: number; fair?: { kind: 'nights' | 'weekends'; least: number; most: number }[] };
}

export interface RosterSummary {
  peakRequired: number;
  peakScheduled: number;
  peopleRostered: number;
  agentHours: number;
  /** Share of inquiries answered, in proportion to scheduled ÷ required per slot. */
  demandCovered: number;
  shortAgentSlots: number;
  /** Longest continuous duty of anyone (touching shifts of one person count as one). */
  longestDutyHours: number;
  /** Shortest rest between two shifts of one person; undefined when nobody works twice. */
  shortestRestHours?: number;
}

/** A staff member's limits in slots of the window: availability, hours limit and days off. */
export interface StaffWindow {
  fromSlot: number;
  toSlot: number;
  maxSlots?: number;
  /** Slot ranges [from, to) of the whole days marked unavailable. */
  blocked: (readonly [number, number])[];
}

/**
 * Puts a staff member's availability, `max_hours` and unavailable days on the window's slots
 * (availability rounds inward, hours down: the limits only get stricter).
 *
 * @example staffWindow({ name: 'a', maxHours: 7.5 }, { start: 0, slotMinutes: 60, inquiries: [] }, 24).maxSlots // 7
 */
export function staffWindow(member: StaffMember, demand: SlotDemand, slotCount: number): StaffWindow {
  const slot = demand.slotMinutes;
  const maxSlots = member.maxHours === undefined ? undefined : Math.floor((member.maxHours * 60) / slot + 1e-9);
  return {
    fromSlot: member.availableFrom === undefined ? 0 : Math.max(0, Math.ceil((member.availableFrom - demand.start) / slot)),
    toSlot: member.availableTo === undefined ? slotCount : Math.min(slotCount, Math.floor((member.availableTo - demand.start) / slot)),
    ...(maxSlots !== undefined ? { maxSlots } : {}),
    blocked: (member.unavailable ?? []).map((day) => {
      const from = (day * MINUTES_PER_DAY - demand.start) / slot;
      return [from, from + MINUTES_PER_DAY / slot] as const;
    }),
  };
}

function staffGroups(staff: readonly StaffMember[], demand: SlotDemand, slotCount: number, overtime: boolean): { groups: StaffGroup[]; people: Person[] } {
  const groups: StaffGroup[] = [];
  const keys = new Map<string, number>();
  const people: Person[] = [];
  for (const member of staff) {
    const { fromSlot, toSlot, maxSlots, blocked } = staffWindow(member, demand, slotCount);
    const role = member.role && member.role !== 'both' ? member.role : undefined;
    const slotHours = demand.slotMinutes / 60;
    const minShiftSlots = member.minShiftHours === undefined ? undefined : Math.ceil(member.minShiftHours / slotHours - 1e-9);
    const costPerSlot = member.hourlyCost === undefined ? undefined : member.hourlyCost * slotHours;
    const overtimeExtraPerSlot = overtime && member.overtimeCost !== undefined ? Math.max(0, member.overtimeCost - (member.hourlyCost ?? 0)) * slotHours : undefined;
    const key = `${fromSlot}|${toSlot}|${maxSlots ?? ''}|${[...(member.unavailable ?? [])].sort().join(',')}|${role ?? ''}|${member.kind ?? ''}|${costPerSlot ?? ''}|${member.dailyCost ?? ''}|${minShiftSlots ?? ''}|${overtimeExtraPerSlot ?? ''}`;
    let index = keys.get(key);
    if (index === undefined) {
      index = groups.length;
      keys.set(key, index);
      groups.push({
        size: 0, fromSlot, toSlot, ...(maxSlots !== undefined ? { maxSlotsPerPerson: maxSlots } : {}), ...(blocked.length > 0 ? { blocked } : {}), ...(role ? { role } : {}),
        ...(costPerSlot !== undefined ? { costPerSlot } : {}), ...(member.dailyCost !== undefined ? { costPerShift: member.dailyCost } : {}),
        ...(minShiftSlots !== undefined ? { minShiftSlots } : {}), ...(overtimeExtraPerSlot !== undefined ? { overtimeExtraPerSlot } : {}),
      });
    }
    const group = groups[index];
    if (group) group.size += 1;
    people.push({ name: member.name, group: index, ...(maxSlots !== undefined ? { maxSlots } : {}) });
  }
  return { groups, people };
}

/**
 * Measures a roster: coverage, hours, longest duty, shortest rest.
 *
 * @param preSales agents answering the demand per slot (default: everyone scheduled)
 */
export function summarise(demand: SlotDemand, required: readonly number[], scheduled: readonly number[], assignments: readonly Assignment[], preSales = scheduled): RosterSummary {
  const hours = (slots: number) => (slots * demand.slotMinutes) / 60;
  const totalInquiries = demand.inquiries.reduce((a, b) => a + b, 0);
  const covered = demand.inquiries.reduce((sum, inquiries, t) => {
    const need = required[t] ?? 0;
    return sum + (need === 0 ? inquiries : inquiries * Math.min(1, (preSales[t] ?? 0) / need));
  }, 0);
  const byPerson = new Map<string, Assignment[]>();
  for (const a of assignments) byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a]);
  let longestDuty = 0;
  let shortestRest: number | undefined;
  for (const shifts of byPerson.values()) {
    shifts.sort((a, b) => a.start - b.start);
    let stretchStart = shifts[0]?.start ?? 0;
    let stretchEnd = stretchStart;
    for (const s of shifts) {
      if (s.start > stretchEnd) {
        const rest = s.start - stretchEnd;
        shortestRest = shortestRest === undefined ? rest : Math.min(shortestRest, rest);
        stretchStart = s.start;
      }
      stretchEnd = Math.max(stretchEnd, s.start + s.length);
      longestDuty = Math.max(longestDuty, stretchEnd - stretchStart);
    }
  }
  return {
    peakRequired: Math.max(0, ...required),
    peakScheduled: Math.max(0, ...scheduled),
    peopleRostered: byPerson.size,
    agentHours: hours(assignments.reduce((sum, a) => sum + a.length, 0)),
    demandCovered: totalInquiries === 0 ? 1 : covered / totalInquiries,
    shortAgentSlots: required.reduce((sum, need, t) => sum + Math.max(0, need - (preSales[t] ?? 0)), 0),
    longestDutyHours: hours(longestDuty),
    ...(shortestRest !== undefined ? { shortestRestHours: hours(shortestRest) } : {}),
  };
}

/**
 * A starting roster for the after-sales model: the same model with no waiting allowed. Its
 * rosters are feasible for any deferral (when every arrival slot is reachable), and it solves
 * quickly, as each slot's need is then whole; seeded with it, a short time limit still ends
 * with a roster. Undefined when none was found in time.
 */
async function strictStart(strict: LinearModel, seconds: number, run: (m: LinearModel, o: SolveOptions) => Promise<SolveReport>): Promise<Float64Array | undefined> {
  const first: LinearModel = { ...strict, objectives: strict.objectives.slice(0, 1), objectiveNames: strict.objectiveNames.slice(0, 1), strategy: { ...strict.strategy, first: { kind: 'alone' } } };
  if (first.wholeObjectives) first.wholeObjectives = first.wholeObjectives.slice(0, 1);
  try {
    return (await run(first, { timeLimitSeconds: Math.max(1, seconds) })).values;
  } catch (error) {
    if (error instanceof CsPlanError && error.key === 'interrupted') throw error;
    return undefined;
  }
}

/**
 * The day rules on the window's calendar, for the assignment and the model's summed rows;
 * undefined when they constrain nothing (no rule, or a window too short for any period).
 * The periods run to the last day a shift of the model can touch (past the window's end).
 */
export function personDayRules(rules: PersonDayRules | undefined, demand: Pick<SlotDemand, 'start' | 'slotMinutes'>, modelSlots: number): AssignDayRules | undefined {
  if (!rules) return undefined;
  const firstDay = Math.floor(demand.start / MINUTES_PER_DAY);
  const lastDay = Math.floor((demand.start + modelSlots * demand.slotMinutes - 1) / MINUTES_PER_DAY);
  const limits = dayLimits(rules, firstDay, lastDay);
  const maxSlotsPerWeek = rules.maxHoursPerWeek === undefined ? undefined : floorTolerant((rules.maxHoursPerWeek * 60) / demand.slotMinutes);
  if (limits.length === 0 && maxSlotsPerWeek === undefined) return undefined;
  return { startMinute: demand.start, slotMinutes: demand.slotMinutes, limits, ...(maxSlotsPerWeek !== undefined ? { maxSlotsPerWeek } : {}) };
}

/**
 * The day rules summed over each staff group, as rows of the group model. Each person starts
 * at most one shift a calendar day (the assignment keeps to that), so the shifts a group
 * starts in a period are at most its size × the days each may work there; likewise a day's
 * starts are at most its size, and a week's slots at most its size × the weekly limit. Every
 * roster that keeps the rules person by person keeps these sums: the rows only cut off counts
 * that no assignment could staff.
 */
export function addDayRuleRows(
  model: LinearModel, shifts: readonly { candidate: number; group: number }[], candidates: readonly { start: number; length: number }[],
  groups: readonly StaffGroup[] | { peopleColumn: number }, rules: AssignDayRules, restSlots: number, usedColumns?: readonly (number | undefined)[],
): void {
  const extend = extendModel(model);
  const addColumn = (upper: number) => extend.addColumn(upper, true);
  const row = (lower: number, upper: number, indices: number[], values = indices.map(() => 1)) => {
    if (indices.length > 0) extend.between(lower, upper, indices, values);
  };
  // Limited people: each group's size; unlimited: the model's people count (a column).
  const people = 'peopleColumn' in groups ? groups.peopleColumn : undefined;
  const teams = 'peopleColumn' in groups ? [{ g: -1, size: undefined }] : groups.map((group, g) => ({ g, size: group.size as number | undefined }));
  teams.forEach(({ g, size }) => {
    // The people used (a column: unlimited people, or a group's people used when ties go to fewer people).
    const count = people ?? usedColumns?.[g];
    /** Σ values × columns ≤ limit × the team's size (or its people column). */
    const perPerson = (limit: number, indices: number[], values = indices.map(() => 1)) => {
      if (count !== undefined) {
        if (indices.length > 0) row(-Infinity, 0, [...indices, count], [...values, -limit]);
      } else if (size !== undefined) row(-Infinity, size * limit, indices, values);
    };
    // Shifts by the day they start and each day they touch; their slots in each week.
    const reaching = new Map<string, number[]>();
    const startDay = new Map<number, number[]>();
    // Starts too early in the day for anyone who worked past midnight (rest after it).
    const early = new Map<number, number[]>();
    const weekly = new Map<number, { indices: number[]; values: number[] }>();
    shifts.forEach((shift, column) => {
      const c = candidates[shift.candidate];
      if (shift.group !== g || !c) return;
      const { days, weekSlots } = shiftDays(c, rules);
      const first = days[0] ?? 0;
      startDay.set(first, [...(startDay.get(first) ?? []), column]);
      if (startsEarly(c.start, first, rules, restSlots)) early.set(first, [...(early.get(first) ?? []), column]);
      for (const day of days) reaching.set(`${first}|${day}`, [...(reaching.get(`${first}|${day}`) ?? []), column]);
      for (const [monday, slots] of weekSlots) {
        const entry = weekly.get(monday) ?? { indices: [], values: [] };
        entry.indices.push(column);
        entry.values.push(slots);
        weekly.set(monday, entry);
      }
    });
    for (const columns of startDay.values()) perPerson(1, columns);
    // worked[d]: people of the group working day d. Those who start a shift on one day and
    // reach d are different people (one start a day each), and all of them work d.
    const worked = new Map<number, number>();
    for (const [key, columns] of reaching) {
      const day = Number(key.split('|')[1]);
      let w = worked.get(day);
      if (w === undefined) {
        w = addColumn(size ?? Infinity);
        worked.set(day, w);
        if (count !== undefined) perPerson(1, [w]);
      }
      row(0, Infinity, [w, ...columns], [1, ...columns.map(() => -1)]);
    }
    // Those who reach d from a night shift of d − 1 are not the early starters of d.
    for (const [day, w] of worked) {
      const night = (reaching.get(`${day - 1}|${day}`) ?? []);
      const columns = [...night, ...(early.get(day) ?? [])];
      if (night.length > 0) row(0, Infinity, [w, ...columns], [1, ...columns.map(() => -1)]);
    }
    for (const period of rules.limits) {
      const columns: number[] = [];
      for (let day = period.from; day <= period.to; day++) {
        const w = worked.get(day);
        if (w !== undefined) columns.push(w);
      }
      perPerson(period.limit, columns);
    }
    if (rules.maxSlotsPerWeek !== undefined) for (const { indices, values } of weekly.values()) perPerson(rules.maxSlotsPerWeek, indices, values);
  });
}

/**
 * Plans each person's working days for the model's shifts (see working-days), group by
 * group; undefined when the day model finds nothing in time (the assignment then goes without).
 */
async function planWorkingDays(
  shifts: readonly ShiftToStaff[], people: readonly Person[], groups: readonly StaffGroup[], rules: AssignDayRules, restSlots: number,
  run: (m: LinearModel, o: SolveOptions) => Promise<SolveReport>, seconds: number,
): Promise<Map<string, Set<number>> | undefined> {
  if (rules.limits.length === 0) return undefined;
  const firstDay = Math.min(...rules.limits.map((l) => l.from));
  const lastDay = Math.max(...rules.limits.map((l) => l.to));
  const planned = new Map<string, Set<number>>();
  for (const [g, group] of groups.entries()) {
    const members = people.filter((person) => person.group === g);
    const mine = shifts.filter((shift) => shift.group === g);
    if (members.length === 0 || mine.length === 0) continue;
    const need = peopleWantedPerDay(mine.map((shift) => {
      const { days } = shiftDays(shift, rules);
      return { days, early: startsEarly(shift.start, days[0] ?? 0, rules, restSlots) };
    }), firstDay, lastDay);
    const slotsPerDay = MINUTES_PER_DAY / rules.slotMinutes;
    // Days the group cannot work at all: outside its availability, or asked off.
    const closed = new Set<number>();
    for (let day = firstDay; day <= lastDay; day++) {
      const from = (day * MINUTES_PER_DAY - rules.startMinute) / rules.slotMinutes;
      const to = from + slotsPerDay;
      if (to <= group.fromSlot || from >= group.toSlot || overlapsBlocked({ start: from, length: slotsPerDay }, group.blocked?.filter(([a, b]) => a <= from && b >= to))) closed.add(day);
    }
    const model = buildWorkingDaysModel({ firstDay, lastDay, need, people: members.map(() => ({ closed })), limits: rules.limits });
    let solve: SolveReport;
    try {
      // A plan that is not ready by its limit is not waited for (the assignment goes without):
      // HiGHS can overrun its limit inside a long LP, and the default 5-s grace was a third of
      // the 7-day, ~5,000-agent case.
      solve = await run(model, { timeLimitSeconds: seconds, watchdogGraceSeconds: 1 });
    } catch (error) {
      if (error instanceof CsPlanError && error.key === 'interrupted') throw error;
      return undefined;
    }
    const dayCount = lastDay - firstDay + 1;
    members.forEach((person, p) => {
      const days = new Set<number>();
      for (let i = 0; i < dayCount; i++) if (Math.round(solve.values[p * dayCount + i] ?? 0) === 1) days.add(firstDay + i);
      planned.set(person.name, days);
    });
  }
  return planned;
}

/**
 * Whether a shift starting at `start` on `day` begins within the rest period after midnight:
 * nobody whose shift ran past that midnight can have started it.
 *
 * @example startsEarly(5, 0, { startMinute: 0, slotMinutes: 60 }, 10) // true
 */
export function startsEarly(start: number, day: number, calendar: Pick<AssignDayRules, 'startMinute' | 'slotMinutes'>, restSlots: number): boolean {
  return calendar.startMinute + start * calendar.slotMinutes - day * MINUTES_PER_DAY <= restSlots * calendar.slotMinutes;
}

/**
 * The solve report once the day rules have given the shifts to people. The model sums those
 * rules over each group, so its optimum is a lower bound; when the assignment could not give
 * every shift (limited people), or needed more people than the model counted (unlimited),
 * the roster is within a gap of that bound (method `decomposition`, status `bounded`).
 */
function assignmentReport(solve: SolveReport, peopleColumn: number | undefined, assignments: readonly Assignment[], unassigned: number, summary: RosterSummary, afterSales: boolean): SolveReport {
  if (peopleColumn !== undefined) {
    const counted = Math.round(solve.values[peopleColumn] ?? 0);
    const used = new Set(assignments.map((a) => a.person)).size;
    if (used <= counted) return solve;
    const index = solve.proven.indexOf('people');
    if (index < 0) return solve;
    const objectiveValues = [...solve.objectiveValues];
    objectiveValues[index] = used;
    return {
      ...solve, method: 'decomposition', status: 'bounded', objectiveValues, bounds: solve.objectiveValues,
      proven: solve.proven.slice(0, index), gap: (used - counted) / used,
    };
  }
  const slots = assignments.reduce((sum, a) => sum + a.length, 0);
  const unmet = summary.shortAgentSlots;
  if (solve.objectiveNames?.includes('cost')) {
    // Cost first after unmet demand: the bound holds only if every shift found its person.
    const unmetIndex = solve.objectiveNames.indexOf('unmet_demand');
    const unmetBound = unmetIndex < 0 ? Infinity : solve.objectiveValues[unmetIndex] ?? 0;
    if (unassigned === 0 && (afterSales || unmet <= unmetBound + 1e-9)) return solve;
    return { ...solve, method: 'decomposition', status: 'bounded', proven: [], gap: 1 };
  }
  const [boundUnmet = 0, boundSlots = 0] = solve.objectiveValues;
  // With after-sales the first objective weighs overdue work too: only a lost shift says the bound is missed.
  const meets = afterSales ? unassigned === 0 : unmet <= boundUnmet + 1e-9 && slots <= boundSlots + 1e-9;
  if (meets) return solve;
  const gap = unmet > boundUnmet + 1e-9 ? (unmet - boundUnmet) / unmet : slots > 0 ? Math.max(0, slots - boundSlots) / slots : 0;
  return {
    ...solve, method: 'decomposition', status: 'bounded', ...(afterSales ? {} : { objectiveValues: [unmet, slots] }),
    ...(solve.status === 'optimal' && !afterSales ? { bounds: solve.objectiveValues } : {}),
    proven: [], gap: solve.status === 'optimal' && !afterSales ? gap : 1,
  };
}

/** A roster request checked and put in the model's terms: slots, candidates, staff and offers. */
interface RosterProblem {
  request: RosterRequest;
  /** Slots in the window, and in the model (the window plus what the longest shift may run past it). */
  slotCount: number;
  modelSlots: number;
  /** Pre-sales agents required per model slot. */
  required: number[];
  candidates: ShiftCandidate[];
  groups?: StaffGroup[];
  people?: Person[];
  available?: number;
  /** After-sales contacts one agent answers in a slot, and the slots a contact may wait. */
  perAgentSlot: number;
  deferSlots: number;
  assignRules?: AssignDayRules;
  /** Pre-sales inquiries one agent-slot answers, per slot (what outsourcing or the bot takes over). */
  inquiriesPerAgentSlot: number[];
  outsourcing?: Outsourcing;
  bot?: { costPerAgentSlot: number[]; maxPerSlot: number[] };
  overtimeRule?: { afterHoursPerWeek: number; slotCount: number };
  overtime?: OvertimeWeeks;
}

/**
 * The required agents per model slot and the candidate shifts. A shift that starts inside the
 * window may run past its end (the night shift of the last day): the model sees the longest
 * shift's slots after the window, which need nobody. After-sales windows already run on while
 * the wave lasts. With service hours, a free shift stays inside them; a pattern may span closed hours.
 *
 * @throws CsPlanError (exit 3) when no shift fits
 */
function rosterSlots(request: RosterRequest): Pick<RosterProblem, 'slotCount' | 'modelSlots' | 'required' | 'candidates'> {
  const { demand, rules } = request;
  const slotCount = demand.inquiries.length;
  checkShiftRules(rules, slotCount);
  const longest = request.patterns ? Math.max(0, ...request.patterns.map((p) => Math.ceil(p.lengthMinutes / demand.slotMinutes))) : rules.maxShiftSlots;
  const modelSlots = slotCount + (request.afterSales ? 0 : Math.max(0, longest - 1));
  const required = Array.from({ length: modelSlots }, (_, t) => (t < slotCount ? request.sizer(demand.inquiries[t] ?? 0, demand.slotMinutes, t) : 0));
  const open = demand.open;
  const closed = open ? required.map((_, t) => !isOpen(demand.start + t * demand.slotMinutes, demand.slotMinutes, open.hours)) : undefined;
  const candidates = shiftCandidates(modelSlots, rules, request.patterns, demand.start)
    .filter((c) => c.start < slotCount && (request.patterns || !closed || !closed.slice(c.start, c.start + c.length).some(Boolean)));
  if (candidates.length === 0) throw new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible });
  return { slotCount, modelSlots, required, candidates };
}

/**
 * The staff as groups of alike people (a headcount is one group of A001…), and the people.
 *
 * @throws CsPlanError (exit 3) when nobody on the staff can work any shift
 */
function rosterStaff(request: RosterRequest, modelSlots: number, candidates: readonly ShiftCandidate[]): Pick<RosterProblem, 'groups' | 'people' | 'available'> {
  const { staff } = request;
  if (!staff) return {};
  if ('headcount' in staff) {
    const available = staff.headcount;
    return { available, groups: [{ size: available, fromSlot: 0, toSlot: modelSlots }], people: Array.from({ length: available }, (_, i) => ({ name: agentName(i), group: 0 })) };
  }
  const { groups, people } = staffGroups(staff, request.demand, modelSlots, request.priority === 'cost' && request.overtimeAfterHours !== undefined);
  const anyWorkable = groups.some((g) => candidates.some((c) => c.start >= g.fromSlot && c.start + c.length <= g.toSlot && c.length <= (g.maxSlotsPerPerson ?? Infinity) && !overlapsBlocked(c, g.blocked)));
  if (!anyWorkable) throw new CsPlanError('roster.staffUnavailable', {}, { exitCode: ExitCode.infeasible });
  return { groups, people, available: people.length };
}

/** A001, A002, …: the names of people the plan counts rather than reads. */
function agentName(index: number): string {
  return `A${String(index + 1).padStart(3, '0')}`;
}

/**
 * With cost first, the prices: outsourcing an agent-slot costs the price of the inquiries it
 * would have answered (or the hourly price), the bot its price per inquiry up to its share, and
 * overtime its weeks.
 */
function rosterOffers(request: RosterRequest, slots: Pick<RosterProblem, 'slotCount' | 'required' | 'candidates'>): Pick<RosterProblem, 'inquiriesPerAgentSlot' | 'outsourcing' | 'bot' | 'overtimeRule' | 'overtime'> {
  const { demand } = request;
  const { required, slotCount, candidates } = slots;
  const inquiriesPerAgentSlot = required.map((need, t) => (need > 0 ? (demand.inquiries[t] ?? 0) / need : 0));
  if (request.priority !== 'cost') return { inquiriesPerAgentSlot };
  const offer = request.outsourcing;
  const outsourcing = offer ? {
    costPerAgentSlot: inquiriesPerAgentSlot.map((n) => (offer.perAgentHour ? (offer.pricePerInquiry * demand.slotMinutes) / 60 : n * offer.pricePerInquiry)),
    maxAgentSlots: floorTolerant(offer.maxShare * required.slice(0, slotCount).reduce((a, b) => a + b, 0)),
  } : undefined;
  const botOffer = request.bot;
  const bot = botOffer ? {
    costPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * botOffer.costPerInquiry),
    maxPerSlot: required.map((need) => need * botOffer.maxShare),
  } : undefined;
  const overtimeRule = request.overtimeAfterHours !== undefined ? { afterHoursPerWeek: request.overtimeAfterHours, slotCount } : undefined;
  return {
    inquiriesPerAgentSlot, ...(outsourcing ? { outsourcing } : {}), ...(bot ? { bot } : {}),
    ...(overtimeRule ? { overtimeRule, overtime: overtimeProblem(overtimeRule, candidates, demand) } : {}),
  };
}

/**
 * Checks a roster request and puts it in the model's terms.
 *
 * @throws CsPlanError for contradictory settings (exit 3)
 */
function rosterProblem(request: RosterRequest): RosterProblem {
  const { demand } = request;
  const slots = rosterSlots(request);
  const staff = rosterStaff(request, slots.modelSlots, slots.candidates);
  const after = request.afterSales;
  if (after && after.contacts.length !== slots.slotCount) throw new CsPlanError('internal', { message: 'after-sales and pre-sales slots differ' });
  const slotHours = demand.slotMinutes / 60;
  const assignRules = personDayRules(request.dayRules, demand, slots.modelSlots);
  return {
    request, ...slots, ...staff, ...rosterOffers(request, slots),
    perAgentSlot: after ? after.hourlyCapacity * slotHours : 0,
    deferSlots: after ? floorTolerant(after.deferHours / slotHours) : 0,
    ...(assignRules ? { assignRules } : {}),
  };
}

/**
 * The roster's model with after-sales work deferrable by `defer` slots: the schedule model, its
 * day rules summed per group, and the people of groups paid overtime one by one.
 */
function rosterModel(problem: RosterProblem, defer: number) {
  const { request, required, candidates, groups, people, assignRules, outsourcing, bot, overtime, inquiriesPerAgentSlot } = problem;
  const { restSlots } = request.rules;
  const after = request.afterSales;
  const unmetPrice = request.priority === 'cost' ? request.unmetCostPerInquiry : undefined;
  const built = buildScheduleModel({
    required, candidates, restSlots, ...(groups ? { groups } : {}), ...(request.priority ? { priority: request.priority } : {}),
    ...(outsourcing ? { outsourcing } : {}),
    ...(bot ? { bot } : {}),
    ...(unmetPrice !== undefined ? { unmetCostPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * unmetPrice) } : {}),
    ...(after ? { afterSales: { work: after.contacts.map((c) => c / problem.perAgentSlot), deferSlots: defer } } : {}),
  });
  if (assignRules) {
    const peopleColumn = built.columns.people;
    if (groups) addDayRuleRows(built.model, built.columns.shifts, candidates, groups, assignRules, restSlots, built.columns.used);
    else if (peopleColumn !== undefined) {
      addDayRuleRows(built.model, built.columns.shifts, candidates, { peopleColumn }, assignRules, restSlots);
      // The greedy cover's people bound the second objective only without the day rules.
      if (request.priority === 'people') built.model.strategy = { ...built.model.strategy, first: { kind: 'alone' } };
    }
  }
  // Groups paid overtime get their people in the model: overtime depends on each one's week.
  const persons = overtime && groups && people
    ? addPersonShifts(built.model, built.columns.shifts, candidates, groups, people, {
      restSlots, ...(assignRules ? { dayRules: assignRules } : {}), overtime, ...(built.columns.used ? { used: built.columns.used } : {}),
    })
    : [];
  return { ...built, persons };
}

type Run = (m: LinearModel, o: SolveOptions) => Promise<SolveReport>;

/**
 * Solves the roster's model within the request's time limit; with deferrable after-sales work,
 * seeded by the strict model's roster (see strictStart).
 */
async function solveRoster(problem: RosterProblem, model: LinearModel, run: Run, started: number): Promise<SolveReport> {
  const { request } = problem;
  const start = request.afterSales && problem.deferSlots > 0 ? await strictStart(rosterModel(problem, 0).model, request.timeLimitSeconds / 4, run) : undefined;
  const remaining = start ? Math.max(1, request.timeLimitSeconds - (performance.now() - started) / 1000) : request.timeLimitSeconds;
  return run(model, { timeLimitSeconds: remaining, ...(start ? { start } : {}) }).catch((error: unknown) => {
    // Say the limit the user set, not what was left of it after the seed.
    if (error instanceof CsPlanError && error.key === 'roster.noSolutionInTime') {
      throw new CsPlanError('roster.noSolutionInTime', { seconds: request.timeLimitSeconds }, { exitCode: ExitCode.partial });
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
async function staffRoster(problem: RosterProblem, built: ReturnType<typeof rosterModel>, solve: SolveReport, run: Run, started: number) {
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
    for (let i = Math.round(solve.values[column] ?? 0); i > 0; i--) shifts.push({ start: c.start, length: c.length, group, role, ...(c.pattern ? { pattern: c.pattern } : {}) });
  });
  const counted = !people && assignRules && columns.people !== undefined ? Math.round(solve.values[columns.people] ?? 0) : undefined;
  const team = counted !== undefined ? Array.from({ length: counted }, (_, i) => ({ name: agentName(i), group: -1 })) : people?.filter((p) => !fixedGroups.has(p.group));
  const teamGroups = groups ?? (counted !== undefined ? [{ size: counted, fromSlot: 0, toSlot: modelSlots }] : undefined);
  const assignTo = async (members: readonly Person[] | undefined) => {
    const seconds = Math.min(10, Math.max(1, request.timeLimitSeconds - (performance.now() - started) / 1000));
    const planned = assignRules && members && teamGroups
      ? await planWorkingDays(shifts.map((shift) => ({ ...shift, group: Math.max(0, shift.group) })), members.map((p) => ({ ...p, group: Math.max(0, p.group) })), teamGroups, assignRules, restSlots, run, seconds)
      : undefined;
    return assignShifts(shifts, restSlots, members, assignRules && planned ? { ...assignRules, planned } : assignRules, { grow: counted !== undefined });
  };
  const usedCounts = columns.used?.map((column) => (column === undefined ? 0 : Math.round(solve.values[column] ?? 0)));
  const fewer = usedCounts && team ? firstOfEachGroup(team, usedCounts) : undefined;
  let given = await assignTo(fewer ?? team);
  if (fewer && given.unassigned.length > 0) given = await assignTo(team);
  return { assignments: [...fixed, ...given.assignments], unassigned: given.unassigned.length, usedCounts };
}

/**
 * What the roster covers per model slot. Both-role people answer pre-sales first; whoever is
 * left over does after-sales. Continuous columns (outsourced, bot) carry solver noise
 * (0.9999999999): kept to 6 decimals, as the files write them.
 */
function rosterCoverage(problem: RosterProblem, assignments: readonly Assignment[], columns: ScheduleColumns, values: ArrayLike<number>) {
  const { required, modelSlots, request, deferSlots, perAgentSlot } = problem;
  const onDuty = { pre: new Array<number>(modelSlots).fill(0), after: new Array<number>(modelSlots).fill(0), both: new Array<number>(modelSlots).fill(0) };
  for (const a of assignments) {
    const counter = onDuty[a.role ?? 'both'];
    for (let t = a.start; t < a.start + a.length; t++) counter[t] = (counter[t] ?? 0) + 1;
  }
  const scheduled = required.map((_, t) => (onDuty.pre[t] ?? 0) + (onDuty.both[t] ?? 0) + (onDuty.after[t] ?? 0));
  const bothOnPre = required.map((need, t) => Math.min(onDuty.both[t] ?? 0, Math.max(0, need - (onDuty.pre[t] ?? 0))));
  const preSales = required.map((_, t) => (onDuty.pre[t] ?? 0) + (bothOnPre[t] ?? 0));
  const afterAgents = required.map((_, t) => (onDuty.after[t] ?? 0) + (onDuty.both[t] ?? 0) - (bothOnPre[t] ?? 0));
  const after = request.afterSales;
  const afterSales: AfterSalesPlan | undefined = after
    ? { ...simulateAfterSales(after.contacts, perAgentSlot, afterAgents, deferSlots), contacts: after.contacts, agents: afterAgents, deferSlots, perAgentSlot }
    : undefined;
  const settled = (column: number) => Math.max(0, roundTo(values[column] ?? 0, 6));
  const outsourced = columns.outsourced?.map(settled);
  const botTaken = columns.botTaken?.map(settled);
  const covered = required.map((_, t) => (preSales[t] ?? 0) + (outsourced?.[t] ?? 0) + (botTaken?.[t] ?? 0));
  const shortfall = required.map((need, t) => Math.max(0, need - (covered[t] ?? 0)));
  return { scheduled, preSales, afterSales, outsourced, botTaken, covered, shortfall };
}

/** The roster's cost with cost first and named staff: pay, and the outsourced, unmet and bot agent-slots at their prices. */
function rosterCostOf(problem: RosterProblem, assignments: readonly Assignment[], coverage: ReturnType<typeof rosterCoverage>): CostReport | undefined {
  const { request, outsourcing, bot, overtimeRule, inquiriesPerAgentSlot, slotCount } = problem;
  const { staff } = request;
  if (request.priority !== 'cost' || !staff || 'headcount' in staff) return undefined;
  const window = <T>(series: T[]) => series.slice(0, slotCount);
  const { outsourced, botTaken, shortfall } = coverage;
  const unmetPrice = request.unmetCostPerInquiry;
  return rosterCost(assignments, staff, request.demand, {
    ...(outsourced && outsourcing ? { outsourced: { agentSlots: window(outsourced), costPerAgentSlot: outsourcing.costPerAgentSlot, inquiriesPerAgentSlot } } : {}),
    ...(unmetPrice !== undefined ? { unmet: { agentSlots: window(shortfall), costPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * unmetPrice), inquiriesPerAgentSlot } } : {}),
    ...(botTaken && bot ? { bot: { agentSlots: window(botTaken), costPerAgentSlot: bot.costPerAgentSlot, inquiriesPerAgentSlot } } : {}),
    ...(overtimeRule ? { overtime: overtimeRule } : {}),
  });
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
  const run: Run = (m, options) => (request.signal ? solveInWorker(m, options, request.signal) : solveLexicographic(m, options));
  const solve = await solveRoster(problem, built.model, run, started);
  const { assignments, unassigned, usedCounts } = await staffRoster(problem, built, solve, run, started);
  const coverage = rosterCoverage(problem, assignments, built.columns, solve.values);
  // Measures and files cover the window; agent-hours count every hour worked, past its end too.
  const window = <T>(series: T[]) => series.slice(0, slotCount);
  const summary = summarise(demand, window(required), window(coverage.scheduled), assignments, window(coverage.covered));
  const slotsPast = assignments.reduce((sum, a) => sum + Math.max(0, a.start + a.length - slotCount), 0);
  const cost = rosterCostOf(problem, assignments, coverage);
  const assigned = assignRules ? assignmentReport(solve, built.columns.people, assignments, unassigned, summary, Boolean(request.afterSales)) : solve;
  // The model priced each person's overtime; the roster's (measured by the cost report) must agree.
  const modelPremium = built.persons.reduce((sum, p) => sum + p.premium(solve.values), 0);
  const priced = cost?.overtime ? overtimeReport(assigned, modelPremium, cost.overtime.premium, cost.total) : assigned;
  const report = usedCounts ? peopleUsedReport(priced, usedCounts.reduce((a, b) => a + b, 0), new Set(assignments.map((a) => a.person)).size) : priced;
  const order = new Map((people ?? []).map((p, i) => [p.name, i]));
  assignments.sort((a, b) => (order.get(a.person) ?? 0) - (order.get(b.person) ?? 0) || a.person.localeCompare(b.person) || a.start - b.start);
  const { afterSales, outsourced, botTaken } = coverage;
  return {
    demand, required: window(required), scheduled: window(coverage.scheduled), preSales: window(coverage.preSales), shortfall: window(coverage.shortfall), assignments,
    people: [...new Set(assignments.map((a) => a.person))],
    ...(problem.available !== undefined ? { available: problem.available } : {}),
    ...(slotsPast > 0 ? { hoursPastWindow: (slotsPast * demand.slotMinutes) / 60 } : {}),
    solve: report, unassignedShifts: unassigned, summary, modelSize: { columns: built.model.numCols, rows: built.model.rows.length },
    unreachableSlots: window(reachableSlots({ required, candidates })).flatMap((ok, t) => (!ok && (required[t] ?? 0) > 0 ? [t] : [])),
    ...(afterSales ? { afterSales } : {}),
    ...(outsourced ? { outsourced: window(outsourced) } : {}),
    ...(botTaken ? { botTaken: window(botTaken) } : {}),
    ...(cost ? { cost } : {}),
  };
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
  const index = solve.objectiveNames?.indexOf('cost') ?? -1;
  return {
    ...solve, method: 'decomposition', status: solve.status === 'optimal' ? 'bounded' : solve.status,
    proven: index < 0 ? solve.proven : solve.proven.filter((name) => name !== 'cost' && (solve.objectiveNames?.indexOf(name) ?? 0) < index),
    gap: Math.max(solve.gap ?? 0, total > 0 ? (premium - modelPremium) / total : 1),
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

/**
 * The proof of a costed roster whose people outnumber the model's people used (the rules needed
 * more of a group than counted): the people objective, and those after it, are then not proven.
 */
export function peopleUsedReport(solve: SolveReport, counted: number, used: number): SolveReport {
  const index = solve.objectiveNames?.indexOf('people') ?? -1;
  if (used <= counted || index < 0) return solve;
  const objectiveValues = [...solve.objectiveValues];
  objectiveValues[index] = used;
  return {
    ...solve, method: 'decomposition', status: solve.status === 'optimal' ? 'bounded' : solve.status, objectiveValues,
    proven: solve.proven.filter((name) => (solve.objectiveNames?.indexOf(name) ?? 0) < index),
    gap: Math.max(solve.gap ?? 0, (used - counted) / used),
  };
}

/** The shifts the model gave its own people (see person-shifts). */
function personAssignments(persons: readonly PeopleOfGroup[], values: ArrayLike<number>, candidates: readonly ShiftCandidate[], groups: readonly StaffGroup[]): Assignment[] {
  return persons.flatMap((people) => people.shiftsOf(values).flatMap(({ person, candidates: chosen }) => chosen.flatMap((index) => {
    const c = candidates[index];
    if (!c) return [];
    return [{ start: c.start, length: c.length, group: people.group, role: groups[people.group]?.role ?? 'both', ...(c.pattern ? { pattern: c.pattern } : {}), person }];
  })));
}

/** The cost report of a roster of named staff (see costReport). */
function rosterCost(assignments: readonly Assignment[], staff: readonly StaffMember[], demand: SlotDemand, extras: CostExtras): CostReport {
  const rates = new Map<string, PayRate>(staff.map((m) => [m.name, {
    kind: m.kind ?? 'own', hourlyCost: m.hourlyCost ?? 0, dailyCost: m.dailyCost ?? 0, ...(m.overtimeCost !== undefined ? { overtimeCost: m.overtimeCost } : {}),
  }]));
  return costReport(assignments, rates, demand, extras);
}

/**
 * The model's overtime weeks: each candidate in the week of the day it starts; each week's
 * threshold in slots (see overtimeWeeks).
 */
function overtimeProblem(rule: { afterHoursPerWeek: number; slotCount: number }, candidates: readonly ShiftCandidate[], demand: SlotDemand): OvertimeWeeks {
  const weeks = overtimeWeeks({ start: demand.start, minutes: rule.slotCount * demand.slotMinutes }, rule.afterHoursPerWeek);
  const mondays = [...weeks.keys()].sort((a, b) => a - b);
  const index = new Map(mondays.map((monday, i) => [monday, i]));
  return {
    weekOfCandidate: candidates.map((c) => index.get(mondayOf(Math.floor((demand.start + c.start * demand.slotMinutes) / MINUTES_PER_DAY))) ?? 0),
    thresholdSlots: mondays.map((monday) => ((weeks.get(monday)?.hours ?? 0) * 60) / demand.slotMinutes),
  };
}
