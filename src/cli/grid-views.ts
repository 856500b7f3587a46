/**
 * The views of the 排班表 grid: CSV (the machine header, for scripts and `check`), the workbook
 * sheet, and the terminal (weeks stacked to fit its width).
 */
import type { Workbook } from 'exceljs';
import { DAY_OFF, type RosterGrid } from '../core/rostering/grid.js';
import { formatDateTime, MINUTES_PER_DAY, mondayOf, toEpochMinutes } from '../core/time/clock.js';
import type { ShiftPattern } from '../core/scheduling/candidates.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import type { GridWords } from '../io/workbook-write.js';
import { displayWidth } from '../io/values.js';

/** Columns of the grid CSV before and after the dates: a contract for scripts and `check`. */
export const GRID_COLUMNS = { first: 'agent', last: ['shifts', 'hours'] } as const;

const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

/**
 * A date as a person reads it above a grid column: `12-07 周一`, or `12-07 Mon`.
 *
 * @example dayHeader('2026-12-07', 'zh') // '12-07 周一'
 */
export function dayHeader(date: string, lang: Lang): string {
  const day = Math.floor(toEpochMinutes(date) / MINUTES_PER_DAY);
  return `${date.slice(5)} ${WEEKDAYS[lang][day - mondayOf(day)] ?? ''}`;
}

/** The grid as CSV: `agent,<dates>,shifts,hours`, one row per person. */
export function gridCsv(grid: RosterGrid): Promise<string> {
  const columns = [GRID_COLUMNS.first, ...grid.dates, ...GRID_COLUMNS.last];
  return toCsv(
    columns,
    grid.rows.map((row) => ({
      agent: row.agent,
      ...Object.fromEntries(grid.dates.map((d, i) => [d, row.cells[i] ?? DAY_OFF])),
      shifts: row.shifts,
      hours: row.hours,
    })),
  );
}

/** The grid sheet's words: the machine header in English (so the sheet reads as grid.csv), Chinese with --lang zh. */
export function gridWords(lang: Lang): GridWords {
  return {
    sheet: t(lang, 'grid.sheet'),
    agent: lang === 'zh' ? '姓名' : GRID_COLUMNS.first,
    shifts: lang === 'zh' ? '班次数' : GRID_COLUMNS.last[0],
    hours: lang === 'zh' ? '工时' : GRID_COLUMNS.last[1],
    total: t(lang, 'grid.total'),
    legend: t(lang, 'grid.legend'),
    other: t(lang, 'grid.other'),
    dayOff: t(lang, 'grid.dayOff'),
    dateHeader: (date) => (lang === 'zh' ? dayHeader(date, lang) : date),
  };
}

/** Each pattern's times for the legend, e.g. `白班 → 09:00-17:30`. */
export function patternTimes(patterns: readonly ShiftPattern[] = []): Map<string, string> {
  const clock = (minute: number) => formatDateTime(minute % MINUTES_PER_DAY).slice(11);
  return new Map(patterns.map((p) => [p.name, `${clock(p.startMinute)}-${clock(p.startMinute + p.lengthMinutes)}`]));
}

/** Adds the grid sheet to a workbook (see addGridSheet). */
export async function addGrid(
  workbook: Workbook,
  grid: RosterGrid,
  lang: Lang,
  patterns?: readonly ShiftPattern[],
): Promise<void> {
  const { addGridSheet } = await import('../io/workbook-write.js');
  addGridSheet(workbook, grid, gridWords(lang), patternTimes(patterns));
}

/** A workbook holding only the grid, as bytes. */
export async function gridXlsx(grid: RosterGrid, lang: Lang, patterns?: readonly ShiftPattern[]): Promise<Uint8Array> {
  const { newWorkbook, workbookBytes } = await import('../io/workbook-write.js');
  const workbook = await newWorkbook();
  await addGrid(workbook, grid, lang, patterns);
  return workbookBytes(workbook);
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * The grid for a terminal `columns` wide: as many dates side by side as fit, the rest in
 * further blocks below (a new block every Monday, so a month reads week by week), each block
 * with the people on duty per day.
 */
export function gridText(
  grid: RosterGrid,
  lang: Lang,
  columns: number,
  style: { dim: (s: string) => string; bold: (s: string) => string } = { dim: (s) => s, bold: (s) => s },
): string {
  const names = [
    grid.rows.length > 0 ? (lang === 'zh' ? '姓名' : 'agent') : '',
    ...grid.rows.map((r) => r.agent),
    t(lang, 'grid.total'),
  ];
  const nameWidth = Math.max(...names.map(displayWidth));
  const widthOf = (i: number) =>
    Math.max(
      displayWidth(dayHeader(grid.dates[i] ?? '', lang)),
      ...grid.rows.map((r) => displayWidth(r.cells[i] ?? '')),
    );
  const blocks: number[][] = [];
  let block: number[] = [];
  let used = nameWidth;
  grid.dates.forEach((_, i) => {
    const w = widthOf(i) + 2;
    const day = Math.floor(toEpochMinutes(grid.dates[i] ?? '') / MINUTES_PER_DAY);
    const monday = mondayOf(day) === day;
    if (block.length > 0 && (used + w > columns || block.length === 7 || monday)) {
      blocks.push(block);
      block = [];
      used = nameWidth;
    }
    block.push(i);
    used += w;
  });
  if (block.length > 0) blocks.push(block);
  const out: string[] = [];
  for (const dates of blocks) {
    if (out.length > 0) out.push('');
    const cell = (text: string, i: number) => `  ${pad(text, widthOf(i))}`;
    out.push(
      style.bold(
        pad(lang === 'zh' ? '姓名' : 'agent', nameWidth) +
          dates.map((i) => cell(dayHeader(grid.dates[i] ?? '', lang), i)).join(''),
      ),
    );
    for (const row of grid.rows) {
      out.push(
        pad(row.agent, nameWidth) +
          dates
            .map((i) => {
              const text = row.cells[i] ?? DAY_OFF;
              return text === DAY_OFF ? style.dim(cell(text, i)) : cell(text, i);
            })
            .join(''),
      );
    }
    out.push(
      style.bold(
        pad(t(lang, 'grid.total'), nameWidth) + dates.map((i) => cell(String(grid.totals[i]?.people ?? 0), i)).join(''),
      ),
    );
  }
  return out.map((line) => line.trimEnd()).join('\n');
}
