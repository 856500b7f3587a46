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
