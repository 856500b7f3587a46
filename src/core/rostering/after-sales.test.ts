import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateAfterSales } from './after-sales.js';
import { planRoster } from './plan.js';
import { capacityRule } from '../staffing/capacity-rule.js';
import { toEpochMinutes } from '../time/clock.js';

describe('simulateAfterSales', () => {
  it('serves the oldest first and counts what passes the limit as overdue', () => {
    // 30 contacts in slot 0; 10 per slot of capacity; limit one slot: 20 handled, 10 overdue.
    const outcome = simulateAfterSales([30, 0, 0], 10, [1, 1, 1], 1);
    expect(outcome.handled).toEqual([10, 10, 0]);
    expect(outcome.overdue).toEqual([0, 10, 0]);
    expect(outcome.deferredContacts).toBe(10);
    expect(outcome.meanWaitSlots).toBe(0.5);
    expect(outcome.longestWaitSlots).toBe(1);
  });
  it('conserves contacts: handled + overdue + waiting at the end = arrived', () => {
    fc.assert(fc.property(fc.array(fc.record({ c: fc.nat({ max: 40 }), a: fc.nat({ max: 4 }) }), { minLength: 1, maxLength: 40 }), fc.nat({ max: 6 }), (slots, defer) => {
      const outcome = simulateAfterSales(slots.map((s) => s.c), 5, slots.map((s) => s.a), defer);
      expect(outcome.handledContacts + outcome.overdueContacts + outcome.waitingAtEnd).toBeCloseTo(outcome.totalContacts, 6);
      expect(outcome.longestWaitSlots).toBeLessThanOrEqual(defer);
    }));
  });
});

describe('planRoster with after-sales', () => {
  const day = toEpochMinutes('2026-11-12');
  // 24 hourly slots: pre-sales busy in the evening, after-sales spread over the day.
  const pre = Array.from({ length: 24 }, (_, h) => (h >= 18 ? 100 : h >= 9 ? 40 : 0));
  const after = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? 30 : 0));
  const base = {
    demand: { start: day, slotMinutes: 60, inquiries: pre },
    sizer: capacityRule(20),
    rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 8, restSlots: 8 },
    timeLimitSeconds: 20,
  };

  it('unlimited people: pre-sales covered in every slot, no after-sales contact past the limit', async () => {
    const plan = await planRoster({ ...base, afterSales: { contacts: after, hourlyCapacity: 10, deferHours: 3 } });
    expect(plan.summary.shortAgentSlots).toBe(0);
    expect(plan.afterSales?.overdueContacts).toBeCloseTo(0, 6);
    expect(plan.afterSales?.longestWaitSlots).toBeLessThanOrEqual(3);
    expect(plan.afterSales?.agents.some((n) => n > 0)).toBe(true);
  });

  it('a longer deferral never needs more agent-hours', async () => {
    const hours = async (deferHours: number) => (await planRoster({ ...base, afterSales: { contacts: after, hourlyCapacity: 10, deferHours } })).summary.agentHours;
    const none = await hours(0);
    const four = await hours(4);
    expect(four).toBeLessThanOrEqual(none);
  });

  it('limited people: the shortfall lands on after-sales, not on pre-sales', async () => {
    // Pre-sales alone needs 7 people (2 for 09–17, 5 for 16–24); after-sales needs 42 agent-hours more.
    const plan = await planRoster({ ...base, staff: { headcount: 8 }, afterSales: { contacts: after, hourlyCapacity: 10, deferHours: 3 } });
    expect(plan.summary.shortAgentSlots).toBe(0);
    expect(plan.afterSales?.overdueContacts ?? 0).toBeGreaterThan(0);
    expect(plan.people.length).toBeLessThanOrEqual(8);
    expect(plan.afterSales?.handledContacts ?? 0).toBeGreaterThan(0);
  });

  it('roles: after-sales-only people work after-sales shifts, pre-sales-only people pre-sales shifts', async () => {
    const staff = [
      ...Array.from({ length: 7 }, (_, i) => ({ name: `pre${i}`, role: 'pre' as const })),
      ...Array.from({ length: 6 }, (_, i) => ({ name: `after${i}`, role: 'after' as const })),
    ];
    const plan = await planRoster({ ...base, staff, afterSales: { contacts: after, hourlyCapacity: 10, deferHours: 3 } });
    for (const a of plan.assignments) expect(a.role).toBe(a.person.startsWith('pre') ? 'pre' : 'after');
    expect(plan.summary.shortAgentSlots).toBe(0);
    expect(plan.afterSales?.overdueContacts).toBeCloseTo(0, 6);
  });
});

describe('simulateAfterSales at its edges (from the mutation run)', () => {
  it('nothing handled: no mean wait (0, not NaN); nothing arriving: nothing waiting', () => {
    expect(simulateAfterSales([0, 0], 5, [1, 1], 1)).toMatchObject({ meanWaitSlots: 0, handledContacts: 0, waitingAtEnd: 0, overdueContacts: 0 });
    const unserved = simulateAfterSales([4, 0], 5, [0, 0], 3);
    expect(unserved).toMatchObject({ meanWaitSlots: 0, handledContacts: 0, waitingAtEnd: 4, longestWaitSlots: 0 });
  });

  it('a wait of exactly the limit is served in time; one slot more is overdue', () => {
    const inTime = simulateAfterSales([5, 0, 0], 5, [0, 0, 1], 2);
    expect(inTime).toMatchObject({ handledContacts: 5, overdueContacts: 0, deferredContacts: 5, longestWaitSlots: 2, meanWaitSlots: 2 });
    const late = simulateAfterSales([5, 0, 0, 0], 5, [0, 0, 0, 1], 2);
    expect(late).toMatchObject({ handledContacts: 0, overdueContacts: 5 });
    expect(late.overdue).toEqual([0, 0, 5, 0]);
  });
});
