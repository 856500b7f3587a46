import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir } from './helpers.js';

const FIXTURES = 'test/fixtures/messy';
const fixture = (name: string) => join(FIXTURES, name);
const estimateJson = async (args: string[]) => {
  const result = await run(['estimate', ...args, '--format', 'json']);
  return { ...result, json: result.stdout ? (JSON.parse(result.stdout) as { rows: Record<string, number | string>[] }) : undefined };
};
async function encodeBig5(text: string): Promise<Buffer> {
  const { default: iconv } = await import('iconv-lite');
  return iconv.encode(text, 'big5');
}
const ROSTER_DAY = ['--sales', '1000000', '--cs-share', '30%', '--aov', '200', '--conversion', '50%', '--capacity', '200'];

describe('reading the files spreadsheets and CS software export', () => {
  it('GBK from Chinese Excel with CRLF, typed amounts and a totals row (skipped with a notice)', async () => {
    const { code, json, stderr } = await estimateJson(['--forecast', fixture('forecast-gbk-excel.csv')]);
    expect(code).toBe(0);
    expect(json?.rows.map((r) => r.date)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(json?.rows.map((r) => r.sales)).toEqual([800_000, 3_600_000, 600_000]);
    expect(stderr.trim()).toBe('note: test/fixtures/messy/forecast-gbk-excel.csv:5: skipped a totals row ("合计"); it is not data');
  });

  it('UTF-16 "Unicode text" with tabs', async () => {
    const { json } = await estimateJson(['--forecast', fixture('forecast-utf16-tabs.txt')]);
    expect(json?.rows[0]).toMatchObject({ date: '2026-11-11', inquiries: 2500, agents: 5 });
  });

  it('semicolons and quoted fields', async () => {
    const { json } = await estimateJson(['--forecast', fixture('forecast-semicolon.csv')]);
    expect(json?.rows[0]).toMatchObject({ inquiries: 2500, agents: 5 });
  });

  it('full-width digits and punctuation, header case and spaces', async () => {
    const { json } = await estimateJson(['--forecast', fixture('forecast-fullwidth.csv')]);
    expect(json?.rows[0]).toMatchObject({ sales: 500_000, cs_share: 0.2, inquiries: 2500, agents: 5 });
  });

  it('a BOM, trailing empty columns and rows', async () => {
    const { json } = await estimateJson(['--forecast', fixture('forecast-trailing-empties.csv')]);
    expect(json?.rows).toHaveLength(1);
  });

  it('--encoding reads other legacy encodings (Big5) but never garbles UTF-8', async () => {
    const dir = tempDir();
    const big5 = join(dir, 'big5.csv');
    const header = '日期,銷售額,客服銷售占比,客服客單價,詢單轉化率,客服飽和接待量';
    writeFileSync(big5, Buffer.concat([await encodeBig5(header), Buffer.from('\n2026-11-11,500000,20%,100,40%,576\n')]));
    const misread = await run(['estimate', '--forecast', big5]);
    expect(misread.code).toBe(2); // read as GB18030 the traditional headers are garbage
    const dir2 = tempDir();
    const simplified = join(dir2, 'big5.csv');
    writeFileSync(simplified, Buffer.concat([await encodeBig5('日期,sales,cs_share,aov,conversion,capacity'), Buffer.from('\n2026-11-11,500000,20%,100,40%,576\n')]));
    const read = await estimateJson(['--forecast', simplified, '--encoding', 'big5']);
    expect(read.json?.rows[0]).toMatchObject({ date: '2026-11-11', agents: 5 });
    const utf8 = join(dir, 'f.csv');
    writeFileSync(utf8, '日期,销售额,客服销售占比,客服客单价,询单转化率,客服饱和接待量\n2026-11-11,500000,20%,100,40%,576\n');
    const kept = await estimateJson(['--forecast', utf8, '--encoding', 'gbk']);
    expect(kept.json?.rows[0]).toMatchObject({ agents: 5 });
    expect(kept.stderr).toContain('is valid UTF-8, so it is read as UTF-8; --encoding gbk applies to files that are not');
    const unknown = await run(['estimate', '--forecast', utf8, '--encoding', 'klingon']);
    expect(misread.stderr).toContain('has no column "date"');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('error: --encoding, value "klingon": is not an encoding cs-plan knows; use utf-8, gbk, gb18030 or utf-16le');
  });

  describe('dates and times as people type them', () => {
    const coverageOf = async (history: string, extra: string[] = []) => {
      const dir = tempDir();
      const coverage = join(dir, 'c.csv');
      const result = await run(['roster', ...ROSTER_DAY, '--date', '2026-11-10', '--history', history, '--coverage', coverage, '--format', 'json', ...extra]);
      return { ...result, slots: result.code === 0 ? (parse(readFileSync(coverage, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]) : [] };
    };
    /** In every fixture the hour-h record has 10 + h inquiries, so the day's shape rises through the day. */
    const expectRisingShape = (slots: Record<string, string>[]) => {
      const inquiries = slots.map((s) => Number(s.inquiries));
      expect(inquiries[23]! / inquiries[0]!).toBeCloseTo(33 / 10, 4); // the file rounds to 4 decimals
    };

    it('US month/day/year with AM/PM needs --date-format when ambiguous', async () => {
      const ambiguous = await coverageOf(fixture('history-us-dates.csv'));
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toContain('history-us-dates.csv:2, column "datetime", value "11/10/2025 12:00 AM": could be month/day or day/month; pass --date-format MDY');
      const ok = await coverageOf(fixture('history-us-dates.csv'), ['--date-format', 'MDY']);
      expect(ok.code).toBe(0);
      expectRisingShape(ok.slots);
    });

    it('Excel serial date-times', async () => {
      const { code, slots } = await coverageOf(fixture('history-excel-serial.csv'));
      expect(code).toBe(0);
      expectRisingShape(slots);
    });

    it('a date column and 生意参谋-style hour ranges, in GB18030', async () => {
      const { code, slots } = await coverageOf(fixture('history-hour-ranges.csv'));
      expect(code).toBe(0);
      expectRisingShape(slots);
    });

    it('half-hourly history with mixed ISO forms, summed into hours', async () => {
      const { code, slots } = await coverageOf(fixture('history-half-hourly.csv'));
      expect(code).toBe(0);
      const inquiries = slots.map((s) => Number(s.inquiries));
      // hour h holds records 2h and 2h+1: (5 + 2h) + (6 + 2h)
      expect(inquiries[23]! / inquiries[0]!).toBeCloseTo((5 + 46 + 6 + 46) / 11, 4);
    });
  });

  describe('writing for spreadsheets', () => {
    it('writes GBK for old Excel with --encoding gbk, and UTF-8 with a BOM by default', async () => {
      const dir = tempDir();
      const gbk = join(dir, 'gbk.csv');
      await run(['roster', ...ROSTER_DAY, '--date', '2026-11-10', '--history', fixture('history-hour-ranges.csv'), '--out', gbk, '--encoding', 'gbk', '--format', 'json']);
      const bytes = readFileSync(gbk);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      expect(new TextDecoder('gbk').decode(bytes).split('\n')[0]).toBe('agent,date,start,end,hours,role,break_start,break_end,pattern');
      const staff = join(dir, 'staff.csv');
      writeFileSync(staff, 'name\n小王\n小李\n');
      const chinese = join(dir, 'zh.csv');
      await run(['roster', ...ROSTER_DAY, '--date', '2026-11-10', '--history', fixture('history-hour-ranges.csv'), '--staff', staff, '--out', chinese, '--encoding', 'gbk', '--format', 'json']);
      const text = new TextDecoder('gbk').decode(readFileSync(chinese));
      expect(text).toContain('小王');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(chinese))).toThrow();
    });
  });
});

describe('the CLI on garbage files', () => {
  it('answers random bytes with exit 0 or a one-line-per-problem exit 2, never a stack trace', async () => {
    const { default: fc } = await import('fast-check');
    const samples = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 400 }), { numRuns: 6, seed: 42 });
    samples.push(new TextEncoder().encode('date,sales\n"unterminated,5\n'), new TextEncoder().encode('\u0000\u0000,,\n,,'));
    const dir = tempDir();
    for (const [i, bytes] of samples.entries()) {
      const file = join(dir, `g${i}.csv`);
      writeFileSync(file, bytes);
      for (const args of [['estimate', '--forecast', file, '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576'],
        ['roster', ...ROSTER_DAY, '--date', '2026-11-10', '--history', file]]) {
        const result = await run(args);
        expect([0, 2]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        const lines = result.stderr.split('\n').filter(Boolean);
        expect(lines.every((line) => /^(error|note|错误|提示): /.test(line))).toBe(true);
        if (result.code === 2) expect(lines.some((line) => line.startsWith('error: '))).toBe(true);
      }
    }
  });
});
