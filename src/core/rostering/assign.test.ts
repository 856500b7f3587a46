import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignShifts, lexicographicallyLess, packScore, type Person, type ShiftToStaff } from './assign.js';

/** The assignment without day rules as its definition says: scan everyone for each shift in start order. */
function byScanning(shifts: readonly ShiftToStaff[], restSlots: number, people?: readonly Person[]) {
  const ordered = [...shifts].sort((a, b) => a.start - b.start || b.length - a.length || a.group - b.group);
  const pool = (people ?? []).map((p) => ({ ...p, freeAt: -Infinity, slots: 0 }));
  const out: [string, number][] = [];
  for (const shift of ordered) {
    let best: (typeof pool)[number] | undefined;
    for (const p of pool) {
      if (p.group !== shift.group || p.freeAt > shift.start || (p.maxSlots !== undefined && p.slots + shift.length > p.maxSlots)) continue;
      if (!best || lexicographicallyLess([p.slots, p.freeAt], [best.slots, best.freeAt])) best = p;
    }
    if (!best && !people) {
      best = { name: `A${String(pool.length + 1).padStart(3, '0')}`, group: shift.group, freeAt: -Infinity, slots: 0 };
      pool.push(best);
    }
    if (!best) continue;
    best.slots += shift.length;
    best.freeAt = shift.start + shift.length + restSlots;
    out.push([best.name, shift.start]);
  }
  return out;
}

describe('assignShifts without day rules', () => {
  it('gives each shift to the same person as scanning everyone would (heaps, not a scan)', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 2, max: 8 }), group: fc.integer({ min: 0, max: 1 }) }), { maxLength: 40 }),
      fc.integer({ min: 1, max: 6 }),
      fc.option(fc.array(fc.record({ group: fc.integer({ min: 0, max: 1 }), maxSlots: fc.option(fc.integer({ min: 4, max: 30 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 }), { nil: undefined }),
      (raw, rest, staff) => {
        const people = staff?.map((p, i) => ({ name: `P${i}`, group: p.group, ...(p.maxSlots !== undefined ? { maxSlots: p.maxSlots } : {}) }));
        const shifts = raw.map((s) => ({ ...s, group: people ? s.group : -1 }));
        const got = assignShifts(shifts, rest, people).assignments.map((a): [string, number] => [a.person, a.start]);
        expect(got).toEqual(byScanning(shifts, rest, people));
      },
    ), { numRuns: 400 });
  });

  it('gives 20,000 shifts to the fewest people they allow: the most shifts on duty or resting at once', () => {
    // 30 shifts start each slot and hold a person 32 + 40 slots: 30 × 72 people, never more.
    const shifts = Array.from({ length: 20_000 }, (_, i) => ({ start: Math.floor(i / 30), length: 32, group: -1 }));
    const result = assignShifts(shifts, 40);
    expect(result.assignments).toHaveLength(20_000);
    expect(result.people).toHaveLength(30 * 72);
  });
});

describe('packScore', () => {
  it('orders day-rule scores as comparing them part by part does', () => {
    const score = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5000 }), fc.oneof(fc.constant(-Infinity), fc.integer({ min: 0, max: 5000 })));
    fc.assert(fc.property(score, score, (a, b) => {
      expect(packScore(a) < packScore(b)).toBe(lexicographicallyLess(a, b));
    }), { numRuns: 2000 });
  });
});
