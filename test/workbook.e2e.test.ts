/**
 * The 排班表 and Excel workbooks through the real command line: the grid out (CSV, workbook,
 * terminal), the grid back in through check, and every input file of the examples as .xlsx.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToXlsx, readCsvFile, run, tempDir } from './helpers.js';

const EVERYDAY = ['--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv', '--config', 'examples/everyday/cs-plan.config.json'];
const DOUBLE11 = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'examples/double11/cs-plan.config.json', '--shifts', 'examples/double11/shifts.csv'];
/** check with the everyday example's rules, staff and demand. */
const CHECK_RULES = ['--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv', '--config', 'examples/everyday/cs-plan.config.json', '--demand', 'examples/everyday/demand.csv', '--format', 'json'];

interface CheckJson {
  format: string;
  ok: boolean;
  rows: number;
  people: number;
  violations: { line: number | null; cell: string | null; agent: string; rule: string; from: string | null; to: string | null; message: string }[];
}

async function readWorkbook(path: string) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Replaces every input file named in `args` (after the flags in `flags`) by an .xlsx copy; history gets a merged title row. */
async function asXlsx(args: string[], dir: string, flags: string[]): Promise<string[]> {
  const out = [...args];
  for (const flag of flags) {
    const i = out.indexOf(flag);
    const csv = out[i + 1];
    if (i < 0 || !csv) throw new Error(`no ${flag}`);
    const name = csv.split('/').pop()?.replace(/\.csv$/, '.xlsx') ?? 'x.xlsx';
    out[i + 1] = await csvToXlsx(csv, join(dir, `${flag.slice(2)}-${name}`), flag === '--history' || flag === '--demand' ? { title: '2025 年 咨询数据 (导出)' } : {});
  }
  return out;
}

describe('the 排班表 grid and workbooks (built CLI)', () => {
  const dir = tempDir();
  const shifts = join(dir, 'shifts.csv');
  const grid = join(dir, 'grid.csv');
  const workbook = join(dir, 'roster.xlsx');

  it('roster --out roster.xlsx --grid grid.csv: the grid, the shift list with pattern names, coverage and summary sheets', async () => {
    const result = await run(['roster', ...EVERYDAY, '--out', workbook, '--grid', grid, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await run(['roster', ...EVERYDAY, '--out', shifts, '--format', 'json'])).code).toBe(0);
    const list = readCsvFile(shifts);
    expect(Object.keys(list[0] ?? {}).at(-1)).toBe('pattern');
    expect(new Set(list.map((s) => s.pattern))).toEqual(new Set(['白班', '半白班', '晚班']));

    // grid.csv: the machine header, one row per person, the pattern (with its break) or 休 in each cell.
    const rows = readCsvFile(grid);
    const header = Object.keys(rows[0] ?? {});
    expect(header[0]).toBe('agent');
    expect(header.slice(1, 4)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(header.slice(-2)).toEqual(['shifts', 'hours']);
    expect(header).toHaveLength(1 + 31 + 2);
    expect(rows.map((r) => r.agent)).toEqual([...new Set(list.map((s) => s.agent))]);
    for (const s of list) {
      const cell = rows.find((r) => r.agent === s.agent)?.[s.date!];
      const label = s.break_start ? `${s.pattern} (${s.break_start!.slice(11)}-${s.break_end!.slice(11)})` : s.pattern;
      expect(cell).toBe(label);
    }
    for (const r of rows) {
      const mine = list.filter((s) => s.agent === r.agent);
      expect(Number(r.shifts)).toBe(mine.length);
      expect(Number(r.hours)).toBeCloseTo(mine.reduce((sum, s) => sum + Number(s.hours), 0), 6);
      expect(header.slice(1, -2).filter((d) => r[d] === '休')).toHaveLength(31 - mine.length);
    }

    // The workbook: the grid sheet first (the same cells as grid.csv), then the other sheets.
    const book = await readWorkbook(workbook);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Roster', 'Shifts', 'Coverage', 'Summary']);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' });
    rows.forEach((r, i) => {
      const cells = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(cells.map(String)).toEqual(header.map((h) => r[h]));
    });
    // 休 is greyed; each pattern has its own fill; the footer counts people per pattern and in all.
    const fillOf = (text: string) => {
      for (let r = 2; r <= rows.length + 1; r++) {
        for (let c = 2; c <= 32; c++) {
          const cell = sheet.getRow(r).getCell(c);
          if (String(cell.value).split(' ')[0] === text) return JSON.stringify(cell.fill);
        }
      }
      return undefined;
    };
    expect(new Set([fillOf('休'), fillOf('白班'), fillOf('晚班'), fillOf('半白班')]).size).toBe(4);
    const totals = (sheet.getColumn(1).values as unknown[]).map(String);
    expect(totals).toContain('Total · 白班');
    const totalRow = sheet.getRow(totals.indexOf('Total'));
    expect(Number(totalRow.getCell(2).value)).toBe(rows.filter((r) => r['2026-12-01'] !== '休').length);
    const shiftSheet = book.getWorksheet('Shifts')!;
    expect((shiftSheet.getRow(1).values as unknown[]).slice(1)).toEqual(Object.keys(list[0] ?? {}));
    expect(shiftSheet.getRow(2).getCell(3).value).toBeInstanceOf(Date); // start is a real date-time cell
    expect(shiftSheet.getRow(2).getCell(5).value).toBe(Number(list[0]?.hours));
  }, 90_000);

  it('check gives the same verdict on the grid (CSV and workbook, English and Chinese headers) as on the long list', async () => {
    // The Chinese workbook shows 姓名 and 12-07 周一 above its columns and keeps real dates beneath.
    const zh = join(dir, 'roster-zh.xlsx');
    expect((await run(['roster', ...EVERYDAY, '--out', zh, '--lang', 'zh', '--format', 'json'])).code).toBe(0);
    const zhSheet = (await readWorkbook(zh)).worksheets[0]!;
    expect(zhSheet.name).toBe('排班表');
    expect(zhSheet.getCell('A1').value).toBe('姓名');
    expect(zhSheet.getCell('H1').value).toEqual(new Date(Date.UTC(2026, 11, 7)));
    expect(zhSheet.getCell('H1').numFmt).toBe('mm-dd" 周一"');
    const zhVerdict = JSON.parse((await run(['check', zh, ...CHECK_RULES])).stdout) as CheckJson;
    const verdicts = await Promise.all([shifts, grid, workbook].map(async (file) => JSON.parse((await run(['check', file, ...CHECK_RULES])).stdout) as CheckJson));
    expect(verdicts.map((v) => v.format)).toEqual(['list', 'grid', 'grid']);
    const people = new Set(readCsvFile(shifts).map((r) => r.agent)).size;
    expect(zhVerdict).toMatchObject({ format: 'grid', ok: true, people });
    for (const v of verdicts) expect({ ok: v.ok, rows: v.rows, people: v.people, violations: v.violations }).toEqual({ ok: true, rows: verdicts[0]?.rows, people, violations: [] });
    // With a tighter rule the same violations appear in all three, named by line or by cell.
    const tight = await Promise.all([shifts, grid, workbook].map(async (file) => JSON.parse((await run(['check', file, ...CHECK_RULES, '--max-consecutive-days', '3'])).stdout) as CheckJson));
    const key = (v: CheckJson) => v.violations.map((x) => `${x.agent} ${x.rule} ${x.from} ${x.to}`).sort();
    expect(key(tight[0]!).length).toBeGreaterThan(0);
    expect(key(tight[1]!)).toEqual(key(tight[0]!));
    expect(key(tight[2]!)).toEqual(key(tight[0]!));
    expect(tight[1]?.violations.every((v) => /^[A-Z]+\d+$/.test(v.cell ?? ''))).toBe(true);
  }, 60_000);

  it('check finds violations planted in a hand-edited grid and names the cell', async () => {
    const rows = readCsvFile(grid);
    const header = Object.keys(rows[0] ?? {});
    const first = rows[0]!;
    // A 13-hour day, on 12-02 (column C, the first person's row 2).
    first['2026-12-02'] = '08:00-21:00';
    // A full week (Mon 12-07 … Sun 12-13, columns H–N) without 休 for the second person, with a
    // day off either side, so the stretch without a day off is exactly that week.
    const second = rows[1]!;
    for (const d of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']) second[d] = '白班';
    second['2026-12-06'] = '休';
    second['2026-12-14'] = '休';
    // A shift name nobody defined, and a cell that is neither times nor a name.
    first['2026-12-20'] = '早班';
    first['2026-12-21'] = '9点到18点';
    const edited = join(dir, 'edited.csv');
    const quote = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    writeFileSync(edited, `${[header.join(','), ...rows.map((r) => header.map((h) => quote(r[h] ?? '')).join(','))].join('\n')}\n`);
    const result = await run(['check', edited, '--shifts', 'examples/everyday/shifts.csv', '--config', 'examples/everyday/cs-plan.config.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const v = (JSON.parse(result.stdout) as CheckJson).violations;
    expect(v.find((x) => x.rule === 'max_duty')).toMatchObject({ agent: first.agent, cell: 'C2', line: 2 });
    expect(v.find((x) => x.rule === 'days_off')).toMatchObject({ agent: second.agent, from: '2026-12-07 00:00', to: '2026-12-14 00:00' });
    expect(v.find((x) => x.rule === 'days_off')?.cell).toMatch(/^[H-N]3$/);
    expect(v.find((x) => x.rule === 'unknown_pattern')).toMatchObject({ cell: 'U2' });
    expect(v.find((x) => x.rule === 'unknown_pattern')?.message).toContain('早班');
    expect(v.find((x) => x.rule === 'malformed')).toMatchObject({ cell: 'V2' });
    // The table names cells too.
    const table = await run(['check', edited, '--shifts', 'examples/everyday/shifts.csv', '--config', 'examples/everyday/cs-plan.config.json']);
    expect(table.stdout).toMatch(/│ C2 +│/);
    // Without --shifts a grid of shift names is one usage error, not a violation per cell.
    const noShifts = await run(['check', grid]);
    expect(noShifts.code).toBe(2);
    expect(noShifts.stderr.trim().split('\n')).toHaveLength(1);
    expect(noShifts.stderr).toContain('--shifts');
  }, 60_000);

  it('a run that cannot write one of its files writes none of them', async () => {
    const input = join(dir, 'forecast-copy.csv');
    writeFileSync(input, readFileSync('examples/double11/forecast.csv'));
    const gridOut = join(dir, 'not-written.xlsx');
    const coverage = join(dir, 'not-written.csv');
    const result = await run(['roster', '--forecast', input, '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json',
      '--grid', gridOut, '--coverage', coverage, '--out', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/would overwrite the input file/);
    expect(existsSync(gridOut) || existsSync(coverage)).toBe(false);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync('examples/double11/forecast.csv', 'utf8'));
    // check: a report that cannot be written stops the run before --out is written.
    const checkOut = join(dir, 'violations.csv');
    const check = await run(['check', 'test/fixtures/check/overlap.csv', '--out', checkOut, '--report', join(dir, 'no-such-folder', 'r.html')]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('--report');
    expect(existsSync(checkOut)).toBe(false);
    const badExt = await run(['roster', '--forecast', input, '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json', '--grid', join(dir, 'grid.json')]);
    expect(badExt.code).toBe(2);
    expect(badExt.stderr.trim()).toMatch(/--grid, value ".*grid\.json": must end in \.csv or \.xlsx/);
  }, 60_000);

  it('--format grid prints the grid a week at a time within the terminal width', async () => {
    const result = await run(['roster', ...EVERYDAY, '--format', 'grid'], { env: { COLUMNS: '100' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const width = (text: string) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(100);
    expect(lines.filter((l) => l.startsWith('agent'))).toHaveLength(lines.filter((l) => l.startsWith('Total')).length);
    expect(lines.some((l) => l.includes('12-07 Mon'))).toBe(true);
    expect(lines.find((l) => l.startsWith('agent') && l.includes('12-07 Mon'))?.indexOf('12-07 Mon')).toBeLessThan(20); // a new block starts on Monday
    const zh = await run(['roster', ...EVERYDAY, '--format', 'grid', '--lang', 'zh'], { env: { COLUMNS: '100' } });
    expect(zh.stdout).toContain('12-07 周一');
    expect(zh.stdout).toContain('合计');
  }, 60_000);

  it('every input file of the examples works as .xlsx, with the same results byte for byte', async () => {
    const pairs: [string[], string[]][] = [
      [['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--format', 'csv'], ['--forecast']],
      [['roster', ...DOUBLE11, '--format', 'csv'], ['--forecast', '--history', '--shifts']],
      [['roster', ...EVERYDAY, '--format', 'csv'], ['--demand', '--shifts', '--staff']],
      [['check', 'test/fixtures/check/staff-rules.csv', '--staff', 'test/fixtures/check/staff.csv', '--format', 'csv'], ['--staff']],
    ];
    for (const [args, flags] of pairs) {
      const [csv, xlsx] = await Promise.all([run(args), run(await asXlsx(args, dir, flags))]);
      expect(xlsx.code).toBe(csv.code);
      expect(xlsx.stdout).toBe(csv.stdout);
      expect(xlsx.stdout.length).toBeGreaterThan(50);
      expect(xlsx.stderr.replace(/^note: .*title row.*\n/gm, '')).toBe(csv.stderr);
    }
    // The title row above the header is skipped with a notice.
    const history = await run(await asXlsx(['roster', ...DOUBLE11, '--format', 'json'], dir, ['--history']));
    expect(history.stderr).toMatch(/note: .*history-history\.xlsx:1: skipped 1 title row\(s\) above the header \("2025 年 咨询数据/);
    // check reads an .xlsx list of shifts as well.
    const list = await csvToXlsx('test/fixtures/check/staff-rules.csv', join(dir, 'staff-rules.xlsx'));
    const [a, b] = await Promise.all([run(['check', 'test/fixtures/check/staff-rules.csv', '--format', 'csv']), run(['check', list, '--format', 'csv'])]);
    expect(b.stdout).toBe(a.stdout);
  }, 120_000);

  it('--sheet picks a sheet; a missing sheet and files that are not CSV or .xlsx get one clear line, exit 2', async () => {
    const forecast = await csvToXlsx('examples/double11/forecast.csv', join(dir, 'forecast.xlsx'), { sheet: '预测' });
    const base = ['estimate', '--forecast', forecast, '--config', 'examples/double11/cs-plan.config.json', '--format', 'csv'];
    expect((await run([...base, '--sheet', '预测'])).code).toBe(0);
    const missing = await run([...base, '--sheet', 'Sheet9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`error: ${forecast}, --sheet, value "Sheet9": has no sheet "Sheet9"; its sheets are: 预测`);
    const cases: [string, Uint8Array, RegExp][] = [
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 3, 0, 0xfe, 0xff]), /Excel 97–2003 \(\.xls\) or WPS \(\.et\).*另存为 \.xlsx 或 CSV/],
      ['sheet.numbers', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('Index/Document.iwa')]), /Apple Numbers/],
      ['report.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), /is a PDF/],
      ['photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /not a text \(CSV\) file or an \.xlsx workbook/],
      ['broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('xl/workbook.xml'), 0, 0, 0]), /cannot be opened as an \.xlsx workbook/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      for (const args of [['estimate', '--forecast', file], ['check', file], ['roster', '--demand', file, '--hourly-capacity', '10']]) {
        const result = await run([...args, '--no-input']);
        expect(result.code, `${name} ${args[0]}`).toBe(2);
        const lines = result.stderr.trim().split('\n');
        expect(lines, `${name} ${args[0]}`).toHaveLength(1);
        expect(lines[0]).toMatch(message);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: no control characters may reach the message
        expect(lines[0]).not.toMatch(/[\u0000-\u0008\ufffd]/);
      }
    }
  }, 60_000);

  it('estimate --out estimate.xlsx: the CSV columns as numbers, a total row and the peak day', async () => {
    const out = join(dir, 'estimate.xlsx');
    const csv = await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--format', 'json']);
    const json = JSON.parse(csv.stdout) as { rows: Record<string, number | string>[]; total: Record<string, number> };
    const result = await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const sheet = (await readWorkbook(out)).worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 4)).toEqual(['date', 'sales', 'cs_share', 'aov']);
    json.rows.forEach((row, i) => {
      const cells = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      header.forEach((column, c) => {
        if (column === 'date') expect((cells[c] as Date).toISOString().slice(0, 10)).toBe(row.date);
        else expect(cells[c]).toBe(row[column]);
      });
    });
    const total = sheet.getRow(json.rows.length + 2);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(header.indexOf('agents') + 1).value).toBe(json.total.agent_days);
    expect(String(sheet.getRow(json.rows.length + 3).getCell(1).value)).toContain(`People to have: ${json.total.peak_total_agents}`);
  }, 60_000);

  it('init --format xlsx writes Excel templates that roster reads as written', async () => {
    const folder = join(dir, 'init');
    const result = await run(['init', folder, '--format', 'xlsx', '--lang', 'zh']);
    expect(result.code).toBe(0);
    for (const name of ['forecast.xlsx', 'history.xlsx', 'staff.xlsx', 'shift-patterns.xlsx']) expect(result.stdout).toContain(join(folder, name));
    expect(result.stdout).toContain(`--forecast ${folder}/forecast.xlsx \\\n    --history ${folder}/history.xlsx`);
    const header = ((await readWorkbook(join(folder, 'forecast.xlsx'))).worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('日期');
    const roster = await run(['roster', '--forecast', join(folder, 'forecast.xlsx'), '--history', join(folder, 'history.xlsx'), '--config', join(folder, 'cs-plan.config.json'),
      '--shifts', join(folder, 'shift-patterns.xlsx'), '--staff', join(folder, 'staff.xlsx'), '--format', 'json']);
    expect(roster.code).toBe(0);
    expect(readFileSync(join(folder, 'shift-patterns.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
