/**
 * Replanning: the past stands, running duties count from their real start, and the fewest
 * changes — confirmed by brute force over every roster of small instances, with the rules
 * judged by the checker `cs-plan check` runs (not by the model's own rows).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyChange, replan, unmetFrom, type PlacedShift, type ReplanPerson, type ReplanRequest } from './replan.js';
import { checkRoster, onDutyPerSlot, type CheckRules } from './check.js';
import { toEpochMinutes } from '../time/clock.js';
import type { ShiftPattern } from '../scheduling/candidates.js';

const DAY0 = toEpochMinutes('2026-11-10');
const at = (day: number, hour: number) => DAY0 + day * 1440 + hour * 60;
const hourly = { slotMinutes: 60, minShiftSlots: 4, maxShiftSlots: 12, restSlots: 10 };

function request(over: Partial<ReplanRequest> & Pick<ReplanRequest, 'shifts' | 'people' | 'now' | 'window'>): ReplanRequest {
  return {
    noticeMinutes: 120, noticeEndMinutes: 0, rules: hourly, dayRules: { daysOffPerWeek: 0 }, callInWeight: 2, timeLimitSeconds: 20,
    ...over,
  };
}

describe('classifyChange', () => {
  it('names longer, shorter and moved shifts', () => {
    expect(classifyChange({ start: 0, end: 480 }, { start: 0, end: 600 })).toBe('extend');
    expect(classifyChange({ start: 60, end: 480 }, { start: 0, end: 480 })).toBe('extend');
    expect(classifyChange({ start: 0, end: 480 }, { start: 60, end: 480 })).toBe('shorten');
    expect(classifyChange({ start: 0, end: 480 }, { start: 60, end: 540 })).toBe('move');
  });
});

describe('onDutyPerSlot and unmetFrom', () => {
  it('count whole slots outside meal breaks and after-sales-only shifts', () => {
    const window = { start: 0, slotMinutes: 60, required: [1, 1, 1, 1] };
    const shifts: PlacedShift[] = [
      { person: 'a', start: 0, end: 240, mealBreak: { start: 60, end: 120 }, line: 2 },
      { person: 'b', start: 30, end: 240, line: 3 },
      { person: 'c', start: 0, end: 240, afterSalesOnly: true, line: 4 },
    ];
    expect(onDutyPerSlot(shifts, window)).toEqual([1, 1, 2, 2]);
    expect(unmetFrom([2, 2, 2, 2], [1, 1, 2, 2], 1)).toBe(1);
  });
});

describe('replan during the campaign night', () => {
  const window = { start: at(0, 0), slotMinutes: 60, required: Array.from({ length: 48 }, (_, t) => (t >= 18 && t < 30 ? 2 : 0)) };
  it('extends the running duty up to 12 hours from its real start, no further', async () => {
    // 小李 on 18:00–02:00; at 01:00 demand turns out to need 2 agents until 06:00.
    const shifts: PlacedShift[] = [{ person: '小李', start: at(0, 18), end: at(1, 2), line: 2 }];
    const longer = { ...window, required: window.required.map((_, t) => (t >= 18 && t < 32 ? 2 : 0)) };
    const result = await replan(request({ shifts, people: [{ name: '小李' }], now: at(1, 1), window: longer }));
    const li = result.shifts.find((s) => s.person === '小李');
    expect(li?.start).toBe(at(0, 18));
    // 12 h from 18:00 is 06:00: not one hour more, though demand runs on to 08:00.
    expect(li?.end).toBe(at(1, 6));
    expect(result.changes).toEqual([{ person: '小李', change: 'extend', old: { start: at(0, 18), end: at(1, 2) }, new: { start: at(0, 18), end: at(1, 6) } }]);
    expect(result.unmetAfter).toBeLessThan(result.unmetBefore);
    expect(result.solve.proven).toEqual(['unmet_demand', 'changes', 'agent_hours']);
  });

  it('calls in from the on-call list no earlier than the notice, and changes nothing that is not needed', async () => {
    const shifts: PlacedShift[] = [
      { person: 'A', start: at(0, 18), end: at(1, 6), line: 2 },
      { person: 'B', start: at(0, 18), end: at(1, 6), line: 3 },
    ];
    const people: ReplanPerson[] = [{ name: 'A' }, { name: 'B' }, { name: 'C', onCall: true }];
    const covered = await replan(request({ shifts, people, now: at(1, 1), window }));
    expect(covered.changes).toEqual([]);
    expect(covered.unmetAfter).toBe(0);
    const busier = { ...window, required: window.required.map((r) => (r > 0 ? 3 : 0)) };
    const result = await replan(request({ shifts, people, now: at(1, 1), window: busier }));
    const call = result.changes.find((c) => c.change === 'call_in');
    expect(call?.person).toBe('C');
    expect(call?.new?.start).toBe(at(1, 3));
    // 00:00–01:00 is past; 01:00–03:00 cannot be reached by anyone.
    expect(result.unmetAfter).toBe(2);
  });

  it('a duty that ended at now stays ended (the rest has begun), however short the roster runs', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(0, 18), end: at(1, 1), line: 2 }];
    const result = await replan(request({ shifts, people: [{ name: 'A' }], now: at(1, 1), window }));
    expect(result.changes).toEqual([]);
    expect(result.unmetAfter).toBe(result.unmetBefore);
  });

  it('someone on duty who falls ill for tomorrow goes home at midnight, even before the shortest shift is done', async () => {
    const shifts: PlacedShift[] = [{ person: 'A', start: at(0, 22), end: at(1, 6), line: 2 }];
    const result = await replan(request({ shifts, people: [{ name: 'A', unavailable: [Math.floor(at(1, 0) / 1440)] }], now: at(0, 23), window }));
    expect(result.changes).toEqual([{ person: 'A', change: 'shorten', old: { start: at(0, 22), end: at(1, 6) }, new: { start: at(0, 22), end: at(1, 0) } }]);
  });

  it('a running duty ends no earlier than now + notice-end, and no shift starting within the notice moves', async () => {
    const quiet = { ...window, required: window.required.map(() => 0) };
    const shifts: PlacedShift[] = [
      { person: 'A', start: at(0, 18), end: at(1, 6), line: 2 },
      { person: 'B', start: at(1, 2), end: at(1, 10), line: 3 },
    ];
    // Nothing needed: changes cost more than agent-hours, so the roster stands.
    const result = await replan(request({ shifts, people: [{ name: 'A' }, { name: 'B' }], now: at(1, 1), window: quiet }));
    expect(result.changes).toEqual([]);
  });
});

describe('replan keeps every rule on the merged roster', () => {
  it('an illness cancels the shifts on those days and covers them with the fewest changes', async () => {
    const patterns: ShiftPattern[] = [{ name: '白班', startMinute: 9 * 60, lengthMinutes: 8 * 60 }];
    const window = { start: at(0, 0), slotMinutes: 60, required: Array.from({ length: 96 }, (_, t) => (t % 24 >= 9 && t % 24 < 17 ? 1 : 0)) };
    const shifts: PlacedShift[] = [0, 1, 2, 3].map((d) => ({ person: d < 2 ? '小王' : '小张', start: at(d, 9), end: at(d, 17), line: d + 2 }));
    const people: ReplanPerson[] = [{ name: '小王', unavailable: [Math.floor(at(1, 0) / 1440)] }, { name: '小张' }];
    const result = await replan(request({ shifts, people, now: at(0, 18), window, patterns }));
    expect(result.changes.map((c) => [c.person, c.change])).toEqual([['小王', 'cancel'], ['小张', 'add']]);
    expect(result.unmetAfter).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Brute force: every roster a person-day choice can make, judged by check and counted by hand.

const PATTERNS: ShiftPattern[] = [
  // L to the next day's E is 9 hours: too little rest (10 h), so rest binds.
  { name: 'E', startMinute: 7 * 60, lengthMinutes: 8 * 60 },
  { name: 'L', startMinute: 14 * 60, lengthMinutes: 8 * 60 },
];

interface Instance {
  people: ReplanPerson[];
  shifts: PlacedShift[];
  required: number[];
  now: number;
  maxConsecutiveDays?: number;
  forbidden?: [string, string][];
}

/** Lexicographic best (unmet, changes, agent-hours after now) over every choice per person and future day. */
function bruteForce(c: Instance, days: number): [number, number, number] {
  const window = { start: at(0, 0), slotMinutes: 60, required: c.required };
  const firstSlot = Math.ceil((c.now - window.start) / 60);
  const lockUntil = c.now + 120;
  const rules: CheckRules = {
    minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0, daysOffPerWeek: 0,
    ...(c.maxConsecutiveDays ? { maxConsecutiveDays: c.maxConsecutiveDays } : {}),
    ...(c.forbidden ? { sequences: { patterns: PATTERNS, forbidden: c.forbidden } } : {}),
    staff: c.people.map((p) => ({
      name: p.name, ...(p.unavailable ? { unavailable: p.unavailable } : {}), ...(p.maxHours !== undefined ? { maxHours: p.maxHours } : {}),
      ...(p.minHours !== undefined ? { minHours: p.minHours } : {}),
    })),
  };
  // Fixed: shifts starting before the notice (this instance has no running duties at `now`).
  const fixed = c.shifts.filter((s) => s.start < lockUntil);
  const slots: { person: ReplanPerson; day: number; old?: PlacedShift; options: ShiftPattern[] }[] = [];
  for (const person of c.people) {
    for (let day = 0; day < days; day++) {
      const options = PATTERNS.filter((p) => at(day, 0) + p.startMinute >= lockUntil);
      if (options.length === 0) continue;
      const old = c.shifts.find((s) => s.person === person.name && s.start >= lockUntil && Math.floor((s.start - at(0, 0)) / 1440) === day);
      slots.push({ person, day, options, ...(old ? { old } : {}) });
    }
  }
  let best: [number, number, number] = [Infinity, Infinity, Infinity];
  const total = slots.reduce((n, s) => n * (s.options.length + 1), 1);
  for (let n = 0; n < total; n++) {
    let k = n;
    const chosen: PlacedShift[] = [...fixed];
    let changes = 0;
    for (const s of slots) {
      const choice = k % (s.options.length + 1);
      k = Math.floor(k / (s.options.length + 1));
      const p = s.options[choice - 1];
      const shift = p ? { person: s.person.name, start: at(s.day, 0) + p.startMinute, end: at(s.day, 0) + p.startMinute + p.lengthMinutes, line: 0 } : undefined;
      if (shift) chosen.push(shift);
      const same = s.old && shift && s.old.start === shift.start && s.old.end === shift.end;
      if (s.old && !same) changes += 1;
      if (!s.old && shift) changes += s.person.onCall ? 2 : 1;
    }
    const rows = chosen.map((s, i) => ({ line: i + 2, person: s.person, start: s.start, end: s.end }));
    if (checkRoster(rows, rules).length > 0) continue;
    const unmet = unmetFrom(c.required, onDutyPerSlot(chosen, window), firstSlot);
    const hours = chosen.reduce((sum, s) => sum + Math.max(0, s.end - Math.max(s.start, c.now)), 0) / 60;
    const score: [number, number, number] = [unmet, changes, hours];
    if (score[0] < best[0] || (score[0] === best[0] && (score[1] < best[1] || (score[1] === best[1] && score[2] < best[2])))) best = score;
  }
  return best;
}

describe('replan: fewest changes, confirmed by brute force', () => {
  it('equals the best over every roster on small instances (illness, call-ins, days in a row, max hours)', async () => {
    const DAYS = 3;
    await fc.assert(fc.asyncProperty(
      fc.record({
        need: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: DAYS * 2, maxLength: DAYS * 2 }),
        roster: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 3 * DAYS, maxLength: 3 * DAYS }),
        ill: fc.option(fc.integer({ min: 1, max: DAYS - 1 }), { nil: undefined }),
        maxConsecutiveDays: fc.option(fc.constant(2), { nil: undefined }),
        maxHours: fc.option(fc.constantFrom(8, 16), { nil: undefined }),
        // E then L the next day is forbidden (rest alone allows it: 23 hours).
        forbid: fc.boolean(),
        minHours: fc.option(fc.constantFrom(16, 24), { nil: undefined }),
      }),
      async (c) => {
        // Need per half day: 07–14 and 15–22; two named people and one on call.
        const required = Array.from({ length: DAYS * 24 }, (_, t) => {
          const hour = t % 24;
          const half = hour >= 7 && hour < 14 ? 0 : hour >= 15 && hour < 22 ? 1 : -1;
          return half < 0 ? 0 : (c.need[Math.floor(t / 24) * 2 + half] ?? 0);
        });
        const names = ['P', 'Q', 'R'];
        const shifts: PlacedShift[] = [];
        c.roster.forEach((choice, i) => {
          const person = names[i % 3] ?? 'P';
          const day = Math.floor(i / 3);
          const p = PATTERNS[choice];
          if (person === 'R' || !p) return;
          shifts.push({ person, start: at(day, 0) + p.startMinute, end: at(day, 0) + p.startMinute + p.lengthMinutes, line: shifts.length + 2 });
        });
        // A roster that already breaks the rules is not what replan starts from.
        const forbidden: [string, string][] | undefined = c.forbid ? [['E', 'L']] : undefined;
        const check = checkRoster(shifts.map((s) => ({ line: s.line, person: s.person, start: s.start, end: s.end })), {
          minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0, ...(c.maxConsecutiveDays ? { maxConsecutiveDays: c.maxConsecutiveDays } : {}),
          ...(forbidden ? { sequences: { patterns: PATTERNS, forbidden } } : {}),
        });
        if (check.length > 0) return;
        const people: ReplanPerson[] = [
          { name: 'P', ...(c.ill !== undefined ? { unavailable: [Math.floor(at(c.ill, 0) / 1440)] } : {}) },
          { name: 'Q', ...(c.maxHours !== undefined ? { maxHours: c.maxHours + 8 } : {}), ...(c.minHours !== undefined ? { minHours: c.minHours } : {}) },
          { name: 'R', onCall: true },
        ];
        const now = at(0, 12);
        const instance: Instance = { people, shifts, required, now, ...(c.maxConsecutiveDays ? { maxConsecutiveDays: c.maxConsecutiveDays } : {}), ...(forbidden ? { forbidden } : {}) };
        const expected = bruteForce(instance, DAYS);
        const req = request({
          shifts, people, now, window: { start: at(0, 0), slotMinutes: 60, required }, patterns: PATTERNS, rules: { ...hourly, minShiftSlots: 8, maxShiftSlots: 8 },
          dayRules: { daysOffPerWeek: 0, ...(c.maxConsecutiveDays ? { maxConsecutiveDays: c.maxConsecutiveDays } : {}) }, ...(forbidden ? { forbidden } : {}),
        });
        if (!Number.isFinite(expected[0])) {
          // No roster keeps every rule (min_hours out of reach): replan says so, exit 3.
          await expect(replan(req)).rejects.toMatchObject({ exitCode: 3 });
          return;
        }
        // Day 0's E is running at noon: with 8-hour shifts only, it ends as planned.
        const result = await replan(req);
        // The merged roster keeps every rule, by check's own code.
        const rules: CheckRules = {
          minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 0, ...(c.maxConsecutiveDays ? { maxConsecutiveDays: c.maxConsecutiveDays } : {}),
          ...(forbidden ? { sequences: { patterns: PATTERNS, forbidden } } : {}),
          staff: people.map((p) => ({ name: p.name, ...(p.unavailable ? { unavailable: p.unavailable } : {}), ...(p.maxHours !== undefined ? { maxHours: p.maxHours } : {}), ...(p.minHours !== undefined ? { minHours: p.minHours } : {}) })),
        };
        expect(checkRoster(result.shifts.map((s, i) => ({ line: i + 2, person: s.person, start: s.start, end: s.end })), rules)).toEqual([]);
        const changes = result.changes.reduce((sum, ch) => sum + (ch.change === 'call_in' ? 2 : 1), 0);
        expect([result.unmetAfter, changes, result.hoursAfter]).toEqual(expected);
      },
    ), { numRuns: 60, seed: 17 });
  }, 120_000);
});
