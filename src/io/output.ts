/**
 * Writing results: CSV text for spreadsheets, and files written atomically (a temporary
 * file in the same folder, renamed into place) so an interrupted run never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CsPlanError } from '../errors.js';

/** Excel needs a byte-order mark to read UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (CSV injection) by
 * prefixing a quote. Numbers are left alone, so they stay numbers.
 *
 * @example neutraliseFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Serialises records as CSV with a header line, in the given column order.
 *
 * @example toCsv(['a', 'b'], [{ a: 1, b: 'x' }]) // 'a,b\n1,x\n'
 */
export async function toCsv(columns: readonly string[], records: readonly Record<string, CsvCell>[]): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const rows = records.map((record) =>
    columns.map((column) => {
      const cell = record[column];
      if (cell === null || cell === undefined) return '';
      return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
    }),
  );
  return stringify([columns as string[], ...rows], { record_delimiter: '\n' });
}

/**
 * Encodes CSV text for a file or stdout: UTF-8 with a BOM for files (Excel needs it to show
 * Chinese), or GBK/GB18030 for old Excel, or UTF-16LE with a BOM; stdout gets no BOM.
 *
 * @param encoding a label accepted by --encoding; undefined for UTF-8
 */
export async function encodeText(
  text: string,
  { encoding, bom }: { encoding?: string; bom: boolean },
): Promise<Uint8Array> {
  const label = (encoding ?? 'utf-8').toLowerCase().replace(/_/g, '-');
  if (label === 'utf-8' || label === 'utf8') return new TextEncoder().encode((bom ? UTF8_BOM : '') + text);
  const { default: iconv } = await import('iconv-lite');
  if (!iconv.encodingExists(label)) {
    throw new CsPlanError('value.unknownEncoding', {}, { location: { option: '--encoding', value: encoding ?? '' } });
  }
  // GBK has no byte-order mark; UTF-16 needs one.
  return iconv.encode(text, label, { addBOM: bom && label.startsWith('utf') });
}

/** Output formats a command can print. */
export type OutputFormat = 'table' | 'csv' | 'json';

/**
 * Decides the output format: an explicit `--format` wins, then the extension of `--out`,
 * then the table.
 *
 * @throws CsPlanError when `--out` has an extension cs-plan does not write and no format was given
 */
export function chooseFormat(explicit: string | undefined, out: string | undefined): OutputFormat {
  if (explicit !== undefined) return explicit as OutputFormat;
  if (out === undefined || out === '-') return out === '-' ? 'csv' : 'table';
  const ext = out.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'txt') return 'table';
  throw new CsPlanError('options.unknownFormatExt', {}, { location: { option: '--out', value: out } });
}

/**
 * Checks that `path` can take an output: not an input file of the run, not a folder, in a folder
 * that exists. Call it for every output before writing the first, so a run that cannot write one
 * of its files writes none.
 *
 * @throws CsPlanError naming the option and the path
 */
export async function checkOutputPath(
  path: string,
  { inputs = [], option = '--out' }: { inputs?: readonly (string | undefined)[]; option?: string } = {},
): Promise<void> {
  const target = resolve(path);
  const where = { option, value: path };
  if (inputs.some((input) => input !== undefined && resolve(input) === target)) {
    throw new CsPlanError('options.outIsInput', { file: path }, { location: where });
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new CsPlanError('options.outIsDirectory', { example: join(path, 'result.csv') }, { location: where });
  }
  const folderStat = await stat(dirname(target)).catch(() => undefined);
  if (!folderStat?.isDirectory()) {
    throw new CsPlanError('options.outFolderMissing', { folder: dirname(path) }, { location: where });
  }
}

/**
 * Writes `content` to `path` atomically: temporary file in the same folder, then rename.
 * Refuses to write over an input file of the run or onto a folder.
 *
 * @param inputs the paths of every file this run read
 * @param option the flag that named the path, for error messages
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  { inputs = [], option = '--out' }: { inputs?: readonly (string | undefined)[]; option?: string } = {},
): Promise<void> {
  await checkOutputPath(path, { inputs, option });
  const target = resolve(path);
  const where = { option, value: path };
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const e = error as NodeJS.ErrnoException;
    throw new CsPlanError('options.writeFailed', { reason: e.code ?? e.message }, { location: where });
  }
}

/** One file a command writes besides its printed result: the flag that named it and how to make it. */
export interface PlannedOutput {
  key: string;
  file: string;
  option: string;
  content: () => Promise<string | Uint8Array>;
}

/**
 * Writes several outputs so that a run that fails on one writes none: every path is checked
 * and every content made before the first file is written.
 *
 * @param inputs the files this run read, which no output may overwrite
 * @returns the file written under each output's key
 */
export async function writeOutputs(
  outputs: readonly PlannedOutput[],
  inputs: readonly (string | undefined)[],
): Promise<Record<string, string>> {
  const guard = (o: PlannedOutput) => ({
    inputs: [...inputs, ...outputs.filter((other) => other !== o).map((other) => other.file)],
    option: o.option,
  });
  for (const o of outputs) await checkOutputPath(o.file, guard(o));
  const contents = await Promise.all(outputs.map((o) => o.content()));
  const files: Record<string, string> = {};
  for (const [i, o] of outputs.entries()) {
    await writeFileAtomic(o.file, contents[i] ?? '', guard(o));
    files[o.key] = o.file;
  }
  return files;
}
