// Sizing an interval, at its edges: the concurrency table, the queue an interval presents, the
// search for the fewest agents (each bound exactly met), shrinkage, the roster's sizer and the
// service predicted for a roster.
import { describe, expect, it } from 'vitest';
import { CONCURRENCY_SLOPE, concurrencyFactor, evaluateAgents, predictedService, queueOf, queueSizer, sizeInterval, type SizingInput } from './sizing.js';
import { CsPlanError } from '../../errors.js';

const published: SizingInput = {
  volume: 100, intervalMinutes: 30, ahtMinutes: 3, targetShare: 0.8, targetSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3, concurrency: 1,
};

describe('sizing at its edges', () => {
  it('concurrencyFactor: the table, between its points, beyond five chats, and below one refused', () => {
    expect([1, 2, 3, 4, 5].map(concurrencyFactor)).toEqual([1, 1.7, 2.5, 2.9, 3.5]);
    expect(concurrencyFactor(1.5)).toBeCloseTo(1.35, 12);
    expect(concurrencyFactor(4.5)).toBeCloseTo(3.2, 12);
    expect(concurrencyFactor(6)).toBeCloseTo(3.5 + CONCURRENCY_SLOPE, 12);
    expect(CONCURRENCY_SLOPE).toBe(0.6);
    for (const bad of [0.99, 0, Number.NaN]) {
      try {
        concurrencyFactor(bad);
        expect.unreachable(String(bad));
      } catch (error) {
        expect(error).toBeInstanceOf(CsPlanError);
        expect((error as CsPlanError).key).toBe('value.atLeastOne');
        expect((error as CsPlanError).params).toEqual({ name: 'concurrency' });
        expect((error as CsPlanError).location).toEqual({ setting: 'concurrency', value: String(bad) });
      }
    }
  });

  it('queueOf: seconds, handle time divided by the factor (or the one given), patience only when given', () => {
    expect(queueOf(published)).toEqual({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 });
    expect(queueOf({ ...published, concurrency: 3 })).toEqual({ volume: 100, intervalSeconds: 1800, ahtSeconds: 72 });
    expect(queueOf({ ...published, concurrency: 3, concurrencyFactor: 2 })).toEqual({ volume: 100, intervalSeconds: 1800, ahtSeconds: 90 });
    expect(queueOf({ ...published, patienceSeconds: 60 })).toEqual({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 60 });
  });

  it('evaluateAgents: scheduled = on seat ÷ (1 − shrinkage) rounded up, float noise ignored; Erlang A with patience', () => {
    expect(evaluateAgents(published, 14)).toMatchObject({ onSeat: 14, scheduled: 20 });
    expect(evaluateAgents({ ...published, shrinkage: 0 }, 14).scheduled).toBe(14);
    expect(evaluateAgents({ ...published, shrinkage: 0.25 }, 10).scheduled).toBe(14);
    expect(evaluateAgents({ ...published, patienceSeconds: 60 }, 12).abandonRate).toBeGreaterThan(0);
    expect(evaluateAgents(published, 12).abandonRate).toBe(0);
  });

  it('sizeInterval: no volume needs nobody; each bound met exactly at the answer and missed one below it', () => {
    expect(sizeInterval({ ...published, volume: 0 })).toMatchObject({ onSeat: 0, scheduled: 0, serviceLevel: 1 });
    // Service level binds: 14 on seat (0.888 ≥ 0.8; 13 gives less).
    const byService = sizeInterval({ ...published, maxOccupancy: 1 });
    expect(byService.onSeat).toBe(14);
    expect(evaluateAgents(published, 13).serviceLevel).toBeLessThan(0.8);
    // Occupancy binds: at most 50% busy → 20 on seat for 10 Erlangs.
    expect(sizeInterval({ ...published, targetShare: 0.1, maxOccupancy: 0.5 }).onSeat).toBe(20);
    // A target met exactly is met.
    const level = evaluateAgents(published, 15).serviceLevel;
    expect(sizeInterval({ ...published, targetShare: level, maxOccupancy: 1 }).onSeat).toBe(15);
    // Heavy traffic: the search doubles past the first guess, then bisects.
    const heavy = sizeInterval({ ...published, volume: 10_000, maxOccupancy: 1 });
    expect(evaluateAgents({ ...published, volume: 10_000 }, heavy.onSeat - 1).serviceLevel).toBeLessThan(0.8);
    expect(heavy.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('sizeInterval with patience: below Erlang C\'s answer when buyers give up; an abandonment cap met exactly', () => {
    const input = { ...published, maxOccupancy: 1, patienceSeconds: 30 };
    const sized = sizeInterval(input);
    expect(sized.onSeat).toBeLessThanOrEqual(14);
    expect(evaluateAgents(input, sized.onSeat - 1).serviceLevel).toBeLessThan(0.8);
    const cap = evaluateAgents(input, 16).abandonRate;
    expect(sizeInterval({ ...input, maxAbandon: cap }).onSeat).toBe(16);
    // A cap so tight that Erlang C's answer (and its first doubling) is not enough: the search goes on up.
    const tight = sizeInterval({ ...input, maxAbandon: 1e-9 });
    expect(tight.onSeat).toBeGreaterThan(22);
    expect(tight.abandonRate).toBeLessThanOrEqual(1e-9);
    expect(evaluateAgents(input, tight.onSeat - 1).abandonRate).toBeGreaterThan(1e-9);
  });

  it('queueSizer and predictedService: the roster\'s slots, on seat = scheduled less shrinkage rounded down', () => {
    const { volume: _v, intervalMinutes: _i, ...settings } = published;
    expect(queueSizer(settings)(100, 30)).toBe(20);
    expect(queueSizer(settings)(0, 30)).toBe(0);
    const service = predictedService([100, 100, 0], [20, 19], 30, settings);
    expect(service.map((s) => s.onSeat)).toEqual([14, 13, 0]);
    expect(service[0]?.serviceLevel).toBeCloseTo(evaluateAgents(published, 14).serviceLevel, 12);
  });
});
