/**
 * The queueing-model flags, shared by `erlang` (where each may list several values for a
 * what-if grid) and `roster --model erlang` (one value each).
 */
import type { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import type { QueueSettings } from '../core/queueing/sizing.js';
import { parseMinutes, parsePositiveAmount, parseRatio, parseSeconds, parseTarget } from '../io/values.js';
import { optionLocation, parseWithLocation } from './options.js';

/** Adds the flags that describe how agents answer a queue. */
export function addQueueOptions(command: Command, { grid = false }: { grid?: boolean } = {}): Command {
  const list = grid ? '; several values separated by commas make a what-if grid' : '';
  return command
    .option('--aht <minutes>', `average handle time of one contact, minutes (or 180s)${list}`)
    .option('--target <share/seconds>', `service-level target, e.g. 80/20 (80% answered within 20 s) or 0.8/45${list}`)
    .option('--max-occupancy <ratio>', `highest share of time an agent may be busy${list}`, '1')
    .option('--shrinkage <ratio>', `share of paid time off the queue (breaks, meetings, absence)${list}`, '0')
    .option('--concurrency <chats>', `chats one agent handles at once${list}`, '1')
    .option(
      '--concurrency-factor <factor>',
      `effective capacity of one agent, overriding the table for --concurrency${list}`,
    )
    .option('--patience <seconds>', `average time a buyer waits before giving up; switches to Erlang A${list}`)
    .option('--max-abandon <ratio>', `with --patience: highest acceptable share of buyers who give up, e.g. 5%${list}`);
}

/**
 * Whether a comma list is more likely one number with thousands separators: written as
 * `1,000` / `2,500` / `1,200,000` and either holding a group with a leading zero (`000`) or
 * values so far apart (2 and 500) that no what-if grid means them. `80,100,120` is a list.
 *
 * @example looksLikeThousands('1,000') // true
 * @example looksLikeThousands('80,100,120') // false
 */
export function looksLikeThousands(text: string): boolean {
  if (!/^\s*\d{1,3}(,\d{3})+\s*$/.test(text)) return false;
  const parts = text.trim().split(',');
  const values = parts.map(Number);
  return parts.slice(1).some((p) => p.startsWith('0')) || Math.max(...values) > 20 * Math.min(...values);
}

/** Parses a flag's value, or each comma-separated value when `grid`; errors name the flag and the item. */
export function parseListOption<T>(
  command: Command,
  key: string,
  parse: (text: string) => T,
  errors: CsPlanError[],
  grid: boolean,
): T[] {
  const raw = command.getOptionValue(key) as string | number | undefined;
  if (raw === undefined) return [];
  const text = String(raw);
  if (grid && looksLikeThousands(text)) {
    errors.push(
      new CsPlanError(
        'value.thousandsInList',
        { plain: text.trim().replace(/,/g, '') },
        { location: { ...optionLocation(command, key), value: text } },
      ),
    );
    return [];
  }
  const items = grid
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [text];
  return items.flatMap((item) => {
    const value = parseWithLocation(command, key, item, parse, errors);
    return value === undefined ? [] : [value];
  });
}

/** The queue flags as lists of values (one value each unless `grid`). */
export interface QueueLists {
  ahtMinutes: number[];
  target: { share: number; seconds: number }[];
  maxOccupancy: number[];
  shrinkage: number[];
  concurrency: number[];
  concurrencyFactor: (number | undefined)[];
  patienceSeconds: (number | undefined)[];
  maxAbandon: (number | undefined)[];
}

/**
 * Reads the queue flags.
 *
 * @throws CsPlanError listing missing flags, or every bad value
 */
export function readQueueLists(command: Command, grid: boolean): QueueLists {
  const missing = [
    ['aht', '--aht'],
    ['target', '--target'],
  ].filter(([key]) => command.getOptionValue(key ?? '') === undefined);
  if (missing.length > 0)
    throw new CsPlanError('options.missing', { flags: missing.map(([, flag]) => flag).join(', ') });
  const errors: CsPlanError[] = [];
  const lists: QueueLists = {
    ahtMinutes: parseListOption(command, 'aht', parseMinutes, errors, grid),
    target: parseListOption(command, 'target', parseTarget, errors, grid),
    maxOccupancy: parseListOption(command, 'maxOccupancy', (s) => parseRatio(s), errors, grid),
    shrinkage: parseListOption(command, 'shrinkage', (s) => parseRatio(s, 'below-one'), errors, grid),
    concurrency: parseListOption(
      command,
      'concurrency',
      (s) => {
        const value = parsePositiveAmount(s);
        if (value < 1) throw new CsPlanError('value.atLeastOne');
        return value;
      },
      errors,
      grid,
    ),
    concurrencyFactor: [],
    patienceSeconds: [],
    maxAbandon: [],
  };
  const factors = parseListOption(command, 'concurrencyFactor', parsePositiveAmount, errors, grid);
  lists.concurrencyFactor = factors.length > 0 ? factors : [undefined];
  const patience = parseListOption(command, 'patience', parseSeconds, errors, grid);
  lists.patienceSeconds = patience.length > 0 ? patience : [undefined];
  const maxAbandon = parseListOption(command, 'maxAbandon', (s) => parseRatio(s), errors, grid);
  lists.maxAbandon = maxAbandon.length > 0 ? maxAbandon : [undefined];
  throwAll(errors);
  return lists;
}

/** The single queue setting of a non-grid command. */
export function readQueueSettings(command: Command): QueueSettings {
  const lists = readQueueLists(command, false);
  const target = lists.target[0] ?? { share: 0.8, seconds: 20 };
  return {
    ahtMinutes: lists.ahtMinutes[0] ?? 1,
    targetShare: target.share,
    targetSeconds: target.seconds,
    maxOccupancy: lists.maxOccupancy[0] ?? 1,
    shrinkage: lists.shrinkage[0] ?? 0,
    concurrency: lists.concurrency[0] ?? 1,
    ...(lists.concurrencyFactor[0] !== undefined ? { concurrencyFactor: lists.concurrencyFactor[0] } : {}),
    ...(lists.patienceSeconds[0] !== undefined ? { patienceSeconds: lists.patienceSeconds[0] } : {}),
    ...(lists.maxAbandon[0] !== undefined ? { maxAbandon: lists.maxAbandon[0] } : {}),
  };
}
