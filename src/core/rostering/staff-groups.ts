/**
 * The staff file on the model's slots: each person's window (availability, hours limit, days
 * off) and the groups of alike people the roster model counts instead of people one by one.
 */
import { MINUTES_PER_DAY } from '../time/clock.js';
import type { SlotDemand } from '../demand/slots.js';
import type { StaffGroup, WorkRole } from '../scheduling/model.js';
import type { StaffKind } from '../staffing/costs.js';
import type { Person } from './assign.js';

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
    fromSlot:
      member.availableFrom === undefined ? 0 : Math.max(0, Math.ceil((member.availableFrom - demand.start) / slot)),
    toSlot:
      member.availableTo === undefined
        ? slotCount
        : Math.min(slotCount, Math.floor((member.availableTo - demand.start) / slot)),
    ...(maxSlots !== undefined ? { maxSlots } : {}),
    blocked: (member.unavailable ?? []).map((day) => {
      const from = (day * MINUTES_PER_DAY - demand.start) / slot;
      return [from, from + MINUTES_PER_DAY / slot] as const;
    }),
  };
}

/**
 * A staff member's group on the window's slots, without its size: availability, hours limit,
 * days off, role, pay per slot and shift, shortest shift and overtime's extra pay per slot
 * (only when overtime is priced).
 */
function groupOf(member: StaffMember, window: StaffWindow, slotMinutes: number, overtime: boolean): StaffGroup {
  const { fromSlot, toSlot, maxSlots, blocked } = window;
  const slotHours = slotMinutes / 60;
  const role = member.role === 'both' ? undefined : member.role;
  const minShiftSlots =
    member.minShiftHours === undefined ? undefined : Math.ceil(member.minShiftHours / slotHours - 1e-9);
  const costPerSlot = member.hourlyCost === undefined ? undefined : member.hourlyCost * slotHours;
  const overtimeExtraPerSlot =
    overtime && member.overtimeCost !== undefined
      ? Math.max(0, member.overtimeCost - (member.hourlyCost ?? 0)) * slotHours
      : undefined;
  return {
    size: 0,
    fromSlot,
    toSlot,
    ...(maxSlots !== undefined ? { maxSlotsPerPerson: maxSlots } : {}),
    ...(blocked.length > 0 ? { blocked } : {}),
    ...(role ? { role } : {}),
    ...(costPerSlot !== undefined ? { costPerSlot } : {}),
    ...(member.dailyCost !== undefined ? { costPerShift: member.dailyCost } : {}),
    ...(minShiftSlots !== undefined ? { minShiftSlots } : {}),
    ...(overtimeExtraPerSlot !== undefined ? { overtimeExtraPerSlot } : {}),
  };
}

/**
 * The staff as groups of alike people, in the order each group's first person appears, and the
 * people with their group. Alike: the same group on the slots (whatever the order of their
 * days off) and the same kind (own, temp, outsourced).
 *
 * @param overtime overtime is priced (cost first with an overtime rule)
 * @example
 * staffGroups([{ name: 'a' }, { name: 'b' }], { start: 0, slotMinutes: 60, inquiries: [] }, 24, false).groups
 * // [{ size: 2, fromSlot: 0, toSlot: 24 }]
 */
export function staffGroups(
  staff: readonly StaffMember[],
  demand: SlotDemand,
  slotCount: number,
  overtime: boolean,
): { groups: StaffGroup[]; people: Person[] } {
  const groups: StaffGroup[] = [];
  const keys = new Map<string, { group: StaffGroup; index: number }>();
  const people = staff.map((member): Person => {
    const window = staffWindow(member, demand, slotCount);
    const shape = groupOf(member, window, demand.slotMinutes, overtime);
    const { blocked: _, ...alike } = shape;
    const key = JSON.stringify([alike, [...(member.unavailable ?? [])].sort((a, b) => a - b), member.kind]);
    let known = keys.get(key);
    if (!known) {
      known = { group: shape, index: groups.length };
      keys.set(key, known);
      groups.push(shape);
    }
    known.group.size += 1;
    return {
      name: member.name,
      group: known.index,
      ...(window.maxSlots !== undefined ? { maxSlots: window.maxSlots } : {}),
    };
  });
  return { groups, people };
}

/**
 * A001, A002, …: the names of people the plan counts rather than reads.
 *
 * @example agentName(0) // 'A001'
 */
export function agentName(index: number): string {
  return `A${String(index + 1).padStart(3, '0')}`;
}
