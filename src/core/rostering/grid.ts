/**
 * The 排班表 grid a CS team reads: one row per person, one column per date, the shift's label
 * in the cell (its pattern name, else its clock times) and 休 on a day without a shift. Pure
 * data in and out; the CSV, workbook, terminal and HTML views all render this one grid, and
 * `check` reads it back with {@link parseGridCell}.
 */
import {
  clockAtOrAfter,
  formatDate,
  formatDateTime,
  MINUTES_PER_DAY,
  parseClockRange,
  toEpochMinutes,
} from '../time/clock.js';

/** A shift placed on the grid. Times are epoch minutes. */
export interface GridShift {
  person: string;
  start: number;
  end: number;
  /** Name of the shift pattern it is exactly, if any. */
  pattern?: string;
  mealBreak?: { start: number; end: number };
}

export interface GridRow {
  agent: string;
  /** One label per date of {@link RosterGrid.dates}: the shifts starting that day, or {@link DAY_OFF}. */
  cells: string[];
  /** The shift pattern of each date's (first) shift, which gives the cell its colour; undefined for 休 or times. */
  patterns: (string | undefined)[];
  /** Shifts and hours (break included, as in shifts.csv) over the window. */
  shifts: number;
  hours: number;
}

export interface RosterGrid {
  /** Every calendar date of the window, `YYYY-MM-DD`. */
  dates: string[];
  rows: GridRow[];
  /** Pattern names used, in the order of the patterns given (then any others, by first use). */
  patterns: string[];
  /** Per date: people on each pattern (by name; `''` for shifts without one) and in total. */
  totals: { byPattern: Map<string, number>; people: number }[];
}

/** The word in a cell of a day without a shift, in every language: it is the word the team reads. */
export const DAY_OFF = '休';
/** Joins two shifts that start on one date. */
export const SHIFT_SEPARATOR = ' / ';

const clock = (at: number) => formatDateTime(at).slice(11);

/**
 * The label of one shift in a grid cell: the pattern name, else `HH:mm-HH:mm`, then the meal
 * break as `(HH:mm-HH:mm)` when there is one.
 *
 * @example shiftLabel({ start: 540, end: 1050, mealBreak: { start: 720, end: 780 } }) // '09:00-17:30 (12:00-13:00)'
 */
export function shiftLabel(shift: Omit<GridShift, 'person'>): string {
  const main = shift.pattern ?? `${clock(shift.start)}-${clock(shift.end)}`;
  return shift.mealBreak ? `${main} (${clock(shift.mealBreak.start)}-${clock(shift.mealBreak.end)})` : main;
}

/**
 * Lays shifts out as the grid: rows in the order of `people` (then anyone else with a shift),
 * a column for every date from the window's start to its end, each shift under the date it starts.
 *
 * @param window epoch minutes; the last date is the one holding the minute before `end`
 * @param patternOrder pattern names in the order the legend and totals list them
 * @example buildGrid([{ person: 'A', start: 540, end: 1050, pattern: '白班' }], ['A'], { start: 0, end: 2880 }).rows[0]?.cells // ['白班', '休']
 */
export function buildGrid(
  shifts: readonly GridShift[],
  people: readonly string[],
  window: { start: number; end: number },
  patternOrder: readonly string[] = [],
): RosterGrid {
  const firstDay = Math.floor(window.start / MINUTES_PER_DAY);
  const lastDay = Math.max(firstDay, Math.floor((window.end - 1) / MINUTES_PER_DAY));
  const dates = Array.from({ length: lastDay - firstDay + 1 }, (_, i) => formatDate((firstDay + i) * MINUTES_PER_DAY));
  const order = [...people, ...shifts.map((s) => s.person).filter((p) => !people.includes(p))];
  const byPerson = new Map<string, GridShift[]>(order.map((p) => [p, []]));
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) byPerson.get(shift.person)?.push(shift);
  const used = new Set(shifts.map((s) => s.pattern ?? ''));
  const patterns = [
    ...patternOrder.filter((p) => used.has(p)),
    ...[...used].filter((p) => p !== '' && !patternOrder.includes(p)),
  ];
  const totals = dates.map(() => ({ byPattern: new Map<string, number>(), people: 0 }));
  const rows = [...byPerson].map(([agent, mine]) => {
    const onDays = dates.map((_, i) => mine.filter((s) => Math.floor(s.start / MINUTES_PER_DAY) === firstDay + i));
    onDays.forEach((onDay, i) => {
      const total = totals[i];
      if (!total || onDay.length === 0) return;
      total.people += 1;
      for (const s of onDay) total.byPattern.set(s.pattern ?? '', (total.byPattern.get(s.pattern ?? '') ?? 0) + 1);
    });
    const minutes = mine.reduce((sum, s) => sum + s.end - s.start, 0);
    return {
      agent,
      cells: onDays.map((onDay) => (onDay.length === 0 ? DAY_OFF : onDay.map(shiftLabel).join(SHIFT_SEPARATOR))),
      patterns: onDays.map((onDay) => onDay[0]?.pattern),
      shifts: mine.length,
      hours: Math.round((minutes / 60) * 100) / 100,
    };
  });
  return { dates, rows, patterns, totals };
}

/** The grid's colours (RGB hex), shared by the workbook and the report: light enough to print and read black text on. */
export const GRID_COLOURS = {
  patterns: ['d6e4f5', 'fce4c4', 'd9ead3', 'ead1f0', 'fff2b3', 'cdeff0', 'f8d3d3', 'e2e2f8'],
  /** A shift that is none of the patterns. */
  other: 'f3f6fa',
  /** 休. */
  off: 'ededed',
} as const;

/**
 * The colour of a cell of `grid`: one per pattern in the legend's order, another for shifts
 * without a pattern.
 *
 * @example patternColour({ patterns: ['白班'] }, '白班') // 'd6e4f5'
 */
export function patternColour(grid: Pick<RosterGrid, 'patterns'>, pattern: string | undefined): string {
  const index = pattern === undefined ? -1 : grid.patterns.indexOf(pattern);
  return index < 0
    ? GRID_COLOURS.other
    : (GRID_COLOURS.patterns[index % GRID_COLOURS.patterns.length] ?? GRID_COLOURS.other);
}

/** Cell texts that mean "no shift that day". */
const OFF_WORDS = new Set(['', '休', '休息', '休假', 'off', 'rest', '-', '—', '/']);

/** A shift read from a grid cell: clock times on the cell's date, or a pattern name to look up. */
export type CellShift =
  | { kind: 'times'; start: number; end: number; mealBreak?: { start: number; end: number } }
  | { kind: 'pattern'; name: string; mealBreak?: { startMinute: number; endMinute: number } };

/**
 * Reads one grid cell: 休 / off / empty is no shift; `HH:mm-HH:mm` or a pattern name (with an
 * optional `(HH:mm-HH:mm)` break) is a shift on `date`; several are joined with `/`. An end at
 * or before the start ends the next day; a break is the first such time after the shift starts.
 *
 * @returns the shifts, or undefined when a part is neither times nor a possible name
 * @example parseGridCell('20:00-02:00', '2026-11-10') // [{ kind: 'times', start: …20:00, end: …11-11 02:00 }]
 */
export function parseGridCell(text: string, date: string): CellShift[] | undefined {
  const trimmed = text.trim();
  if (OFF_WORDS.has(trimmed.toLowerCase())) return [];
  const shifts: CellShift[] = [];
  for (const part of trimmed.split(/\s*[/／]\s*/)) {
    if (part === '') continue;
    const match = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(part);
    const main = (match ? match[1] : part)?.trim() ?? '';
    const breakRange = match?.[2] !== undefined ? parseClockRange(match[2]) : undefined;
    if (match && !breakRange) return undefined;
    const range = parseClockRange(main);
    if (range) {
      const start = toEpochMinutes(date, range.from);
      const end = toEpochMinutes(date, range.to > range.from ? range.to : range.to + MINUTES_PER_DAY);
      shifts.push({
        kind: 'times',
        start,
        end,
        ...(breakRange
          ? { mealBreak: { start: clockAtOrAfter(start, breakRange.from), end: clockAtOrAfter(start, breakRange.to) } }
          : {}),
      });
    } else if (main !== '' && !/^\d/.test(main)) {
      shifts.push({
        kind: 'pattern',
        name: main,
        ...(breakRange ? { mealBreak: { startMinute: breakRange.from, endMinute: breakRange.to } } : {}),
      });
    } else {
      return undefined;
    }
  }
  return shifts;
}

/**
 * The 1-based column letters of a spreadsheet, as a person finds a cell.
 *
 * @example columnLetter(1) // 'A'
 * @example columnLetter(28) // 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
