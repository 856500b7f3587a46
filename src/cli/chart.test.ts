import { describe, expect, it } from 'vitest';
import { coverageChart } from './chart.js';

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
