import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './render.js';

describe('formatNumber', () => {
  it('writes thousands separators and at most the decimals asked for', () => {
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(0.5)).toBe('1');
    expect(formatNumber(999.995, 2)).toBe('1,000');
    expect(formatNumber(-0.004, 2)).toBe('-0');
    expect(formatNumber(-1234.5)).toBe('-1,235');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(12)).toBe('12');
  });

  it('agrees with Intl (en-US) on any number and decimals 0–4', () => {
    const intl = (value: number, decimals: number) => value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    fc.assert(fc.property(
      fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8)),
      fc.integer({ min: 0, max: 4 }),
      (value, decimals) => {
        expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
      },
    ), { numRuns: 5000 });
  });
});
