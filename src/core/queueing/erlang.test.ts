import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangAResult, erlangB, erlangC, erlangCResult } from './erlang.js';
import { concurrencyFactor, evaluateAgents, sizeInterval, type SizingInput } from './sizing.js';

interface Reference {
  model: 'C' | 'A'; volume: number; interval: number; aht: number; agents: number; target: number; patience?: number;
  service_level: number; wait_probability: number; asa_seconds: number; abandon_rate?: number; occupancy?: number;
}
const references = JSON.parse(readFileSync(new URL('../../../test/reference/erlang.json', import.meta.url), 'utf8')) as Reference[];

const published: SizingInput = {
  volume: 100, intervalMinutes: 30, ahtMinutes: 3, targetShare: 0.8, targetSeconds: 20,
  maxOccupancy: 0.85, shrinkage: 0.3, concurrency: 1,
};

describe('Erlang C', () => {
  it('reproduces the published example: 14 on seat, 20 scheduled, SL 0.888, occupancy 0.714, P(wait) 0.174', () => {
    const result = sizeInterval(published);
    expect(result.onSeat).toBe(14);
    expect(result.scheduled).toBe(20); // 14 ÷ 0.7 = 20.000000000000004 in doubles
    expect(result.serviceLevel.toFixed(3)).toBe('0.888');
    expect(result.occupancy.toFixed(3)).toBe('0.714');
    expect(result.waitProbability.toFixed(3)).toBe('0.174');
  });

  it.each(references.filter((r) => r.model === 'C'))('matches the independent reference: $volume per $interval s, AHT $aht s, $agents agents', (r) => {
    const result = erlangCResult({ volume: r.volume, intervalSeconds: r.interval, ahtSeconds: r.aht }, r.agents, r.target);
    expect(result.serviceLevel).toBeCloseTo(r.service_level, 10);
    expect(result.waitProbability).toBeCloseTo(r.wait_probability, 10);
    expect(result.asaSeconds).toBeCloseTo(r.asa_seconds, 8);
  });

  it('stays finite and accurate for thousands of agents (no factorial overflow)', () => {
    const b = erlangB(5000, 4900);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThan(0);
    const c = erlangC(5000, 4900);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    const input = { ...published, volume: 100_000, intervalMinutes: 60, ahtMinutes: 3, maxOccupancy: 1 };
    const big = sizeInterval(input);
    expect(big.onSeat).toBeGreaterThan(5000);
    expect(big.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(evaluateAgents(input, big.onSeat - 1).serviceLevel).toBeLessThan(0.8);
    // Erlang A at this size: the Poisson weights of the uniformisation must not underflow.
    const a = sizeInterval({ ...input, patienceSeconds: 120 });
    expect(a.onSeat).toBeGreaterThan(4000);
    expect(a.onSeat).toBeLessThanOrEqual(big.onSeat);
    expect(evaluateAgents({ ...input, patienceSeconds: 120 }, a.onSeat - 1).serviceLevel).toBeLessThan(0.8);
  });

  it('treats too few agents as unstable: nobody is answered in time', () => {
    const result = erlangCResult({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 10, 20);
    expect(result.serviceLevel).toBe(0);
    expect(result.asaSeconds).toBe(Infinity);
  });
});

describe('Erlang A', () => {
  it.each(references.filter((r) => r.model === 'A'))('matches the independent reference: $volume per $interval s, $agents agents, patience $patience s', (r) => {
    const result = erlangAResult({ volume: r.volume, intervalSeconds: r.interval, ahtSeconds: r.aht, patienceSeconds: r.patience! }, r.agents, r.target);
    expect(result.serviceLevel).toBeCloseTo(r.service_level, 7);
    expect(result.waitProbability).toBeCloseTo(r.wait_probability, 10);
    expect(result.abandonRate).toBeCloseTo(r.abandon_rate!, 10);
    expect(result.asaSeconds).toBeCloseTo(r.asa_seconds, 8);
  });

  it('approaches Erlang C as patience grows', () => {
    const c = erlangCResult({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 14, 20);
    const a = erlangAResult({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 1e9 }, 14, 20);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    expect(a.waitProbability).toBeCloseTo(c.waitProbability, 6);
  });
});

const queues = fc.record({
  volume: fc.integer({ min: 1, max: 3000 }),
  intervalMinutes: fc.constantFrom(15, 30, 60),
  ahtMinutes: fc.double({ min: 0.5, max: 15, noNaN: true }),
  targetShare: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
  targetSeconds: fc.integer({ min: 10, max: 120 }),
  maxOccupancy: fc.constantFrom(1, 0.9, 0.85),
  shrinkage: fc.double({ min: 0, max: 0.4, noNaN: true }),
  concurrency: fc.integer({ min: 1, max: 6 }),
});

describe('properties', () => {
  it('service level rises with agents; the sized number meets the target and one fewer does not', () => {
    fc.assert(fc.property(queues, (input) => {
      const sized = sizeInterval(input);
      const traffic = (input.volume * input.ahtMinutes) / concurrencyFactor(input.concurrency) / input.intervalMinutes;
      expect(sized.onSeat).toBeGreaterThan(traffic); // on seat ≥ traffic (strictly, for stability)
      expect(sized.serviceLevel).toBeGreaterThanOrEqual(input.targetShare - 1e-12);
      expect(sized.occupancy).toBeLessThanOrEqual(input.maxOccupancy + 1e-12);
      const fewer = evaluateAgents(input, sized.onSeat - 1);
      expect(fewer.serviceLevel < input.targetShare || fewer.occupancy > input.maxOccupancy).toBe(true);
      let previous = -1;
      for (let n = Math.max(1, sized.onSeat - 3); n <= sized.onSeat + 3; n++) {
        const level = evaluateAgents(input, n).serviceLevel;
        expect(level).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = level;
      }
      expect(sized.scheduled).toBeGreaterThanOrEqual(sized.onSeat);
    }), { numRuns: 200 });
  });

  it('Erlang A never needs more agents than Erlang C for the same target', () => {
    fc.assert(fc.property(queues, fc.integer({ min: 10, max: 600 }), (input, patience) => {
      const c = sizeInterval({ ...input, maxOccupancy: 1 });
      const a = sizeInterval({ ...input, maxOccupancy: 1, patienceSeconds: patience });
      expect(a.onSeat).toBeLessThanOrEqual(c.onSeat);
      expect(a.abandonRate).toBeGreaterThanOrEqual(0);
      expect(a.serviceLevel).toBeGreaterThanOrEqual(input.targetShare - 1e-12);
    }), { numRuns: 100 });
  });
});

describe('abandonment cap', () => {
  it('adds agents until few enough buyers give up, even beyond the Erlang C answer', () => {
    const input = { ...published, maxOccupancy: 1, patienceSeconds: 20 };
    const free = sizeInterval(input);
    const capped = sizeInterval({ ...input, maxAbandon: 0.01 });
    expect(capped.abandonRate).toBeLessThanOrEqual(0.01);
    expect(evaluateAgents(input, capped.onSeat - 1).abandonRate).toBeGreaterThan(0.01);
    expect(capped.onSeat).toBeGreaterThan(free.onSeat);
    expect(capped.onSeat).toBeGreaterThan(sizeInterval({ ...published, maxOccupancy: 1 }).onSeat);
  });
});

describe('concurrency factor', () => {
  it('follows the table and grows linearly beyond five chats', () => {
    expect([1, 2, 3, 4, 5].map(concurrencyFactor)).toEqual([1, 1.7, 2.5, 2.9, 3.5]);
    expect(concurrencyFactor(7)).toBeCloseTo(4.7, 12);
    expect(concurrencyFactor(2.5)).toBeCloseTo(2.1, 12);
    expect(() => concurrencyFactor(0.5)).toThrow();
  });
  it('divides the handle time: three chats at once need fewer agents than one', () => {
    expect(sizeInterval({ ...published, concurrency: 3 }).onSeat).toBeLessThan(sizeInterval(published).onSeat);
  });
});
