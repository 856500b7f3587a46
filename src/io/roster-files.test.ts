import { describe, expect, it } from 'vitest';
import { parseRole, readStaff } from './roster-files.js';

describe('parseRole', () => {
  it('reads English and Chinese role words', () => {
    expect(parseRole('pre')).toBe('pre');
    expect(parseRole('Pre-Sales')).toBe('pre');
    expect(parseRole('售前')).toBe('pre');
    expect(parseRole('after_sales')).toBe('after');
    expect(parseRole('售后')).toBe('after');
    expect(parseRole('both')).toBe('both');
    expect(parseRole('售前+售后')).toBe('both');
    expect(parseRole('全部')).toBe('both');
  });
  it('names the accepted words on anything else', () => {
    expect(() => parseRole('refunds')).toThrow(expect.objectContaining({ key: 'value.oneOf' }));
  });
});

describe('staff templates', () => {
  it('the English and Chinese templates read the same, roles included', async () => {
    const english = await readStaff('templates/staff.csv');
    expect(await readStaff('templates/staff.zh.csv')).toEqual(english);
    expect(english.map((m) => m.role)).toEqual([undefined, 'pre', 'pre', 'after']);
  });
});
