/**
 * What a roster costs, in ¥, by kind of staff and by day: wages (per hour worked), day pay
 * (per shift) and the inquiries handed to an outside team. Plain data in and out.
 */
import { MINUTES_PER_DAY, formatDate } from '../time/clock.js';

/** Who pays a person: own staff, temps (临时客服) or an outsourcing firm (外包). */
export type StaffKind = 'own' | 'temp' | 'outsourced';
export const STAFF_KINDS: readonly StaffKind[] = ['own', 'temp', 'outsourced'];

/** One person's pay. */
export interface PayRate {
  kind: StaffKind;
  hourlyCost: number;
  dailyCost: number;
}

/** A shift as the cost report needs it. */
export interface PaidShift {
  person: string;
  /** Slot of the window the shift starts in, and its length in slots. */
  start: number;
  length: number;
}

export interface KindCost {
  kind: StaffKind;
  people: number;
  shifts: number;
  hours: number;
  /** ¥: wages plus day pay. */
  cost: number;
}

export interface CostReport {
  total: number;
  byKind: KindCost[];
  /** Inquiries handed to an outside team, and what they cost. */
  outsourced: { inquiries: number; agentHours: number; cost: number };
  /** Inquiries the bot took (with a bot offer), and what they cost. */
  bot?: { inquiries: number; cost: number };
  /** With a price on unmet demand: the inquiries left unanswered and that price (not in `total`: nobody is paid it). */
  unmet?: { inquiries: number; agentSlots: number; cost: number };
  /** ¥ per calendar day (shifts on the day they start; outsourcing on its slot's day). */
  byDay: { date: string; staff: number; outsourced: number; bot: number; total: number }[];
}

/**
 * The cost of a roster.
 *
 * @param rates pay per person (people missing from it cost nothing)
 * @param outsourced agent-slots outsourced per slot, and what one costs in each slot
 * @example costReport(shifts, rates, { start: 0, slotMinutes: 60 }).total
 */
export function costReport(
  shifts: readonly PaidShift[],
  rates: ReadonlyMap<string, PayRate>,
  window: { start: number; slotMinutes: number },
  outsourced?: { agentSlots: readonly number[]; costPerAgentSlot: readonly number[]; inquiriesPerAgentSlot: readonly number[] },
  unmet?: { agentSlots: readonly number[]; costPerAgentSlot: readonly number[]; inquiriesPerAgentSlot: readonly number[] },
  bot?: { agentSlots: readonly number[]; costPerAgentSlot: readonly number[]; inquiriesPerAgentSlot: readonly number[] },
): CostReport {
  const slotHours = window.slotMinutes / 60;
  const dateOf = (slot: number) => formatDate(Math.floor((window.start + slot * window.slotMinutes) / MINUTES_PER_DAY) * MINUTES_PER_DAY);
  const kinds = new Map<StaffKind, KindCost & { names: Set<string> }>();
  const days = new Map<string, { staff: number; outsourced: number; bot: number }>();
  const day = (date: string) => {
    const entry = days.get(date) ?? { staff: 0, outsourced: 0, bot: 0 };
    days.set(date, entry);
    return entry;
  };
  for (const shift of shifts) {
    const rate = rates.get(shift.person);
    const kind = rate?.kind ?? 'own';
    const hours = shift.length * slotHours;
    const cost = (rate?.hourlyCost ?? 0) * hours + (rate?.dailyCost ?? 0);
    const entry = kinds.get(kind) ?? { kind, people: 0, shifts: 0, hours: 0, cost: 0, names: new Set<string>() };
    entry.names.add(shift.person);
    entry.shifts += 1;
    entry.hours += hours;
    entry.cost += cost;
    kinds.set(kind, entry);
    day(dateOf(shift.start)).staff += cost;
  }
  const out = { inquiries: 0, agentHours: 0, cost: 0 };
  outsourced?.agentSlots.forEach((slots, t) => {
    if (!(slots > 1e-9)) return;
    const cost = slots * (outsourced.costPerAgentSlot[t] ?? 0);
    out.inquiries += slots * (outsourced.inquiriesPerAgentSlot[t] ?? 0);
    out.agentHours += slots * slotHours;
    out.cost += cost;
    day(dateOf(t)).outsourced += cost;
  });
  const byBot = { inquiries: 0, cost: 0 };
  bot?.agentSlots.forEach((slots, t) => {
    if (!(slots > 1e-9)) return;
    const cost = slots * (bot.costPerAgentSlot[t] ?? 0);
    byBot.inquiries += slots * (bot.inquiriesPerAgentSlot[t] ?? 0);
    byBot.cost += cost;
    day(dateOf(t)).bot += cost;
  });
  const byKind = STAFF_KINDS.flatMap((kind) => {
    const entry = kinds.get(kind);
    return entry ? [{ kind, people: entry.names.size, shifts: entry.shifts, hours: entry.hours, cost: entry.cost }] : [];
  });
  const total = byKind.reduce((sum, k) => sum + k.cost, 0) + out.cost + byBot.cost;
  const byDay = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, d]) => ({ date, staff: d.staff, outsourced: d.outsourced, bot: d.bot, total: d.staff + d.outsourced + d.bot }));
  const short = unmet ? {
    agentSlots: unmet.agentSlots.reduce((a, b) => a + b, 0),
    inquiries: unmet.agentSlots.reduce((sum, n, t) => sum + n * (unmet.inquiriesPerAgentSlot[t] ?? 0), 0),
    cost: unmet.agentSlots.reduce((sum, n, t) => sum + n * (unmet.costPerAgentSlot[t] ?? 0), 0),
  } : undefined;
  return { total, byKind, outsourced: out, ...(bot ? { bot: byBot } : {}), ...(short ? { unmet: short } : {}), byDay };
}
