import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsPlanError } from '../errors.js';
import { decodeText, parseCsvTable } from './csv-read.js';
import { readInquirySeries, readRosterFile, readShiftPatterns, readStaff } from './roster-files.js';
import { checkRoster } from '../core/rostering/check.js';
import { FORECAST_COLUMNS } from '../cli/formula-inputs.js';
import { readAgentDays, readStoreDays } from './calibrate-files.js';
import { calibrate, backtest } from '../core/staffing/calibrate.js';

/** Either a value or a CsPlanError: anything else is a crash. */
async function resultOrInputError(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof CsPlanError)) throw error;
    expect(error.exitCode).toBe(2);
  }
}

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '"', '""', ',', ';', '\t', '\r\n', '合计', '１２３，４', '50万', '1.2亿', '￥1,000', '40%', '-5', 'NaN', 'Infinity', '1e308',
    '2025-11-10 20:00', '11/10/2025 8:00 PM', '46336.5', '25:00', '20:00-21:00', '=cmd|calc', '\u0000', '\uFEFF'),
  fc.double().map(String),
);
const quoted = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
/** A header, well-formed rows of random cells, and raw lines that may break the CSV syntax. */
const table = (header: string[]) => fc.tuple(
  fc.array(fc.array(cell, { minLength: 0, maxLength: header.length + 2 }), { maxLength: 8 }),
  fc.array(fc.string(), { maxLength: 2 }),
).map(([rows, raw]) => [header.join(','), ...rows.map((r) => r.map(quoted).join(',')), ...raw].join('\n'));

const dir = mkdtempSync(join(tmpdir(), 'cs-plan-fuzz-'));
let counter = 0;
const fileWith = (content: string | Uint8Array) => {
  const path = join(dir, `f${counter++}.csv`);
  writeFileSync(path, content);
  return path;
};

describe('CSV readers never crash (fuzzing)', () => {
  it('decode and parse random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      const text = decodeText(bytes);
      expect(typeof text).toBe('string');
      await resultOrInputError(() => parseCsvTable(text, 'f.csv', FORECAST_COLUMNS));
    }), { numRuns: 300 });
  });

  it('read random calibrate exports, and calibrate and backtest whatever they accept', async () => {
    const onlineCell = fc.oneof(cell, fc.constantFrom('08:30:00', '8小时30分', '510分钟', '0', '-', '99:00:00', '8.5h'));
    await fc.assert(fc.asyncProperty(
      table(['日期', '客服', '接待人数', '询单人数', '询单→最终付款人数', '询单→最终付款金额', '在线时长']), table(['日期', '销售额', '支付买家数', '售后咨询人数', '机器人接待人数']),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), onlineCell), { maxLength: 6 }),
      async (agentsCsv, storeCsv, wellFormed) => {
        await resultOrInputError(() => readAgentDays(fileWith(agentsCsv)));
        await resultOrInputError(() => readStoreDays(fileWith(storeCsv)));
        // Rows that read, then the whole calibration: never a crash, never a value that is not finite.
        const agentsFile = fileWith(['日期,客服,接待人数,询单人数,询单→最终付款人数,询单→最终付款金额,在线时长',
          ...wellFormed.map(([day, received, inquiries, buyers, online], i) => `2025-11-1${day},a${i},${received},${inquiries},${Math.min(buyers, inquiries)},${buyers * 10},${quoted(online)}`)].join('\n'));
        const storeFile = fileWith(['日期,销售额', ...[0, 1, 2, 3].map((day) => `2025-11-1${day},${day * 1000}`)].join('\n'));
        await resultOrInputError(async () => {
          const calibration = calibrate(await readAgentDays(agentsFile), await readStoreDays(storeFile), { campaign: { from: '2025-11-11', to: '2025-11-11' }, percentile: 80, minOnlineHours: 4 });
          for (const f of calibration.figures) expect(Number.isFinite(f.value)).toBe(true);
          backtest(calibration);
        });
      }), { numRuns: 150 });
  });

  it('read random malformed history, shift and staff rows', async () => {
    await fc.assert(fc.asyncProperty(
      table(['datetime', 'inquiries']), table(['date', 'hour', 'inquiries']), table(['name', 'start', 'end']), table(['name', 'max_hours', 'available_from', 'available_to']),
      async (series, dated, patterns, staff) => {
        await resultOrInputError(() => readInquirySeries(fileWith(series)));
        await resultOrInputError(() => readInquirySeries(fileWith(dated), { dateOrder: 'DMY' }));
        await resultOrInputError(() => readShiftPatterns(fileWith(patterns)));
        await resultOrInputError(() => readStaff(fileWith(staff)));
      }), { numRuns: 150 });
  });

  it('reports every bad cell with its file, line and column', async () => {
    await fc.assert(fc.asyncProperty(table(['datetime', 'inquiries']), async (series) => {
      try {
        await readInquirySeries(fileWith(series));
      } catch (error) {
        const e = error as CsPlanError;
        for (const one of [e, ...e.more]) {
          expect(one.location.file).toBeDefined();
          if (one.key.startsWith('value.')) {
            expect(one.location.line).toBeGreaterThan(0);
            expect(one.location.column).toBeDefined();
          }
        }
      }
    }), { numRuns: 150 });
  });
});

/** A workbook cell as a spreadsheet may hold it: text, numbers, dates, times, formulas, rich text, errors, empties. */
const sheetCell = fc.oneof(
  cell,
  fc.double({ noNaN: false }),
  fc.date({ min: new Date(Date.UTC(1899, 11, 30)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }),
  fc.constantFrom(null, true, { formula: 'A1*2', result: 48 }, { formula: 'X', result: { error: '#REF!' } }, { error: '#N/A' },
    { richText: [{ text: '咨询' }, { text: '量' }] }, { text: 'link', hyperlink: 'https://example.com' }),
);

/** An .xlsx file of a header and random rows, optionally below a merged title row. */
async function workbookWith(header: readonly string[], rows: readonly (readonly unknown[])[], title: boolean): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  if (title) {
    sheet.addRow(['导出数据']);
    sheet.mergeCells(1, 1, 1, 3);
  }
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  const path = join(dir, `w${counter++}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('workbook readers never crash (fuzzing)', () => {
  it('read random cells of every type in history, shift, staff and roster sheets (lists and grids)', async () => {
    const rows = (width: number) => fc.array(fc.array(sheetCell, { minLength: 0, maxLength: width + 1 }), { maxLength: 6 });
    await fc.assert(fc.asyncProperty(rows(3), rows(3), rows(4), rows(5), fc.boolean(), async (series, patterns, staff, grid, title) => {
      await resultOrInputError(async () => readInquirySeries(await workbookWith(['日期', '小时', '咨询量'], series, title)));
      await resultOrInputError(async () => readShiftPatterns(await workbookWith(['name', 'start', 'end'], patterns, title)));
      await resultOrInputError(async () => readStaff(await workbookWith(['name', 'max_hours', 'available_from', 'available_to'], staff, title)));
      const roster = await workbookWith(['姓名', '2026-12-07', '2026-12-08 周二', 'shifts', 'hours'], grid, title);
      await resultOrInputError(async () => {
        const read = await readRosterFile(roster, {}, [{ name: '白班', startMinute: 540, lengthMinutes: 510 }]);
        expect(read.format).toBe('grid');
        checkRoster(read.rows, { minRestMinutes: 600, maxDutyMinutes: 720, maxBreakMinutes: 120, daysOffPerWeek: 1 });
      });
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 40) });
  }, 60_000);
});

describe('the fast path for quote-free CSV', () => {
  it('splits exactly as csv-parse does', async () => {
    const { parse } = await import('csv-parse/sync');
    const { splitPlain } = await import('./csv-read.js');
    const plainCell = fc.oneof(fc.string().map((s) => s.replace(/["\r\n,;\t]/g, '')), fc.constantFrom('', ' ', '  '));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.array(plainCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(),
      async (rows, delimiter, newline, trailingEmpty) => {
        const text = rows.map((r) => r.join(delimiter)).join(newline) + (trailingEmpty ? `${newline}${newline}` : '');
        const parsed = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
        const expected = parsed.map((r) => ({ record: r.record, line: r.info.lines }));
        expect(splitPlain(text, delimiter).map((r) => ({ record: r.record, line: r.info.lines }))).toEqual(expected);
      }), { numRuns: 1000 });
  });
});
