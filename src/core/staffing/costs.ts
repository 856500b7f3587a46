/**
 * What a roster costs, in ¥, by kind of staff and by day: wages (per hour worked), day pay
 * (per shift), overtime (hours past a weekly threshold at a dearer rate) and the inquiries
 * handed to an outside team. Plain data in and out.
 */
import { MINUTES_PER_DAY, formatDate, mondayOf } from '../time/clock.js';

/** Who pays a person: own staff, temps (临时客服) or an outsourcing firm (外包). */
export type StaffKind = 'own' | 'temp' | 'outsourced';
export const STAFF_KINDS: readonly StaffKind[] = ['own', 'temp', 'outsourced'];

/** One person's pay. */
export interface PayRate {
  kind: StaffKind;
  hourlyCost: number;
  dailyCost: number;
  /** What an overtime hour costs in all (e.g. 1.5 × hourlyCost); undefined: no overtime pay. */
  overtimeCost?: number;
}

/**
 * The overtime threshold of each Monday–Sunday week a window touches: `hoursPerWeek` for a
 * week it covers whole, in proportion to its days for a week it covers only partly (a 3-day
 * campaign is not a 40-hour week).
 *
 * @param window epoch minute of the window's start and its length in minutes
 * @returns the epoch day of each week's Monday → its first and last day in the window (epoch days), how many days that is, and the hours after which overtime starts
 * @example overtimeWeeks({ start: toEpochMinutes('2026-11-10'), minutes: 3 * 1440 }, 42).get(20766) // { first: 20767, last: 20769, days: 3, hours: 18 } (20766: Monday 2026-11-09)
 */
export function overtimeWeeks(window: { start: number; minutes: number }, hoursPerWeek: number): Map<number, OvertimeWeek> {
  const weeks = new Map<number, OvertimeWeek>();
  const first = Math.floor(window.start / MINUTES_PER_DAY);
  const last = Math.ceil((window.start + window.minutes) / MINUTES_PER_DAY) - 1;
  for (let day = first; day <= last; day++) {
    const entry = weeks.get(mondayOf(day)) ?? { first: day, last: day, days: 0, hours: 0 };
    entry.last = day;
    entry.days += 1;
    entry.hours = (hoursPerWeek * entry.days) / 7;
    weeks.set(mondayOf(day), entry);
  }
  return weeks;
}

/** One Monday–Sunday week of a window, for overtime: its days in the window (epoch days) and its threshold in hours. */
export interface OvertimeWeek {
  first: number;
  last: number;
  days: number;
  hours: number;
}

/**
 * Hours of each of one person's shifts past the overtime threshold of its week. A shift counts
 * in the week of the day it starts; within a week the hours past the threshold are the last
 * ones worked.
 *
 * @param shifts one person's shifts (any order), start in slots of the window, length in slots
 * @param thresholdHours hours after which overtime starts, by a week's Monday (epoch day)
 * @param window epoch minute of slot 0 and the slot length in minutes
 * @returns overtime hours per shift, in the order given
 * @example overtimeByShift([{ start: 0, length: 10 }, { start: 24, length: 10 }], () => 15, { start: 0, slotMinutes: 60 }) // [0, 5]
 */
export function overtimeByShift(
  shifts: readonly { start: number; length: number }[], thresholdHours: (monday: number) => number, window: { start: number; slotMinutes: number },
): number[] {
  const slotHours = window.slotMinutes / 60;
  const weekOf = (slot: number) => mondayOf(Math.floor((window.start + slot * window.slotMinutes) / MINUTES_PER_DAY));
  const worked = new Map<number, number>();
  const overtime = new Array<number>(shifts.length).fill(0);
  const order = shifts.map((_, i) => i).sort((a, b) => (shifts[a]?.start ?? 0) - (shifts[b]?.start ?? 0));
  for (const i of order) {
    const shift = shifts[i];
    if (!shift) continue;
    const week = weekOf(shift.start);
    const before = worked.get(week) ?? 0;
    const after = before + shift.length * slotHours;
    worked.set(week, after);
    const threshold = thresholdHours(week);
    overtime[i] = Math.max(0, after - Math.max(before, threshold));
  }
  return overtime;
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
  /** Of `hours`, those past the weekly overtime threshold (people with an overtime rate only). */
  overtimeHours: number;
  /** The dates of the first and the last shift (by the day each starts). */
  firstDate: string;
  lastDate: string;
  /** ¥: wages plus day pay plus what overtime hours cost on top of the wage. */
  cost: number;
}

export interface CostReport {
  total: number;
  byKind: KindCost[];
  /**
   * Inquiries handed to an outside team, and what they cost; `busiest`: the run of consecutive
   * slots with outsourcing that holds the most of them (epoch minutes, end exclusive).
   */
  outsourced: { inquiries: number; agentHours: number; cost: number; busiest?: { from: number; to: number; inquiries: number } };
  /** Inquiries the bot took (with a bot offer), and what they cost. */
  bot?: { inquiries: number; cost: number };
  /** With a price on unmet demand: the inquiries left unanswered and that price (not in `total`: nobody is paid it). */
  unmet?: { inquiries: number; agentSlots: number; cost: number };
  /** With an overtime rule: the hours past it, and what they cost on top of the wage (in `total`). */
  overtime?: { afterHoursPerWeek: number; hours: number; premium: number; weeks: { from: string; to: string; days: number; thresholdHours: number }[] };
  /** ¥ per calendar day (shifts on the day they start; outsourcing on its slot's day). */
  byDay: { date: string; staff: number; outsourced: number; bot: number; total: number }[];
}

/** Agent-slots per slot taken some other way than by staff (outsourced, by the bot, or left short), and their price. */
export interface PricedSlots {
  agentSlots: readonly number[];
  costPerAgentSlot: readonly number[];
  inquiriesPerAgentSlot: readonly number[];
}

/** What else a roster costs beside its shifts. */
export interface CostExtras {
  outsourced?: PricedSlots;
  /** Unmet demand at a price (reported, not in the total). */
  unmet?: PricedSlots;
  bot?: PricedSlots;
  /** Hours past `afterHoursPerWeek` a week (see overtimeWeeks) cost people with an overtime rate that rate. */
  overtime?: { afterHoursPerWeek: number; slotCount: number };
}

/**
 * The cost of a roster.
 *
 * @param rates pay per person (people missing from it cost nothing)
 * @param window epoch minute of slot 0 and the slot length
 * @example costReport(shifts, rates, { start: 0, slotMinutes: 60 }, { overtime: { afterHoursPerWeek: 40, slotCount: 72 } }).total
 */
export function costReport(
  shifts: readonly PaidShift[],
  rates: ReadonlyMap<string, PayRate>,
  window: { start: number; slotMinutes: number },
  extras: CostExtras = {},
): CostReport {
  const { outsourced, unmet, bot } = extras;
  const slotHours = window.slotMinutes / 60;
  const dateOf = (slot: number) => formatDate(Math.floor((window.start + slot * window.slotMinutes) / MINUTES_PER_DAY) * MINUTES_PER_DAY);
  const kinds = new Map<StaffKind, KindCost & { names: Set<string> }>();
  const days = new Map<string, { staff: number; outsourced: number; bot: number }>();
  const day = (date: string) => {
    const entry = days.get(date) ?? { staff: 0, outsourced: 0, bot: 0 };
    days.set(date, entry);
    return entry;
  };
  const overtime = overtimeOfShifts(shifts, rates, window, extras.overtime);
  const overtimeTotal = { hours: 0, premium: 0 };
  shifts.forEach((shift, i) => {
    const rate = rates.get(shift.person);
    const kind = rate?.kind ?? 'own';
    const hours = shift.length * slotHours;
    const extraHours = overtime[i] ?? 0;
    const premium = extraHours * Math.max(0, (rate?.overtimeCost ?? 0) - (rate?.hourlyCost ?? 0));
    const cost = (rate?.hourlyCost ?? 0) * hours + (rate?.dailyCost ?? 0) + premium;
    const date = dateOf(shift.start);
    const entry = kinds.get(kind) ?? { kind, people: 0, shifts: 0, hours: 0, overtimeHours: 0, cost: 0, firstDate: date, lastDate: date, names: new Set<string>() };
    if (date < entry.firstDate) entry.firstDate = date;
    if (date > entry.lastDate) entry.lastDate = date;
    entry.names.add(shift.person);
    entry.shifts += 1;
    entry.hours += hours;
    entry.overtimeHours += extraHours;
    entry.cost += cost;
    kinds.set(kind, entry);
    overtimeTotal.hours += extraHours;
    overtimeTotal.premium += premium;
    day(dateOf(shift.start)).staff += cost;
  });
  const out: CostReport['outsourced'] = { inquiries: 0, agentHours: 0, cost: 0 };
  const outInquiries = (outsourced?.agentSlots ?? []).map((slots, t) => (slots > 1e-9 ? slots * (outsourced?.inquiriesPerAgentSlot[t] ?? 0) : 0));
  const busiest = busiestRun(outInquiries);
  if (busiest) out.busiest = { from: window.start + busiest.from * window.slotMinutes, to: window.start + busiest.to * window.slotMinutes, inquiries: busiest.total };
  outsourced?.agentSlots.forEach((slots, t) => {
    if (!(slots > 1e-9)) return;
    const cost = slots * (outsourced.costPerAgentSlot[t] ?? 0);
    out.inquiries += outInquiries[t] ?? 0;
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
    return entry ? [{
      kind, people: entry.names.size, shifts: entry.shifts, hours: entry.hours, overtimeHours: entry.overtimeHours, cost: entry.cost, firstDate: entry.firstDate, lastDate: entry.lastDate,
    }] : [];
  });
  const total = byKind.reduce((sum, k) => sum + k.cost, 0) + out.cost + byBot.cost;
  const byDay = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, d]) => ({ date, staff: d.staff, outsourced: d.outsourced, bot: d.bot, total: d.staff + d.outsourced + d.bot }));
  const short = unmet ? {
    agentSlots: unmet.agentSlots.reduce((a, b) => a + b, 0),
    inquiries: unmet.agentSlots.reduce((sum, n, t) => sum + n * (unmet.inquiriesPerAgentSlot[t] ?? 0), 0),
    cost: unmet.agentSlots.reduce((sum, n, t) => sum + n * (unmet.costPerAgentSlot[t] ?? 0), 0),
  } : undefined;
  return {
    total, byKind, outsourced: out, ...(bot ? { bot: byBot } : {}), ...(short ? { unmet: short } : {}),
    ...(extras.overtime ? { overtime: { afterHoursPerWeek: extras.overtime.afterHoursPerWeek, ...overtimeTotal, weeks: weekList(window, extras.overtime) } } : {}),
    byDay,
  };
}

/**
 * The run of consecutive positive values with the largest sum (slots [from, to)).
 *
 * @example busiestRun([1, 0, 2, 3, 0, 4]) // { from: 2, to: 4, total: 5 }
 */
export function busiestRun(values: readonly number[]): { from: number; to: number; total: number } | undefined {
  let best: { from: number; to: number; total: number } | undefined;
  let from = 0;
  let total = 0;
  values.forEach((v, t) => {
    if (v > 0) {
      if (total === 0) from = t;
      total += v;
      if (!best || total > best.total) best = { from, to: t + 1, total };
    } else total = 0;
  });
  return best;
}

/** The window's weeks and their thresholds, for the report. */
function weekList(window: { start: number; slotMinutes: number }, rule: NonNullable<CostExtras['overtime']>): NonNullable<CostReport['overtime']>['weeks'] {
  const weeks = overtimeWeeks({ start: window.start, minutes: rule.slotCount * window.slotMinutes }, rule.afterHoursPerWeek);
  return [...weeks.values()].sort((a, b) => a.first - b.first).map((w) => ({
    from: formatDate(w.first * MINUTES_PER_DAY), to: formatDate(w.last * MINUTES_PER_DAY), days: w.days, thresholdHours: w.hours,
  }));
}

/** Overtime hours of each shift (0 for people without an overtime rate, or without a rule). */
function overtimeOfShifts(
  shifts: readonly PaidShift[], rates: ReadonlyMap<string, PayRate>, window: { start: number; slotMinutes: number }, rule: CostExtras['overtime'],
): number[] {
  const hours = new Array<number>(shifts.length).fill(0);
  if (!rule) return hours;
  const weeks = overtimeWeeks({ start: window.start, minutes: rule.slotCount * window.slotMinutes }, rule.afterHoursPerWeek);
  const byPerson = new Map<string, number[]>();
  shifts.forEach((shift, i) => {
    if (rates.get(shift.person)?.overtimeCost === undefined) return;
    byPerson.set(shift.person, [...(byPerson.get(shift.person) ?? []), i]);
  });
  for (const indices of byPerson.values()) {
    const split = overtimeByShift(indices.map((i) => shifts[i] ?? { start: 0, length: 0 }), (monday) => weeks.get(monday)?.hours ?? 0, window);
    indices.forEach((i, k) => (hours[i] = split[k] ?? 0));
  }
  return hours;
}
