/**
 * History files shaped like real 生意参谋 / 千牛 exports (test/fixtures/exports, made by
 * make_exports.py), read through the real command line: nothing refused that a person would
 * expect to work, nothing read silently wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir } from './helpers.js';

const fixture = (name: string) => `test/fixtures/exports/${name}`;
const BASE = ['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json', '--format', 'json'];

async function coverageWith(history: string, dir: string, extra: string[] = []) {
  const coverage = join(dir, `${history.split('/').pop()}-${extra.join('')}.csv`);
  const result = await run([...BASE, '--history', history, '--coverage', coverage, ...extra]);
  return { result, coverage, slots: result.code === 0 ? readCsvFile(coverage) : [] };
}

describe('history exports as they come (built CLI)', () => {
  const dir = tempDir();

  it('生意参谋 in GBK: title rows, 时间 ranges, 咨询人数 and 接待人数, extra columns, "-", a 合计 row', async () => {
    const { result, slots } = await coverageWith(fixture('history-sycm-gbk.csv'), dir);
    expect(result.code).toBe(0);
    const file = fixture('history-sycm-gbk.csv');
    expect(result.stderr.trim().split('\n')).toEqual([
      `note: ${file}:1: skipped 2 title row(s) above the header ("2025年双11 店铺客服咨询数据")`,
      `note: ${file}:3: reads "咨询人数" as the inquiries; ignored: 接待人数 (--inquiries-column NAME picks another)`,
      `note: ${file}:3: ignored column(s) cs-plan does not use: 询单人数, 平均响应(秒)`,
      `note: ${file}:76: skipped a totals row ("合计"); it is not data`,
      `note: ${file}: read 1 cell(s) "-" in column inquiries as 0 inquiries (no data in that hour)`,
    ]);
    // The "-" hour gets no inquiries; the 11-11 peak sits at 00:00–02:00.
    expect(Number(slots.find((s) => s.slot_start === '2026-11-10 04:00')?.inquiries)).toBe(0);
    const nov11 = slots.filter((s) => s.slot_start!.startsWith('2026-11-11'));
    expect(nov11.reduce((best, s) => (Number(s.inquiries) > Number(best.inquiries) ? s : best)).slot_start).toMatch(/ 0[01]:00$/);
    // --inquiries-column reads the other column, and the shape follows it.
    const received = await coverageWith(fixture('history-sycm-gbk.csv'), dir, ['--inquiries-column', '接待人数']);
    expect(received.result.code).toBe(0);
    expect(received.result.stderr).toContain('reads "接待人数" as the inquiries; ignored: 咨询人数');
    expect(received.slots.map((s) => s.inquiries)).not.toEqual(slots.map((s) => s.inquiries));
    const missing = await run([...BASE, '--history', file, '--inquiries-column', '咨询次数']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no column "咨询次数" among 咨询人数, 接待人数');
  }, 60_000);

  it('千牛 in UTF-16 with 时间 holding the date-time, and hours written 20时, read as the same hours', async () => {
    const qianniu = await coverageWith(fixture('history-qianniu-utf16.txt'), dir);
    const shi = await coverageWith(fixture('history-hours-shi.csv'), dir);
    const sycm = await coverageWith(fixture('history-sycm-gbk.csv'), dir);
    expect([qianniu.result.code, shi.result.code]).toEqual([0, 0]);
    expect(shi.result.stderr).toBe('');
    expect(shi.slots).toEqual(qianniu.slots);
    // The same numbers as the GBK export, but for the "-" hour of 11-10.
    const after = (slots: Record<string, string>[]) => slots.filter((s) => s.slot_start! >= '2026-11-11');
    expect(after(qianniu.slots)).toEqual(after(sycm.slots));
  }, 60_000);

  it('a time repeated (an export split by channel) is an error naming both lines; --duplicates sum adds them', async () => {
    const file = fixture('history-by-channel.csv');
    const coverage = join(dir, 'by-channel.csv');
    const refused = await run([...BASE, '--history', file, '--coverage', coverage]);
    expect(refused.code).toBe(2);
    const errors = refused.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors[0]).toBe(`error: ${file}:3, column "hour", value "00:00": repeats 2025-11-10 00:00 of line 2; remove one, or pass --duplicates sum to add rows of one time (exports split by channel)`);
    expect(existsSync(coverage)).toBe(false);
    const summed = await coverageWith(file, dir, ['--duplicates', 'sum']);
    expect(summed.result.code).toBe(0);
    expect(summed.result.stderr).toContain('added up 72 row(s) repeating a time (--duplicates sum)');
    // PC + 无线 per hour are the 咨询量 of the single-row export.
    const single = await coverageWith(fixture('history-hours-shi.csv'), dir);
    expect(summed.slots).toEqual(single.slots);
    expect(readFileSync(file, 'utf8')).toContain('无线');
  }, 60_000);

  it('columns cs-plan does not use are ignored with one notice; a misspelt one is an error with the suggestion', async () => {
    const forecastDir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const extra = join(forecastDir, 'forecast.csv');
    writeFileSync(extra, 'date,sales,备注,活动\n2026-11-11,500000,预热,双11\n');
    const ok = await run(['estimate', '--forecast', extra, '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(ok.stderr.trim()).toBe(`note: ${extra}:1: ignored column(s) cs-plan does not use: 备注, 活动`);
    const typo = join(forecastDir, 'typo.csv');
    writeFileSync(typo, 'date,sales,cs_shaer\n2026-11-11,500000,20%\n');
    const bad = await run(['estimate', '--forecast', typo, '--aov', '100', '--conversion', '40%', '--capacity', '576']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`error: ${typo}:1: has a column "cs_shaer"; did you mean "cs_share"? Known columns are date, sales, cs_share, aov, conversion, capacity, bot_rate`);
  }, 60_000);
});
