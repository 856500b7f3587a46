/**
 * The capacity rule: agents needed in a slot when each agent answers a fixed number of
 * inquiries per hour. A queueing model can replace it: the roster only needs a function
 * from a slot's inquiries to agents.
 */
import { ceilTolerant } from '../numeric.js';

/** Agents needed for `inquiries` arriving in a slot of `slotMinutes`. */
export type SlotSizer = (inquiries: number, slotMinutes: number, slotIndex: number) => number;

/**
 * Required agents = ⌈inquiries ÷ (hourly capacity × slot hours)⌉, ignoring float noise.
 *
 * @param hourlyCapacity inquiries one agent handles per hour, > 0; a function gives it per slot
 * @example capacityRule(25)(100, 60, 0) // 4
 * @example capacityRule(25)(30, 30, 0) // 3 (30 inquiries in half an hour at 12.5 per agent)
 */
export function capacityRule(hourlyCapacity: number | ((slotIndex: number) => number)): SlotSizer {
  return (inquiries, slotMinutes, slotIndex) => {
    const perHour = typeof hourlyCapacity === 'number' ? hourlyCapacity : hourlyCapacity(slotIndex);
    return ceilTolerant(inquiries / (perHour * (slotMinutes / 60)));
  };
}
