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

describe('readRosterFile on a grid', () => {
  it('reads people until the totals under the grid, a person named Summer included', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readRosterFile } = await import('./roster-files.js');
    const file = join(mkdtempSync(join(tmpdir(), 'cs-plan-grid-')), 'grid.csv');
    writeFileSync(file, 'agent,2026-12-07,2026-12-08,shifts,hours\nSummer,09:00-17:00,休,1,8\n小王,白班 (12:00-13:00),20:00-02:00,2,14.5\n\nTotal · 白班,1,0\nTotal,2,1\n');
    const read = await readRosterFile(file, {}, [{ name: '白班', startMinute: 540, lengthMinutes: 510 }]);
    expect(read.format).toBe('grid');
    expect(read.rows.map((r) => [r.person, read.refs?.get(r.line)?.cell])).toEqual([['Summer', 'B2'], ['小王', 'B3'], ['小王', 'C3']]);
    expect(read.rows[1]?.mealBreak).toBeDefined();
    expect(read.rows[2]?.end).toBe((read.rows[2]?.start ?? 0) + 360);
  });
});
