// Slot demand at its edges (from the mutation run): record steps, the 15-minute grid, day
// shapes, averages, forecast days shaped by history and series put on slots.
import { describe, expect, it } from 'vitest';
import { averageShape, dayShapes, forecastDemand, recordStep, seriesDemand, toGrid } from './slots.js';
import { toEpochMinutes } from '../time/clock.js';
import { thrown } from '../../../test/helpers.js';

const DAY = 1440;
const at = (date: string, hour: number) => toEpochMinutes(date, hour * 60);
/** A 96-cell shape with `value` in the cells of the given hours. */
const shapeAt = (hours: number[], value = 1) => Array.from({ length: 96 }, (_, cell) => (hours.includes(Math.floor(cell / 4)) ? value : 0));

describe('records on the grid', () => {
  it('recordStep: the smallest gap between record times in any order, repeated times ignored; 60 for one time', () => {
    expect(recordStep([{ at: 120, inquiries: 1 }, { at: 0, inquiries: 1 }, { at: 30, inquiries: 1 }])).toBe(30);
    expect(recordStep([{ at: 0, inquiries: 1 }, { at: 0, inquiries: 2 }, { at: 45, inquiries: 1 }])).toBe(45);
    expect(recordStep([{ at: 0, inquiries: 1 }])).toBe(60);
    expect(recordStep([{ at: 5, inquiries: 1 }, { at: 5, inquiries: 1 }])).toBe(60);
    expect(recordStep([{ at: 0, inquiries: 1 }, { at: 90, inquiries: 1 }, { at: 100, inquiries: 1 }])).toBe(10);
  });

  it('toGrid: a record off the grid spreads over exactly the cells it overlaps, in proportion', () => {
    // 10:05–11:05 (60 min): 10 min in the 10:00 cell, 15 in each of three, 5 in the 11:00 cell.
    const grid = toGrid([{ at: 605, inquiries: 60 }], 60);
    expect([...grid]).toEqual([[600, 10], [615, 15], [630, 15], [645, 15], [660, 5]]);
    // A 15-minute record on the grid fills its one cell, not the next.
    expect([...toGrid([{ at: 600, inquiries: 7 }], 15)]).toEqual([[600, 7]]);
  });

  it('dayShapes: dates in order whatever the records\' order; a record ending at midnight stays in its day', () => {
    const shapes = dayShapes([{ at: at('2026-11-11', 9), inquiries: 4 }, { at: at('2026-11-10', 23), inquiries: 8 }], 60);
    expect([...shapes.keys()]).toEqual(['2026-11-10', '2026-11-11']);
    expect(shapes.get('2026-11-10')?.slice(92)).toEqual([2, 2, 2, 2]);
    expect(shapes.get('2026-11-11')?.reduce((a, b) => a + b, 0)).toBe(4);
    expect(shapes.get('2026-11-11')?.slice(36, 40)).toEqual([1, 1, 1, 1]);
    const offGrid = dayShapes([{ at: at('2026-11-10', 0) + 5, inquiries: 15 }], 15);
    expect(offGrid.get('2026-11-10')?.slice(0, 2)).toEqual([10, 5]);
  });

  it('averageShape: each day normalised first, an empty day counts as nothing, the result over all days', () => {
    const busy = shapeAt([20], 100);
    const quiet = shapeAt([10], 1);
    const average = averageShape([busy, quiet]);
    expect(average.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(average[80]).toBeCloseTo(0.5 / 4, 12);
    expect(average[40]).toBeCloseTo(0.5 / 4, 12);
    const withEmpty = averageShape([busy, new Array<number>(96).fill(0)]);
    expect(withEmpty.reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 12);
    expect(averageShape([])).toEqual(new Array<number>(96).fill(0));
  });
});

describe('forecast days shaped by history', () => {
  const history = new Map([['2025-11-10', shapeAt([20])], ['2025-11-11', shapeAt([0])], ['2025-11-12', new Array<number>(96).fill(0)]]);

  it('refuses no days, days not in a row, no history, and an empty history day asked for alone, naming the date', () => {
    expect(thrown(() => forecastDemand([], history, { kind: 'position' }, 60)).key).toBe('csv.empty');
    const gap = thrown(() => forecastDemand([{ date: '2026-11-10', inquiries: 1 }, { date: '2026-11-12', inquiries: 1 }], history, { kind: 'position' }, 60));
    expect([gap.key, gap.params]).toEqual(['demand.datesNotConsecutive', { date: '2026-11-12', expected: '2026-11-11' }]);
    const none = thrown(() => forecastDemand([{ date: '2026-11-10', inquiries: 1 }], new Map(), { kind: 'position' }, 60));
    expect([none.key, none.params]).toEqual(['demand.emptyHistoryDay', { date: '—' }]);
    const short = thrown(() => forecastDemand(['10', '11', '12', '13'].map((d) => ({ date: `2026-11-${d}`, inquiries: 1 })), history, { kind: 'position' }, 60));
    expect([short.key, short.params]).toEqual(['demand.historyTooShort', { historyDays: 3, forecastDays: 4 }]);
    const empty = thrown(() => forecastDemand([{ date: '2026-11-12', inquiries: 1 }], history, { kind: 'date' }, 60));
    expect([empty.key, empty.params]).toEqual(['demand.emptyHistoryDay', { date: '2025-11-12' }]);
  });

  it('each day spread by its own history day, and the result says which', () => {
    const demand = forecastDemand([{ date: '2026-11-10', inquiries: 24 }, { date: '2026-11-11', inquiries: 48 }], history, { kind: 'position' }, 60);
    expect(demand.start).toBe(at('2026-11-10', 0));
    expect(demand.inquiries).toHaveLength(48);
    expect(demand.inquiries[20]).toBe(24);
    expect(demand.inquiries[24]).toBe(48);
    expect(demand.inquiries.reduce((a, b) => a + b, 0)).toBe(72);
    expect(demand.shapedBy?.map((s) => s.history)).toEqual([['2025-11-10'], ['2025-11-11']]);
  });

  it('an average skips an empty day; an average of nothing but empty days is refused, naming them', () => {
    const averaged = forecastDemand([{ date: '2026-11-10', inquiries: 10 }], history, { kind: 'average' }, 60);
    expect(averaged.inquiries[20]).toBeCloseTo(5, 12);
    expect(averaged.inquiries[0]).toBeCloseTo(5, 12);
    const onlyEmpty = new Map([['2025-11-12', new Array<number>(96).fill(0)], ['2025-11-13', new Array<number>(96).fill(0)]]);
    const error = thrown(() => forecastDemand([{ date: '2026-11-10', inquiries: 10 }], onlyEmpty, { kind: 'average' }, 60));
    expect([error.key, error.params]).toEqual(['demand.emptyHistoryDay', { date: '2025-11-12, 2025-11-13' }]);
  });
});

describe('a series on slots', () => {
  it('refuses no records; the window runs from the slot of the first record to the slot holding the end of the last', () => {
    expect(thrown(() => seriesDemand([], 60)).key).toBe('csv.empty');
    // Hourly records at 00:30 and 01:30 (in either order): the hours 00:00, 01:00 and 02:00 each get their share.
    const demand = seriesDemand([{ at: 90, inquiries: 6 }, { at: 30, inquiries: 6 }], 60);
    expect(demand.start).toBe(0);
    expect(demand.inquiries).toEqual([3, 6, 3]);
    const half = seriesDemand([{ at: 120, inquiries: 4 }, { at: 180, inquiries: 8 }], 30);
    expect(half.start).toBe(120);
    expect(half.inquiries).toEqual([2, 2, 4, 4]);
    expect(seriesDemand([{ at: DAY + 60, inquiries: 3 }], 60)).toEqual({ start: DAY + 60, slotMinutes: 60, inquiries: [3] });
  });
});
