import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMinutes } from '../time/clock.js';
import { buildGrid, columnLetter, DAY_OFF, parseGridCell, shiftLabel, type GridShift } from './grid.js';

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
