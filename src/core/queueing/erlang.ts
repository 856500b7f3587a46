/**
 * Queueing models for sizing an interval: Erlang C (callers wait forever) and Erlang A
 * (callers give up after an exponentially distributed patience). Times are in seconds.
 *
 * Numerics: Erlang B by its recursion, B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which never
 * overflows, so thousands of agents are fine; Erlang A's state probabilities are built in
 * scaled form from the same recursion.
 */
import { CsPlanError } from '../../errors.js';

/** One interval's queue: arrivals, handling, and agents. */
export interface QueueInput {
  /** Contacts arriving in the interval. */
  volume: number;
  /** Interval length, seconds. */
  intervalSeconds: number;
  /** Average handle time of one contact by one agent, seconds (already divided by the concurrency factor for chat). */
  ahtSeconds: number;
  /** Average patience before giving up, seconds; undefined for Erlang C (nobody gives up). */
  patienceSeconds?: number;
}

/** What `agents` achieve on a queue. */
export interface QueueResult {
  agents: number;
  /** Offered traffic in Erlangs, A = arrival rate × AHT. */
  traffic: number;
  /** Share of arrivals answered within the target time (Erlang A: whose wait for an agent is within it). */
  serviceLevel: number;
  /** Share of agent time busy. */
  occupancy: number;
  /** Share of arrivals that wait at all. */
  waitProbability: number;
  /** Average wait in queue over all arrivals, seconds (infinite when unstable). */
  asaSeconds: number;
  /** Share of arrivals who give up (Erlang A only; 0 for Erlang C). */
  abandonRate: number;
}

/**
 * Offered traffic in Erlangs.
 *
 * @example trafficOf({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }) // 10
 */
export function trafficOf(input: QueueInput): number {
  return (input.volume * input.ahtSeconds) / input.intervalSeconds;
}

/**
 * Erlang B blocking probability for `agents` servers and `traffic` Erlangs.
 *
 * @example erlangB(10, 10) // 0.2146 (4 d.p.)
 */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return b;
}

/**
 * Erlang C probability of waiting; 1 when the queue is unstable (agents ≤ traffic).
 *
 * @example erlangC(14, 10) // 0.1741 (4 d.p.)
 */
export function erlangC(agents: number, traffic: number): number {
  if (agents <= traffic) return 1;
  const b = erlangB(agents, traffic);
  return (agents * b) / (agents - traffic * (1 - b));
}

function checkQueue(input: QueueInput, agents: number): void {
  const bad = (name: string, value: number) =>
    new CsPlanError('value.mustBePositive', { name }, { location: { option: name, value: String(value) } });
  if (!(input.intervalSeconds > 0)) throw bad('interval', input.intervalSeconds);
  if (!(input.ahtSeconds > 0)) throw bad('aht', input.ahtSeconds);
  if (!(input.volume >= 0))
    throw new CsPlanError(
      'value.negative',
      { name: 'volume' },
      { location: { option: 'volume', value: String(input.volume) } },
    );
  if (input.patienceSeconds !== undefined && !(input.patienceSeconds > 0)) throw bad('patience', input.patienceSeconds);
  if (!Number.isInteger(agents) || agents < 0)
    throw new CsPlanError('value.notInteger', {}, { location: { option: 'agents', value: String(agents) } });
}

/**
 * Erlang C measures for `agents` on a queue.
 *
 * @param targetSeconds the service-level target time
 * @example erlangCResult({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, 14, 20).serviceLevel // 0.8884
 */
export function erlangCResult(input: QueueInput, agents: number, targetSeconds: number): QueueResult {
  checkQueue(input, agents);
  const traffic = trafficOf(input);
  if (traffic === 0)
    return { agents, traffic, serviceLevel: 1, occupancy: 0, waitProbability: 0, asaSeconds: 0, abandonRate: 0 };
  if (agents <= traffic) {
    return { agents, traffic, serviceLevel: 0, occupancy: 1, waitProbability: 1, asaSeconds: Infinity, abandonRate: 0 };
  }
  const c = erlangC(agents, traffic);
  const spare = agents - traffic;
  return {
    agents,
    traffic,
    serviceLevel: Math.max(0, 1 - c * Math.exp((-spare * targetSeconds) / input.ahtSeconds)),
    occupancy: traffic / agents,
    waitProbability: c,
    asaSeconds: (c * input.ahtSeconds) / spare,
    abandonRate: 0,
  };
}

/** Relative mass below which the tail of a probability series is dropped. */
const TAIL = 1e-15;
const LOG_TAIL = Math.log(TAIL);
/** The longest queue Erlang A follows: beyond it patience is too long for the model to matter. */
const MAX_QUEUE = 2_000_000;

/**
 * Erlang A (M/M/N+M) measures for `agents` on a queue with impatient customers.
 * The service level is the share of arrivals whose wait for an agent (had they stayed) is
 * within the target: P(V ≤ t). It is computed exactly by uniformisation of the queue ahead.
 *
 * @example erlangAResult({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 60 }, 12, 20)
 */
export function erlangAResult(input: QueueInput, agents: number, targetSeconds: number): QueueResult {
  checkQueue(input, agents);
  const patience = input.patienceSeconds;
  if (patience === undefined) return erlangCResult(input, agents, targetSeconds);
  const traffic = trafficOf(input);
  const lambda = input.volume / input.intervalSeconds;
  const mu = 1 / input.ahtSeconds;
  const theta = 1 / patience;
  if (lambda === 0)
    return { agents, traffic, serviceLevel: 1, occupancy: 0, waitProbability: 0, asaSeconds: 0, abandonRate: 0 };

  // Relative to P(N in system): P(n < N) via Erlang B, and queue states q = n − N ≥ 1 by the
  // product λ / (Nμ + kθ).
  const b = agents === 0 ? 1 : erlangB(agents, traffic);
  const belowN = agents === 0 ? 0 : 1 / b - 1; // Σ_{n<N} π_n / π_N
  // log(π_{N+q} / π_N), q = 0, 1, …: in logs, as an overloaded queue climbs for a long time
  // (factors up to λ / Nμ each) before patience brings it down.
  const logQueue: number[] = [0];
  let logMass = 0;
  for (let q = 1; ; q++) {
    const ratio = lambda / (agents * mu + q * theta);
    const logNext = (logQueue[q - 1] ?? 0) + Math.log(ratio);
    logQueue.push(logNext);
    logMass = Math.max(logMass, logNext) + Math.log1p(Math.exp(-Math.abs(logMass - logNext)));
    // The ratio only falls as q grows, so once below 1 the rest is under a geometric series.
    if (ratio < 1 && logNext + Math.log(ratio / (1 - ratio)) < LOG_TAIL + logMass) break;
    if (q >= MAX_QUEUE) throw new CsPlanError('queue.tooLong', { states: MAX_QUEUE.toLocaleString('en-US') });
  }
  // Relative to the queue's whole mass (which is then 1), so nothing overflows.
  const queue = logQueue.map((l) => Math.exp(l - logMass));
  const massQueue = 1;
  const belowQueue = belowN * Math.exp(-logMass);
  const total = belowQueue + massQueue;
  const waitProbability = massQueue / total;
  const meanQueue = queue.reduce((sum, p, q) => sum + q * p, 0) / total;
  const abandonRate = (theta * meanQueue) / lambda;

  // Virtual wait of an arrival that finds q ahead in queue (q = n − N): it advances one place at
  // rate Nμ + kθ while k are ahead, and reaches an agent after the k = 0 phase at rate Nμ.
  const rate = (ahead: number) => agents * mu + ahead * theta;
  const maxAhead = queue.length - 1;
  const uniform = rate(maxAhead);
  let position = queue.map((p) => p / total); // arrivals finding q ahead (q = 0 … max)
  let answered = 1 - waitProbability; // no wait at all
  if (agents === 0) answered = 0;
  let serviceLevel = 0;
  const mean = uniform * targetSeconds;
  const logMean = Math.log(mean);
  let logPoisson = -mean; // log of the Poisson(mean) weight of `step` jumps; exp(-mean) alone underflows past ~745
  let cumulative = 0;
  const lastStep = Math.ceil(mean + 12 * Math.sqrt(mean) + 30);
  for (let step = 0; step <= lastStep; step++) {
    const poisson = Math.exp(logPoisson);
    serviceLevel += poisson * answered;
    cumulative += poisson;
    if (step > mean && 1 - cumulative < 1e-14) break;
    const next = new Array<number>(position.length).fill(0);
    position.forEach((p, q) => {
      if (p === 0) return;
      const advance = (rate(q) / uniform) * p;
      next[q] = (next[q] ?? 0) + p - advance;
      if (q === 0) answered += advance;
      else next[q - 1] = (next[q - 1] ?? 0) + advance;
    });
    position = next;
    logPoisson += logMean - Math.log(step + 1);
  }
  // The Poisson tail beyond the last step (below 1e-14 of the mass) counts as answered.
  serviceLevel += Math.max(0, 1 - cumulative) * answered;

  return {
    agents,
    traffic,
    serviceLevel: Math.min(1, Math.max(0, serviceLevel)),
    occupancy: agents === 0 ? 0 : (traffic * (1 - abandonRate)) / agents,
    waitProbability,
    asaSeconds: meanQueue / lambda,
    abandonRate,
  };
}
