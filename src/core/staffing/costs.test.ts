import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { busiestRun, costReport, overtimeByShift, overtimeWeeks, type PayRate } from './costs.js';
import { MINUTES_PER_DAY, toEpochMinutes } from '../time/clock.js';

const day = (date: string) => toEpochMinutes(date) / MINUTES_PER_DAY;

describe('overtimeWeeks', () => {
  it('a 3-day window inside one week: 3/7 of the weekly hours', () => {
    const weeks = overtimeWeeks({ start: toEpochMinutes('2026-11-10'), minutes: 3 * MINUTES_PER_DAY }, 42);
    expect([...weeks.keys()]).toEqual([day('2026-11-09')]);
    expect(weeks.get(day('2026-11-09'))).toEqual({ first: day('2026-11-10'), last: day('2026-11-12'), days: 3, hours: 18 });
  });

  it('a window across weeks: each week in proportion to its days; a whole week keeps all its hours', () => {
    // Saturday 2026-11-07 … Monday 2026-11-16: 2 days, a whole week, 1 day.
    const weeks = overtimeWeeks({ start: toEpochMinutes('2026-11-07'), minutes: 10 * MINUTES_PER_DAY }, 40);
    expect([...weeks.values()].map((w) => [w.days, w.hours])).toEqual([[2, 80 / 7], [7, 40], [1, 40 / 7]]);
  });

  it('a window starting or ending inside a day counts that day', () => {
    const weeks = overtimeWeeks({ start: toEpochMinutes('2026-11-10') + 8 * 60, minutes: 24 * 60 }, 35);
    expect(weeks.get(day('2026-11-09'))).toMatchObject({ days: 2, hours: 10 });
  });
});

describe('overtimeByShift', () => {
  const window = { start: toEpochMinutes('2026-11-10'), slotMinutes: 60 };
  it('the hours past the threshold are the week\'s last, shift by shift, in start order whatever the order given', () => {
    // Tuesday 0–10, Wednesday 0–10, Thursday 0–10 against 15 h: 0, 5, 10.
    expect(overtimeByShift([{ start: 48, length: 10 }, { start: 0, length: 10 }, { start: 24, length: 10 }], () => 15, window)).toEqual([10, 0, 5]);
  });

  it('exactly at the threshold is no overtime', () => {
    expect(overtimeByShift([{ start: 0, length: 8 }, { start: 24, length: 8 }], () => 16, window)).toEqual([0, 0]);
  });

  it('each week has its own threshold; a shift counts in the week of the day it starts', () => {
    // Sunday 2026-11-15 20:00 for 12 h runs into Monday: all 12 h count in the week of the 9th.
    const sundayNight = (5 * 24) + 20;
    const monday = 6 * 24 + 10;
    const weeks = new Map([[day('2026-11-09'), 10], [day('2026-11-16'), 100]]);
    expect(overtimeByShift([{ start: sundayNight, length: 12 }, { start: monday, length: 8 }], (m) => weeks.get(m) ?? NaN, window)).toEqual([2, 0]);
  });

  it('totals max(0, hours − threshold) per week (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 13 }), length: fc.integer({ min: 1, max: 12 }) }), { maxLength: 10 }), fc.integer({ min: 0, max: 60 }), (days, threshold) => {
      const shifts = days.map((d) => ({ start: d.day * 24, length: d.length }));
      const split = overtimeByShift(shifts, () => threshold, window);
      const byWeek = new Map<number, number>();
      for (const s of shifts) {
        const week = Math.floor((s.start / 24 + 1) / 7); // window starts on a Tuesday
        byWeek.set(week, (byWeek.get(week) ?? 0) + s.length);
      }
      const expected = [...byWeek.values()].reduce((sum, hours) => sum + Math.max(0, hours - threshold), 0);
      expect(split.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 9);
      split.forEach((h, i) => expect(h).toBeLessThanOrEqual(shifts[i]?.length ?? 0));
    }));
  });
});

describe('busiestRun', () => {
  it('the run of consecutive positive values with the largest sum', () => {
    expect(busiestRun([1, 0, 2, 3, 0, 4])).toEqual({ from: 2, to: 4, total: 5 });
    expect(busiestRun([0, 0])).toBeUndefined();
    expect(busiestRun([2, 2])).toEqual({ from: 0, to: 2, total: 4 });
    // A later run only wins when larger.
    expect(busiestRun([3, 0, 1, 2])).toEqual({ from: 0, to: 1, total: 3 });
  });
});

describe('costReport', () => {
  const window = { start: toEpochMinutes('2026-11-10'), slotMinutes: 60 };
  const rates = new Map<string, PayRate>([
    ['own', { kind: 'own', hourlyCost: 28, dailyCost: 0, overtimeCost: 42 }],
    ['flat', { kind: 'own', hourlyCost: 28, dailyCost: 0 }],
    ['temp', { kind: 'temp', hourlyCost: 0, dailyCost: 300 }],
  ]);
  // Three 12-hour days each for "own" and "flat" against 3/7 × 42 = 18 h: 18 h of overtime for "own" only.
  const shifts = [0, 24, 48].flatMap((start) => [{ person: 'own', start, length: 12 }, { person: 'flat', start, length: 12 }]);

  it('overtime costs the overtime rate less the wage, on the day whose hours pass the threshold', () => {
    const report = costReport([...shifts, { person: 'temp', start: 24, length: 8 }], rates, window, { overtime: { afterHoursPerWeek: 42, slotCount: 72 } });
    expect(report.overtime).toMatchObject({ afterHoursPerWeek: 42, hours: 18, premium: 18 * 14 });
    expect(report.overtime?.weeks).toEqual([{ from: '2026-11-10', to: '2026-11-12', days: 3, thresholdHours: 18 }]);
    const own = report.byKind.find((k) => k.kind === 'own');
    expect(own).toMatchObject({ people: 2, shifts: 6, hours: 72, overtimeHours: 18, cost: 72 * 28 + 18 * 14, firstDate: '2026-11-10', lastDate: '2026-11-12' });
    expect(report.byKind.find((k) => k.kind === 'temp')).toMatchObject({ firstDate: '2026-11-11', lastDate: '2026-11-11' });
    expect(report.total).toBeCloseTo(72 * 28 + 18 * 14 + 300, 9);
    // Day 1: 24 h at 28; day 2: 6 h past 18 → 6 × 14 extra, plus the temp; day 3: 12 h past.
    expect(report.byDay.map((d) => d.staff)).toEqual([24 * 28, 24 * 28 + 6 * 14 + 300, 24 * 28 + 12 * 14]);
  });

  it('outsourcing: the inquiries, their cost, and the run of hours holding most of them', () => {
    const agentSlots = [0, 1, 0.5, 0, 2, 2, 0];
    const report = costReport([], rates, window, { outsourced: { agentSlots, costPerAgentSlot: agentSlots.map(() => 30), inquiriesPerAgentSlot: agentSlots.map(() => 10) } });
    expect(report.outsourced).toEqual({ inquiries: 55, agentHours: 5.5, cost: 165, busiest: { from: window.start + 4 * 60, to: window.start + 6 * 60, inquiries: 40 } });
  });

  it('without an overtime rule, nobody is paid overtime', () => {
    const report = costReport(shifts, rates, window);
    expect(report.overtime).toBeUndefined();
    expect(report.total).toBe(72 * 28);
    expect(report.byKind[0]?.overtimeHours).toBe(0);
  });

  it('half-hour slots, people without pay, day order, kinds in order, and every extra priced: outsourcing, the bot, unmet demand', () => {
    const half = { start: toEpochMinutes('2026-11-10'), slotMinutes: 30 };
    const paid = new Map<string, PayRate>([
      ['own', { kind: 'own', hourlyCost: 20, dailyCost: 0 }],
      ['agency', { kind: 'outsourced', hourlyCost: 50, dailyCost: 0 }],
      ['temp', { kind: 'temp', hourlyCost: 0, dailyCost: 100 }],
    ]);
    // Given out of order: a temp on the 12th, then the 11th; an agency agent; someone without pay.
    const shifts = [
      { person: 'temp', start: 96, length: 16 },
      { person: 'agency', start: 48, length: 4 },
      { person: 'temp', start: 50, length: 16 },
      { person: 'own', start: 0, length: 8 },
      { person: 'nobody', start: 0, length: 8 },
    ];
    const slots = 144;
    const at = (values: [number, number][]) => Array.from({ length: slots }, (_, t) => values.find(([slot]) => slot === t)?.[1] ?? 0);
    const report = costReport(shifts, paid, half, {
      // 2 agent-slots at 01:00 on the 10th, 1 on the 11th, and a speck of solver noise.
      outsourced: { agentSlots: at([[2, 2], [50, 1], [60, 1e-12]]), costPerAgentSlot: at([[2, 6], [50, 8], [60, 1000]]), inquiriesPerAgentSlot: at([[2, 3], [50, 4], [60, 1000]]) },
      bot: { agentSlots: at([[3, 0.5], [100, 2]]), costPerAgentSlot: at([[3, 2], [100, 1]]), inquiriesPerAgentSlot: at([[3, 4], [100, 5]]) },
      unmet: { agentSlots: at([[4, 1], [101, 0.5]]), costPerAgentSlot: at([[4, 7], [101, 10]]), inquiriesPerAgentSlot: at([[4, 3], [101, 2]]) },
    });
    // Kinds in the order own, temp, outsourced; "nobody" counts as own staff at no pay.
    expect(report.byKind.map((k) => [k.kind, k.people, k.shifts, k.hours, k.cost, k.firstDate, k.lastDate])).toEqual([
      ['own', 2, 2, 8, 80, '2026-11-10', '2026-11-10'],
      ['temp', 1, 2, 16, 200, '2026-11-11', '2026-11-12'],
      ['outsourced', 1, 1, 2, 100, '2026-11-11', '2026-11-11'],
    ]);
    expect(report.outsourced).toEqual({ inquiries: 10, agentHours: 1.5, cost: 20, busiest: { from: half.start + 60, to: half.start + 90, inquiries: 6 } });
    expect(report.bot).toEqual({ inquiries: 12, cost: 3 });
    expect(report.unmet).toEqual({ agentSlots: 1.5, inquiries: 4, cost: 12 });
    // Unmet demand is priced, not paid: not in the total.
    expect(report.total).toBe(80 + 200 + 100 + 20 + 3);
    expect(report.byDay).toEqual([
      { date: '2026-11-10', staff: 80, outsourced: 12, bot: 1, total: 93 },
      { date: '2026-11-11', staff: 200, outsourced: 8, bot: 0, total: 208 },
      { date: '2026-11-12', staff: 100, outsourced: 0, bot: 2, total: 102 },
    ]);
    expect(report.overtime).toBeUndefined();
  });

  it('overtime person by person over two weeks: each week its own threshold, people apart, in start order', () => {
    // Sunday 2026-11-15 and Monday 2026-11-16, 12 h each, for two people given interleaved and out of order.
    const window2 = { start: toEpochMinutes('2026-11-15'), slotMinutes: 60 };
    const shifts = [
      { person: 'own', start: 24, length: 12 },
      { person: 'own2', start: 0, length: 12 },
      { person: 'own', start: 0, length: 12 },
      { person: 'own2', start: 24, length: 10 },
    ];
    const two = new Map<string, PayRate>([
      ['own', { kind: 'own', hourlyCost: 28, dailyCost: 0, overtimeCost: 42 }],
      ['own2', { kind: 'own', hourlyCost: 28, dailyCost: 0, overtimeCost: 56 }],
    ]);
    // 70 h a week: 10 h for Sunday (1 day of its week), 10 h for Monday (1 day of the next).
    const report = costReport(shifts, two, window2, { overtime: { afterHoursPerWeek: 70, slotCount: 48 } });
    expect(report.overtime?.weeks).toEqual([
      { from: '2026-11-15', to: '2026-11-15', days: 1, thresholdHours: 10 },
      { from: '2026-11-16', to: '2026-11-16', days: 1, thresholdHours: 10 },
    ]);
    // own: 2 h past on each day (¥14 each); own2: 2 h on Sunday (¥28), none on Monday.
    expect(report.overtime).toMatchObject({ hours: 6, premium: 2 * 14 + 2 * 14 + 2 * 28 });
    expect(report.byDay.map((d) => d.staff)).toEqual([24 * 28 + 2 * 14 + 2 * 28, 22 * 28 + 2 * 14]);
  });
});

