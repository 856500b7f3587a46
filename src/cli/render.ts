/**
 * Terminal rendering: numbers for people, tables, output routing. Loaded by commands only.
 */
import type { Command } from 'commander';
import { chooseFormat, encodeText, writeFileAtomic, type OutputFormat } from '../io/output.js';
import type { RunContext } from './options.js';

export { displayWidth } from '../io/values.js';

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
  if (text.includes('e')) return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
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

/** Renders rows as a boxed table; the first row may be styled as the header by the caller. */
export async function renderTable(
  head: string[],
  rows: string[][],
  { align }: { align?: ('left' | 'right')[] } = {},
): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head,
    style: { head: [], border: [] },
    // No rule between body rows: long rosters stay readable.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    ...(align ? { colAligns: align } : {}),
  });
  table.push(...rows);
  return table.toString();
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
