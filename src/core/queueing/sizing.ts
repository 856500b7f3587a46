/**
 * Sizing an interval with a queueing model: the fewest agents on seat that meet a service-level
 * target and an occupancy cap, then the agents to schedule once shrinkage (breaks, absence) is
 * allowed for. Chat agents serve several conversations at once; that is modelled as a faster
 * effective handle time: AHT ÷ concurrency factor.
 */
import { CsPlanError } from '../../errors.js';
import { ceilTolerant, floorTolerant } from '../numeric.js';
import { erlangAResult, erlangCResult, trafficOf, type QueueInput, type QueueResult } from './erlang.js';

/** Effective capacity of one agent handling C chats at once (1→1, 2→1.7, 3→2.5, 4→2.9, 5→3.5). */
const CONCURRENCY_TABLE = [0, 1, 1.7, 2.5, 2.9, 3.5] as const;
/** Beyond five chats each extra chat adds what the fifth did (3.5 − 2.9). */
export const CONCURRENCY_SLOPE = 0.6;

/**
 * The effective capacity factor of an agent handling `concurrency` chats at once; linear
 * between table points and beyond five chats.
 *
 * @example concurrencyFactor(3) // 2.5
 * @example concurrencyFactor(6) // 4.1
 */
export function concurrencyFactor(concurrency: number): number {
  if (!(concurrency >= 1))
    throw new CsPlanError(
      'value.atLeastOne',
      { name: 'concurrency' },
      { location: { setting: 'concurrency', value: String(concurrency) } },
    );
  const last = CONCURRENCY_TABLE.length - 1;
  if (concurrency >= last) return (CONCURRENCY_TABLE[last] ?? 0) + CONCURRENCY_SLOPE * (concurrency - last);
  const low = Math.floor(concurrency);
  const a = CONCURRENCY_TABLE[low] ?? 1;
  const b = CONCURRENCY_TABLE[low + 1] ?? a;
  return a + (b - a) * (concurrency - low);
}

export interface SizingInput {
  /** Contacts in the interval. */
  volume: number;
  /** Interval length, minutes. */
  intervalMinutes: number;
  /** Average handle time of one contact, minutes. */
  ahtMinutes: number;
  /** Service-level target: this share answered within `targetSeconds`. */
  targetShare: number;
  targetSeconds: number;
  /** Highest acceptable occupancy, 0 < cap ≤ 1 (1: no cap). */
  maxOccupancy: number;
  /** Share of scheduled time not on seat (breaks, meetings, absence), 0 ≤ shrinkage < 1. */
  shrinkage: number;
  /** Chats one agent handles at once (≥ 1). */
  concurrency: number;
  /** Overrides the concurrency table. */
  concurrencyFactor?: number;
  /** Average patience, seconds: switches from Erlang C to Erlang A. */
  patienceSeconds?: number;
  /** Highest acceptable share of buyers who give up (Erlang A only). */
  maxAbandon?: number;
}

export interface SizingResult extends QueueResult {
  /** Agents on seat: given, or the fewest meeting the target and the occupancy cap. */
  onSeat: number;
  /** Agents to schedule: ⌈on seat ÷ (1 − shrinkage)⌉, ignoring float noise. */
  scheduled: number;
}

/** The queue an interval presents to its agents. */
export function queueOf(input: SizingInput): QueueInput {
  const factor = input.concurrencyFactor ?? concurrencyFactor(input.concurrency);
  return {
    volume: input.volume,
    intervalSeconds: input.intervalMinutes * 60,
    ahtSeconds: (input.ahtMinutes * 60) / factor,
    ...(input.patienceSeconds !== undefined ? { patienceSeconds: input.patienceSeconds } : {}),
  };
}

/**
 * Measures what `agents` on seat achieve.
 *
 * @example evaluateAgents({ volume: 100, intervalMinutes: 30, ahtMinutes: 3, targetShare: 0.8, targetSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3, concurrency: 1 }, 14).serviceLevel // 0.888
 */
export function evaluateAgents(input: SizingInput, agents: number): SizingResult {
  const queue = queueOf(input);
  const result =
    queue.patienceSeconds === undefined
      ? erlangCResult(queue, agents, input.targetSeconds)
      : erlangAResult(queue, agents, input.targetSeconds);
  return { ...result, onSeat: agents, scheduled: ceilTolerant(agents / (1 - input.shrinkage)) };
}

function meets(input: SizingInput, result: QueueResult): boolean {
  return (
    result.serviceLevel >= input.targetShare - 1e-12 &&
    result.occupancy <= input.maxOccupancy + 1e-12 &&
    result.abandonRate <= (input.maxAbandon ?? 1) + 1e-12
  );
}

/**
 * The fewest agents on seat meeting the service-level target, the occupancy cap and (Erlang A)
 * the abandonment cap. Erlang C searches from the smallest stable number (just above the
 * traffic); Erlang A from 1, first bounded by Erlang C's answer (raised if an abandonment cap
 * needs more). Every measure improves with more agents, so the search bisects.
 *
 * @example sizeInterval({ volume: 100, intervalMinutes: 30, ahtMinutes: 3, targetShare: 0.8, targetSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3, concurrency: 1 })
 * // → onSeat 14, scheduled 20, serviceLevel 0.888, occupancy 0.714, waitProbability 0.174
 */
export function sizeInterval(input: SizingInput): SizingResult {
  if (input.volume === 0) return evaluateAgents(input, 0);
  const traffic = trafficOf(queueOf(input));
  const erlangCInput = { ...input, patienceSeconds: undefined } as SizingInput;
  let low = Math.floor(traffic) + 1; // smallest stable number of agents under Erlang C
  let high = low;
  while (!meets(erlangCInput, evaluateAgents(erlangCInput, high))) {
    low = high + 1;
    high = Math.max(high * 2, high + 1);
  }
  if (input.patienceSeconds !== undefined) {
    low = 1;
    while (!meets(input, evaluateAgents(input, high))) {
      low = high + 1;
      high *= 2;
    }
  }
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (meets(input, evaluateAgents(input, middle))) high = middle;
    else low = middle + 1;
  }
  return evaluateAgents(input, high);
}

/** Settings of a queue without the interval's own volume and length. */
export type QueueSettings = Omit<SizingInput, 'volume' | 'intervalMinutes'>;

/**
 * A slot sizer for the roster: agents to schedule for a slot's inquiries.
 *
 * @example queueSizer(settings)(120, 30, 0) // agents to schedule for 120 inquiries in 30 minutes
 */
export function queueSizer(settings: QueueSettings): (inquiries: number, slotMinutes: number) => number {
  return (inquiries, slotMinutes) =>
    sizeInterval({ ...settings, volume: inquiries, intervalMinutes: slotMinutes }).scheduled;
}

/**
 * What the scheduled agents achieve in each slot: agents on seat are the scheduled ones less
 * shrinkage, rounded down.
 */
export function predictedService(
  inquiries: readonly number[],
  scheduled: readonly number[],
  slotMinutes: number,
  settings: QueueSettings,
): SizingResult[] {
  return inquiries.map((volume, slot) => {
    const onSeat = floorTolerant((scheduled[slot] ?? 0) * (1 - settings.shrinkage));
    return evaluateAgents({ ...settings, volume, intervalMinutes: slotMinutes }, onSeat);
  });
}
