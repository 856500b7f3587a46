/**
 * One property over every kind of roster the engine makes — campaign (group model) and
 * everyday (person-level model), free shifts and shift patterns, limited and unlimited people —
 * checked with the checker `cs-plan check` runs, given the same rules, and by an independent
 * count of days off and duty written here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRoster, freeShiftsPersonModel, planRows, selfCheck, usesPersonModel, type RosterJob } from './roster.js';
import { toEpochMinutes } from '../time/clock.js';
import { CsPlanError } from '../../errors.js';
import type { ShiftPattern } from '../scheduling/candidates.js';

const PATTERNS: ShiftPattern[] = [
  { name: '早班', startMinute: 7 * 60, lengthMinutes: 8 * 60 },
  { name: '白班', startMinute: 9 * 60, lengthMinutes: 9 * 60 },
  { name: '晚班', startMinute: 15 * 60, lengthMinutes: 8 * 60 },
  { name: '夜班', startMinute: 22 * 60, lengthMinutes: 8 * 60 },
];

/** Independent: the days each person works (a night shift counts both days), and their longest duty. */
function independentCheck(rows: ReturnType<typeof planRows>, daysOff: number, week: 'rolling' | 'monday', firstDay: number, lastDay: number): string[] {
  const problems: string[] = [];
  const byPerson = new Map<string, { start: number; end: number }[]>();
  for (const r of rows) byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), { start: r.start ?? 0, end: r.end ?? 0 }]);
  for (const [person, list] of byPerson) {
    const worked = new Set<number>();
    for (const { start, end } of list) {
      if (end - start > 12 * 60) problems.push(`${person} works ${end - start} minutes`);
      for (let minute = start; minute < end; minute += 1) worked.add(Math.floor(minute / 1440));
    }
    if (daysOff === 0) continue;
    for (let from = firstDay; from + 6 <= lastDay; from++) {
      // Epoch day 4 was a Monday.
      if (week === 'monday' && (from - 4) % 7 !== 0) continue;
      let count = 0;
      for (let d = from; d <= from + 6; d++) if (worked.has(d)) count++;
      if (7 - count < daysOff) problems.push(`${person} has ${7 - count} days off from day ${from}`);
    }
  }
  return problems;
}

describe('every roster keeps the rules it was made under (campaign and everyday, free and patterns)', () => {
  it('check with the same rules finds no violation; days off and the 12-hour cap by an independent count', async () => {
    await fc.assert(fc.asyncProperty(
      fc.record({
        days: fc.integer({ min: 3, max: 8 }),
        seed: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 24, maxLength: 24 }),
        patterns: fc.boolean(),
        people: fc.oneof(fc.constant(undefined), fc.integer({ min: 2, max: 7 }), fc.constant('staff' as const)),
        daysOff: fc.integer({ min: 0, max: 2 }),
        week: fc.constantFrom('rolling' as const, 'monday' as const),
        maxConsecutive: fc.option(fc.integer({ min: 3, max: 6 }), { nil: undefined }),
        maxHoursWeek: fc.option(fc.integer({ min: 30, max: 60 }), { nil: undefined }),
        forbid: fc.boolean(),
        together: fc.boolean(),
      }),
      async (c) => {
        const start = toEpochMinutes('2026-11-02');
        const slots = c.days * 24;
        // Agents needed per hour: a daily curve from the seed, heavier on day 3.
        const inquiries = Array.from({ length: slots }, (_, t) => (c.seed[t % 24] ?? 0) * (Math.floor(t / 24) === 2 ? 2 : 1));
        const staff: RosterJob['staff'] = c.people === 'staff'
          ? [{ name: '甲' }, { name: '乙', maxHours: 40 }, { name: '丙', unavailable: [start / 1440 + 1] }, { name: '丁', availableFrom: start + 1440 }]
          : c.people === undefined ? undefined : { headcount: c.people };
        const job: RosterJob = {
          demand: { start, slotMinutes: 60, inquiries },
          sizer: (x) => x,
          rules: { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 12, restSlots: 10 },
          timeLimitSeconds: 5,
          everyday: {
            daysOffPerWeek: c.daysOff, week: c.week,
            ...(c.maxConsecutive !== undefined ? { maxConsecutiveDays: c.maxConsecutive } : {}),
            ...(c.maxHoursWeek !== undefined ? { maxHoursPerWeek: c.maxHoursWeek } : {}),
            ...(c.forbid && c.patterns && staff ? { forbidden: [['夜班', '早班'] as const] } : {}),
            // A contract rule, free shifts or patterns: only the person-level model keeps it.
            ...(c.together && staff ? { daysOffTogether: 2 } : {}),
          },
          personRules: staff !== undefined && ((c.forbid && c.patterns) || c.together),
          ...(c.patterns ? { patterns: PATTERNS } : {}),
          ...(staff ? { staff } : {}),
        };
        // A roster stopped at its time limit must keep the rules as well; no roster at all writes nothing.
        const plan = await buildRoster(job).catch((error: unknown) => {
          if (error instanceof CsPlanError && error.key === 'roster.noSolutionInTime') return undefined;
          throw error;
        });
        if (!plan) return;
        expect(selfCheck(plan, job)).toEqual([]);
        const firstDay = start / 1440;
        const rows = planRows(plan);
        const lastDay = Math.floor((Math.max(start + slots * 60, ...rows.map((r) => r.end ?? 0)) - 1) / 1440);
        expect(independentCheck(rows, c.daysOff, c.week, firstDay, lastDay)).toEqual([]);
        // Both engines are exercised: the person-level model exactly when patterns meet named people.
        expect(usesPersonModel(job)).toBe(Boolean(c.patterns && staff && (c.days >= 7 || job.personRules)));
        expect(freeShiftsPersonModel(job)).toBe(Boolean(!c.patterns && staff && c.together));
      },
    ), { numRuns: Number(process.env.PROPERTY_RUNS ?? 20) });
  }, 240_000);
});
