import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ceilTolerant, floorTolerant, roundTo } from './numeric.js';

describe('ceilTolerant', () => {
  it('ignores float noise above an integer', () => {
    expect(21 / 0.7).toBeGreaterThan(30);
    expect(ceilTolerant(21 / 0.7)).toBe(30);
    expect(ceilTolerant(200.0000000001)).toBe(200);
  });
  it('rounds genuine fractions up', () => {
    expect(ceilTolerant(2500 / 576)).toBe(5);
    expect(ceilTolerant(0.001)).toBe(1);
    expect(ceilTolerant(0)).toBe(0);
  });
  it('never falls below the value by more than the tolerance', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (x) => {
        const c = ceilTolerant(x);
        expect(Number.isInteger(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(x - 1e-9 * Math.max(1, x));
        expect(c).toBeLessThan(x + 1);
      }),
    );
  });
});

describe('floorTolerant', () => {
  it('ignores float noise below an integer', () => {
    expect(floorTolerant(0.3 / 0.1)).toBe(3);
    expect(floorTolerant(2.5)).toBe(2);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(1666.66666666, 4)).toBe(1666.6667);
    expect(roundTo(-0.00001, 2)).toBe(0);
  });
});

describe('the tolerance is relative to the value (from the mutation run)', () => {
  it('a million minus a ten-thousandth is a million for both; a small value keeps an absolute 1e-9', () => {
    expect(floorTolerant(1_000_000 - 1e-4)).toBe(1_000_000);
    expect(ceilTolerant(1_000_000 + 1e-4)).toBe(1_000_000);
    expect(floorTolerant(1_000_000 - 1e-2)).toBe(999_999);
    expect(ceilTolerant(1_000_000 + 1e-2)).toBe(1_000_001);
    expect(floorTolerant(3 - 1e-10)).toBe(3);
    expect(floorTolerant(3 - 1e-8)).toBe(2);
    expect(floorTolerant(0.5 - 1e-10)).toBe(0);
  });
});
