import { describe, expect, it } from 'vitest';
import { cellText, fileKind } from './workbook-read.js';
import { parseCsvTable } from './csv-read.js';
import { SERIES_COLUMNS } from './roster-files.js';

describe('fileKind', () => {
  it('tells text from workbooks and other binary files by their first bytes', () => {
    expect(fileKind(Buffer.from('日期,咨询量\n'))).toBe('text');
    expect(fileKind(Buffer.from([0xff, 0xfe, 0x65, 0x00]))).toBe('text'); // UTF-16 with its BOM
    expect(fileKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('[Content_Types].xml xl/workbook.xml')]))).toBe('xlsx');
    expect(fileKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('Index/Document.iwa')]))).toBe('numbers');
    expect(fileKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('data.csv')]))).toBe('zip');
    expect(fileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(fileKind(Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(fileKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('binary');
  });
});

describe('cellText', () => {
  it('shows cells as a person sees them: dates, date-times, times of day, numbers, formulas, rich text', () => {
    expect(cellText(new Date(Date.UTC(2026, 10, 10, 20, 0)))).toBe('2026-11-10 20:00');
    expect(cellText(new Date(Date.UTC(2026, 10, 10)))).toBe('2026-11-10');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toBe('09:30'); // a time-only cell
    expect(cellText(new Date(Date.UTC(2026, 10, 10, 19, 59, 59, 990)))).toBe('2026-11-10 20:00'); // float noise in a serial
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(1200)).toBe('1200');
    expect(cellText({ formula: 'A1*2', result: 48 })).toBe('48');
    expect(cellText({ richText: [{ text: '咨询' }, { text: '量' }] })).toBe('咨询量');
    expect(cellText({ text: '链接', hyperlink: 'https://example.com' })).toBe('链接');
    expect(cellText(null)).toBe('');
  });
});

describe('header below title rows', () => {
  it('skips an export\'s title rows above the header, with a notice', async () => {
    const notices: string[] = [];
    const table = await parseCsvTable('2025 双11 咨询数据\n导出时间:2025-11-12\n日期,小时,咨询量\n2025-11-10,20,45\n', 'h.csv', SERIES_COLUMNS, {
      onNotice: (n) => notices.push(`${n.key} ${n.location.line}`),
    });
    expect(table.rows).toEqual([{ line: 4, cells: { date: '2025-11-10', hour: '20', inquiries: '45' } }]);
    expect(notices).toEqual(['csv.titleSkipped 1']);
  });

  it('with no header found, takes the first row as the header and calls no later row a title', async () => {
    const notices: string[] = [];
    await expect(parseCsvTable('"\n小王,"\n小李\n', 's.csv', SERIES_COLUMNS, { onNotice: (n) => notices.push(n.key) })).rejects.toThrow(/missingColumn|no column/);
    expect(notices).not.toContain('csv.titleSkipped');
  });

  it('still names an unknown column when no row looks like a header', async () => {
    await expect(parseCsvTable('when,volume_x\n2025-11-10,45\n', 'h.csv', SERIES_COLUMNS)).rejects.toThrow(/unknown|未知|column/i);
  });
});
