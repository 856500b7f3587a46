import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOfEachGroup, planRoster, type RosterPlan } from './plan.js';
import { assignShifts } from './assign.js';
import { dayLimits } from './day-rules.js';
import { checkRoster } from './check.js';
import { capacityRule } from '../staffing/capacity-rule.js';
import { toEpochMinutes } from '../time/clock.js';

const settings = fc.record({
  slotMinutes: fc.constantFrom(60, 30),
  hours: fc.integer({ min: 8, max: 30 }),
  minShiftHours: fc.integer({ min: 2, max: 6 }),
  extraHours: fc.integer({ min: 0, max: 6 }),
  restHours: fc.integer({ min: 1, max: 12 }),
  peak: fc.integer({ min: 1, max: 6 }),
  seed: fc.array(fc.nat({ max: 100 }), { minLength: 60, maxLength: 60 }),
});

type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

function request(s: Settings) {
  const slotsPerHour = 60 / s.slotMinutes;
  const slotCount = s.hours * slotsPerHour;
  const inquiries = Array.from({ length: slotCount }, (_, t) => ((s.seed[t % 60] ?? 0) / 100) * s.peak * 10 * (s.slotMinutes / 60));
  return {
    demand: { start: toEpochMinutes('2026-11-10'), slotMinutes: s.slotMinutes, inquiries },
    sizer: capacityRule(10),
    rules: {
      slotMinutes: s.slotMinutes,
      minShiftSlots: Math.min(s.minShiftHours, s.hours) * slotsPerHour,
      maxShiftSlots: Math.min(12, Math.min(s.minShiftHours, s.hours) + s.extraHours) * slotsPerHour,
      restSlots: s.restHours * slotsPerHour,
    },
    timeLimitSeconds: 20,
  };
}

/** The invariants every roster must hold, checked on the named assignments. */
function checkInvariants(plan: RosterPlan, maxShiftSlots: number, restSlots: number): void {
  const slotHours = plan.demand.slotMinutes / 60;
  const byPerson = new Map<string, { start: number; length: number }[]>();
  for (const a of plan.assignments) {
    expect(a.length).toBeLessThanOrEqual(maxShiftSlots);
    expect(a.length * slotHours).toBeLessThanOrEqual(12);
    expect(a.start).toBeGreaterThanOrEqual(0);
    // A shift starts inside the window; it may run past its end by less than the longest shift.
    expect(a.start).toBeLessThan(plan.required.length);
    expect(a.start + a.length).toBeLessThanOrEqual(plan.required.length + maxShiftSlots - 1);
    byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a]);
  }
  for (const shifts of byPerson.values()) {
    shifts.sort((a, b) => a.start - b.start);
    for (let i = 1; i < shifts.length; i++) {
      const previous = shifts[i - 1]!;
      expect(shifts[i]!.start - (previous.start + previous.length)).toBeGreaterThanOrEqual(restSlots);
    }
  }
  expect(plan.summary.longestDutyHours).toBeLessThanOrEqual(12);
}

describe('planRoster invariants (property-based)', () => {
  it('with unlimited people: every slot covered, no duty over max-shift or 12 h, rest respected', async () => {
    await fc.assert(fc.asyncProperty(settings, async (s) => {
      const req = request(s);
      const plan = await planRoster(req);
      checkInvariants(plan, req.rules.maxShiftSlots, req.rules.restSlots);
      plan.required.forEach((need, t) => expect(plan.scheduled[t]).toBeGreaterThanOrEqual(need));
      expect(plan.summary.demandCovered).toBeCloseTo(1, 9);
      // The independent checker finds nothing wrong with what the optimizer made.
      const slot = plan.demand.slotMinutes;
      const rows = plan.assignments.map((a, i) => ({ line: i + 2, person: a.person, start: plan.demand.start + a.start * slot, end: plan.demand.start + (a.start + a.length) * slot }));
      const coverage = { start: plan.demand.start, slotMinutes: slot, required: plan.required };
      expect(checkRoster(rows, { minRestMinutes: req.rules.restSlots * slot, maxDutyMinutes: req.rules.maxShiftSlots * slot, maxBreakMinutes: 0 }, coverage)).toEqual([]);
    }), { numRuns: 30 });
  });

  it('with a headcount: never more people than allowed, nor on duty or resting at once', async () => {
    await fc.assert(fc.asyncProperty(settings, fc.integer({ min: 1, max: 6 }), async (s, headcount) => {
      const req = request(s);
      const plan = await planRoster({ ...req, staff: { headcount } });
      checkInvariants(plan, req.rules.maxShiftSlots, req.rules.restSlots);
      expect(plan.people.length).toBeLessThanOrEqual(headcount);
      expect(plan.unassignedShifts).toBe(0);
      for (let t = 0; t < plan.required.length; t++) {
        const present = plan.assignments.filter((a) => a.start <= t && t < a.start + a.length + req.rules.restSlots).length;
        expect(present).toBeLessThanOrEqual(headcount);
      }
      plan.required.forEach((need, t) => expect(plan.shortfall[t]).toBe(Math.max(0, need - (plan.scheduled[t] ?? 0))));
    }), { numRuns: 30 });
  });

  it('respects staff availability and hours limits', async () => {
    const req = request({ slotMinutes: 60, hours: 24, minShiftHours: 4, extraHours: 4, restHours: 10, peak: 4, seed: new Array(60).fill(60) });
    const day = toEpochMinutes('2026-11-10');
    const plan = await planRoster({
      ...req,
      staff: [
        { name: 'early', availableFrom: day, availableTo: day + 12 * 60 },
        { name: 'late', availableFrom: day + 12 * 60 },
        { name: 'part-time', maxHours: 4 },
      ],
    });
    for (const a of plan.assignments) {
      if (a.person === 'early') expect(a.start + a.length).toBeLessThanOrEqual(12);
      if (a.person === 'late') expect(a.start).toBeGreaterThanOrEqual(12);
    }
    const partTime = plan.assignments.filter((a) => a.person === 'part-time').reduce((sum, a) => sum + a.length, 0);
    expect(partTime).toBeLessThanOrEqual(4);
    expect(plan.people.length).toBeGreaterThan(0);
  });

  it('keeps people off the whole days they marked unavailable', async () => {
    const req = request({ slotMinutes: 60, hours: 30, minShiftHours: 4, extraHours: 4, restHours: 10, peak: 2, seed: new Array(60).fill(80) });
    const nextDay = toEpochMinutes('2026-11-11') / 1440;
    const plan = await planRoster({ ...req, staff: [{ name: 'away', unavailable: [nextDay] }, { name: 'b' }, { name: 'c' }, { name: 'd' }] });
    // The window is 10 Nov 00:00 – 11 Nov 06:00; 'away' may not touch 11 Nov (slot 24 on).
    expect(plan.assignments.filter((a) => a.person === 'away').every((a) => a.start + a.length <= 24)).toBe(true);
    expect(plan.assignments.some((a) => a.person !== 'away' && a.start + a.length > 24)).toBe(true);
  });

  it('gives the same roster for the same input', async () => {
    const req = request({ slotMinutes: 60, hours: 30, minShiftHours: 4, extraHours: 6, restHours: 10, peak: 5, seed: Array.from({ length: 60 }, (_, i) => (i * 37) % 101) });
    const a = await planRoster(req);
    const b = await planRoster(req);
    expect(b.assignments).toEqual(a.assignments);
  });

  it('refuses a max shift above 12 hours, quoting the rule', async () => {
    const req = request({ slotMinutes: 60, hours: 24, minShiftHours: 4, extraHours: 0, restHours: 10, peak: 1, seed: new Array(60).fill(1) });
    await expect(planRoster({ ...req, rules: { ...req.rules, maxShiftSlots: 13 } })).rejects.toMatchObject({ key: 'roster.maxShiftAbove12' });
    await expect(planRoster({ ...req, rules: { ...req.rules, minShiftSlots: 8, maxShiftSlots: 6 } })).rejects.toMatchObject({ key: 'options.conflict', exitCode: 3 });
  });
});

describe('assignShifts', () => {
  it('reuses a person once rested and creates the fewest people', () => {
    const result = assignShifts([
      { start: 0, length: 8, group: -1 }, { start: 4, length: 8, group: -1 }, { start: 18, length: 8, group: -1 },
    ], 10);
    expect(result.people).toEqual(['A001', 'A002']);
    expect(result.assignments.find((a) => a.start === 18)?.person).toBe('A001');
  });
  it('spreads hours: the free person with the fewest hours gets the shift', () => {
    const people = [{ name: 'Ann', group: 0 }, { name: 'Bo', group: 0 }];
    const result = assignShifts([
      { start: 0, length: 8, group: 0 }, { start: 20, length: 4, group: 0 }, { start: 40, length: 8, group: 0 },
    ], 2, people);
    expect(result.assignments.map((a) => a.person)).toEqual(['Ann', 'Bo', 'Bo']);
  });
  it('leaves a shift unassigned rather than break an hours limit', () => {
    const result = assignShifts([{ start: 0, length: 8, group: 0 }], 2, [{ name: 'Ann', group: 0, maxSlots: 6 }]);
    expect(result.unassigned).toHaveLength(1);
  });
});

describe('onDutyPerSlot', () => {
  it('counts an agent in a slot only when on duty for all of it', async () => {
    const { onDutyPerSlot } = await import('./check.js');
    const rows = [{ line: 2, person: 'A', start: 0, end: 90 }, { line: 3, person: 'B', start: 30, end: 120 }, { line: 4, person: 'C', problem: { column: 'start', value: 'x' } }];
    expect(onDutyPerSlot(rows, { start: 0, slotMinutes: 60, required: [0, 0] })).toEqual([1, 1]);
  });
});

describe('assignShifts with day rules', () => {
  // Slot 0 = 2026-11-02 00:00 (a Monday), hourly slots; one 09:00–17:00 shift a day for 8 days.
  const start = 20_759 * 1440;
  const week = Array.from({ length: 8 }, (_, d) => ({ start: d * 24 + 9, length: 8, group: 0 }));
  const rules = { startMinute: start, slotMinutes: 60, limits: dayLimits({ daysOffPerWeek: 1 }, 20_759, 20_766) };

  it('never gives one person 7 days in a row: the 7th and 8th days go to the second person', () => {
    const result = assignShifts(week, 10, [{ name: 'A', group: 0 }, { name: 'B', group: 0 }], rules);
    expect(result.unassigned).toEqual([]);
    const days = (name: string) => result.assignments.filter((a) => a.person === name).length;
    expect(days('A')).toBeLessThanOrEqual(6);
    expect(days('A') + days('B')).toBe(8);
  });

  it('with one person the shifts the rules forbid are left unassigned; with unlimited people, someone new takes them', () => {
    expect(assignShifts(week, 10, [{ name: 'A', group: 0 }], rules).unassigned.length).toBe(1); // the 7th day; the 8th is fine (days 2–8 then hold a day off)
    const grown = assignShifts(week, 10, [{ name: 'A001', group: 0 }], rules, { grow: true });
    expect(grown.unassigned).toEqual([]);
    expect(grown.people).toEqual(['A001', 'A002']);
  });

  it('one shift start a day each, and the hours a week', () => {
    const twice = [{ start: 0, length: 4, group: 0 }, { start: 14, length: 4, group: 0 }];
    expect(assignShifts(twice, 10, [{ name: 'A', group: 0 }], { ...rules, limits: [] }).unassigned.length).toBe(1);
    expect(assignShifts(twice, 10, [{ name: 'A', group: 0 }]).unassigned.length).toBe(0);
    expect(assignShifts(week.slice(0, 6), 10, [{ name: 'A', group: 0 }], { ...rules, maxSlotsPerWeek: 40 }).unassigned.length).toBe(1);
  });
});

describe('the group model under day rules: its bound is valid, and a proven roster is optimal (brute force)', () => {
  // Four days of six 4-hour slots; patterns early (04:00–12:00) and late (12:00–20:00); two people.
  const DAYS = 4;
  const patterns = [{ name: 'early', startMinute: 240, lengthMinutes: 480 }, { name: 'late', startMinute: 720, lengthMinutes: 480 }];
  it('at most N days in a row (and hours a week): brute force over every roster of two people', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: DAYS * 6, maxLength: DAYS * 6 }),
      fc.integer({ min: 1, max: 3 }),
      fc.option(fc.constantFrom(16, 24), { nil: undefined }),
      async (required, maxConsecutiveDays, maxHoursPerWeek) => {
        const start = toEpochMinutes('2026-11-02'); // a Monday
        const plan = await planRoster({
          demand: { start, slotMinutes: 240, inquiries: required }, sizer: (x) => x,
          rules: { slotMinutes: 240, minShiftSlots: 2, maxShiftSlots: 2, restSlots: 1 }, patterns, staff: { headcount: 2 },
          timeLimitSeconds: 10, dayRules: { daysOffPerWeek: 0, maxConsecutiveDays, ...(maxHoursPerWeek !== undefined ? { maxHoursPerWeek } : {}) },
        });
        // Brute force: each person picks nothing, early or late each day; rest 4 h, the day rules.
        let best: [number, number] = [Infinity, Infinity];
        for (let code = 0; code < 3 ** (DAYS * 2); code++) {
          const picks = [0, 1].map((p) => Array.from({ length: DAYS }, (_, d) => Math.floor(code / 3 ** (p * DAYS + d)) % 3));
          const ok = picks.every((mine) => {
            let run = 0;
            for (const k of mine) {
              run = k === 0 ? 0 : run + 1;
              if (run > maxConsecutiveDays) return false;
            }
            if (maxHoursPerWeek !== undefined && mine.filter((k) => k > 0).length * 8 > maxHoursPerWeek) return false;
            // Rest: late (ends 20:00) then early (04:00 next day) is 8 h ≥ 4 h, always fine here.
            return true;
          });
          if (!ok) continue;
          const on = required.map((_, t) => picks.reduce((n, mine) => {
            const k = mine[Math.floor(t / 6)] ?? 0;
            const slot = t % 6;
            return n + ((k === 1 && (slot === 1 || slot === 2)) || (k === 2 && (slot === 3 || slot === 4)) ? 1 : 0);
          }, 0));
          const unmet = required.reduce((sum, need, t) => sum + Math.max(0, need - (on[t] ?? 0)), 0);
          const slots = picks.flat().filter((k) => k > 0).length * 2;
          if (unmet < best[0] || (unmet === best[0] && slots < best[1])) best = [unmet, slots];
        }
        const measured = [plan.summary.shortAgentSlots, plan.assignments.reduce((sum, a) => sum + a.length, 0)];
        const bound = plan.solve.bounds ?? plan.solve.objectiveValues;
        // The bound never exceeds the optimum (lexicographically), and the roster never beats it.
        const lexLeq = (a: readonly number[], b: readonly number[]) => (a[0] ?? 0) < (b[0] ?? 0) - 1e-9 || (Math.abs((a[0] ?? 0) - (b[0] ?? 0)) < 1e-9 && (a[1] ?? 0) <= (b[1] ?? 0) + 1e-9);
        expect(lexLeq(bound, best)).toBe(true);
        expect(lexLeq(best, measured)).toBe(true);
        if (plan.solve.status === 'optimal') expect(measured).toEqual(best);
        expect(checkRoster(plan.assignments.map((a, i) => ({ line: i + 2, person: a.person, start: start + a.start * 240, end: start + (a.start + a.length) * 240 })),
          { minRestMinutes: 240, maxDutyMinutes: 720, maxBreakMinutes: 0, daysOffPerWeek: 0, maxConsecutiveDays, ...(maxHoursPerWeek !== undefined ? { maxHoursPerWeek } : {}) })).toEqual([]);
      },
    ), { numRuns: 40 });
  }, 120_000);
});

describe('firstOfEachGroup', () => {
  it('firstOfEachGroup: the first n people of each group, in the order given', () => {
    const people = [{ name: 'a', group: 0 }, { name: 't1', group: 1 }, { name: 'b', group: 0 }, { name: 't2', group: 1 }, { name: 'c', group: 0 }];
    expect(firstOfEachGroup(people, [2, 1]).map((p) => p.name)).toEqual(['a', 't1', 'b']);
    expect(firstOfEachGroup(people, [0, 0])).toEqual([]);
    expect(firstOfEachGroup(people, [5]).map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });
});
