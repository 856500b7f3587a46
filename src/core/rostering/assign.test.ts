import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignShifts, lexicographicallyLess, matchShifts, packScore, type Person, type ShiftToStaff } from './assign.js';

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

/** The largest number of shifts that can each get a different person of their `all` list (exhaustive). */
function largestMatching(lists: readonly (readonly number[])[], taken = new Set<number>(), i = 0): number {
  if (i === lists.length) return 0;
  let best = largestMatching(lists, taken, i + 1);
  for (const person of lists[i] ?? []) {
    if (taken.has(person)) continue;
    taken.add(person);
    best = Math.max(best, 1 + largestMatching(lists, taken, i + 1));
    taken.delete(person);
  }
  return best;
}

describe('matchShifts', () => {
  it('the example: a shift moves to its second choice so that another can have its only one', () => {
    expect([...matchShifts([{ planned: [0], all: [0, 1] }, { planned: [0], all: [0] }])]).toEqual([[0, 1], [1, 0]]);
  });

  it('matches as many shifts as any matching can, each to someone on its list, one shift a person (brute force)', () => {
    const instance = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), { maxLength: 7 })
      .chain((lists) => fc.tuple(fc.constant(lists), fc.array(fc.boolean(), { minLength: 24, maxLength: 24 })));
    fc.assert(fc.property(instance, ([lists, plannedBits]) => {
      // Some of each list are "planned" (a sub-list, in the same order).
      const edges = lists.map((all, i) => ({ all, planned: all.filter((_, k) => plannedBits[(i * 4 + k) % 24]) }));
      const matched = matchShifts(edges);
      expect(matched.size).toBe(largestMatching(lists));
      const people = [...matched.values()];
      expect(new Set(people).size).toBe(people.length);
      for (const [shift, person] of matched) expect(edges[shift]?.all).toContain(person);
    }), { numRuns: 300 });
  });

  it('follows an augmenting path through 20,000 shifts (no recursion to overflow)', () => {
    // Shift i wants person i, then i + 1; the last shift only person 0: everyone moves up one.
    const n = 20_000;
    const edges = Array.from({ length: n }, (_, i) => ({ planned: [i, i + 1], all: [i, i + 1] }));
    edges.push({ planned: [0], all: [0] });
    const matched = matchShifts(edges);
    expect(matched.size).toBe(n + 1);
    expect(matched.get(n)).toBe(0);
    expect(matched.get(0)).toBe(1);
    expect(matched.get(n - 1)).toBe(n);
  });

  it('gives each shift its first choice when nobody else wants it', () => {
    expect([...matchShifts([{ planned: [2, 0], all: [2, 0] }, { planned: [1], all: [1, 2] }])]).toEqual([[0, 2], [1, 1]]);
  });
});
