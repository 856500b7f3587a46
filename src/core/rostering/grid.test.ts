import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMinutes } from '../time/clock.js';
import { buildGrid, columnLetter, DAY_OFF, GRID_COLOURS, parseGridCell, patternColour, shiftLabel, type GridShift } from './grid.js';

const at = (date: string, clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return toEpochMinutes(date, (h ?? 0) * 60 + (m ?? 0));
};

describe('shiftLabel', () => {
  it('names a shift by its pattern, else by its times, with the break in brackets', () => {
    expect(shiftLabel({ start: at('2026-12-07', '09:00'), end: at('2026-12-07', '17:30'), pattern: '白班' })).toBe('白班');
    expect(shiftLabel({ start: at('2026-12-07', '20:00'), end: at('2026-12-08', '02:00') })).toBe('20:00-02:00');
    expect(shiftLabel({
      start: at('2026-12-07', '09:00'), end: at('2026-12-07', '17:30'), pattern: '白班',
      mealBreak: { start: at('2026-12-07', '12:00'), end: at('2026-12-07', '13:00') },
    })).toBe('白班 (12:00-13:00)');
  });
});

describe('buildGrid', () => {
  const window = { start: toEpochMinutes('2026-12-07'), end: toEpochMinutes('2026-12-10') };
  const shifts: GridShift[] = [
    { person: '小王', start: at('2026-12-07', '09:00'), end: at('2026-12-07', '17:30'), pattern: '白班' },
    { person: '小王', start: at('2026-12-09', '17:00'), end: at('2026-12-09', '23:30'), pattern: '晚班' },
    { person: '小李', start: at('2026-12-08', '20:00'), end: at('2026-12-09', '02:00') },
    { person: '小李', start: at('2026-12-07', '08:00'), end: at('2026-12-07', '12:00') },
    { person: '小李', start: at('2026-12-07', '22:00'), end: at('2026-12-08', '02:00') },
  ];

  it('puts each shift under the date it starts, 休 elsewhere, two on one date joined', () => {
    const grid = buildGrid(shifts, ['小王', '小李'], window, ['晚班', '白班']);
    expect(grid.dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(grid.rows.map((r) => r.agent)).toEqual(['小王', '小李']);
    expect(grid.rows[0]?.cells).toEqual(['白班', DAY_OFF, '晚班']);
    expect(grid.rows[1]?.cells).toEqual(['08:00-12:00 / 22:00-02:00', '20:00-02:00', DAY_OFF]);
    expect(grid.rows[0]).toMatchObject({ shifts: 2, hours: 15 });
    expect(grid.rows[1]).toMatchObject({ shifts: 3, hours: 14 });
    // The legend follows the patterns' order; shifts without a pattern count apart.
    expect(grid.patterns).toEqual(['晚班', '白班']);
    expect(grid.totals.map((d) => d.people)).toEqual([2, 1, 1]);
    expect(grid.totals[0]?.byPattern.get('白班')).toBe(1);
    expect(grid.totals[0]?.byPattern.get('')).toBe(2);
  });

  it('keeps people in the order given and adds anyone else after them', () => {
    expect(buildGrid(shifts, ['小李'], window).rows.map((r) => r.agent)).toEqual(['小李', '小王']);
  });
});

describe('parseGridCell', () => {
  it('reads 休, off and empty cells as no shift', () => {
    for (const text of ['休', '休息', 'off', 'OFF', '', ' ']) expect(parseGridCell(text, '2026-12-07')).toEqual([]);
  });

  it('reads times, overnight ends, breaks and two shifts in one cell', () => {
    expect(parseGridCell('20:00-02:00', '2026-12-07')).toEqual([{ kind: 'times', start: at('2026-12-07', '20:00'), end: at('2026-12-08', '02:00') }]);
    expect(parseGridCell('22:00-06:00 (01:00-01:30)', '2026-12-07')).toEqual([{
      kind: 'times', start: at('2026-12-07', '22:00'), end: at('2026-12-08', '06:00'),
      mealBreak: { start: at('2026-12-08', '01:00'), end: at('2026-12-08', '01:30') },
    }]);
    expect(parseGridCell('08:30-12:00 / 13:30-18:00', '2026-12-07')?.map((s) => s.kind === 'times' && s.start)).toEqual([at('2026-12-07', '08:30'), at('2026-12-07', '13:30')]);
    expect(parseGridCell('白班（12:00-13:00）', '2026-12-07')).toEqual([{ kind: 'pattern', name: '白班', mealBreak: { startMinute: 720, endMinute: 780 } }]);
  });

  it('refuses what is neither times nor a name', () => {
    expect(parseGridCell('25:00-26:00', '2026-12-07')).toBeUndefined();
    expect(parseGridCell('白班 (lunch)', '2026-12-07')).toBeUndefined();
  });

  it('reads back every label the grid writes (property)', () => {
    const shift = fc.record({
      startSlot: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 24 }),
      pattern: fc.option(fc.constantFrom('白班', '晚班', '大促夜班'), { nil: undefined }),
      meal: fc.option(fc.integer({ min: 1, max: 23 }), { nil: undefined }),
    });
    fc.assert(fc.property(shift, ({ startSlot, length, pattern, meal }) => {
      const start = toEpochMinutes('2026-12-07', startSlot * 30);
      const end = start + length * 30;
      const mealBreak = meal !== undefined && meal + 1 < length ? { start: start + meal * 30, end: start + meal * 30 + 30 } : undefined;
      const [back, ...rest] = parseGridCell(shiftLabel({ start, end, ...(pattern ? { pattern } : {}), ...(mealBreak ? { mealBreak } : {}) }), '2026-12-07') ?? [];
      expect(rest).toEqual([]);
      if (pattern) {
        expect(back).toMatchObject({ kind: 'pattern', name: pattern });
      } else {
        expect(back).toEqual({ kind: 'times', start, end, ...(mealBreak ? { mealBreak } : {}) });
      }
    }));
  });
});

describe('columnLetter', () => {
  it('names spreadsheet columns as a person finds them', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('the grid at its edges (from the mutation run)', () => {
  const at = (date: string, hour: number) => toEpochMinutes(date, hour * 60);
  const window = { start: at('2026-11-10', 0), end: at('2026-11-12', 0) };

  it('people not listed come after those listed, once, in the order their shifts come; shifts in time order within a cell', () => {
    const shifts: GridShift[] = [
      { person: 'B', start: at('2026-11-10', 18), end: at('2026-11-10', 20) },
      { person: 'B', start: at('2026-11-10', 9), end: at('2026-11-10', 12) },
      { person: 'C', start: at('2026-11-11', 9), end: at('2026-11-11', 12) },
    ];
    const grid = buildGrid(shifts, ['A', 'B'], window);
    expect(grid.rows.map((r) => r.agent)).toEqual(['A', 'B', 'C']);
    expect(grid.rows[1]?.cells[0]).toBe('09:00-12:00 / 18:00-20:00');
    expect(grid.rows.map((r) => [r.shifts, r.hours])).toEqual([[0, 0], [2, 5], [1, 3]]);
  });

  it('patterns: the given order first, then any other used, none for shifts without one; each day\'s first pattern colours it', () => {
    const shifts: GridShift[] = [
      { person: 'A', start: at('2026-11-10', 9), end: at('2026-11-10', 17), pattern: '白班' },
      { person: 'B', start: at('2026-11-10', 20), end: at('2026-11-11', 2), pattern: '夜班' },
      { person: 'B', start: at('2026-11-11', 9), end: at('2026-11-11', 12) },
    ];
    const grid = buildGrid(shifts, ['A', 'B'], window, ['晚班', '夜班']);
    expect(grid.patterns).toEqual(['夜班', '白班']);
    expect(grid.rows.map((r) => r.patterns)).toEqual([['白班', undefined], ['夜班', undefined]]);
    expect(patternColour(grid, '夜班')).toBe(GRID_COLOURS.patterns[0]);
    expect(patternColour(grid, '白班')).toBe(GRID_COLOURS.patterns[1]);
    expect(patternColour(grid, undefined)).toBe(GRID_COLOURS.other);
    expect(patternColour(grid, '早班')).toBe(GRID_COLOURS.other);
    expect(patternColour({ patterns: Array.from({ length: 9 }, (_, i) => `p${i}`) }, 'p8')).toBe(GRID_COLOURS.patterns[0]);
  });

  it('every word for a day off, 休 among them, is no shift', () => {
    expect(DAY_OFF).toBe('休');
    for (const word of ['', '休', '休息', '休假', 'off', 'OFF', 'rest', '-', '—', '/', '  休  ']) expect(parseGridCell(word, '2026-11-10'), word).toEqual([]);
  });

  it('cells as people type them: spaces around / and （）, full-width ／, an empty part, a name starting with a digit refused', () => {
    const date = '2026-11-10';
    expect(parseGridCell('09:00-12:00/13:00-17:00', date)).toEqual(parseGridCell('09:00-12:00 / 13:00-17:00', date));
    expect(parseGridCell('白班 ／ 晚班', date)).toEqual([{ kind: 'pattern', name: '白班' }, { kind: 'pattern', name: '晚班' }]);
    expect(parseGridCell('白班 / ', date)).toEqual([{ kind: 'pattern', name: '白班' }]);
    expect(parseGridCell('白班（12:00-13:00）', date)).toEqual([{ kind: 'pattern', name: '白班', mealBreak: { startMinute: 720, endMinute: 780 } }]);
    expect(parseGridCell('白班 ( 12:00-13:00 )', date)).toEqual([{ kind: 'pattern', name: '白班', mealBreak: { startMinute: 720, endMinute: 780 } }]);
    expect(parseGridCell('白班 (12:00-13:00) x', date)).toEqual([{ kind: 'pattern', name: '白班 (12:00-13:00) x' }]);
    expect(parseGridCell('x 白班 (lunch)', date)).toBeUndefined();
    expect(parseGridCell('9点班', date)).toBeUndefined();
    expect(parseGridCell('班9', date)).toEqual([{ kind: 'pattern', name: '班9' }]);
  });

  it('a shift whose end equals its start runs a whole day; one ending later the same day does not', () => {
    const [same] = parseGridCell('09:00-09:00', '2026-11-10') ?? [];
    expect(same).toEqual({ kind: 'times', start: at('2026-11-10', 9), end: at('2026-11-11', 9) });
    const [later] = parseGridCell('09:00-09:30', '2026-11-10') ?? [];
    expect(later).toEqual({ kind: 'times', start: at('2026-11-10', 9), end: at('2026-11-10', 9.5) });
  });
});
