import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, renderTable, splitHeader } from './render.js';

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

describe('renderTable fits the terminal', () => {
  it('breaks headers onto two lines (Chinese of five characters or more too) only when needed', () => {
    expect(splitHeader('After-sales inquiries')).toBe('After-sales\ninquiries');
    expect(splitHeader('人工接待量')).toBe('人工\n接待量');
    expect(splitHeader('客服人数')).toBe('客服人数');
    expect(splitHeader('\u001b[36mAgents (exact)\u001b[39m')).toBe('\u001b[36mAgents\u001b[39m\n\u001b[36m(exact)\u001b[39m');
  });

  it('leaves out the least important columns first, names them, and keeps the rest whole', async () => {
    const head = ['Date', 'Sales volume', 'Share', 'Agents'];
    const rows = [['2026-11-11', '3,600,000', '30%', '40']];
    const text = await renderTable(head, rows, { columns: 36, priority: [Infinity, 50, 10, Infinity] });
    expect(text).not.toContain('30%');
    expect(text).toContain('3,600,000');
    expect(text).toContain('(Share: left out to fit 36 columns');
    const all = await renderTable(head, rows, { columns: 36, priority: [Infinity, 50, 10, Infinity], wide: true });
    expect(all).toContain('30%');
  });
});
