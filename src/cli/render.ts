/**
 * Terminal rendering: numbers for people, tables, output routing. Loaded by commands only.
 */
import type { Command } from 'commander';
import { chooseFormat, encodeText, writeFileAtomic, type OutputFormat } from '../io/output.js';
import type { RunContext } from './options.js';

import { displayWidth, wrapToWidth } from '../io/values.js';
import { t, type Lang } from '../i18n.js';

export { displayWidth };

/**
 * Formats a number for a person: thousands separators, at most `decimals` decimals.
 *
 * @example formatNumber(1234567.891, 1) // '1,234,567.9'
 */
export function formatNumber(value: number, decimals = 0): string {
  // By hand rather than with toLocaleString: loading Intl costs every run 10 ms at start-up.
  // The digits are the number's shortest decimal form (as String gives it), rounded half away
  // from zero, as Intl rounds; exponent forms (beyond 1e21, below 1e-6) are left to Intl.
  if (!Number.isFinite(value)) return value.toLocaleString('en-US');
  const text = String(Math.abs(value));
  if (text.includes('e'))
    return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  const [whole = '0', fraction = ''] = text.split('.');
  let digits = `${whole}${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
  if ((fraction[decimals] ?? '0') >= '5') {
    // Add one in the last kept place, carrying leftwards.
    const chars = digits.split('');
    let i = chars.length - 1;
    for (; i >= 0; i--) {
      if (chars[i] === '9') chars[i] = '0';
      else {
        chars[i] = String(Number(chars[i]) + 1);
        break;
      }
    }
    digits = `${i < 0 ? '1' : ''}${chars.join('')}`;
  }
  const intPart = digits.slice(0, digits.length - decimals) || '0';
  const fracPart = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const grouped = intPart.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fracPart ? `${grouped}.${fracPart}` : grouped;
  // As Intl: a negative number keeps its sign even when it rounds to 0.
  return value < 0 || Object.is(value, -0) ? `-${body}` : body;
}

/**
 * Formats a ratio as a percentage.
 *
 * @example formatPercent(0.355) // '35.5%'
 */
export function formatPercent(value: number): string {
  return `${formatNumber(value * 100, 2)}%`;
}

/** The terminal's width in columns: the terminal's own, else COLUMNS (when piped), else 80. */
export function terminalColumns(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 80;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes start with ESC (\u001b)
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Terminal columns a text takes, colours aside (its widest line).
 *
 * @example visibleWidth('\u001b[36m人数\u001b[39m') // 4
 */
export function visibleWidth(text: string): number {
  return Math.max(
    0,
    ...text
      .replace(ANSI, '')
      .split('\n')
      .map((line) => displayWidth(line)),
  );
}
const width = visibleWidth;

/**
 * The narrowest a header can be on at most two lines, broken at a space.
 *
 * @example headerWidth('After-sales inquiries') // 11
 */
export function headerWidth(header: string): number {
  return width(splitHeader(header));
}

/**
 * A header on two lines where that makes it narrower: broken at a space, or (Chinese, no
 * spaces) between two characters; its colour, if any, kept on both lines.
 *
 * @example splitHeader('After-sales inquiries') // 'After-sales\ninquiries'
 */
export function splitHeader(header: string): string {
  const text = header.replace(ANSI, '');
  const spaced = text.includes(' ');
  // Short Chinese words (客服人数) read better whole.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
  if (!spaced && (!/[^\x00-\x7f]/.test(text) || [...text].length < 5)) return header;
  const parts = spaced ? text.split(' ') : [...text];
  const join = (list: string[]) => list.join(spaced ? ' ' : '');
  let best = { width: width(text), at: 0 };
  for (let i = 1; i < parts.length; i++) {
    const w = Math.max(width(join(parts.slice(0, i))), width(join(parts.slice(i))));
    if (w < best.width) best = { width: w, at: i };
  }
  if (best.at === 0) return header;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes start with ESC (\u001b)
  const prefix = /^(\u001b\[[0-9;]*m)*/.exec(header)?.[0] ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes start with ESC (\u001b)
  const suffix = /(\u001b\[[0-9;]*m)*$/.exec(header)?.[0] ?? '';
  return [join(parts.slice(0, best.at)), join(parts.slice(best.at))]
    .map((line) => `${prefix}${line}${suffix}`)
    .join('\n');
}

export interface TableOptions {
  align?: ('left' | 'right')[];
  /** Terminal columns to fit (default: the terminal's). */
  columns?: number;
  /** How much each column matters: the lowest go first when the table is too wide (default: none go). */
  priority?: number[];
  /** A column whose text wraps to fit (e.g. a message), instead of columns going. */
  wrap?: number;
  /** Show every column at full width, however wide (--wide). */
  wide?: boolean;
  /** Language of the line naming the hidden columns. */
  lang?: Lang;
}

/**
 * Renders rows as a boxed table that fits the terminal: headers wrap onto two lines, then the
 * least important columns are left out (a line under the table names them), then the `wrap`
 * column's text wraps. The first row may be styled as the header by the caller.
 */
export async function renderTable(head: string[], rows: string[][], options: TableOptions = {}): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const limit = options.columns ?? terminalColumns();
  const total = (kept: readonly number[], widths: readonly number[]) =>
    kept.reduce((sum, i) => sum + (widths[i] ?? 0), 0) + kept.length + 1;
  // Each column's width: its widest cell or its header, plus padding; when that is too wide,
  // headers go onto two lines first.
  const cells = head.map((_, i) => Math.max(0, ...rows.map((r) => width(r[i] ?? ''))));
  const full = head.map((h, i) => Math.max(width(h), cells[i] ?? 0) + 2);
  const natural =
    options.wide ||
    total(
      full.map((_, i) => i),
      full,
    ) <= limit
      ? full
      : head.map((h, i) => Math.max(headerWidth(h), cells[i] ?? 0) + 2);
  let kept = head.map((_, i) => i);
  const hidden: number[] = [];
  // A column with nothing in it (the date of a one-day estimate) goes first.
  const empty = head.map((_, i) => rows.every((r) => (r[i] ?? '').replace(ANSI, '').trim() === ''));
  const priority = options.priority?.map((p, i) => (empty[i] && rows.length > 0 ? -Infinity : p));
  if (!options.wide && priority) {
    while (total(kept, natural) > limit && kept.length > 1) {
      const drop = kept
        .filter((i) => i !== options.wrap)
        .reduce<number | undefined>(
          (lowest, i) => (lowest === undefined || (priority[i] ?? 0) < (priority[lowest] ?? 0) ? i : lowest),
          undefined,
        );
      if (drop === undefined || (priority[drop] ?? 0) === Infinity) break;
      kept = kept.filter((i) => i !== drop);
      hidden.push(drop);
    }
  }
  const widths = [...natural];
  const wrap = options.wrap;
  if (!options.wide && wrap !== undefined && kept.includes(wrap) && total(kept, widths) > limit) {
    widths[wrap] = Math.max(12, (widths[wrap] ?? 0) - (total(kept, widths) - limit));
  }
  const table = new Table({
    // A header wider than its column goes onto two lines (cli-table3 would cut Chinese short).
    head: kept.map((i) => (width(head[i] ?? '') + 2 > (widths[i] ?? 0) ? splitHeader(head[i] ?? '') : (head[i] ?? ''))),
    style: { head: [], border: [] },
    // No rule between body rows: long rosters stay readable.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: kept.map((i) => widths[i] ?? 3),
    wordWrap: true,
    ...(options.align ? { colAligns: kept.map((i) => options.align?.[i] ?? 'left') } : {}),
  });
  table.push(...rows.map((r) => kept.map((i) => r[i] ?? '')));
  const text = table.toString();
  // Empty columns go without a word; the others are named.
  const named = hidden.filter((i) => !empty[i]);
  if (named.length === 0) return text;
  const names = named
    .sort((a, b) => a - b)
    .map((i) => (head[i] ?? '').replace(ANSI, ''))
    .join(', ');
  return `${text}\n${wrapToWidth(t(options.lang ?? 'en', 'table.hidden', { names, columns: limit }), limit).join('\n')}`;
}

/** The renderings of one result; each is produced only when asked for. */
export interface Renderings {
  table: () => Promise<string>;
  csv: () => Promise<string>;
  json: () => unknown;
  /** The result as an Excel workbook, for `--out FILE.xlsx` (commands that have one). */
  workbook?: () => Promise<Uint8Array>;
}

/**
 * Prints a result in the chosen format, or writes it atomically to `--out`. CSV goes out in
 * --encoding (UTF-8 by default), files with a BOM for Excel, stdout without.
 *
 * @param inputs files read by this run, which `--out` must not overwrite
 * @returns the format used and the file written, if any
 */
export async function emit(
  command: Command,
  ctx: RunContext,
  renderings: Renderings,
  inputs: readonly (string | undefined)[],
): Promise<{ format: OutputFormat; file?: string }> {
  const opts = command.opts<{ format?: string; out?: string }>();
  if (opts.out && opts.format === undefined && renderings.workbook && opts.out.toLowerCase().endsWith('.xlsx')) {
    await writeFileAtomic(opts.out, await renderings.workbook(), { inputs: [...inputs, ctx.configFile] });
    return { format: 'table', file: opts.out };
  }
  const format = chooseFormat(opts.format, opts.out);
  const content =
    format === 'table'
      ? `${await renderings.table()}\n`
      : format === 'csv'
        ? await renderings.csv()
        : `${JSON.stringify(renderings.json(), null, 2)}\n`;
  const encoding = format === 'csv' ? ctx.encoding : undefined;
  if (opts.out && opts.out !== '-') {
    const bytes = await encodeText(content, { ...(encoding ? { encoding } : {}), bom: format === 'csv' });
    await writeFileAtomic(opts.out, bytes, { inputs: [...inputs, ctx.configFile] });
    return { format, file: opts.out };
  }
  process.stdout.write(encoding ? await encodeText(content, { encoding, bom: false }) : content);
  return { format };
}
