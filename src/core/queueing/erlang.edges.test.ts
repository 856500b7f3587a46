// The Erlang models at their edges: the independent reference values case by case (a loop, which
// Stryker's per-test coverage sees, unlike it.each), the input guards, no traffic, no agents, and
// the queue too long to follow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erlangAResult, erlangB, erlangC, erlangCResult, trafficOf } from './erlang.js';
import { CsPlanError } from '../../errors.js';

interface Reference {
  model: 'C' | 'A'; volume: number; interval: number; aht: number; agents: number; target: number; patience?: number;
  service_level: number; wait_probability: number; asa_seconds: number; abandon_rate?: number; occupancy?: number;
}
const references = JSON.parse(readFileSync(new URL('../../../test/reference/erlang.json', import.meta.url), 'utf8')) as Reference[];
const queue = { volume: 100, intervalSeconds: 1800, ahtSeconds: 180 };

describe('against the independent reference (scipy), every case', () => {
  it('Erlang C and Erlang A: service level, wait probability, ASA, abandonment and occupancy', () => {
    expect(references.length).toBeGreaterThan(10);
    for (const r of references) {
      const input = { volume: r.volume, intervalSeconds: r.interval, ahtSeconds: r.aht, ...(r.patience !== undefined ? { patienceSeconds: r.patience } : {}) };
      const result = r.model === 'C' ? erlangCResult(input, r.agents, r.target) : erlangAResult(input, r.agents, r.target);
      const at = `${r.model} ${r.volume}/${r.interval}s aht ${r.aht} agents ${r.agents}`;
      expect(result.serviceLevel, at).toBeCloseTo(r.service_level, r.model === 'C' ? 10 : 7);
      expect(result.waitProbability, at).toBeCloseTo(r.wait_probability, 10);
      expect(result.asaSeconds, at).toBeCloseTo(r.asa_seconds, 8);
      if (r.abandon_rate !== undefined) expect(result.abandonRate, at).toBeCloseTo(r.abandon_rate, 10);
      if (r.occupancy !== undefined) expect(result.occupancy, at).toBeCloseTo(r.occupancy, 10);
      expect(result.agents, at).toBe(r.agents);
      expect(result.traffic, at).toBeCloseTo((r.volume * r.aht) / r.interval, 12);
    }
  });
});

describe('the formulas at their edges', () => {
  it('traffic, Erlang B and C by hand', () => {
    expect(trafficOf(queue)).toBe(10);
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    // C(N, A) = N·B / (N − A(1 − B)): two agents, one Erlang → 2·0.2 / (2 − 0.8) = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 15);
    expect(erlangC(1, 1)).toBe(1);
    expect(erlangC(1, 2)).toBe(1);
  });

  it('Erlang C: occupancy, ASA and service level by hand for two agents and one Erlang', () => {
    // A = 1 (60 contacts an hour, 60 s each), N = 2: P(wait) 1/3, ASA = C·AHT/(N − A) = 20 s, SL(t) = 1 − C·e^{−(N−A)t/AHT}.
    const result = erlangCResult({ volume: 60, intervalSeconds: 3600, ahtSeconds: 60 }, 2, 30);
    expect(result.occupancy).toBeCloseTo(0.5, 15);
    expect(result.asaSeconds).toBeCloseTo(20, 12);
    expect(result.serviceLevel).toBeCloseTo(1 - Math.exp(-0.5) / 3, 12);
    expect(result.abandonRate).toBe(0);
  });

  it('no traffic: everyone answered at once, whatever the agents; no patience given: Erlang C', () => {
    for (const agents of [0, 1, 5]) {
      for (const result of [erlangCResult({ ...queue, volume: 0 }, agents, 20), erlangAResult({ ...queue, volume: 0, patienceSeconds: 60 }, agents, 20)]) {
        expect(result).toEqual({ agents, traffic: 0, serviceLevel: 1, occupancy: 0, waitProbability: 0, asaSeconds: 0, abandonRate: 0 });
      }
    }
    expect(erlangAResult(queue, 14, 20)).toEqual(erlangCResult(queue, 14, 20));
  });

  it('Erlang C with agents at the traffic or fewer: unstable, nobody in time, every agent busy', () => {
    expect(erlangCResult(queue, 10, 20)).toEqual({ agents: 10, traffic: 10, serviceLevel: 0, occupancy: 1, waitProbability: 1, asaSeconds: Infinity, abandonRate: 0 });
    expect(erlangCResult(queue, 5, 20)).toEqual({ agents: 5, traffic: 10, serviceLevel: 0, occupancy: 1, waitProbability: 1, asaSeconds: Infinity, abandonRate: 0 });
    expect(erlangCResult(queue, 11, 20).asaSeconds).toBeLessThan(Infinity);
  });

  it('Erlang A with no agents: everyone waits and, in the end, gives up', () => {
    const result = erlangAResult({ ...queue, patienceSeconds: 60 }, 0, 20);
    expect(result.occupancy).toBe(0);
    expect(result.serviceLevel).toBe(0);
    expect(result.waitProbability).toBeCloseTo(1, 12);
    expect(result.abandonRate).toBeCloseTo(1, 9);
    // Nobody is served, so the queue is M/M/∞ in patience: on average λ·patience wait, each for the patience.
    expect(result.asaSeconds).toBeCloseTo(60, 6);
  });

  it('Erlang A with one agent by hand: the birth–death chain with abandonment', () => {
    // λ = μ = θ = 1/60 per second: π_1 = π_0, and with q waiting π_{1+q} = π_1 · Π λ/(μ + kθ) = π_1 / (q+1)!.
    const result = erlangAResult({ volume: 60, intervalSeconds: 3600, ahtSeconds: 60, patienceSeconds: 60 }, 1, 0);
    const queued = Array.from({ length: 40 }, (_, q) => 1 / factorial(q + 1));
    const total = 1 + queued.reduce((a, b) => a + b, 0);
    expect(result.waitProbability).toBeCloseTo(queued.reduce((a, b) => a + b, 0) / total, 12);
    const meanQueue = queued.reduce((sum, p, q) => sum + q * p, 0) / total;
    expect(result.abandonRate).toBeCloseTo(meanQueue, 12);
    expect(result.asaSeconds).toBeCloseTo(meanQueue * 60, 9);
    expect(result.occupancy).toBeCloseTo(1 - meanQueue, 12);
    // A zero target: only those who do not wait are in time.
    expect(result.serviceLevel).toBeCloseTo(1 - result.waitProbability, 9);
  });

  it('refuses what is no queue, naming the value', () => {
    const cases: [Parameters<typeof erlangCResult>[0], number, string, string, string, Record<string, string>][] = [
      [{ ...queue, intervalSeconds: 0 }, 5, 'value.mustBePositive', 'interval', '0', { name: 'interval' }],
      [{ ...queue, ahtSeconds: -1 }, 5, 'value.mustBePositive', 'aht', '-1', { name: 'aht' }],
      [{ ...queue, ahtSeconds: 0 }, 5, 'value.mustBePositive', 'aht', '0', { name: 'aht' }],
      [{ ...queue, volume: -1 }, 5, 'value.negative', 'volume', '-1', { name: 'volume' }],
      [{ ...queue, patienceSeconds: 0 }, 5, 'value.mustBePositive', 'patience', '0', { name: 'patience' }],
      [queue, 1.5, 'value.notInteger', 'agents', '1.5', {}],
      [queue, -1, 'value.notInteger', 'agents', '-1', {}],
      [{ ...queue, ahtSeconds: Number.NaN }, 5, 'value.mustBePositive', 'aht', 'NaN', { name: 'aht' }],
    ];
    for (const [input, agents, key, option, value, params] of cases) {
      for (const model of [erlangCResult, erlangAResult]) {
        try {
          model(input, agents, 20);
          expect.unreachable(`${key} ${option}`);
        } catch (error) {
          expect(error, `${key} ${option}`).toBeInstanceOf(CsPlanError);
          expect((error as CsPlanError).key).toBe(key);
          expect((error as CsPlanError).location).toEqual({ option, value });
          expect((error as CsPlanError).params).toEqual(params);
        }
      }
    }
  });

  it('a queue too long to follow is refused, not run for ever', () => {
    // 1,000 contacts a minute at one agent, buyers who wait for ever: the queue climbs past 2,000,000.
    expect(() => erlangAResult({ volume: 1000, intervalSeconds: 60, ahtSeconds: 60, patienceSeconds: 1e9 }, 1, 20))
      .toThrow(expect.objectContaining({ key: 'queue.tooLong', params: { states: '2,000,000' } }));
  });
});

function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}
