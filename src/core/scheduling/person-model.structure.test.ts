// The person model's shared facts and its rows, read directly: which weeks and days each
// candidate counts in, which pairs exclude each other, which rows a family writes for whom, and
// the model's columns, objectives and strategy. What the rows allow is pinned by HiGHS in
// person-families.test.ts; these pin the boundaries the families are built from.
import { describe, expect, it } from 'vitest';
import {
  buildPersonModel, daysOffTogether, exclusivePairs, hoursPerWeek, personRuleFacts, slotsPerWeek, workDaysPerWeek, workedDays,
  type PersonLimits, type PersonProblem, type PersonRules,
} from './person-model.js';
import { modelBuilder } from './linear-model.js';
import { mostSlotsPerPerson } from './model.js';
import { solveLexicographic } from './highs-solver.js';
import type { ShiftCandidate } from './candidates.js';

/** Monday 2026-11-30 as an epoch day; hourly slots. */
const MON = Date.UTC(2026, 10, 30) / 86_400_000;
const H = 24;

/** A problem of `days` days from `firstDay` with the given shifts ([start slot, length, pattern]). */
function problem(days: number, shifts: readonly [number, number, string?][], rules: Partial<PersonRules> = {}, people: Partial<PersonLimits>[] = [{}], firstDay = MON): PersonProblem {
  const candidates: ShiftCandidate[] = shifts.map(([start, length, pattern]) => ({ start, length, ...(pattern ? { pattern } : {}) }));
  return {
    required: new Array<number>(days * H).fill(0), candidates, candidateDays: candidates.map((c) => firstDay + Math.floor(c.start / H)),
    people: people.map((p) => ({ fromSlot: 0, toSlot: days * H, ...p })), rules: { restSlots: 10, daysOffPerWeek: 0, ...rules }, slotsPerDay: H, firstDay,
  };
}

describe('slotsPerWeek', () => {
  it('splits a Sunday night between the weeks and lists each week\'s candidates with their slots there', () => {
    const p = problem(8, [[9, 8], [6 * H + 20, 8], [7 * H + 9, 8]]);
    expect(slotsPerWeek(p)).toEqual([
      { monday: MON, candidates: [0, 1], slots: [8, 4] },
      { monday: MON + 7, candidates: [1, 2], slots: [4, 8] },
    ]);
  });

  it('a seven-day window from Monday has one week; one from Wednesday touches two', () => {
    expect(slotsPerWeek(problem(7, [[9, 8]])).map((w) => w.monday)).toEqual([MON]);
    expect(slotsPerWeek(problem(7, [[9, 8], [6 * H + 9, 8]], {}, [{}], MON + 2))).toEqual([
      { monday: MON, candidates: [0], slots: [8] },
      { monday: MON + 7, candidates: [1], slots: [8] },
    ]);
  });
});

describe('personRuleFacts', () => {
  it('the days in order, the shifts starting on each, the days each touches and the days reached from the day before', () => {
    // Listed out of order: Wednesday 09:00, Monday 20:00 (into Tuesday), Monday 06:00.
    const facts = personRuleFacts(problem(3, [[2 * H + 9, 8], [20, 8], [6, 8]]));
    expect(facts.days).toEqual([MON, MON + 2]);
    expect([...facts.byDay]).toEqual([[MON, [1, 2]], [MON + 2, [0]]]);
    expect(facts.touched).toEqual([[MON + 2], [MON, MON + 1], [MON]]);
    expect([...facts.reachedFromBefore]).toEqual([MON + 1]);
    expect(facts.lastDay).toBe(MON + 2);
  });

  it('days count only when a rule counts them; exactly only under a lower bound', () => {
    const facts = (rules: Partial<PersonRules>) => {
      const f = personRuleFacts(problem(3, [[9, 8]], rules));
      return [f.needsDays, f.exactDays];
    };
    expect(facts({})).toEqual([false, false]);
    expect(facts({ daysOffPerWeek: 1 })).toEqual([true, false]);
    expect(facts({ maxConsecutiveDays: 5 })).toEqual([true, false]);
    expect(facts({ daysOffTogether: 1 })).toEqual([false, false]);
    expect(facts({ daysOffTogether: 2 })).toEqual([true, true]);
    expect(facts({ workDaysPerWeek: 5 })).toEqual([true, true]);
  });
});

describe('exclusivePairs', () => {
  it('too little rest on different days, and forbidden sequences on the next day only, in either list order', () => {
    const p = problem(4, [
      [14, 8, 'late'], // 0: Monday 14:00–22:00
      [H + 6, 8, 'early'], // 1: Tuesday 06:00, 8 h after 0: rest
      [H + 9, 8, 'early'], // 2: Tuesday 09:00, 11 h after 0: forbidden late → early
      [3 * H + 9, 8, 'early'], // 3: Thursday: nothing
      [6, 8, 'early'], // 4: Monday 06:00, the same day as 0 (one shift a day's), 16 h before 1 and 19 h before 2
      [2 * H + 14, 8, 'late'], // 5: Wednesday 14:00: before 3 in time, after it in the list
    ], { forbidden: [['late', 'early']] });
    expect(exclusivePairs(personRuleFacts(p))).toEqual({
      rest: [[0, 1]],
      forbidden: [[0, 2], [3, 5]],
    });
  });

  it('a forbidden pair needs both patterns the right way round', () => {
    const p = problem(2, [[H + 9, 8, 'early'], [14, 8, 'late']], { forbidden: [['early', 'late']] });
    expect(exclusivePairs(personRuleFacts(p))).toEqual({ rest: [], forbidden: [] });
    const q = problem(2, [[H + 9, 8, 'early'], [14, 8, 'late']], { forbidden: [['late', 'early']] });
    expect(exclusivePairs(personRuleFacts(q))).toEqual({ rest: [], forbidden: [[0, 1]] });
  });
});

describe('workedDays', () => {
  const night: [number, number][] = [[20, 8], [H + 9, 8]];

  it('nothing when no rule counts days', () => {
    const b = modelBuilder();
    [0, 1].forEach(() => b.addColumn(1, true));
    expect([...workedDays(b, personRuleFacts(problem(2, night)), (c) => c)]).toEqual([]);
    expect(b.rows).toEqual([]);
  });

  it('a day a night reaches gets a continuous 0–1 column at least every shift touching it; exactly them under a lower bound', () => {
    for (const exact of [false, true]) {
      const b = modelBuilder();
      [0, 1].forEach(() => b.addColumn(1, true));
      const rules = exact ? { daysOffTogether: 2 } : { daysOffPerWeek: 1 };
      const worked = workedDays(b, personRuleFacts(problem(2, night, rules)), (c) => c);
      expect([...worked]).toEqual([[MON, [0]], [MON + 1, [2]]]);
      expect([b.colUpper[2], b.integrality[2]]).toEqual([1, 0]);
      expect(b.rows).toEqual([
        { lower: 0, upper: Infinity, indices: [2, 0], values: [1, -1] },
        { lower: 0, upper: Infinity, indices: [2, 1], values: [1, -1] },
        ...(exact ? [{ lower: -Infinity, upper: 0, indices: [2, 0, 1], values: [1, -1, -1] }] : []),
      ]);
    }
  });
});

describe('hoursPerWeek and workDaysPerWeek: whole weeks the person is open for', () => {
  /** The rows each family writes for a person over a 14-day window from `firstDay`, one 8-hour shift a day. */
  const rowsFor = (person: Partial<PersonLimits>, firstDay = MON, days = 14) => {
    const p = problem(days, Array.from({ length: days }, (_, d): [number, number] => [d * H + 9, 8]), { minSlotsPerWeek: 16, maxSlotsPerWeek: 40, workDaysPerWeek: 5 }, [person], firstDay);
    const facts = personRuleFacts(p);
    const b = modelBuilder();
    p.candidates.forEach(() => b.addColumn(1, true));
    const [limits] = p.people;
    if (!limits) throw new Error('no person');
    hoursPerWeek(b, facts, slotsPerWeek(p), limits, (c) => c);
    const hours = b.rows.map((r) => [r.lower, r.upper, r.indices.length]);
    const d = modelBuilder();
    p.candidates.forEach(() => d.addColumn(1, true));
    workDaysPerWeek(d, facts, [{ from: firstDay, to: firstDay + 6 }, { from: firstDay + 7, to: firstDay + 13 }], limits, workedDays(d, facts, (c) => c));
    return { hours, days: d.rows.map((r) => [r.lower, r.upper, r.indices.length]) };
  };

  it('a person on contract open all window: at most and at least each week, exact work days each period', () => {
    expect(rowsFor({ contract: true })).toEqual({
      hours: [[-Infinity, 40, 7], [16, Infinity, 7], [-Infinity, 40, 7], [16, Infinity, 7]],
      days: [[5, 5, 7], [5, 5, 7]],
    });
  });

  it('without a contract: only the most hours', () => {
    expect(rowsFor({})).toEqual({ hours: [[-Infinity, 40, 7], [-Infinity, 40, 7]], days: [] });
  });

  it('a week the person is not open all of has no lower bound: from its second slot, to one slot short, a blocked hour after it', () => {
    const most = [-Infinity, 40, 7];
    const secondOnly = { hours: [most, most, [16, Infinity, 7]], days: [[5, 5, 7]] };
    expect(rowsFor({ contract: true, fromSlot: 1 })).toEqual(secondOnly);
    const firstOnly = { hours: [most, [16, Infinity, 7], most], days: [[5, 5, 7]] };
    expect(rowsFor({ contract: true, toSlot: 14 * H - 1 })).toEqual(firstOnly);
    expect(rowsFor({ contract: true, toSlot: 14 * H })).toEqual(rowsFor({ contract: true }));
    expect(rowsFor({ contract: true, blocked: [[7 * H + 3, 7 * H + 4]] })).toEqual(firstOnly);
    expect(rowsFor({ contract: true, blocked: [[14 * H, 15 * H]] })).toEqual(rowsFor({ contract: true }));
  });

  it('a week reaching outside the window has no lower bound', () => {
    // Wednesday to Tuesday two weeks later: only the Monday–Sunday week in the middle is whole.
    const { hours } = rowsFor({ contract: true }, MON + 2, 14);
    expect(hours.filter((r) => r[0] === 16)).toEqual([[16, Infinity, 7]]);
    expect(hours.filter((r) => r[1] === 40)).toHaveLength(3);
  });
});

describe('daysOffTogether', () => {
  /** The rows for `together` over four days, with day columns 0–3. */
  const rows = (together: number) => {
    const p = problem(4, [[9, 8], [H + 9, 8], [2 * H + 9, 8], [3 * H + 9, 8]], { daysOffTogether: together });
    const b = modelBuilder();
    p.candidates.forEach(() => b.addColumn(1, true));
    const facts = personRuleFacts(p);
    daysOffTogether(b, facts, workedDays(b, facts, (c) => c));
    return b.rows.map((r) => [r.indices, r.values, r.upper]);
  };

  it('a day off after a worked day is followed by k − 1 more, inside the window', () => {
    expect(rows(1)).toEqual([]);
    expect(rows(2)).toEqual([[[0, 1, 2], [1, -1, 1], 1], [[1, 2, 3], [1, -1, 1], 1]]);
    expect(rows(3)).toEqual([
      [[0, 1, 2], [1, -1, 1], 1], [[0, 1, 3], [1, -1, 1], 1],
      [[1, 2, 3], [1, -1, 1], 1],
    ]);
  });
});

describe('buildPersonModel', () => {
  const two = (extra: Partial<PersonRules> = {}, people: Partial<PersonLimits>[] = [{}, { maxSlots: 10 }]) =>
    problem(2, [[9, 8, 'day'], [H + 9, 8, 'day'], [H + 12, 12, 'long']], extra, people);

  it('binary shift columns, fixed at 0 where the person cannot work; continuous shortfalls; two objectives', () => {
    const p = two({}, [{}, { maxSlots: 11 }, { fromSlot: 10 }, { toSlot: H + 16 }, { blocked: [[H + 23, H + 24]] }]);
    const { model, breaks } = buildPersonModel(p);
    const shifts = model.colUpper.slice(0, 15);
    expect(shifts).toEqual([1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0]);
    expect(model.integrality.slice(0, 15)).toEqual(new Array(15).fill(1));
    // One shortfall column per slot, continuous, up to the slot's need.
    expect(model.numCols).toBe(15 + 48);
    expect(model.integrality.slice(15)).toEqual(new Array(48).fill(0));
    expect(model.objectiveNames).toEqual(['unmet_demand', 'agent_hours']);
    expect(model.objectiveFloors).toBeUndefined();
    expect(model.objectives[1]?.slice(0, 15)).toEqual([8, 8, 12, 8, 8, 12, 8, 8, 12, 8, 8, 12, 8, 8, 12]);
    expect(model.objectives[0]?.slice(15)).toEqual(new Array(48).fill(1));
    expect(breaks).toEqual([]);
  });

  it('solves the agent-slots together with unmet demand under a bound: each person\'s most slots', () => {
    const p = two({}, [{}, { maxSlots: 10 }, { fromSlot: 30 }]);
    const { model } = buildPersonModel(p);
    const most = (person: PersonLimits) => Math.min(person.maxSlots ?? Infinity, mostSlotsPerPerson(person.toSlot - person.fromSlot, 12, 10));
    expect(model.strategy).toEqual({ first: { kind: 'withSecond', secondBound: p.people.reduce((sum, person) => sum + most(person), 0) }, relaxFirst: false });
    expect(model.strategy.first).toEqual({ kind: 'withSecond', secondBound: mostSlotsPerPerson(48, 12, 10) + 10 + mostSlotsPerPerson(18, 12, 10) });
  });

  it('soft goals make a third objective with a floor of 0: stable patterns with integer usual-pattern columns', () => {
    const { model } = buildPersonModel(two({ stable: true }, [{}]));
    expect(model.objectiveNames).toEqual(['unmet_demand', 'agent_hours', 'soft_goals']);
    expect(model.objectiveFloors).toEqual([undefined, undefined, 0]);
    // Shifts 0–2, 48 shortfalls, then per person: two usual-pattern binaries and one continuous on-usual per shift.
    expect(model.integrality.slice(3 + 48)).toEqual([1, 1, 0, 0, 0]);
    expect(model.objectives[2]?.slice(0, 3)).toEqual([1, 1, 1]);
    expect(model.objectives[2]?.slice(3 + 48 + 2)).toEqual([-1, -1, -1]);
  });

  it('the hours spread adds two continuous columns; preferences weigh each shift off the preferred patterns', () => {
    const spread = buildPersonModel(two({ maxSpreadSlots: 4, minimiseSpread: true }, [{}, {}]));
    expect(spread.model.integrality.slice(6, 8)).toEqual([0, 0]);
    expect(spread.model.objectives[2]?.slice(6, 8)).toEqual([1, -1]);
    const prefers = buildPersonModel(two({ prefersWeight: 3 }, [{ prefers: ['day'] }, {}]));
    expect(prefers.model.objectives[2]?.slice(0, 6)).toEqual([0, 0, 3, 0, 0, 0]);
    const unweighted = buildPersonModel(two({}, [{ prefers: ['long'] }]));
    expect(unweighted.model.objectives[2]?.slice(0, 3)).toEqual([1, 1, 0]);
  });

  it('a meal break takes its people off coverage for its slot: one person on a 9-hour shift leaves one slot short', async () => {
    const p: PersonProblem = {
      ...problem(1, [[8, 9, 'day']], { meal: { breakSlots: 1, maxWorkSlots: 5 } }),
      required: Array.from({ length: H }, (_, t) => (t >= 8 && t < 17 ? 1 : 0)),
    };
    const { model, breaks } = buildPersonModel(p);
    // Breaks after 3 to 5 hours of work leave no stretch over 5 hours.
    expect(breaks).toEqual([{ candidate: 0, offsets: [3, 4, 5], columns: [1, 2, 3] }]);
    expect(model.integrality.slice(1, 4)).toEqual([1, 1, 1]);
    const alone = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(alone.objectiveValues).toEqual([1, 9]);
    // Two people break at different hours: nothing short.
    const pair = await solveLexicographic(buildPersonModel({ ...p, required: p.required.map((need) => need * 2), people: [...p.people, ...p.people] }).model, { timeLimitSeconds: 10 });
    expect(pair.objectiveValues).toEqual([2, 18]);
    const staggered = await solveLexicographic(buildPersonModel({ ...p, people: [...p.people, ...p.people] }).model, { timeLimitSeconds: 10 });
    expect(staggered.objectiveValues).toEqual([0, 18]);
  });
});
