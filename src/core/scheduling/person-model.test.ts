import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakOffsets, buildPersonModel } from './person-model.js';
import { buildCountModel } from './count-model.js';
import { solveLexicographic } from './highs-solver.js';
import { shiftCandidates } from './candidates.js';

/** Three days of 6-slot days (4 hours a slot): patterns early (slots 1–2) and late (3–4). */
const rules = { slotMinutes: 240, minShiftSlots: 2, maxShiftSlots: 2, restSlots: 1 };
const patterns = [{ name: 'early', startMinute: 240, lengthMinutes: 480 }, { name: 'late', startMinute: 720, lengthMinutes: 480 }];
const DAYS = 3;
const SLOTS_PER_DAY = 6;
const requiredArb = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: DAYS * SLOTS_PER_DAY, maxLength: DAYS * SLOTS_PER_DAY });
/** Objective values as whole numbers (+0, never −0: the soft goals have negative coefficients). */
const wholeValues = (values: readonly number[]) => values.map((v) => Math.round(v) || 0);

/** The candidates of the tiny window and the day each starts on. */
function tinyWindow(required: readonly number[]) {
  const candidates = shiftCandidates(required.length, rules, patterns, 0);
  return { candidates, candidateDays: candidates.map((c) => Math.floor(c.start / SLOTS_PER_DAY)) };
}

/**
 * Every roster of the tiny window for `people` people (each picks, per day, nothing, early or
 * late) that keeps the rest rule: `days` holds the picks (0, 1 early, 2 late), `shifts` the shifts.
 */
function* everyRoster(window: ReturnType<typeof tinyWindow>, people: number) {
  const { candidates, candidateDays } = window;
  for (let code = 0; code < 3 ** (DAYS * people); code++) {
    const pick = Array.from({ length: DAYS * people }, (_, i) => Math.floor(code / 3 ** i) % 3);
    const days = Array.from({ length: people }, (_, p) => pick.slice(p * DAYS, p * DAYS + DAYS));
    const shifts = days.map((mine) => mine.flatMap((k, day) => (k === 0 ? [] : [candidates.find((c, i) => candidateDays[i] === day && c.pattern === (k === 1 ? 'early' : 'late'))!])));
    if (shifts.every((list) => list.every((c, i) => i === 0 || c.start - (list[i - 1]!.start + list[i - 1]!.length) >= rules.restSlots))) yield { days, shifts };
  }
}

/** Unmet agent-slots of a set of shifts against the requirement. */
function unmetOf(required: readonly number[], shifts: readonly { start: number; length: number }[]): number {
  return required.reduce((sum, need, t) => sum + Math.max(0, need - shifts.filter((c) => c.start <= t && t < c.start + c.length).length), 0);
}

describe('person-level MIP equals brute force on tiny instances', () => {
  it('least unmet demand, then fewest agent-slots, under days in a row, forbidden sequences and balance', async () => {
    await fc.assert(fc.asyncProperty(
      requiredArb(2),
      fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
      fc.boolean(),
      fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      async (required, maxConsecutiveDays, forbidLateEarly, maxSpreadSlots) => {
        const window = tinyWindow(required);
        const people = [{ fromSlot: 0, toSlot: required.length }, { fromSlot: 0, toSlot: required.length }];
        const personRules = {
          restSlots: rules.restSlots, daysOffPerWeek: 0,
          ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}),
          ...(forbidLateEarly ? { forbidden: [['late', 'early']] as const } : {}),
          ...(maxSpreadSlots !== undefined ? { maxSpreadSlots } : {}),
        };
        let best: [number, number] = [Infinity, Infinity];
        for (const { days, shifts } of everyRoster(window, people.length)) {
          const ok = days.every((mine) => {
            if (forbidLateEarly && mine.some((k, d) => k === 2 && mine[d + 1] === 1)) return false;
            if (maxConsecutiveDays !== undefined) {
              let run = 0;
              for (const k of mine) {
                run = k === 0 ? 0 : run + 1;
                if (run > maxConsecutiveDays) return false;
              }
            }
            return true;
          });
          if (!ok) continue;
          const worked = shifts.map((list) => list.reduce((sum, c) => sum + c.length, 0));
          if (maxSpreadSlots !== undefined && Math.max(...worked) - Math.min(...worked) > maxSpreadSlots) continue;
          const unmet = unmetOf(required, shifts.flat());
          const slots = worked.reduce((a, b) => a + b, 0);
          if (unmet < best[0] || (unmet === best[0] && slots < best[1])) best = [unmet, slots];
        }
        const { model } = buildPersonModel({ required, ...window, people, rules: personRules, slotsPerDay: SLOTS_PER_DAY, firstDay: 0 });
        const report = await solveLexicographic(model, { timeLimitSeconds: 10 });
        expect(report.status).toBe('optimal');
        expect(wholeValues(report.objectiveValues)).toEqual(best);
      },
    ), { numRuns: 30 });
  });
});

describe('soft goals (--stable, prefers) equal brute force on tiny instances', () => {
  it('least unmet demand, then fewest agent-slots, then fewest pattern changes + weighted preference misses + hours spread', async () => {
    await fc.assert(fc.asyncProperty(
      requiredArb(2),
      fc.boolean(),
      fc.constantFrom(undefined, 'early', 'late'),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
      async (required, stable, prefers, prefersWeight, minimiseSpread) => {
        fc.pre(stable || prefers !== undefined || minimiseSpread);
        const window = tinyWindow(required);
        const people = [{ fromSlot: 0, toSlot: required.length, ...(prefers ? { prefers: [prefers] } : {}) }, { fromSlot: 0, toSlot: required.length }];
        let best: [number, number, number] = [Infinity, Infinity, Infinity];
        for (const { shifts } of everyRoster(window, people.length)) {
          const unmet = unmetOf(required, shifts.flat());
          const slots = shifts.flat().reduce((sum, c) => sum + c.length, 0);
          const changes = stable ? shifts.reduce((sum, list) => {
            const early = list.filter((c) => c.pattern === 'early').length;
            return sum + Math.min(early, list.length - early);
          }, 0) : 0;
          const misses = prefers ? (shifts[0] ?? []).filter((c) => c.pattern !== prefers).length : 0;
          const worked = shifts.map((list) => list.reduce((sum, c) => sum + c.length, 0));
          const soft = changes + prefersWeight * misses + (minimiseSpread ? Math.max(...worked) - Math.min(...worked) : 0);
          if (unmet < best[0] || (unmet === best[0] && (slots < best[1] || (slots === best[1] && soft < best[2])))) best = [unmet, slots, soft];
        }
        const { model } = buildPersonModel({
          required, ...window, people, slotsPerDay: SLOTS_PER_DAY, firstDay: 0,
          rules: { restSlots: rules.restSlots, daysOffPerWeek: 0, stable, prefersWeight, minimiseSpread },
        });
        const report = await solveLexicographic(model, { timeLimitSeconds: 10 });
        expect(report.status).toBe('optimal');
        expect(wholeValues(report.objectiveValues)).toEqual(best);
      },
    ), { numRuns: 40 });
  });
});

describe('breakOffsets with meal windows', () => {
  it('keeps only breaks wholly inside a window, read on the clock; none left is undefined', () => {
    // 30-min slots from midnight; 白班 09:00–17:30 starts at slot 18: without windows the break may start 10:30–15:00.
    const rule = { breakSlots: 2, maxWorkSlots: 12, slotMinutes: 30, startMinute: 0 };
    expect(breakOffsets(17, rule, 18)?.map((o) => (18 + o) / 2)).toEqual([10.5, 11, 11.5, 12, 12.5, 13, 13.5, 14, 14.5, 15]);
    expect(breakOffsets(17, { ...rule, windows: [{ from: 660, to: 810 }] }, 18)?.map((o) => (18 + o) / 2)).toEqual([11, 11.5, 12, 12.5]);
    expect(breakOffsets(17, { ...rule, windows: [{ from: 1020, to: 1170 }] }, 18)).toBeUndefined();
    // A night shift 22:00–06:00 with a window over midnight.
    expect(breakOffsets(16, { ...rule, windows: [{ from: 1410, to: 1530 }] }, 44)?.map((o) => ((44 + o) / 2) % 24)).toEqual([23.5, 0, 0.5]);
  });
});

describe('breakOffsets', () => {
  it('keeps every stretch of work within the rule, with work on both sides', () => {
    expect(breakOffsets(17, { breakSlots: 2, maxWorkSlots: 8 })).toEqual([7, 8]);
    expect(breakOffsets(8, { breakSlots: 2, maxWorkSlots: 8 })).toEqual([]);
    expect(breakOffsets(24, { breakSlots: 2, maxWorkSlots: 8 })).toBeUndefined();
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), (length, breakSlots, maxWorkSlots) => {
      for (const offset of breakOffsets(length, { breakSlots, maxWorkSlots }) ?? []) {
        expect(offset).toBeGreaterThanOrEqual(1);
        expect(offset).toBeLessThanOrEqual(maxWorkSlots);
        expect(length - offset - breakSlots).toBeGreaterThanOrEqual(1);
        expect(length - offset - breakSlots).toBeLessThanOrEqual(maxWorkSlots);
      }
    }));
  });
});

describe('the shift-count relaxation (decomposition bound)', () => {
  it('never exceeds the person-level optimum: it is a valid lower bound', async () => {
    await fc.assert(fc.asyncProperty(
      requiredArb(3),
      fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
      async (required, maxConsecutiveDays, forbidLateEarly, team) => {
        const people = Array.from({ length: team }, () => ({ fromSlot: 0, toSlot: required.length }));
        const problem = {
          required, ...tinyWindow(required), people, slotsPerDay: SLOTS_PER_DAY, firstDay: 0,
          rules: { restSlots: rules.restSlots, daysOffPerWeek: 0, ...(maxConsecutiveDays !== undefined ? { maxConsecutiveDays } : {}), ...(forbidLateEarly ? { forbidden: [['late', 'early']] as const } : {}) },
        };
        const exact = await solveLexicographic(buildPersonModel(problem).model, { timeLimitSeconds: 10 });
        const bound = await solveLexicographic(buildCountModel(problem).model, { timeLimitSeconds: 10 });
        const [exactUnmet = 0, exactSlots = 0] = wholeValues(exact.objectiveValues);
        const [boundUnmet = 0, boundSlots = 0] = wholeValues(bound.objectiveValues);
        expect(boundUnmet < exactUnmet || (boundUnmet === exactUnmet && boundSlots <= exactSlots)).toBe(true);
      },
    ), { numRuns: 30 });
  });
});

describe('day rules and contract rules equal brute force (one person, 8 days from a Monday)', () => {
  // 8 days of the tiny window's 6 slots; day 4 of the epoch (1970-01-05) was a Monday.
  const FIRST = 4;
  const LENGTH = 8;
  it('days off in every 7 days or per week, exact working days, days off together, min hours in the window and a week', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 1 }), { minLength: LENGTH * SLOTS_PER_DAY, maxLength: LENGTH * SLOTS_PER_DAY }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom('rolling' as const, 'monday' as const),
      fc.option(fc.integer({ min: 3, max: 6 }), { nil: undefined }),
      fc.integer({ min: 1, max: 3 }),
      fc.option(fc.integer({ min: 2, max: 14 }), { nil: undefined }),
      fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
      async (required, daysOff, week, workDays, together, minSlots, minSlotsPerWeek) => {
        fc.pre(workDays === undefined || workDays <= 7 - daysOff);
        const candidates = shiftCandidates(required.length, rules, patterns, 0);
        const candidateDays = candidates.map((c) => FIRST + Math.floor(c.start / SLOTS_PER_DAY));
        const lastDay = FIRST + LENGTH - 1;
        const periods = week === 'monday' ? [{ from: FIRST, to: FIRST + 6 }] : [0, 1].map((k) => ({ from: FIRST + k, to: FIRST + k + 6 }));
        let best: [number, number] = [Infinity, Infinity];
        for (let code = 0; code < 3 ** LENGTH; code++) {
          const pick = Array.from({ length: LENGTH }, (_, i) => Math.floor(code / 3 ** i) % 3);
          const shifts = pick.flatMap((k, d) => (k === 0 ? [] : [candidates.find((c, i) => candidateDays[i] === FIRST + d && c.pattern === (k === 1 ? 'early' : 'late'))!]));
          if (!shifts.every((c, i) => i === 0 || c.start - (shifts[i - 1]!.start + shifts[i - 1]!.length) >= rules.restSlots)) continue;
          const worked = (day: number) => (pick[day - FIRST] ?? 0) > 0;
          const count = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(worked).length;
          if (daysOff > 0 && periods.some((p) => 7 - count(p.from, p.to) < daysOff)) continue;
          if (workDays !== undefined && periods.some((p) => count(p.from, p.to) !== workDays)) continue;
          let ok = true;
          for (let d = FIRST + 1; d <= lastDay && ok; d++) {
            if (!worked(d - 1) || worked(d)) continue;
            for (let j = 1; j < together && d + j <= lastDay; j++) if (worked(d + j)) ok = false;
          }
          if (!ok) continue;
          const slots = shifts.reduce((sum, c) => sum + c.length, 0);
          if (minSlots !== undefined && slots < minSlots) continue;
          // The one full Monday–Sunday week: days 4–10, slots 0–41.
          if (minSlotsPerWeek !== undefined && shifts.filter((c) => c.start < 7 * SLOTS_PER_DAY).reduce((sum, c) => sum + c.length, 0) < minSlotsPerWeek) continue;
          const unmet = unmetOf(required, shifts);
          if (unmet < best[0] || (unmet === best[0] && slots < best[1])) best = [unmet, slots];
        }
        const { model } = buildPersonModel({
          required, candidates, candidateDays, slotsPerDay: SLOTS_PER_DAY, firstDay: FIRST,
          people: [{ fromSlot: 0, toSlot: required.length, contract: true, ...(minSlots !== undefined ? { minSlots } : {}) }],
          rules: {
            restSlots: rules.restSlots, daysOffPerWeek: daysOff, week, daysOffTogether: together,
            ...(workDays !== undefined ? { workDaysPerWeek: workDays } : {}),
            ...(minSlotsPerWeek !== undefined ? { minSlotsPerWeek } : {}),
          },
        });
        if (best[0] === Infinity) {
          await expect(solveLexicographic(model, { timeLimitSeconds: 10 })).rejects.toMatchObject({ key: 'roster.infeasible' });
          return;
        }
        const report = await solveLexicographic(model, { timeLimitSeconds: 10 });
        expect(report.status).toBe('optimal');
        expect(wholeValues(report.objectiveValues)).toEqual(best);
      },
    ), { numRuns: 60 });
  }, 120_000);
});

describe('--fair equals brute force on tiny instances', () => {
  it('least unmet, fewest slots, then the spread of night shifts (early: 04:00–12:00) and weekend shifts (Sat, Sun) between two people', async () => {
    // Epoch days 1–3 are Friday 2 to Sunday 4 January 1970.
    const FIRST = 1;
    await fc.assert(fc.asyncProperty(requiredArb(2), fc.subarray(['nights', 'weekends'] as const, { minLength: 1 }), async (required, fair) => {
      const window = tinyWindow(required);
      const candidateDays = window.candidateDays.map((d) => d + FIRST);
      let best: [number, number, number] = [Infinity, Infinity, Infinity];
      for (const { days, shifts } of everyRoster(window, 2)) {
        const unmet = unmetOf(required, shifts.flat());
        const slots = shifts.flat().reduce((sum, c) => sum + c.length, 0);
        const nights = days.map((mine) => mine.filter((k) => k === 1).length);
        const weekends = days.map((mine) => mine.filter((k, d) => k > 0 && d >= 1).length);
        const spread = (counts: number[]) => Math.max(...counts) - Math.min(...counts);
        const soft = (fair.includes('nights') ? spread(nights) : 0) + (fair.includes('weekends') ? spread(weekends) : 0);
        if (unmet < best[0] || (unmet === best[0] && (slots < best[1] || (slots === best[1] && soft < best[2])))) best = [unmet, slots, soft];
      }
      const { model } = buildPersonModel({
        required, candidates: window.candidates, candidateDays, slotsPerDay: SLOTS_PER_DAY, firstDay: FIRST,
        people: [{ fromSlot: 0, toSlot: required.length, balanced: true }, { fromSlot: 0, toSlot: required.length, balanced: true }],
        rules: { restSlots: rules.restSlots, daysOffPerWeek: 0, fair },
      });
      const report = await solveLexicographic(model, { timeLimitSeconds: 10 });
      expect(report.status).toBe('optimal');
      expect(wholeValues(report.objectiveValues)).toEqual(best);
    }), { numRuns: 40 });
  });
});
