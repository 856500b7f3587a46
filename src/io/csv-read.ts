/**
 * Reads a CSV file the way spreadsheets and Chinese CS software write them: UTF-8 with or
 * without BOM, UTF-16 with BOM, GB18030/GBK; comma, semicolon or tab; header names in
 * English or Chinese. Rows keep their line numbers so errors can point at them.
 */
import { readFile } from 'node:fs/promises';
import { CsPlanError, type CsPlanNotice } from '../errors.js';
import type { DateOrder } from '../core/time/clock.js';
import { toHalfWidth } from './values.js';

/** How to read input files; set from --encoding and --date-format. */
export interface ReadOptions {
  /** Encoding for input that has no BOM and is not valid UTF-8 (default GB18030), e.g. big5. */
  encoding?: string;
  /** Order of `a/b/yyyy` dates. */
  dateOrder?: DateOrder;
  /** Receives notices (e.g. a skipped totals row). */
  onNotice?: (notice: CsPlanNotice) => void;
  /** The sheet to read from `.xlsx` workbooks (default: the first). */
  sheet?: string;
  /** Header to use when several columns name one field, by field (e.g. inquiries → 接待人数). */
  prefer?: Record<string, string>;
  /** Rows repeating a time: an error (default), or added together (exports split by channel). */
  duplicates?: 'error' | 'sum';
}

/** One column the reader knows: its canonical (English, snake_case) name and its aliases. */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  required?: boolean;
  /** Columns that together stand in for this one when it is missing (sales → sales_low + sales_high). */
  orAll?: readonly string[];
}

export interface CsvRow {
  /** 1-based line number of the row in the file. */
  line: number;
  /** Cells by canonical column name; empty cells are ''. */
  cells: Record<string, string>;
  /** Set when the row has fewer cells than the header has columns (a lost comma or line break). */
  ragged?: { cells: number; columns: number };
}

export interface CsvTable {
  file: string;
  /** Canonical names of the columns present, in file order. */
  columns: string[];
  rows: CsvRow[];
}

export { checkEncoding } from './values.js';

/** Whether bytes are valid UTF-8 containing at least one multi-byte character. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes file bytes: a BOM decides; valid UTF-8 is UTF-8; anything else is read as `fallback`
 * (default GB18030, a superset of GBK, what Chinese Excel writes). UTF-8 is never overridden:
 * multi-byte text that happens to be valid UTF-8 is almost never meant as GBK, and reading it so
 * would garble every name.
 *
 * @example decodeText(Buffer.from([0xc8, 0xd5, 0xc6, 0xda])) // '日期'
 */
export function decodeText(bytes: Uint8Array, fallback = 'gb18030'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(fallback).decode(bytes);
  }
}

/** First cells that mark a spreadsheet's totals row rather than data. */
export const TOTAL_WORDS = ['合计', '总计', '总和', '小计', '汇总', 'total', 'totals', 'grand total', 'sum'] as const;
const TOTALS = new RegExp(`^(${TOTAL_WORDS.join('|')})[:：]?$`, 'i');

/**
 * Guesses the delimiter from the first non-empty line: the most frequent of tab, semicolon
 * and comma outside quotes, comma when none appears.
 *
 * @example sniffDelimiter('日期\t销售额\n') // '\t'
 */
export function sniffDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Normalises a header cell for alias lookup: full-width to ASCII, trimmed, lower case,
 * spaces and hyphens as underscores.
 *
 * @example normaliseHeader(' CS Share ') // 'cs_share'
 */
export function normaliseHeader(cell: string): string {
  return toHalfWidth(cell).trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Builds the lookup from every accepted header spelling to its canonical column name. */
function aliasMap(columns: readonly ColumnSpec[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const column of columns) {
    map.set(normaliseHeader(column.name), column.name);
    for (const alias of column.aliases) map.set(normaliseHeader(alias), column.name);
  }
  return map;
}

/** A parsed record and the line it ends on. */
export interface RawRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Splits CSV text that has no quote character: lines, then cells, trimmed, empty lines skipped.
 * For such text this is exactly what csv-parse does (a property test checks it), several times faster.
 */
export function splitPlain(text: string, delimiter: string): RawRecord[] {
  return [...plainRecords(text, delimiter)];
}

/** {@link splitPlain} one record at a time, without holding every line in memory. */
function* plainRecords(text: string, delimiter: string): Generator<RawRecord> {
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  while (position <= text.length) {
    line += 1;
    let end = position;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end += 1;
    const content = text.slice(position, end);
    // A line of only spaces (no delimiter) is empty, as csv-parse sees it with `trim`.
    if (content.includes(delimiter) || content.trim() !== '') yield { record: content.split(delimiter).map((cell) => cell.trim()), info: { lines: line } };
    if (end >= text.length) break;
    position = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Parses CSV that has quotes with csv-parse, keeping each record's line number. */
async function parseQuoted(text: string, file: string, delimiter: string): Promise<RawRecord[]> {
  const { parse } = await import('csv-parse/sync');
  try {
    const lineOf: number[] = [];
    const parsed = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      on_record: (record: string[], context: { lines: number }) => {
        lineOf.push(context.lines);
        return record;
      },
    });
    return parsed.map((record, index) => ({ record, info: { lines: lineOf[index] ?? 0 } }));
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new CsPlanError('csv.malformed', { reason: (e.message ?? String(error)).replace(/\s+/g, ' ') }, {
      location: { file, ...(e.lines ? { line: e.lines } : {}) },
    });
  }
}

/**
 * Parses CSV text and hands each data row to `visit`, in canonical columns, without keeping
 * the rows: a million-row history needs memory for its result only. Checks the header against
 * `columns` first.
 *
 * @param file the name used in error messages
 * @returns the canonical names of the columns present, in file order
 * @throws CsPlanError for malformed CSV, unknown, duplicate or missing columns, or no data rows
 */
export async function visitCsvRows(
  text: string,
  file: string,
  columns: readonly ColumnSpec[],
  options: ReadOptions,
  visit: (row: CsvRow) => void,
): Promise<string[]> {
  return visitRecords(await splitText(text, file), file, columns, options, visit);
}

/** Splits CSV text into records: csv-parse when it has quotes, the plain splitter otherwise. */
async function splitText(text: string, file: string): Promise<Iterable<RawRecord>> {
  const delimiter = sniffDelimiter(text);
  return text.includes('"') ? parseQuoted(text, file, delimiter) : plainRecords(text, delimiter);
}

/** How many non-empty rows above the header may be titles (an export's name, its date range). */
const TITLE_ROWS = 10;

/**
 * Hands each data row of `records` to `visit` (see {@link visitCsvRows}). The header is the
 * first row naming a known column: rows above it (merged titles in exports) are skipped with a
 * notice; when no row of the first few names one, the first row is the header (and its
 * unknown column the error).
 */
function visitRecords(
  records: Iterable<RawRecord>,
  file: string,
  columns: readonly ColumnSpec[],
  options: ReadOptions,
  visit: (row: CsvRow) => void,
): string[] {
  const aliases = aliasMap(columns);
  const known = columns.map((c) => c.name).join(', ');
  let names: (string | undefined)[] | undefined;
  const above: RawRecord[] = [];
  let rowCount = 0;
  const takeHeader = (header: RawRecord) => {
    const titles = above.slice(0, above.indexOf(header));
    if (titles.length > 0) {
      const first = titles[0];
      options.onNotice?.({ key: 'csv.titleSkipped', params: { count: titles.length, cell: first?.record.find((c) => c.trim() !== '') ?? '' }, location: { file, line: first?.info.lines ?? 0 } });
    }
    names = headerNames(header.record, header.info.lines, file, columns, aliases, known, options);
  };
  const visitData = ({ record, info }: RawRecord, header: (string | undefined)[]) => {
    const first = record.find((cell) => cell.trim() !== '') ?? '';
    if (TOTALS.test(toHalfWidth(first).trim())) {
      options.onNotice?.({ key: 'csv.totalsSkipped', params: { cell: first }, location: { file, line: info.lines } });
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      if (name) cells[name] = record[index] ?? '';
    });
    rowCount += 1;
    // Only a row missing a named column counts as ragged: trailing empty columns are common.
    const lastNamed = header.reduce((last, name, index) => (name ? index : last), -1);
    visit({ line: info.lines, cells, ...(record.length <= lastNamed ? { ragged: { cells: record.length, columns: header.length } } : {}) });
  };
  for (const raw of records) {
    if (!raw.record.some((cell) => cell.trim() !== '')) continue;
    if (names) {
      visitData(raw, names);
      continue;
    }
    above.push(raw);
    if (raw.record.some((cell) => aliases.has(normaliseHeader(cell)))) {
      takeHeader(raw);
    } else if (above.length >= TITLE_ROWS) {
      const [first, ...rest] = above;
      if (first) takeHeader(first);
      for (const row of rest) if (names) visitData(row, names);
    }
  }
  if (!names && above[0]) {
    const [first, ...rest] = above;
    if (first) takeHeader(first);
    for (const row of rest) if (names) visitData(row, names);
  }
  if (!names || rowCount === 0) throw new CsPlanError('csv.empty', {}, { location: { file } });
  return names.filter((n): n is string => n !== undefined);
}

/**
 * Optimal string alignment distance (edits, a swap of neighbours counting one).
 *
 * @example editDistance('conversoin', 'conversion') // 1
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, (rows[i - 2]?.[j - 2] ?? 0) + 1);
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The known column a header is a typo of (`conversoin` → `conversion`), if any. Only headers in
 * Latin letters are compared: two Chinese headers a character apart are usually different
 * columns of an export (咨询人数, 询单人数), not a typo.
 */
function nearMiss(header: string, aliases: ReadonlyMap<string, string>): string | undefined {
  if (!/^[a-z_][a-z0-9_]*$/.test(header)) return undefined;
  let best: { spelling: string; distance: number } | undefined;
  for (const spelling of aliases.keys()) {
    if (!/^[a-z_]/.test(spelling)) continue;
    const distance = editDistance(header, spelling);
    const allowed = spelling.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { spelling, distance };
  }
  return best?.spelling;
}

/**
 * Maps header cells to canonical names. Columns cs-plan does not use are ignored with one notice
 * (a near-miss of a known column stays an error with the suggestion). When several columns name
 * one field (咨询人数 and 接待人数), `options.prefer` or else the order of the column's aliases picks
 * one, and a notice says which. Checks for required columns.
 */
function headerNames(
  header: readonly string[],
  line: number,
  file: string,
  columns: readonly ColumnSpec[],
  aliases: ReadonlyMap<string, string>,
  known: string,
  options: ReadOptions = {},
): (string | undefined)[] {
  const names: (string | undefined)[] = header.map((cell) => (cell.trim() === '' ? undefined : aliases.get(normaliseHeader(cell))));
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    if (cell.trim() === '' || names[index] !== undefined) return;
    const typo = nearMiss(normaliseHeader(cell), aliases);
    if (typo) throw new CsPlanError('csv.unknownColumnTypo', { column: cell, suggestion: typo, known }, { location: { file, line } });
    ignored.push(cell.trim());
  });
  for (const column of columns) {
    const at = names.flatMap((name, index) => (name === column.name ? [index] : []));
    if (at.length < 2) continue;
    const spellings = at.map((index) => normaliseHeader(header[index] ?? ''));
    if (new Set(spellings).size < spellings.length) {
      throw new CsPlanError('csv.duplicateColumn', { column: header[at[1] ?? 0] ?? '' }, { location: { file, line } });
    }
    const wanted = options.prefer?.[column.name];
    const order = [column.name, ...column.aliases].map(normaliseHeader);
    const rank = (index: number) => order.indexOf(normaliseHeader(header[index] ?? ''));
    const chosen = wanted !== undefined
      ? at.find((index) => normaliseHeader(header[index] ?? '') === normaliseHeader(wanted))
      : [...at].sort((a, b) => rank(a) - rank(b))[0];
    if (chosen === undefined) {
      throw new CsPlanError('csv.preferMissing', { column: wanted ?? '', candidates: at.map((index) => header[index]).join(', ') }, { location: { file, line } });
    }
    for (const index of at) if (index !== chosen) names[index] = undefined;
    options.onNotice?.({
      key: column.name === 'inquiries' ? 'csv.columnChosen.inquiries' : 'csv.columnChosen',
      params: { used: header[chosen] ?? '', field: column.name, others: at.filter((i) => i !== chosen).map((i) => header[i]).join(', ') },
      location: { file, line },
    });
  }
  if (ignored.length > 0) options.onNotice?.({ key: 'csv.ignoredColumns', params: { columns: ignored.join(', ') }, location: { file, line } });
  for (const column of columns) {
    if (column.required && !names.includes(column.name) && !column.orAll?.every((other) => names.includes(other))) {
      const instead = column.orAll ? ` / ${column.orAll.join(' + ')}` : '';
      throw new CsPlanError('csv.missingColumn', { column: column.name, aliases: `${[column.name, ...column.aliases].join(' / ')}${instead}` }, { location: { file, line } });
    }
  }
  return names;
}

/**
 * Parses CSV text into rows of canonical columns (see {@link visitCsvRows}).
 */
export async function parseCsvTable(text: string, file: string, columns: readonly ColumnSpec[], options: ReadOptions = {}): Promise<CsvTable> {
  const rows: CsvRow[] = [];
  const present = await visitCsvRows(text, file, columns, options, (row) => rows.push(row));
  return { file, columns: present, rows };
}

/**
 * Reads a file's rows: text decoded (see {@link decodeText}) and split as CSV, or one sheet of an
 * `.xlsx` workbook (see {@link ReadOptions.sheet}); other binary files are refused by what they are.
 *
 * @throws CsPlanError `csv.unreadable` when the file cannot be read, `file.*` for a binary file
 */
export async function readRecords(file: string, options: ReadOptions): Promise<Iterable<RawRecord>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new CsPlanError('csv.unreadable', { reason: e.code ?? e.message }, { location: { file } });
  }
  const { fileKind, readSheet, unreadableKind } = await import('./workbook-read.js');
  const kind = fileKind(bytes);
  if (kind === 'xlsx') return readSheet(bytes, file, options.sheet);
  if (kind !== 'text') throw unreadableKind(kind, file);
  if (options.encoding && !/^utf-?8$/i.test(options.encoding) && looksLikeUtf8(bytes)) {
    options.onNotice?.({ key: 'csv.utf8Kept', params: { encoding: options.encoding }, location: { file } });
  }
  return splitText(decodeText(bytes, options.encoding), file);
}

/**
 * Reads and parses a CSV file or workbook sheet into rows of canonical columns (see {@link visitCsvRows}).
 *
 * @throws CsPlanError `csv.unreadable` when the file cannot be read
 */
export async function readCsvTable(file: string, columns: readonly ColumnSpec[], options: ReadOptions = {}): Promise<CsvTable> {
  return tableOf(await readRecords(file, options), file, columns, options);
}

/** The rows of already-read records (see {@link readRecords}) in canonical columns. */
export function tableOf(records: Iterable<RawRecord>, file: string, columns: readonly ColumnSpec[], options: ReadOptions = {}): CsvTable {
  const rows: CsvRow[] = [];
  const present = visitRecords(records, file, columns, options, (row) => rows.push(row));
  return { file, columns: present, rows };
}

/**
 * Reads a CSV file or workbook sheet row by row (see {@link visitCsvRows}), for files too large to hold as a table.
 *
 * @returns the canonical names of the columns present
 */
export async function visitCsvFile(file: string, columns: readonly ColumnSpec[], options: ReadOptions, visit: (row: CsvRow) => void): Promise<string[]> {
  return visitRecords(await readRecords(file, options), file, columns, options, visit);
}
