import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildScheduleModel, type StaffGroup } from '../scheduling/model.js';
import { solveLexicographic } from '../scheduling/highs-solver.js';
import { shiftCandidates, type ShiftCandidate } from '../scheduling/candidates.js';
import { addPersonShifts, dayRulesOfPerson, groupSchedules, modelAppender, mostSlots, overtimePerWeek, personWorks, restBetweenShifts, type OvertimeWeeks } from './person-shifts.js';
import { exceedsLimit } from './day-rules.js';
import { shiftDays, type AssignDayRules } from './assign.js';
import { addDayRuleRows } from './group-day-rules.js';
import { PLAIN, type LinearModel } from '../scheduling/linear-model.js';
import { CsPlanError } from '../../errors.js';

/** An empty model with a cost objective, for one constraint family at a time. */
function emptyModel(): LinearModel {
  return { numCols: 0, colLower: [], colUpper: [], integrality: [], rows: [], objectives: [[]], objectiveNames: ['cost'], strategy: PLAIN };
}

/** Whether the model has a solution with the given columns fixed (HiGHS decides; the other columns are free). */
async function feasible(model: LinearModel, fixed: Map<number, number>): Promise<boolean> {
  const colLower = model.colLower.map((v, j) => fixed.get(j) ?? v);
  const colUpper = model.colUpper.map((v, j) => fixed.get(j) ?? v);
  const zero = new Array<number>(model.numCols).fill(0);
  try {
    await solveLexicographic({ ...model, colLower, colUpper, objectives: [zero], objectiveNames: ['cost'] }, { timeLimitSeconds: 5 });
    return true;
  } catch (error) {
    if (error instanceof CsPlanError && error.key === 'roster.infeasible') return false;
    throw error;
  }
}

describe('constraint families of the person columns (what each allows and forbids)', () => {
  const c = (start: number, length: number): ShiftCandidate => ({ start, length });

  it('restBetweenShifts: two shifts of one person need the rest between them, not more', async () => {
    const model = emptyModel();
    const add = modelAppender(model);
    const options = [c(0, 4), c(6, 4), c(5, 4)].map((candidate) => ({ y: add.column(1, true), candidate }));
    restBetweenShifts(add, options, 2);
    expect(await feasible(model, new Map([[0, 1], [1, 1], [2, 0]]))).toBe(true); // ends 4, rest to 6, starts 6
    expect(await feasible(model, new Map([[0, 1], [1, 0], [2, 1]]))).toBe(false); // starts 5: one slot short
    expect(await feasible(model, new Map([[0, 0], [1, 1], [2, 1]]))).toBe(false); // overlap
  });

  it('dayRulesOfPerson: one start a day; days off in a period; hours in a week', async () => {
    // 6-hour slots: 4 a day. Window from epoch day 0 (a Thursday).
    const rules = (extra: Partial<AssignDayRules>): AssignDayRules => ({ startMinute: 0, slotMinutes: 360, limits: [], ...extra });
    const build = (r: AssignDayRules, shifts: ShiftCandidate[]) => {
      const model = emptyModel();
      const add = modelAppender(model);
      const options = shifts.map((candidate) => ({ y: add.column(1, true), candidate }));
      dayRulesOfPerson(add, options, r);
      return model;
    };
    // Two starts on day 0 (slots 0 and 2) — forbidden; one on day 0, one on day 1 — allowed.
    const twoStarts = build(rules({}), [c(0, 1), c(2, 1), c(4, 1)]);
    expect(await feasible(twoStarts, new Map([[0, 1], [1, 1], [2, 0]]))).toBe(false);
    expect(await feasible(twoStarts, new Map([[0, 1], [1, 0], [2, 1]]))).toBe(true);
    // At most 2 days worked in days 0–2: a night shift touching days 0 and 1 plus day 2 is 3 days.
    const limited = build(rules({ limits: [{ kind: 'days_off', from: 0, to: 2, limit: 2 }] }), [c(3, 2), c(8, 1), c(5, 1)]);
    expect(await feasible(limited, new Map([[0, 1], [1, 1], [2, 0]]))).toBe(false);
    expect(await feasible(limited, new Map([[0, 1], [1, 0], [2, 1]]))).toBe(true);
    // At most 3 slots a Monday–Sunday week.
    const weekly = build(rules({ maxSlotsPerWeek: 3 }), [c(0, 2), c(4, 2), c(8, 1)]);
    expect(await feasible(weekly, new Map([[0, 1], [1, 1], [2, 0]]))).toBe(false);
    expect(await feasible(weekly, new Map([[0, 1], [1, 0], [2, 1]]))).toBe(true);
  });

  it('overtimePerWeek: the overtime column is at least the slots past each week\'s threshold, and priced', () => {
    const model = emptyModel();
    const add = modelAppender(model);
    const shifts = [c(0, 4), c(10, 4), c(30, 4)];
    const options = shifts.map((candidate, index) => ({ y: add.column(1, true), candidate, index }));
    const weeks: OvertimeWeeks = { weekOfCandidate: [0, 0, 1], thresholdSlots: [5, 3.5] };
    const cost = model.objectives[0] ?? [];
    const columns = overtimePerWeek(add, options, weeks, cost, 7);
    expect(columns).toHaveLength(2);
    expect(columns.map((j) => cost[j])).toEqual([7, 7]);
    const rowOf = (j: number) => model.rows.find((r) => r.indices.includes(j));
    // Week 0: 4 + 4 − overtime ≤ 5 → overtime ≥ 3; week 1: 4 − overtime ≤ 3.5 → overtime ≥ 0.5.
    expect(rowOf(columns[0] ?? -1)).toEqual({ lower: -Infinity, upper: 5, indices: [0, 1, columns[0]], values: [4, 4, -1] });
    expect(rowOf(columns[1] ?? -1)).toEqual({ lower: -Infinity, upper: 3.5, indices: [2, columns[1]], values: [4, -1] });
  });
});

describe('mostSlots and the whole schedules', () => {
  const c = (start: number, length: number): ShiftCandidate => ({ start, length });

  it('mostSlots: the hours limit over the window, and no row without one', async () => {
    const model = emptyModel();
    const add = modelAppender(model);
    const options = [c(0, 4), c(10, 4)].map((candidate) => ({ y: add.column(1, true), candidate }));
    mostSlots(add, options, undefined);
    expect(model.rows).toHaveLength(0);
    mostSlots(add, options, 7);
    expect(await feasible(model, new Map([[0, 1], [1, 1]]))).toBe(false);
    expect(await feasible(model, new Map([[0, 1], [1, 0]]))).toBe(true);
  });

  it('personWorks: the person counts as working as soon as any of their shifts is worked', async () => {
    const model = emptyModel();
    const add = modelAppender(model);
    const options = [c(0, 4), c(10, 4)].map((candidate) => ({ y: add.column(1, true), candidate }));
    const works = personWorks(add, options);
    expect(await feasible(model, new Map([[0, 0], [1, 1], [works, 0]]))).toBe(false);
    expect(await feasible(model, new Map([[0, 0], [1, 1], [works, 1]]))).toBe(true);
    expect(await feasible(model, new Map([[0, 0], [1, 0], [works, 0]]))).toBe(true);
  });

  it('both forms keep one start a day for each person: two morning shifts of one day need two people', async () => {
    // 8-hour slots, 3 a day: shifts at slots 0 and 1 both start on day 0; rest 0 lets one person chain them otherwise.
    const candidates = [c(0, 1), c(1, 1)];
    const dayRules: AssignDayRules = { startMinute: 0, slotMinutes: 480, limits: [] };
    for (const form of ['schedules', 'persons'] as const) {
      const groups: StaffGroup[] = [{ size: 1, fromSlot: 0, toSlot: 3, costPerSlot: 1, overtimeExtraPerSlot: 1 }];
      const { model, columns } = buildScheduleModel({ required: [1, 1, 0], candidates, restSlots: 0, groups, priority: 'cost' });
      addPersonShifts(model, columns.shifts, candidates, groups, [{ name: 'O', group: 0 }], {
        restSlots: 0, dayRules, overtime: { weekOfCandidate: [0, 0], thresholdSlots: [10] }, ...(form === 'persons' ? { mostSchedules: 0 } : {}),
      });
      const report = await solveLexicographic(model, { timeLimitSeconds: 5 });
      expect(report.objectiveValues[0], form).toBe(1);
    }
  });

  it('groupSchedules: exactly the sets of shifts one person may work, whatever order the shifts come in, or none past the cap (property)', () => {
    const instance = fc.record({
      shifts: fc.array(fc.record({ start: fc.integer({ min: 0, max: 11 }), length: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 8 }),
      rest: fc.integer({ min: 0, max: 3 }),
      maxSlots: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
      rules: fc.boolean(),
      limit: fc.integer({ min: 1, max: 2 }),
      weekly: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
    });
    fc.assert(fc.property(instance, (p) => {
      const options = p.shifts.map((candidate, index) => ({ column: index, index, candidate }));
      // 4-hour slots, 6 a day, from Sunday 1970-01-04 (epoch day 3): a Monday–Sunday week turns after slot 5.
      const dayRules: AssignDayRules | undefined = p.rules ? {
        startMinute: 3 * 1440, slotMinutes: 240, limits: [{ kind: 'consecutive_days', from: 3, to: 4, limit: p.limit }],
        ...(p.weekly !== undefined ? { maxSlotsPerWeek: p.weekly } : {}),
      } : undefined;
      const found = groupSchedules(options, p.maxSlots, { restSlots: p.rest, ...(dayRules ? { dayRules } : {}) }, 10_000);
      const expected: string[] = [];
      for (let mask = 1; mask < 1 << p.shifts.length; mask++) {
        const chosen = p.shifts.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
        const set = chosen.map((i) => p.shifts[i] as ShiftCandidate);
        if (!workable(set, p.rest, dayRules)) continue;
        if (p.maxSlots !== undefined && set.reduce((sum, s) => sum + s.length, 0) > p.maxSlots) continue;
        if (dayRules) {
          const calendars = set.map((s) => shiftDays(s, dayRules));
          const days = new Set(calendars.flatMap((x) => x.days));
          if (dayRules.limits.some((period) => exceedsLimit(period, (d) => days.has(d)))) continue;
          const weeks = new Map<number, number>();
          for (const x of calendars) for (const [monday, n] of x.weekSlots) weeks.set(monday, (weeks.get(monday) ?? 0) + n);
          if (p.weekly !== undefined && [...weeks.values()].some((n) => n > (p.weekly ?? Infinity))) continue;
        }
        expected.push(chosen.join(','));
      }
      expect((found ?? []).map((schedule) => [...schedule].sort((a, b) => a - b).join(',')).sort()).toEqual(expected.sort());
      // Past the cap: none at all (the caller then goes person by person).
      if (expected.length > 1) expect(groupSchedules(options, p.maxSlots, { restSlots: p.rest, ...(dayRules ? { dayRules } : {}) }, expected.length - 1)).toBeUndefined();
    }), { numRuns: 300 });
  });
});

/** Whether a set of shifts is one person's: rest between them, and one start a day under day rules. */
function workable(shifts: ShiftCandidate[], rest: number, dayRules?: AssignDayRules): boolean {
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a && b && b.start < a.start + a.length + rest) return false;
  }
  if (!dayRules) return true;
  const starts = sorted.map((s) => shiftDays(s, dayRules).days[0]);
  return new Set(starts).size === starts.length;
}

/** Every subset of the candidates that one person can work. */
function personOptions(candidates: ShiftCandidate[], rest: number, dayRules?: AssignDayRules): number[][] {
  const sets: number[][] = [];
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
    if (workable(chosen.map((i) => candidates[i] as ShiftCandidate), rest, dayRules)) sets.push(chosen);
  }
  return sets;
}

describe('the cheapest mix with overtime (people in the model) equals brute force over every person\'s shifts', () => {
  it('own staff paid by the hour and overtime past a threshold in each of two weeks, a temp by the day: least unmet, then least ¥, then fewest people — as whole schedules and person by person', async () => {
    const instance = fc.record({
      required: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 7 }),
      minShift: fc.integer({ min: 1, max: 2 }), rest: fc.integer({ min: 0, max: 2 }),
      own: fc.integer({ min: 1, max: 2 }), temps: fc.integer({ min: 0, max: 1 }),
      hourly: fc.integer({ min: 5, max: 40 }), extra: fc.integer({ min: 1, max: 60 }), tempDaily: fc.integer({ min: 10, max: 150 }),
      thresholds: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })),
      split: fc.integer({ min: 1, max: 6 }),
      dayRules: fc.boolean(),
      form: fc.constantFrom('schedules' as const, 'persons' as const),
      maxSlots: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
    });
    await fc.assert(fc.asyncProperty(instance, async (p) => {
      const slots = p.required.length;
      const candidates = shiftCandidates(slots, { slotMinutes: 60, minShiftSlots: p.minShift, maxShiftSlots: p.minShift + 1, restSlots: p.rest });
      fc.pre(candidates.length > 0 && candidates.length <= 9);
      // Weeks: candidates starting before `split` in week 0; thresholds in half-slots (fractional, as part weeks are).
      const weeks: OvertimeWeeks = { weekOfCandidate: candidates.map((c) => (c.start < p.split ? 0 : 1)), thresholdSlots: p.thresholds.map((h) => h / 2) };
      // Day rules: 8-hour slots, 3 a day (one start a day binds).
      const dayRules: AssignDayRules | undefined = p.dayRules ? { startMinute: 0, slotMinutes: 480, limits: [] } : undefined;
      const groups: StaffGroup[] = [
        { size: p.own, fromSlot: 0, toSlot: slots, costPerSlot: p.hourly, overtimeExtraPerSlot: p.extra, ...(p.maxSlots !== undefined ? { maxSlotsPerPerson: p.maxSlots } : {}) },
        ...(p.temps > 0 ? [{ size: p.temps, fromSlot: 0, toSlot: slots, costPerShift: p.tempDaily }] : []),
      ];
      const people = [
        ...Array.from({ length: p.own }, (_, i) => ({ name: `O${i}`, group: 0 })),
        ...Array.from({ length: p.temps }, (_, i) => ({ name: `T${i}`, group: 1 })),
      ];
      // Brute force: each person's set of shifts.
      const options = personOptions(candidates, p.rest, dayRules);
      // Own staff work at most maxSlots each (max_hours); the temp has no limit.
      const ownOptions = options.filter((set) => p.maxSlots === undefined || set.reduce((sum, i) => sum + (candidates[i]?.length ?? 0), 0) <= p.maxSlots);
      const ownCost = (set: number[]) => {
        const bySlots = set.reduce((s, i) => s + (candidates[i]?.length ?? 0), 0);
        const week = [0, 1].map((w) => set.reduce((s, i) => s + (weeks.weekOfCandidate[i] === w ? candidates[i]?.length ?? 0 : 0), 0));
        return p.hourly * bySlots + p.extra * week.reduce((s, h, w) => s + Math.max(0, h - (weeks.thresholdSlots[w] ?? 0)), 0);
      };
      let best: [number, number, number] = [Infinity, Infinity, Infinity];
      const everyone = [...people];
      const choose = (k: number, chosen: number[][]): void => {
        if (k === everyone.length) {
          const cover = new Array<number>(slots).fill(0);
          for (const set of chosen) for (const i of set) {
            const c = candidates[i];
            if (c) for (let t = c.start; t < c.start + c.length; t++) cover[t] = (cover[t] ?? 0) + 1;
          }
          const unmet = p.required.reduce((s, need, t) => s + Math.max(0, need - (cover[t] ?? 0)), 0);
          const cost = chosen.reduce((s, set, who) => s + (everyone[who]?.group === 0 ? ownCost(set) : set.length * p.tempDaily), 0);
          const working = chosen.filter((set) => set.length > 0).length;
          if (unmet < best[0] || (unmet === best[0] && (cost < best[1] - 1e-9 || (cost < best[1] + 1e-9 && working < best[2])))) best = [unmet, cost, working];
          return;
        }
        for (const set of everyone[k]?.group === 0 ? ownOptions : options) choose(k + 1, [...chosen, set]);
      };
      choose(0, []);

      const { model, columns } = buildScheduleModel({ required: p.required, candidates, restSlots: p.rest, groups, priority: 'cost' });
      // As plan.ts does: the day rules summed over each group (exact for the one-temp group), then the person columns.
      if (dayRules) addDayRuleRows(model, columns.shifts, candidates, groups, dayRules, p.rest);
      const [own] = addPersonShifts(model, columns.shifts, candidates, groups, people, {
        restSlots: p.rest, ...(dayRules ? { dayRules } : {}), overtime: weeks, ...(columns.used ? { used: columns.used } : {}), ...(p.form === 'persons' ? { mostSchedules: 0 } : {}),
      });
      expect(own?.form).toBe(p.form);
      expect(model.objectiveNames).toEqual(['unmet_demand', 'cost', 'people', 'agent_hours']);
      const report = await solveLexicographic(model, { timeLimitSeconds: 10 });
      expect(report.status).toBe('optimal');
      expect(Math.round(report.objectiveValues[0] ?? -1)).toBe(best[0]);
      // Overtime is a continuous column, and later stages keep the cost within 1e-6 of it relatively.
      const near = (value: number, expected: number) => expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-5 * Math.max(1, expected));
      near(report.objectiveValues[1] ?? NaN, best[1]);
      expect(Math.round(report.objectiveValues[2] ?? -1)).toBe(best[2]);
      // The model's people are real: each own person's shifts are workable, and cost what the model says.
      const sets = own?.shiftsOf(report.values) ?? [];
      expect(sets.map((x) => x.person)).toEqual(people.filter((x) => x.group === 0).map((x) => x.name).slice(0, sets.length));
      let ownTotal = 0;
      let wages = 0;
      for (const { candidates: set } of sets) {
        expect(workable(set.map((i) => candidates[i] as ShiftCandidate), p.rest, dayRules)).toBe(true);
        ownTotal += ownCost(set);
        wages += p.hourly * set.reduce((sum, i) => sum + (candidates[i]?.length ?? 0), 0);
      }
      // The premium's columns are continuous: later stages may lift them within the cost's slack, relative to the whole ¥.
      expect(Math.abs(wages + (own?.premium(report.values) ?? NaN) - ownTotal)).toBeLessThanOrEqual(1e-5 * Math.max(1, best[1]));
      // Those people work exactly the group's shifts, and are no more than the people the model counted for the group.
      const given = new Array<number>(candidates.length).fill(0);
      for (const { candidates: set } of sets) for (const i of set) given[i] = (given[i] ?? 0) + 1;
      columns.shifts.forEach(({ candidate, group }, column) => {
        if (group === 0) expect(given[candidate]).toBe(Math.round(report.values[column] ?? 0) || 0);
      });
      const counted = Math.round(report.values[columns.used?.[0] ?? -1] ?? 0);
      expect(sets.filter((x) => x.candidates.length > 0).length).toBeLessThanOrEqual(counted);
    }), {
      numRuns: 60,
      // Found by CI: the premium's continuous column lifted within the slack of the whole ¥, past a tolerance on the own team's ¥.
      examples: [[{ required: [0, 0, 2, 0, 0], minShift: 1, rest: 0, own: 1, temps: 1, hourly: 5, extra: 1, tempDaily: 55, thresholds: [0, 0], split: 1, dayRules: false, form: 'persons', maxSlots: undefined }]],
    });
  });
});
