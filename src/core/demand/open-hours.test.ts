import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOpenHours, carryOutOfClosed, isOpen } from './open-hours.js';

describe('service hours', () => {
  it('a slot is open when it lies wholly inside a range', () => {
    expect(isOpen(9 * 60, 60, [[540, 1440]])).toBe(true);
    expect(isOpen(8 * 60 + 30, 60, [[540, 1440]])).toBe(false);
    expect(isOpen(1440 + 60, 60, [[1200, 1440], [0, 120]])).toBe(true); // 01:00 the next day, open until 02:00
  });

  it('carries closed inquiries to the next open slot, or drops them', () => {
    const demand = { start: 0, slotMinutes: 60, inquiries: [5, 2, 3, 4] };
    const carried = applyOpenHours(demand, [[120, 1440]], 'carry');
    expect(carried.demand.inquiries).toEqual([0, 0, 10, 4]);
    expect(carried).toMatchObject({ closed: [true, true, false, false], movedInquiries: 7, droppedInquiries: 0 });
    expect(applyOpenHours(demand, [[120, 1440]], 'drop').demand.inquiries).toEqual([0, 0, 3, 4]);
    // Nothing open after the last closed slots: those inquiries are left out even with carry.
    expect(applyOpenHours(demand, [[0, 120]], 'carry')).toMatchObject({ demand: { inquiries: [5, 2, 0, 0] }, droppedInquiries: 7 });
  });

  it('carry keeps every inquiry that an open slot follows (property)', () => {
    fc.assert(fc.property(fc.array(fc.float({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (series, closedAll) => {
      const closed = closedAll.slice(0, series.length);
      const out = carryOutOfClosed(series, closed, 'carry');
      const lastOpen = closed.lastIndexOf(false);
      const kept = series.slice(0, lastOpen + 1).reduce((a, b) => a + b, 0);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(kept, 3);
      out.forEach((value, i) => { if (closed[i]) expect(value).toBe(0); });
    }));
  });
});
