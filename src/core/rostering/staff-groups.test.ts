// The staff on the window's slots: each person's window, and the groups of alike people the
// roster model counts. Groups are compared with toStrictEqual: a limit the person does not
// have must be absent, not present as undefined. Loops rather than it.each (Stryker's
// per-test coverage misses it.each).
import { describe, expect, it } from 'vitest';
import { agentName, staffGroups, staffWindow, type StaffMember } from './staff-groups.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';

const MONDAY = toEpochMinutes('2026-11-30');
const DAY = MONDAY / MINUTES_PER_DAY;

describe('staffWindow', () => {
  const demand = { start: MONDAY + 60, slotMinutes: 30, inquiries: [] };

  it('availability rounds inward to whole slots and stays inside the window', () => {
    const w = staffWindow({ name: 'a', availableFrom: MONDAY + 60 + 45, availableTo: MONDAY + 60 + 200 }, demand, 40);
    expect([w.fromSlot, w.toSlot]).toEqual([2, 6]);
    const wide = staffWindow({ name: 'a', availableFrom: MONDAY, availableTo: MONDAY + 10_000 }, demand, 40);
    expect([wide.fromSlot, wide.toSlot]).toEqual([0, 40]);
    expect(staffWindow({ name: 'a' }, demand, 40)).toEqual({ fromSlot: 0, toSlot: 40, blocked: [] });
  });

  it('max_hours rounds down to whole slots, exact values kept', () => {
    expect(staffWindow({ name: 'a', maxHours: 7.75 }, demand, 40).maxSlots).toBe(15);
    expect(staffWindow({ name: 'a', maxHours: 7.5 }, demand, 40).maxSlots).toBe(15);
    expect(staffWindow({ name: 'a', maxHours: 0.1 * 3 * 5 }, demand, 40).maxSlots).toBe(3);
  });

  it('a day asked off blocks that calendar day\'s slots', () => {
    expect(staffWindow({ name: 'a', unavailable: [DAY + 1] }, demand, 200).blocked).toEqual([[46, 94]]);
  });
});

describe('staffGroups', () => {
  const demand = { start: MONDAY, slotMinutes: 30, inquiries: [] };
  const SLOTS = 48 * 3;

  it('alike people are one group, with nothing but its size and window', () => {
    const { groups, people } = staffGroups([{ name: 'a' }, { name: 'b' }, { name: 'c', role: 'both' }], demand, SLOTS, false);
    expect(groups).toStrictEqual([{ size: 3, fromSlot: 0, toSlot: SLOTS }]);
    expect(people).toStrictEqual([{ name: 'a', group: 0 }, { name: 'b', group: 0 }, { name: 'c', group: 0 }]);
  });

  it('every limit of a person on the slots: hours, days off, role, pay, shortest shift, overtime', () => {
    const member: StaffMember = {
      name: 'a', availableFrom: MONDAY + 60, availableTo: MONDAY + 2 * MINUTES_PER_DAY, maxHours: 20.25, unavailable: [DAY + 1],
      role: 'after', hourlyCost: 40, dailyCost: 100, minShiftHours: 4.5, overtimeCost: 70,
    };
    const { groups, people } = staffGroups([member], demand, SLOTS, true);
    expect(groups).toStrictEqual([{
      size: 1, fromSlot: 2, toSlot: 96, maxSlotsPerPerson: 40, blocked: [[48, 96]], role: 'after',
      costPerSlot: 20, costPerShift: 100, minShiftSlots: 9, overtimeExtraPerSlot: 15,
    }]);
    expect(people).toStrictEqual([{ name: 'a', group: 0, maxSlots: 40 }]);
  });

  it('a shortest shift rounds up to whole slots, a hair over a slot boundary kept on it', () => {
    const minSlots = (hours: number, slotMinutes: number) => staffGroups([{ name: 'a', minShiftHours: hours }], { ...demand, slotMinutes }, SLOTS, false).groups[0]?.minShiftSlots;
    expect(minSlots(4.25, 30)).toBe(9);
    expect(minSlots(4, 60)).toBe(4);
    expect(minSlots(0.1 * 3, 6)).toBe(3);
    expect(minSlots(2, 60)).toBe(2);
  });

  it('overtime\'s extra pay per slot: above the hourly wage, never below 0; the whole price without a wage; none unless priced', () => {
    const extra = (member: Omit<StaffMember, 'name'>, overtime = true) => staffGroups([{ name: 'a', ...member }], { ...demand, slotMinutes: 60 }, SLOTS, overtime).groups[0];
    expect(extra({ hourlyCost: 40, overtimeCost: 70 })?.overtimeExtraPerSlot).toBe(30);
    expect(extra({ hourlyCost: 40, overtimeCost: 30 })?.overtimeExtraPerSlot).toBe(0);
    expect(extra({ overtimeCost: 70 })).toStrictEqual({ size: 1, fromSlot: 0, toSlot: SLOTS, overtimeExtraPerSlot: 70 });
    expect(extra({ hourlyCost: 40, overtimeCost: 70 }, false)).toStrictEqual({ size: 1, fromSlot: 0, toSlot: SLOTS, costPerSlot: 40 });
  });

  it('people differing in any one limit are different groups, in the order each first appears', () => {
    const variants: Omit<StaffMember, 'name'>[] = [
      { availableFrom: MONDAY + 600 }, { availableTo: MONDAY + 600 }, { maxHours: 8 }, { unavailable: [DAY] }, { role: 'pre' }, { role: 'after' },
      { kind: 'temp' }, { kind: 'own' }, { hourlyCost: 30 }, { dailyCost: 200 }, { minShiftHours: 4 }, { overtimeCost: 50 },
    ];
    for (const variant of variants) {
      const { groups, people } = staffGroups([{ name: 'a' }, { name: 'b', ...variant }, { name: 'c' }], demand, SLOTS, true);
      expect(groups.map((g) => g.size), JSON.stringify(variant)).toEqual([2, 1]);
      expect(people.map((p) => p.group), JSON.stringify(variant)).toEqual([0, 1, 0]);
    }
  });

  it('the same days off in another order are alike; overtime pay not priced does not split a group', () => {
    const days = staffGroups([{ name: 'a', unavailable: [DAY + 2, DAY] }, { name: 'b', unavailable: [DAY, DAY + 2] }], demand, SLOTS, false);
    expect(days.groups).toStrictEqual([{ size: 2, fromSlot: 0, toSlot: SLOTS, blocked: [[96, 144], [0, 48]] }]);
    const tens = staffGroups([{ name: 'a', unavailable: [DAY + 10, DAY + 9] }, { name: 'b', unavailable: [DAY + 9, DAY + 10] }], demand, SLOTS, false);
    expect(tens.groups.map((g) => g.size)).toEqual([2]);
    const unpriced = staffGroups([{ name: 'a', overtimeCost: 50 }, { name: 'b', overtimeCost: 90 }], demand, SLOTS, false);
    expect(unpriced.groups).toStrictEqual([{ size: 2, fromSlot: 0, toSlot: SLOTS }]);
  });
});

describe('agentName', () => {
  it('A001 for the first, three digits at least', () => {
    expect([agentName(0), agentName(9), agentName(98), agentName(999)]).toEqual(['A001', 'A010', 'A099', 'A1000']);
  });
});
