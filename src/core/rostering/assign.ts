/**
 * Gives the optimizer's shifts to named people. Shifts are taken in start order; each goes
 * to a person of its group who is free (their last shift ended at least the rest period
 * before) and still under their hours limit, preferring the one with the fewest hours so far
 * — so hours spread evenly. Because the optimizer capped "on duty or resting" at the group
 * size at every slot, a free person always exists unless an hours limit binds.
 */
import type { WorkRole } from '../scheduling/model.js';

export interface ShiftToStaff {
  start: number;
  length: number;
  /** Staff group index; −1 when people are unlimited. */
  group: number;
  pattern?: string;
  /** What the shift answers: pre-sales, after-sales or both (the default). */
  role?: WorkRole;
}

export interface Person {
  name: string;
  group: number;
  maxSlots?: number;
}

export interface Assignment extends ShiftToStaff {
  person: string;
  /** A meal break inside the shift, in slots (not counted as coverage). */
  mealBreak?: { start: number; length: number };
}

export interface AssignResult {
  assignments: Assignment[];
  /** Shifts nobody could take (an hours limit bound); they count as unmet demand. */
  unassigned: ShiftToStaff[];
  /** People used, in the order they first appear. */
  people: string[];
}

/**
 * Assigns shifts to people. With `people` undefined, people are created as needed and
 * named A001, A002, … (the fewest that the shifts allow).
 *
 * @param restSlots least rest between two shifts of one person, in slots
 * @example assignShifts([{ start: 0, length: 8, group: -1 }, { start: 18, length: 8, group: -1 }], 10).people // ['A001']
 */
export function assignShifts(shifts: readonly ShiftToStaff[], restSlots: number, people?: readonly Person[]): AssignResult {
  const ordered = [...shifts].sort((a, b) => a.start - b.start || b.length - a.length || a.group - b.group);
  const pool: (Person & { freeAt: number; slots: number })[] = (people ?? []).map((p) => ({ ...p, freeAt: -Infinity, slots: 0 }));
  const assignments: Assignment[] = [];
  const unassigned: ShiftToStaff[] = [];
  const used: string[] = [];
  for (const shift of ordered) {
    let best: (typeof pool)[number] | undefined;
    for (const person of pool) {
      if (person.group !== shift.group || person.freeAt > shift.start) continue;
      if (person.maxSlots !== undefined && person.slots + shift.length > person.maxSlots) continue;
      if (!best || person.slots < best.slots || (person.slots === best.slots && person.freeAt < best.freeAt)) best = person;
    }
    if (!best && people === undefined) {
      best = { name: `A${String(pool.length + 1).padStart(3, '0')}`, group: shift.group, freeAt: -Infinity, slots: 0 };
      pool.push(best);
    }
    if (!best) {
      unassigned.push(shift);
      continue;
    }
    if (best.slots === 0) used.push(best.name);
    best.slots += shift.length;
    best.freeAt = shift.start + shift.length + restSlots;
    assignments.push({ ...shift, person: best.name });
  }
  return { assignments, unassigned, people: used };
}
