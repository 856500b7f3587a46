import { describe, expect, it } from 'vitest';
import { buildWorkingDaysModel, peopleWantedPerDay } from './working-days.js';
import { dayLimits } from './day-rules.js';
import { solveLexicographic } from '../scheduling/highs-solver.js';

describe('peopleWantedPerDay', () => {
  it('counts starters and night shifts reaching the next day, less those who can start again after their rest', () => {
    // Day 0: a night shift into day 1. Day 1: one early start (cannot follow the night), one late start (can).
    expect(peopleWantedPerDay([{ days: [0, 1], early: false }, { days: [1], early: true }], 0, 1)).toEqual([1, 2]);
    expect(peopleWantedPerDay([{ days: [0, 1], early: false }, { days: [1], early: false }], 0, 1)).toEqual([1, 1]);
  });
});

describe('buildWorkingDaysModel', () => {
  it('spreads days off so that a busy day has everyone: 3 people, one day off in every 7, all 3 wanted on day 6', async () => {
    const need = [2, 2, 2, 2, 2, 2, 3, 2, 2, 2];
    const model = buildWorkingDaysModel({ firstDay: 0, lastDay: 9, need, people: [0, 1, 2].map(() => ({ closed: new Set<number>() })), limits: dayLimits({ daysOffPerWeek: 1 }, 0, 9) });
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(solve.objectiveValues[0]).toBe(0); // no shortage
    const works = (p: number, d: number) => Math.round(solve.values[p * 10 + d] ?? 0) === 1;
    expect([0, 1, 2].every((p) => works(p, 6))).toBe(true);
    for (let p = 0; p < 3; p++) {
      for (let from = 0; from + 6 <= 9; from++) {
        let on = 0;
        for (let d = from; d <= from + 6; d++) if (works(p, d)) on++;
        expect(on).toBeLessThanOrEqual(6);
      }
    }
  });

  it('a closed day is never planned, and a shortage is counted rather than broken', async () => {
    const model = buildWorkingDaysModel({ firstDay: 0, lastDay: 6, need: [1, 1, 1, 1, 1, 1, 1], people: [{ closed: new Set([3]) }], limits: dayLimits({ daysOffPerWeek: 1 }, 0, 6) });
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(Math.round(solve.values[3] ?? 0)).toBe(0);
    expect(solve.objectiveValues[0]).toBe(1);
  });
});

describe('working days away from day 0 (from the mutation run)', () => {
  it('peopleWantedPerDay: a window starting on day 10; shifts from before it, after it and reaching past it', () => {
    const shifts = [
      { days: [9, 10], early: false }, // a night from before the window reaches its first day
      { days: [10], early: true },
      { days: [11, 12], early: false },
      { days: [12], early: false },
      { days: [12, 13], early: false }, // reaches past the window
      { days: [14], early: false }, // after it
    ];
    // Day 10: one early start, plus the night reaching it (who cannot start early). Day 11: one start.
    // Day 12: two starts, the night from 11 reaches it and can take one of the late starts.
    expect(peopleWantedPerDay(shifts, 10, 12)).toEqual([2, 1, 2]);
    expect(peopleWantedPerDay([], 10, 12)).toEqual([0, 0, 0]);
  });

  it('buildWorkingDaysModel: days 100–102, a closed day, a limit from before the window; least shortage, then fewest days worked', async () => {
    const model = buildWorkingDaysModel({
      firstDay: 100, lastDay: 102, need: [1, 0, 2],
      people: [{ closed: new Set<number>() }, { closed: new Set([101]) }],
      // At most one of days 98–101, and at most two in a row over the window.
      limits: [{ kind: 'consecutive_days', from: 98, to: 101, limit: 1 }, { kind: 'consecutive_days', from: 100, to: 102, limit: 2 }],
    });
    expect(model.numCols).toBe(6 + 3);
    expect(model.colUpper.slice(0, 6)).toEqual([1, 1, 1, 1, 0, 1]);
    expect(model.objectiveNames).toEqual(['unmet_demand', 'agent_hours']);
    expect(model.strategy).toEqual({ first: { kind: 'withSecond', secondBound: 6 }, relaxFirst: false });
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(solve.objectiveValues.map(Math.round)).toEqual([0, 3]);
    const works = (p: number, d: number) => Math.round(solve.values[p * 3 + d] ?? 0) === 1;
    expect(works(0, 2) && works(1, 2)).toBe(true);
    expect(works(0, 0) || works(1, 0)).toBe(true);
    expect(works(0, 1) || works(1, 1)).toBe(false);
  });

  it('a day nobody needs gets no row; a day more people need than can work is short by the difference', async () => {
    const model = buildWorkingDaysModel({ firstDay: 50, lastDay: 51, need: [0, 3], people: [{ closed: new Set<number>() }], limits: [] });
    expect(model.rows).toHaveLength(1);
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(solve.objectiveValues.map(Math.round)).toEqual([2, 1]);
  });

  it('a limit starting before the window binds its days inside it; two nights reaching one day both count', async () => {
    const model = buildWorkingDaysModel({
      firstDay: 100, lastDay: 102, need: [1, 1, 0],
      people: [{ closed: new Set<number>() }, { closed: new Set([100, 101]) }],
      limits: [{ kind: 'consecutive_days', from: 98, to: 101, limit: 1 }],
    });
    const solve = await solveLexicographic(model, { timeLimitSeconds: 10 });
    expect(solve.objectiveValues.map(Math.round)).toEqual([1, 1]);
    expect(peopleWantedPerDay([{ days: [11, 12], early: false }, { days: [11, 12], early: false }], 10, 12)).toEqual([0, 2, 2]);
  });
});
