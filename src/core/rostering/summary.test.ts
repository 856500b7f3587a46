// The measures of a roster on small cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { summarise } from './summary.js';
import { toEpochMinutes } from '../time/clock.js';

const MONDAY = toEpochMinutes('2026-11-30');

describe('summarise', () => {
  const demand = { start: MONDAY, slotMinutes: 30, inquiries: [10, 20, 0, 30] };

  it('covered share of inquiries, short agent-slots, peaks, people and hours', () => {
    const s = summarise(demand, [1, 2, 0, 3], [1, 1, 0, 3], [
      { start: 0, length: 2, group: -1, person: 'A' }, { start: 3, length: 1, group: -1, person: 'B' }, { start: 3, length: 1, group: -1, person: 'C' },
    ]);
    // 10 + 20 × ½ + 0 + 30 of 60 inquiries.
    expect(s).toEqual({ peakRequired: 3, peakScheduled: 3, peopleRostered: 3, agentHours: 2, demandCovered: 50 / 60, shortAgentSlots: 1, longestDutyHours: 1 });
  });

  it('a slot nobody is needed in counts as covered; no inquiries at all is all covered', () => {
    expect(summarise(demand, [0, 0, 0, 0], [0, 0, 0, 0], []).demandCovered).toBe(1);
    expect(summarise({ ...demand, inquiries: [0, 0, 0, 0] }, [1, 1, 1, 1], [0, 0, 0, 0], []).demandCovered).toBe(1);
  });

  it('touching shifts of one person are one duty; the shortest rest between duties; pre-sales agents when given', () => {
    const shifts = [
      { start: 0, length: 4, group: -1, person: 'A' }, { start: 4, length: 2, group: -1, person: 'A' },
      { start: 10, length: 2, group: -1, person: 'A' }, { start: 15, length: 1, group: -1, person: 'A' },
    ];
    const s = summarise({ ...demand, inquiries: new Array<number>(16).fill(0) }, new Array<number>(16).fill(0), new Array<number>(16).fill(1), shifts);
    expect([s.longestDutyHours, s.shortestRestHours, s.agentHours]).toEqual([3, 1.5, 4.5]);
    const preSales = summarise(demand, [1, 2, 0, 3], [1, 2, 0, 3], [], [0, 2, 0, 3]);
    expect([preSales.shortAgentSlots, preSales.demandCovered]).toEqual([1, 50 / 60]);
    expect(summarise(demand, [1], [1], [{ start: 0, length: 1, group: -1, person: 'A' }])).not.toHaveProperty('shortestRestHours');
  });

  it('shifts given in any order are measured in time order; the shortest rest is the least over everyone', () => {
    const days = { ...demand, inquiries: new Array<number>(24).fill(0) };
    const zeros = new Array<number>(24).fill(0);
    const shifts = [
      { start: 10, length: 1, group: -1, person: 'A' }, { start: 3, length: 2, group: -1, person: 'A' }, { start: 0, length: 2, group: -1, person: 'A' },
      { start: 20, length: 4, group: -1, person: 'B' }, { start: 0, length: 2, group: -1, person: 'B' },
    ];
    // A: 0–2, 3–5 (rest 1 slot), 10–11 (rest 5); B: 0–2, 20–24 (rest 18). Longest duty: B's 4 slots.
    const s = summarise(days, zeros, zeros, shifts);
    expect([s.shortestRestHours, s.longestDutyHours, s.peopleRostered, s.agentHours]).toEqual([0.5, 2, 2, 5.5]);
  });
});
