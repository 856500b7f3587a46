import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir } from './helpers.js';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: the spreadsheet round-trip test is skipped (apt-get install libreoffice-calc to run it)');

function convert(dir: string, args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, ...args], { stdio: 'ignore', timeout: 120_000 });
}

describe.runIf(soffice)('a real spreadsheet program opens what cs-plan writes', () => {
  it('LibreOffice round-trips shifts.csv with Chinese names, real date cells, numbers, and inert formulas', async () => {
    const dir = tempDir();
    const staff = join(dir, 'staff.csv');
    writeFileSync(staff, 'name\n小王\n李雷\n=cmd|calc\n');
    const shifts = join(dir, 'shifts.csv');
    const result = await run(['roster', '--sales', '1000000', '--date', '2026-11-10', '--cs-share', '30%', '--aov', '200', '--conversion', '50%',
      '--capacity', '200', '--history', 'examples/double11/history.csv', '--profile', 'average', '--staff', staff, '--out', shifts, '--format', 'json']);
    expect(result.code).toBe(0);
    // UTF-8 is what LibreOffice's text-import dialog detects from our BOM; headless conversion
    // would otherwise assume the system's legacy charset, so the test names it.
    convert(dir, ['--infilter=CSV:44,34,76', '--convert-to', 'ods', shifts, '--outdir', join(dir, 'ods')]);
    convert(dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', join(dir, 'ods', 'shifts.ods'), '--outdir', join(dir, 'back')]);
    const original = parse(readFileSync(shifts, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const back = parse(readFileSync(join(dir, 'back', 'shifts.csv'), 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(back.map((r) => r.agent)).toEqual(original.map((r) => r.agent));
    expect(back.some((r) => r.agent === '小王')).toBe(true);
    expect(back.some((r) => r.agent === "'=cmd|calc")).toBe(true); // shown as text, never run
    // The spreadsheet recognised start and end as date-times (it re-formats them with seconds) and hours as numbers.
    expect(back.map((r) => r.start)).toEqual(original.map((r) => `${r.start}:00`));
    expect(back.map((r) => Number(r.hours))).toEqual(original.map((r) => Number(r.hours)));
  });

  it('LibreOffice opens roster.xlsx: it prints to PDF, and its grid sheet saved as CSV equals grid.csv', async () => {
    const dir = tempDir();
    const workbook = join(dir, 'roster.xlsx');
    const grid = join(dir, 'grid.csv');
    const result = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv',
      '--config', 'examples/everyday/cs-plan.config.json', '--out', workbook, '--grid', grid, '--format', 'json']);
    expect(result.code).toBe(0);
    convert(dir, ['--convert-to', 'pdf', workbook, '--outdir', join(dir, 'pdf')]);
    const pdf = readFileSync(join(dir, 'pdf', 'roster.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape pages (842 × 595 pt).
    expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+/);
    // Sheet 1 (the grid) as UTF-8 CSV, cells as shown.
    convert(dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', workbook, '--outdir', join(dir, 'csv')]);
    const sheet = readFileSync(join(dir, 'csv', 'roster-Roster.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n');
    const expected = readFileSync(grid, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(sheet.slice(0, expected.length)).toEqual(expected);
    // Below the grid: a blank row, then the daily totals.
    expect(sheet[expected.length]).toMatch(/^,*$/);
    expect(sheet[expected.length + 1]).toMatch(/^Total · /);
  }, 180_000);
});
