/**
 * A roster request and the problem it puts to the model: the slots and their required agents,
 * the candidate shifts, the staff as groups, the day rules on the calendar, and (cost first) the
 * prices of outsourcing, the bot and overtime. No solving here.
 */
import { CsPlanError, ExitCode } from '../../errors.js';
import { MINUTES_PER_DAY, mondayOf } from '../time/clock.js';
import { floorTolerant } from '../numeric.js';
import type { SlotDemand } from '../demand/slots.js';
import type { SlotSizer } from '../staffing/capacity-rule.js';
import { isOpen } from '../demand/open-hours.js';
import {
  checkShiftRules,
  shiftCandidates,
  type ShiftCandidate,
  type ShiftPattern,
  type ShiftRules,
} from '../scheduling/candidates.js';
import { overlapsBlocked, type Outsourcing, type StaffGroup } from '../scheduling/model.js';
import { overtimeWeeks } from '../staffing/costs.js';
import type { OvertimeWeeks } from './person-shifts.js';
import type { AssignDayRules, Person } from './assign.js';
import { personDayRules, type PersonDayRules } from './group-day-rules.js';
import { agentName, staffGroups, type StaffMember } from './staff-groups.js';

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
   * staff, `cost`: least unmet demand, then least ¥ (wages, day pay, overtime, outsourcing), then fewest people,
   * then agent-hours.
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

/** A roster request checked and put in the model's terms: slots, candidates, staff and offers. */
export interface RosterProblem {
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
function rosterSlots(
  request: RosterRequest,
): Pick<RosterProblem, 'slotCount' | 'modelSlots' | 'required' | 'candidates'> {
  const { demand, rules } = request;
  const slotCount = demand.inquiries.length;
  checkShiftRules(rules, slotCount);
  const longest = request.patterns
    ? Math.max(0, ...request.patterns.map((p) => Math.ceil(p.lengthMinutes / demand.slotMinutes)))
    : rules.maxShiftSlots;
  const modelSlots = slotCount + (request.afterSales ? 0 : Math.max(0, longest - 1));
  const required = Array.from({ length: modelSlots }, (_, t) =>
    t < slotCount ? request.sizer(demand.inquiries[t] ?? 0, demand.slotMinutes, t) : 0,
  );
  const open = demand.open;
  const closed = open
    ? required.map((_, t) => !isOpen(demand.start + t * demand.slotMinutes, demand.slotMinutes, open.hours))
    : undefined;
  const candidates = shiftCandidates(modelSlots, rules, request.patterns, demand.start).filter(
    (c) =>
      c.start < slotCount && (request.patterns || !closed || !closed.slice(c.start, c.start + c.length).some(Boolean)),
  );
  if (candidates.length === 0) throw new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible });
  return { slotCount, modelSlots, required, candidates };
}

/**
 * The staff as groups of alike people (a headcount is one group of A001…), and the people.
 *
 * @throws CsPlanError (exit 3) when nobody on the staff can work any shift
 */
function rosterStaff(
  request: RosterRequest,
  modelSlots: number,
  candidates: readonly ShiftCandidate[],
): Pick<RosterProblem, 'groups' | 'people' | 'available'> {
  const { staff } = request;
  if (!staff) return {};
  if ('headcount' in staff) {
    const available = staff.headcount;
    return {
      available,
      groups: [{ size: available, fromSlot: 0, toSlot: modelSlots }],
      people: Array.from({ length: available }, (_, i) => ({ name: agentName(i), group: 0 })),
    };
  }
  const { groups, people } = staffGroups(
    staff,
    request.demand,
    modelSlots,
    request.priority === 'cost' && request.overtimeAfterHours !== undefined,
  );
  const anyWorkable = groups.some((g) =>
    candidates.some(
      (c) =>
        c.start >= g.fromSlot &&
        c.start + c.length <= g.toSlot &&
        c.length <= (g.maxSlotsPerPerson ?? Infinity) &&
        !overlapsBlocked(c, g.blocked),
    ),
  );
  if (!anyWorkable) throw new CsPlanError('roster.staffUnavailable', {}, { exitCode: ExitCode.infeasible });
  return { groups, people, available: people.length };
}

/**
 * With cost first, the prices: outsourcing an agent-slot costs the price of the inquiries it
 * would have answered (or the hourly price), the bot its price per inquiry up to its share, and
 * overtime its weeks.
 */
function rosterOffers(
  request: RosterRequest,
  slots: Pick<RosterProblem, 'slotCount' | 'required' | 'candidates'>,
): Pick<RosterProblem, 'inquiriesPerAgentSlot' | 'outsourcing' | 'bot' | 'overtimeRule' | 'overtime'> {
  const { demand } = request;
  const { required, slotCount, candidates } = slots;
  const inquiriesPerAgentSlot = required.map((need, t) => (need > 0 ? (demand.inquiries[t] ?? 0) / need : 0));
  if (request.priority !== 'cost') return { inquiriesPerAgentSlot };
  const offer = request.outsourcing;
  const outsourcing = offer
    ? {
        costPerAgentSlot: inquiriesPerAgentSlot.map((n) =>
          offer.perAgentHour ? (offer.pricePerInquiry * demand.slotMinutes) / 60 : n * offer.pricePerInquiry,
        ),
        // The window's demand: the model's slots past it need nobody.
        maxAgentSlots: floorTolerant(offer.maxShare * required.reduce((a, b) => a + b, 0)),
      }
    : undefined;
  const botOffer = request.bot;
  const bot = botOffer
    ? {
        costPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * botOffer.costPerInquiry),
        maxPerSlot: required.map((need) => need * botOffer.maxShare),
      }
    : undefined;
  const overtimeRule =
    request.overtimeAfterHours !== undefined ? { afterHoursPerWeek: request.overtimeAfterHours, slotCount } : undefined;
  return {
    inquiriesPerAgentSlot,
    ...(outsourcing ? { outsourcing } : {}),
    ...(bot ? { bot } : {}),
    ...(overtimeRule ? { overtimeRule, overtime: overtimeProblem(overtimeRule, candidates, demand) } : {}),
  };
}

/**
 * Checks a roster request and puts it in the model's terms.
 *
 * @throws CsPlanError for contradictory settings (exit 3)
 */
export function rosterProblem(request: RosterRequest): RosterProblem {
  const { demand } = request;
  const slots = rosterSlots(request);
  const staff = rosterStaff(request, slots.modelSlots, slots.candidates);
  const after = request.afterSales;
  if (after && after.contacts.length !== slots.slotCount)
    throw new CsPlanError('internal', { message: 'after-sales and pre-sales slots differ' });
  const slotHours = demand.slotMinutes / 60;
  const assignRules = personDayRules(request.dayRules, demand, slots.modelSlots);
  return {
    request,
    ...slots,
    ...staff,
    ...rosterOffers(request, slots),
    perAgentSlot: after ? after.hourlyCapacity * slotHours : 0,
    deferSlots: after ? floorTolerant(after.deferHours / slotHours) : 0,
    ...(assignRules ? { assignRules } : {}),
  };
}

/**
 * The model's overtime weeks: each candidate in the week of the day it starts; each week's
 * threshold in slots (see overtimeWeeks).
 */
function overtimeProblem(
  rule: { afterHoursPerWeek: number; slotCount: number },
  candidates: readonly ShiftCandidate[],
  demand: SlotDemand,
): OvertimeWeeks {
  const weeks = overtimeWeeks(
    { start: demand.start, minutes: rule.slotCount * demand.slotMinutes },
    rule.afterHoursPerWeek,
  );
  const mondays = [...weeks.keys()].sort((a, b) => a - b);
  const index = new Map(mondays.map((monday, i) => [monday, i]));
  return {
    weekOfCandidate: candidates.map(
      (c) => index.get(mondayOf(Math.floor((demand.start + c.start * demand.slotMinutes) / MINUTES_PER_DAY))) ?? 0,
    ),
    thresholdSlots: mondays.map((monday) => ((weeks.get(monday)?.hours ?? 0) * 60) / demand.slotMinutes),
  };
}
