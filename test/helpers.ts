import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { CsPlanError } from '../src/errors.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'cs-plan.js');

/** Every TypeScript source file under `dir`, tests left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with no terminal and no colour. */
export function run(args: string[], { cwd = ROOT, env = {}, stdin = '' }: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cs-plan-test-'));
}

/** Writes `content` (text or bytes) into `dir/name` and returns the path. */
export function writeFixture(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Runs the CLI inside a pseudo-terminal (util-linux `script`) and answers each prompt when
 * its text appears on the screen, as a person typing would.
 */
export function runInTerminal(args: string[], answers: [RegExp, string][], env: Record<string, string> = {}, cwd = ROOT): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', TERM: 'xterm', ...env },
    });
    let screen = '';
    let next = 0;
    let answeredUpTo = 0; // screen text before this index was seen before the last answer
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      const answer = answers[next];
      if (answer?.[0].test(screen.slice(answeredUpTo))) {
        next += 1;
        answeredUpTo = screen.length;
        setTimeout(() => child.stdin.write(`${answer[1]}\r`), 100);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
    setTimeout(() => child.kill(), 20_000);
  });
}


/** A CSV file cs-plan wrote, as records by column name (the BOM for Excel removed). */
export function readCsvFile(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

/**
 * Converts a CSV file to an .xlsx workbook as a person saving it from Excel would get it: numbers
 * as number cells, `YYYY-MM-DD[ HH:mm]` as date cells, everything else as text; optionally a merged
 * title row above the header, as exports have.
 */
export async function csvToXlsx(csvPath: string, xlsxPath: string, { title, sheet = 'Sheet1' }: { title?: string; sheet?: string } = {}): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const rows = parse(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  if (title) {
    worksheet.addRow([title]);
    worksheet.mergeCells(1, 1, 1, Math.max(2, rows[0]?.length ?? 2));
  }
  for (const row of rows) {
    worksheet.addRow(row.map((cell) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(cell);
      if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
      return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    }));
  }
  await workbook.xlsx.writeFile(xlsxPath);
  return xlsxPath;
}

/** The CsPlanError a call throws; fails the test when it throws none (another error is rethrown). */
export function thrown(call: () => unknown): CsPlanError {
  try {
    call();
  } catch (error) {
    if (error instanceof CsPlanError) return error;
    throw error;
  }
  throw new Error('expected a CsPlanError');
}
