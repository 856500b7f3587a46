/**
 * Service hours: when the store's customer service is online. Inquiries that arrive while it is
 * closed are answered when it opens (carried to the first open slot) or left to the bot
 * (dropped); closed slots need nobody.
 */
import { MINUTES_PER_DAY } from '../time/clock.js';
import type { SlotDemand } from './slots.js';

/** Open times of every day, as [from, to) minutes after midnight (to up to 1440). */
export type OpenHours = readonly (readonly [number, number])[];

/** What happens to inquiries that arrive while closed. */
export type ClosedDemand = 'carry' | 'drop';

/**
 * Whether a slot lies wholly inside the open hours.
 *
 * @param start epoch minutes of the slot's start
 * @example isOpen(toEpochMinutes('2026-11-10', 600), 60, [[540, 1440]]) // true
 */
export function isOpen(start: number, slotMinutes: number, open: OpenHours): boolean {
  const from = ((start % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return open.some(([a, b]) => from >= a && from + slotMinutes <= b);
}

/** Demand with the store's hours applied, and what moved. */
export interface OpenDemand {
  demand: SlotDemand;
  /** Per slot: closed (nobody needed). */
  closed: boolean[];
  /** Inquiries that arrived while closed: carried to an open slot, or dropped. */
  movedInquiries: number;
  /** Inquiries that arrived while closed after the window's last open slot (dropped even with carry). */
  droppedInquiries: number;
}

/**
 * Applies service hours to demand: inquiries in closed slots move to the next open slot
 * (`carry`) or are left out (`drop`); the totals are kept with carry unless no open slot follows.
 *
 * @example applyOpenHours({ start: 0, slotMinutes: 60, inquiries: [5, 0, 3] }, [[60, 1440]], 'carry').demand.inquiries // [0, 5, 3]
 */
export function applyOpenHours(demand: SlotDemand, open: OpenHours, mode: ClosedDemand): OpenDemand {
  const closed = demand.inquiries.map(
    (_, slot) => !isOpen(demand.start + slot * demand.slotMinutes, demand.slotMinutes, open),
  );
  const inquiries = carryOutOfClosed(demand.inquiries, closed, mode);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const moved = sum(demand.inquiries.filter((_, slot) => closed[slot]));
  return {
    demand: { ...demand, inquiries },
    closed,
    movedInquiries: moved,
    droppedInquiries: Math.max(0, sum(demand.inquiries) - sum(inquiries)),
  };
}

/**
 * Carries a per-slot series (e.g. after-sales contacts) out of closed slots the same way.
 */
export function carryOutOfClosed(series: readonly number[], closed: readonly boolean[], mode: ClosedDemand): number[] {
  const out = new Array<number>(series.length).fill(0);
  let waiting = 0;
  series.forEach((value, slot) => {
    if (closed[slot]) {
      if (mode === 'carry') waiting += value;
      return;
    }
    out[slot] = value + waiting;
    waiting = 0;
  });
  return out;
}
