// The group model read directly: which shift columns a group gets and their bounds, the per-slot
// columns, the objectives in each priority with their costs, whether they are whole, and the
// strategy the solver is given. What the model's optimum is, is checked against brute force in
// model.test.ts; these pin the pieces it is built from.
import { describe, expect, it } from 'vitest';
import { buildScheduleModel, greedyCoverPeople, mostSlotsPerPerson, overlapsBlocked, preSalesWeight, type ScheduleProblem, type StaffGroup } from './model.js';
import type { ShiftCandidate } from './candidates.js';

/** Shifts [start, length] over `slots` slots, one agent needed in each. */
function problem(slots: number, shifts: readonly [number, number][], over: Partial<ScheduleProblem> = {}): ScheduleProblem {
  const candidates: ShiftCandidate[] = shifts.map(([start, length]) => ({ start, length }));
  return { required: new Array<number>(slots).fill(1), candidates, restSlots: 2, ...over };
}
const group = (over: Partial<StaffGroup> = {}): StaffGroup => ({ size: 2, fromSlot: 0, toSlot: 12, ...over });

describe('shift columns', () => {
  it('one integer column per group and shift it may work: inside its window, within its hours, at least its shortest, not on days off', () => {
    const p = problem(12, [[0, 4], [4, 4], [8, 4], [2, 6]], {
      groups: [group({ fromSlot: 4 }), group({ toSlot: 8 }), group({ maxSlotsPerPerson: 5 }), group({ minShiftSlots: 5 }), group({ blocked: [[7, 8]] })],
    });
    const { model, columns } = buildScheduleModel(p);
    expect(columns.shifts).toEqual([
      { candidate: 1, group: 0 }, { candidate: 2, group: 0 },
      { candidate: 0, group: 1 }, { candidate: 1, group: 1 }, { candidate: 3, group: 1 },
      { candidate: 0, group: 2 }, { candidate: 1, group: 2 }, { candidate: 2, group: 2 },
      { candidate: 3, group: 3 },
      { candidate: 0, group: 4 }, { candidate: 2, group: 4 },
    ]);
    expect(model.integrality.slice(0, 11)).toEqual(new Array(11).fill(1));
    expect(model.colUpper.slice(0, 11)).toEqual(new Array(11).fill(2));
  });

  it('unlimited people: group −1 and no upper bound; with after-sales, at most the copies a slot can use', () => {
    const unlimited = buildScheduleModel(problem(8, [[0, 4], [4, 4]]));
    expect(unlimited.columns.shifts).toEqual([{ candidate: 0, group: -1 }, { candidate: 1, group: -1 }]);
    expect(unlimited.model.colUpper.slice(0, 2)).toEqual([Infinity, Infinity]);
    // Slot 5 needs 1 pre-sales and may take work from slots 4–5 (1.5): at most 1 + 2 copies.
    const after = buildScheduleModel(problem(8, [[0, 4], [4, 4]], { afterSales: { work: [0, 0, 0, 0, 0.5, 1, 0, 0], deferSlots: 1 } }));
    expect(after.model.colUpper.slice(0, 2)).toEqual([1, 3]);
  });
});

describe('per-slot columns', () => {
  it('limited people: a continuous shortfall per slot up to its need; no people count', () => {
    const { model, columns } = buildScheduleModel(problem(4, [[0, 4]], { required: [1, 2, 0, 3], groups: [group()] }));
    expect(columns.shortfall).toHaveLength(4);
    const shortfall = columns.shortfall ?? [];
    expect(shortfall.map((c) => model.colUpper[c])).toEqual([1, 2, 0, 3]);
    expect(shortfall.map((c) => model.integrality[c])).toEqual([0, 0, 0, 0]);
    expect(columns.people).toBeUndefined();
  });

  it('unlimited people: one integer people count, no shortfall', () => {
    const { model, columns } = buildScheduleModel(problem(4, [[0, 4]]));
    expect(columns.shortfall).toBeUndefined();
    expect([model.integrality[columns.people ?? -1], model.colUpper[columns.people ?? -1]]).toEqual([1, Infinity]);
  });

  it('cost first: outsourced agent-slots (continuous, at most the share) and the bot\'s (at most its share of each slot)', () => {
    const { model, columns } = buildScheduleModel(problem(3, [[0, 3]], {
      required: [2, 4, 1], groups: [group({ costPerSlot: 10 })], priority: 'cost',
      outsourcing: { costPerAgentSlot: [5, 6, 7], maxAgentSlots: 3 }, bot: { costPerAgentSlot: [1, 1, 1], maxPerSlot: [1, 9, 0.5] },
    }));
    const outsourced = columns.outsourced ?? [];
    const bot = columns.botTaken ?? [];
    expect(outsourced.map((c) => [model.colUpper[c], model.integrality[c]])).toEqual([[2, 0], [4, 0], [1, 0]]);
    expect(bot.map((c) => model.colUpper[c])).toEqual([1, 4, 0.5]);
    expect(model.rows).toContainEqual({ lower: -Infinity, upper: 3, indices: outsourced, values: [1, 1, 1] });
  });

  it('outsourcing and the bot only with cost first and limited people', () => {
    const offers = { outsourcing: { costPerAgentSlot: [5], maxAgentSlots: 1 }, bot: { costPerAgentSlot: [1], maxPerSlot: [1] } };
    for (const over of [{ ...offers, groups: [group()] }, { ...offers, priority: 'cost' as const }]) {
      const { columns } = buildScheduleModel(problem(1, [[0, 1]], over));
      expect([columns.outsourced, columns.botTaken]).toEqual([undefined, undefined]);
    }
  });
});

describe('objectives and strategy', () => {
  const shifts: [number, number][] = [[0, 4], [4, 4], [0, 8]];

  it('unlimited people, agent-hours first: the cover on a smaller model, an LP first', () => {
    const { model } = buildScheduleModel(problem(8, shifts));
    expect(model.objectiveNames).toEqual(['agent_hours', 'people']);
    expect(model.objectives[0]?.slice(0, 3)).toEqual([4, 4, 8]);
    expect(model.strategy.first.kind).toBe('smallerModel');
    expect(model.strategy.relaxFirst).toBe(true);
    expect(model.wholeObjectives).toBeUndefined();
  });

  it('unlimited people, people first: both at once under the greedy cover\'s people × the most one person works', () => {
    const p = problem(8, shifts, { priority: 'people' });
    const { model } = buildScheduleModel(p);
    expect(model.objectiveNames).toEqual(['people', 'agent_hours']);
    const bound = greedyCoverPeople(p.required, p.candidates, p.restSlots) * mostSlotsPerPerson(8, 8, 2);
    expect(model.strategy).toEqual({ first: { kind: 'withSecond', secondBound: bound }, relaxFirst: false });
    // With after-sales the greedy cover gives no bound.
    const after = buildScheduleModel({ ...p, afterSales: { work: new Array<number>(8).fill(0.5), deferSlots: 2 } });
    expect(after.model.strategy).toEqual({ first: { kind: 'alone' }, relaxFirst: false });
  });

  it('limited people: unmet demand, then agent-hours, both at once under the groups\' most slots', () => {
    const p = problem(12, shifts, { groups: [group({ size: 3, maxSlotsPerPerson: 5 }), group({ size: 2, fromSlot: 4 })] });
    const { model, columns } = buildScheduleModel(p);
    expect(model.objectiveNames).toEqual(['unmet_demand', 'agent_hours']);
    expect((columns.shortfall ?? []).map((c) => model.objectives[0]?.[c])).toEqual(new Array(12).fill(1));
    expect(model.strategy).toEqual({ first: { kind: 'withSecond', secondBound: 3 * 5 + 2 * mostSlotsPerPerson(8, 8, 2) }, relaxFirst: true });
  });

  it('after-sales: pre-sales short weighs more than all the overdue work; unmet is then fractional', () => {
    const work = [0.5, 1, 0.25, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { model, columns } = buildScheduleModel(problem(12, shifts, { groups: [group()], afterSales: { work, deferSlots: 1 } }));
    const weight = preSalesWeight(work);
    expect(weight).toBe(3);
    expect((columns.shortfall ?? []).map((c) => model.objectives[0]?.[c])).toEqual(new Array(12).fill(3));
    expect((columns.overdue ?? []).map((c) => model.objectives[0]?.[c])).toEqual(new Array(12).fill(1));
    expect(model.wholeObjectives).toEqual([false, true]);
    expect(model.strategy.relaxFirst).toBe(false);
  });

  it('roles alone make the model role-aware (no LP first)', () => {
    const { model } = buildScheduleModel(problem(12, shifts, { groups: [group({ role: 'pre' }), group({ role: 'after' })] }));
    expect(model.strategy.relaxFirst).toBe(false);
  });

  it('cost first: unmet, then ¥ (wages per slot, day pay per shift, outsourcing and the bot at their prices), people used, agent-hours', () => {
    const { model, columns } = buildScheduleModel(problem(8, shifts, {
      groups: [group({ costPerSlot: 10, costPerShift: 50 }), group({ costPerSlot: 20 })], priority: 'cost',
      outsourcing: { costPerAgentSlot: new Array<number>(8).fill(7), maxAgentSlots: 4 }, bot: { costPerAgentSlot: new Array<number>(8).fill(3), maxPerSlot: new Array<number>(8).fill(1) },
    }));
    expect(model.objectiveNames).toEqual(['unmet_demand', 'cost', 'people', 'agent_hours']);
    const cost = model.objectives[1] ?? [];
    expect(cost.slice(0, 6)).toEqual([90, 90, 130, 80, 80, 160]);
    expect((columns.outsourced ?? []).map((c) => cost[c])).toEqual(new Array(8).fill(7));
    expect((columns.botTaken ?? []).map((c) => cost[c])).toEqual(new Array(8).fill(3));
    expect((columns.used ?? []).map((c = -1) => [model.objectives[2]?.[c], model.integrality[c], model.colUpper[c]])).toEqual([[1, 1, 2], [1, 1, 2]]);
    // Outsourced agent-slots are continuous: unmet demand is not whole; money never is.
    expect(model.wholeObjectives).toEqual([false, false, true, true]);
    expect(model.strategy.relaxFirst).toBe(false);
  });

  it('cost first with unmet demand priced: one ¥ objective with each short agent-slot at its price', () => {
    const { model, columns } = buildScheduleModel(problem(8, shifts, { groups: [group({ costPerSlot: 10 })], priority: 'cost', unmetCostPerAgentSlot: new Array<number>(8).fill(40) }));
    expect(model.objectiveNames).toEqual(['cost', 'people', 'agent_hours']);
    expect((columns.shortfall ?? []).map((c) => model.objectives[0]?.[c])).toEqual(new Array(8).fill(40));
    expect(model.wholeObjectives).toEqual([false, true, true]);
  });

  it('the hours limit holds over the people used (cost first) or over the group\'s size', () => {
    const limited = group({ size: 3, maxSlotsPerPerson: 6 });
    const sized = buildScheduleModel(problem(8, shifts, { groups: [limited] }));
    // The 8-slot shift is longer than 6: not the group's.
    expect(sized.model.rows).toContainEqual({ lower: -Infinity, upper: 18, indices: [0, 1], values: [4, 4] });
    const costed = buildScheduleModel(problem(8, shifts, { groups: [{ ...limited, costPerSlot: 1 }], priority: 'cost' }));
    const used = costed.columns.used?.[0] ?? -1;
    expect(costed.model.rows).toContainEqual({ lower: -Infinity, upper: 0, indices: [0, 1, used], values: [4, 4, -6] });
  });
});

describe('overlapsBlocked', () => {
  it('a shift touching a blocked range does not overlap it', () => {
    expect(overlapsBlocked({ start: 4, length: 4 }, [[8, 10]])).toBe(false);
    expect(overlapsBlocked({ start: 4, length: 4 }, [[0, 4]])).toBe(false);
    expect(overlapsBlocked({ start: 4, length: 4 }, [[7, 8]])).toBe(true);
    expect(overlapsBlocked({ start: 4, length: 4 }, [[4, 5]])).toBe(true);
    expect(overlapsBlocked({ start: 4, length: 4 })).toBe(false);
  });
});

describe('mostSlotsPerPerson and greedyCoverPeople', () => {
  it('the most one person can work: none in an empty window or without shifts, never above the window', () => {
    expect(mostSlotsPerPerson(0, 10, 10)).toBe(0);
    expect(mostSlotsPerPerson(10, 0, 2)).toBe(0);
    expect(mostSlotsPerPerson(100, 10, 10)).toBe(55);
    expect(mostSlotsPerPerson(24, 8, 10)).toBe(16);
    expect(mostSlotsPerPerson(5, 10, 10)).toBe(5);
  });

  it('the greedy cover: each short slot gets the shift reaching furthest, as many as it lacks; people on duty or resting', () => {
    expect(greedyCoverPeople([1, 1, 1, 1], [{ start: 0, length: 2 }, { start: 2, length: 2 }], 1)).toBe(2);
    expect(greedyCoverPeople([2, 2, 0, 0], [{ start: 0, length: 2 }], 1)).toBe(2);
    expect(greedyCoverPeople([1, 2, 1, 0], [{ start: 0, length: 3 }], 0)).toBe(2);
    expect(greedyCoverPeople([1, 1, 1, 1, 1, 1], [{ start: 0, length: 2 }, { start: 0, length: 4 }, { start: 1, length: 5 }], 0)).toBe(2);
    expect(greedyCoverPeople([1, 1], [{ start: 0, length: 1 }], 0)).toBe(1);
    // Rest keeps the first person until slot 3 (rest 2) or past the window (rest 3).
    expect(greedyCoverPeople([1, 0, 0, 1], [{ start: 0, length: 1 }, { start: 3, length: 1 }], 2)).toBe(1);
    expect(greedyCoverPeople([1, 0, 0, 1], [{ start: 0, length: 1 }, { start: 3, length: 1 }], 3)).toBe(2);
  });
});

describe('the interval cuts of the after-sales model (unlimited people)', () => {
  /** The rows on shift columns alone (the cuts), as [rhs, columns, coefficients]. */
  const cuts = (required: number[]) => {
    const shifts: [number, number][] = [[0, 2], [2, 2], [4, 2], [0, 4], [4, 4]];
    const { model, columns } = buildScheduleModel(problem(8, shifts, { required, afterSales: { work: [0.5, 1, 0, 0, 0, 0, 0, 0], deferSlots: 2 } }));
    const count = columns.shifts.length;
    return model.rows.filter((r) => r.upper === Infinity && r.indices.every((j) => j < count)).map((r) => [r.lower, r.indices, r.values]);
  };

  it('work of slots a…b done by b + 2 needs ⌈work⌉ agent-slots there, each shift counted up to that: only where the cap bites', () => {
    // 0.5 arriving at 0 (by 2), 1.5 at 0–1 (by 3), 1 at 1 (by 3); longer runs need no more.
    expect(cuts(new Array<number>(8).fill(0))).toEqual([
      [1, [0, 1, 3], [1, 1, 1]],
      [2, [0, 1, 3], [2, 2, 2]],
      [1, [0, 1, 3], [1, 1, 1]],
    ]);
  });

  it('none with limited people', () => {
    const { model, columns } = buildScheduleModel(problem(8, [[0, 2], [2, 2], [0, 4]], { groups: [group({ toSlot: 8 })], afterSales: { work: [0.5, 1, 0, 0, 0, 0, 0, 0], deferSlots: 2 } }));
    const count = columns.shifts.length;
    expect(model.rows.filter((r) => r.upper === Infinity && r.lower > 0 && r.indices.every((j) => j < count))).toEqual([]);
  });

  it('the pre-sales need in the window adds to what the shifts must put there', () => {
    expect(cuts([0, 1, 0, 0, 0, 0, 0, 0])).toEqual([
      [2, [0, 1, 3], [2, 1, 2]],
      [3, [0, 1, 3], [2, 2, 3]],
      [2, [0, 1, 3], [1, 2, 2]],
    ]);
  });
});

describe('presence', () => {
  it('unlimited people: the people count is at least those on duty or resting at each slot where a shift starts', () => {
    const { model, columns } = buildScheduleModel(problem(8, [[0, 2], [2, 2], [4, 2], [0, 4]]));
    const people = columns.people ?? -1;
    const rows = model.rows.filter((r) => r.indices.length === 2 && r.indices[1] === people && r.upper === 0);
    // Shifts start at slots 0, 2 and 4.
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.values[0] === 1 && r.values[1] === -1)).toBe(true);
  });

  it('cost first with unmet demand priced and after-sales: overdue work still comes first', () => {
    const { model } = buildScheduleModel(problem(8, [[0, 4], [4, 4]], {
      groups: [group({ costPerSlot: 1 })], priority: 'cost', unmetCostPerAgentSlot: new Array<number>(8).fill(9), afterSales: { work: new Array<number>(8).fill(0.25), deferSlots: 1 },
    }));
    expect(model.objectiveNames).toEqual(['unmet_demand', 'cost', 'people', 'agent_hours']);
  });

  it('roles: each needed slot is covered by pre-sales agents, both-role agents on pre-sales, or left short', () => {
    const { model, columns } = buildScheduleModel(problem(4, [[0, 4]], { required: [1, 0, 2, 1], groups: [group({ role: 'pre', toSlot: 4 }), group({ role: 'both', toSlot: 4 })] }));
    const shortfall = columns.shortfall ?? [];
    const coverage = model.rows.filter((r) => r.upper === Infinity && r.indices.some((j) => shortfall.includes(j)));
    expect(coverage.map((r) => [r.lower, r.indices.length])).toEqual([[1, 3], [2, 3], [1, 3]]);
  });
});
