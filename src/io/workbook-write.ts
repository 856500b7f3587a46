/**
 * Excel workbooks out (exceljs, loaded only when a workbook is written): plain table sheets with
 * real date-time and number cells, and the 排班表 grid sheet — frozen header row and name column,
 * one fill per shift pattern with a legend, 休 greyed, daily totals, printed A4 landscape one page
 * wide with the titles on every page.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { DAY_OFF, GRID_COLOURS, patternColour, type RosterGrid } from '../core/rostering/grid.js';
import { neutraliseFormula } from './output.js';
import { displayWidth as width } from './values.js';

export type SheetCell = string | number | Date | null | undefined;

/** A plain sheet: a header and rows of cells. */
export interface TableSheet {
  name: string;
  columns: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Rows to highlight (0-based indexes into `rows`), e.g. slots short of agents. */
  highlight?: readonly number[];
  /** Bold rows (0-based), e.g. a total. */
  bold?: readonly number[];
}

/** The grid sheet's words in the reader's language. */
export interface GridWords {
  sheet: string;
  agent: string;
  shifts: string;
  hours: string;
  total: string;
  legend: string;
  other: string;
  /** What 休 means, for the legend. */
  dayOff: string;
  /** Header text of a date (`2026-12-07`, or `12-07 周一`): written as the cell's display format. */
  dateHeader: (date: string) => string;
}

const DATE_TIME = 'yyyy-mm-dd hh:mm';

/** A new workbook (exceljs loaded now). */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cs-plan';
  return workbook;
}

/** The workbook as bytes of an .xlsx file. */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A `YYYY-MM-DD[ HH:mm]` text as a date cell showing the same text (wall-clock time as UTC, as
 * Excel keeps it), so the spreadsheet sorts and filters it as a date.
 *
 * @example dateCell('2026-11-10 20:00') // 2026-11-10T20:00:00.000Z
 */
export function dateCell(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  return m
    ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)))
    : undefined;
}

/** Text cells go in as text, with formulas made inert; numbers and dates stay typed. */
const safe = (cell: SheetCell) => (typeof cell === 'string' ? neutraliseFormula(cell) : (cell ?? null));

/** Adds a plain table sheet: bold frozen header, typed cells, fitted widths. */
export function addTableSheet(workbook: Workbook, sheet: TableSheet): Worksheet {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...sheet.columns]).font = { bold: true };
  // A column whose dates are all at midnight shows dates; one with times shows date and time.
  const withTime = sheet.columns.map((_, i) =>
    sheet.rows.some((r) => {
      const cell = r[i];
      return cell instanceof Date && (cell.getUTCHours() !== 0 || cell.getUTCMinutes() !== 0);
    }),
  );
  sheet.rows.forEach((cells, index) => {
    const row = ws.addRow(cells.map(safe));
    row.eachCell((cell, column) => {
      if (cell.value instanceof Date) cell.numFmt = withTime[column - 1] ? DATE_TIME : 'yyyy-mm-dd';
    });
    if (sheet.highlight?.includes(index))
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D3D3' } };
      });
    if (sheet.bold?.includes(index)) row.font = { bold: true };
  });
  sheet.columns.forEach((name, i) => {
    const texts = [
      name,
      ...sheet.rows.slice(0, 500).map((r) => {
        const cell = r[i];
        return cell instanceof Date ? '2026-11-10 20:00' : String(cell ?? '');
      }),
    ];
    ws.getColumn(i + 1).width = Math.min(40, Math.max(8, ...texts.map(width)) + 2);
  });
  return ws;
}

/** Cell styles of the grid sheet: a solid fill, a pattern's fill, and thin borders. */
function gridStyles(grid: RosterGrid) {
  const solid = (rgb: string) => ({
    type: 'pattern' as const,
    pattern: 'solid' as const,
    fgColor: { argb: `FF${rgb.toUpperCase()}` },
  });
  const thin = { style: 'thin' as const, color: { argb: 'FFBBBBBB' } };
  return {
    solid,
    fillOf: (pattern: string | undefined) => solid(patternColour(grid, pattern)),
    border: { top: thin, left: thin, bottom: thin, right: thin },
  };
}

/** The header row: the name column, dates as real date cells shown as `words.dateHeader`, shifts, hours. */
function addGridHeader(
  ws: Worksheet,
  grid: RosterGrid,
  words: GridWords,
  border: ReturnType<typeof gridStyles>['border'],
): void {
  const header = ws.addRow([words.agent, ...grid.dates.map((d) => dateCell(d) ?? d), words.shifts, words.hours]);
  header.font = { bold: true };
  header.eachCell((cell, column) => {
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const date = grid.dates[column - 2];
    // The date stays a real date (so check can read the year back); the format shows the header
    // text: the month and day as date codes, anything after them (the weekday) as literal text.
    if (date && cell.value instanceof Date) {
      const text = words.dateHeader(date);
      cell.numFmt =
        text === date
          ? 'yyyy-mm-dd'
          : text.startsWith(date.slice(5))
            ? `mm-dd"${text.slice(5).replace(/"/g, '')}"`
            : `"${text.replace(/"/g, '')}"`;
    }
  });
}

/** One row per person: each day's shift in its pattern's fill, 休 greyed. */
function addGridPeople(ws: Worksheet, grid: RosterGrid, styles: ReturnType<typeof gridStyles>): void {
  for (const row of grid.rows) {
    const line = ws.addRow([neutraliseFormula(row.agent), ...row.cells, row.shifts, row.hours]);
    // Spreadsheets do not grow a row for wrapped text on opening: give two-line labels their height.
    const lines = Math.max(1, ...row.cells.map((label) => label.split(' ').length));
    if (lines > 1) line.height = 14 * Math.min(lines, 4);
    line.eachCell((cell, column) => {
      cell.border = styles.border;
      cell.alignment = { vertical: 'middle' };
      const day = column - 2;
      if (grid.dates[day] === undefined) return;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (row.cells[day] === DAY_OFF) {
        cell.fill = styles.solid(GRID_COLOURS.off);
        cell.font = { color: { argb: 'FF888888' } };
      } else {
        cell.fill = styles.fillOf(row.patterns[day]);
      }
    });
  }
}

/** The daily totals per pattern and in all, then a legend with each pattern's fill and times. */
function addGridTotals(
  ws: Worksheet,
  grid: RosterGrid,
  words: GridWords,
  styles: ReturnType<typeof gridStyles>,
  patternTimes: ReadonlyMap<string, string>,
): void {
  const { solid, fillOf, border } = styles;
  ws.addRow([]);
  const totalRow = (label: string, counts: number[], fill?: ReturnType<typeof solid>) => {
    const row = ws.addRow([label, ...counts]);
    row.eachCell((cell, column) => {
      cell.border = border;
      if (column > 1) cell.alignment = { horizontal: 'center' };
      if (fill) cell.fill = fill;
    });
    return row;
  };
  for (const pattern of grid.patterns)
    totalRow(
      `${words.total} · ${pattern}`,
      grid.totals.map((d) => d.byPattern.get(pattern) ?? 0),
      fillOf(pattern),
    );
  if (grid.totals.some((d) => (d.byPattern.get('') ?? 0) > 0))
    totalRow(
      `${words.total} · ${words.other}`,
      grid.totals.map((d) => d.byPattern.get('') ?? 0),
      fillOf(undefined),
    );
  totalRow(
    words.total,
    grid.totals.map((d) => d.people),
  ).font = { bold: true };
  if (grid.patterns.length === 0) return;
  ws.addRow([]);
  ws.addRow([words.legend]).font = { bold: true };
  for (const pattern of grid.patterns)
    ws.addRow([pattern, patternTimes.get(pattern) ?? '']).getCell(1).fill = fillOf(pattern);
  ws.addRow([DAY_OFF, words.dayOff]).getCell(1).fill = solid(GRID_COLOURS.off);
}

/** Column widths: the names, each date as wide as its longest word (cells wrap at spaces), shifts, hours. */
function setGridWidths(ws: Worksheet, grid: RosterGrid, words: GridWords): void {
  const nameWidth = Math.max(
    8,
    width(words.agent),
    width(words.total) + 6,
    ...grid.rows.map((r) => width(r.agent)),
    ...grid.patterns.map((p) => width(p) + width(words.total) + 3),
  );
  ws.getColumn(1).width = Math.min(30, nameWidth + 2);
  grid.dates.forEach((date, i) => {
    const words_ = [words.dateHeader(date), ...grid.rows.map((r) => r.cells[i] ?? '')].flatMap((label) =>
      label.split(' '),
    );
    ws.getColumn(i + 2).width = Math.min(24, Math.max(6, ...words_.map(width)) + 3);
  });
  ws.getColumn(grid.dates.length + 2).width = Math.max(7, width(words.shifts) + 2);
  ws.getColumn(grid.dates.length + 3).width = Math.max(7, width(words.hours) + 2);
}

/**
 * Adds the 排班表 grid sheet: the header row (name, dates as date cells shown as
 * `words.dateHeader`, shifts, hours), one row per person, then the daily totals per pattern and
 * in all, and a legend with each pattern's fill and times. Landscape A4, one page wide, the
 * header row and name column repeated on every page.
 *
 * @param patternTimes the times of each pattern for the legend, e.g. `白班 → 09:00-17:30`
 */
export function addGridSheet(
  workbook: Workbook,
  grid: RosterGrid,
  words: GridWords,
  patternTimes: ReadonlyMap<string, string> = new Map(),
): Worksheet {
  const ws = workbook.addWorksheet(words.sheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  ws.pageSetup.printTitlesRow = '1:1';
  ws.pageSetup.printTitlesColumn = 'A:A';
  const styles = gridStyles(grid);
  addGridHeader(ws, grid, words, styles.border);
  addGridPeople(ws, grid, styles);
  addGridTotals(ws, grid, words, styles, patternTimes);
  setGridWidths(ws, grid, words);
  return ws;
}
