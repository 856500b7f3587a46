import { describe, expect, it } from 'vitest';
import { coverageChart, timeAxis } from './chart.js';

describe('coverageChart', () => {
  it('marks covered, short and surplus levels', () => {
    expect(coverageChart([2, 4, 1], [2, 3, 3], 4)).toEqual([
      '4 ┤ ░',
      '  ┤ █▒',
      '  ┤██▒',
      '0 ┤███',
      '  └───',
    ]);
  });
  it('scales tall columns down to the height', () => {
    const lines = coverageChart([100], [100], 5);
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5).every((l) => l.endsWith('█'))).toBe(true);
  });
});

describe('timeAxis', () => {
  it('puts each label under its column, leaving out one that would touch the one before', () => {
    expect(timeAxis(['11-10', undefined, undefined, undefined, undefined, undefined, '11-11'], 12)).toBe('11-10 11-11');
    // No further than two columns past the chart's end.
    expect(timeAxis(['11-10', undefined, undefined, undefined, undefined, undefined, '11-11'], 7)).toBe('11-10');
    expect(timeAxis(['11-10', undefined, '12:00', undefined, '11-11'], 5)).toBe('11-10');
    expect(timeAxis([undefined, 'a'], 2)).toBe(' a');
  });

  it('runs under the chart', () => {
    const lines = coverageChart([1, 1, 1, 1], [1, 1, 1, 1], 2, ['11-10', undefined, undefined, undefined]);
    expect(lines[lines.length - 1]).toBe('   11-10');
  });
});
