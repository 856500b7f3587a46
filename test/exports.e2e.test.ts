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

/** What reading decides: inquiries and required agents per slot (the roster itself may be any of several optima). */
const demandOf = (slots: Record<string, string>[]) => slots.map((s) => [s.slot_start, s.inquiries, s.required]);

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
    expect(demandOf(shi.slots)).toEqual(demandOf(qianniu.slots));
    // The same numbers as the GBK export, but for the "-" hour of 11-10.
    const fromEleventh = (slots: Record<string, string>[]) => slots.filter((s) => s.slot_start! >= '2026-11-11');
    expect(demandOf(fromEleventh(qianniu.slots))).toEqual(demandOf(fromEleventh(sycm.slots)));
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
    expect(demandOf(summed.slots)).toEqual(demandOf(single.slots));
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
    expect(bad.stderr.trim()).toBe(`error: ${typo}:1: has a column "cs_shaer"; did you mean "cs_share"? Known columns are date, sales, cs_share, aov, conversion, capacity, bot_rate, sales_low, sales_high`);
  }, 60_000);
});

describe('dates, numbers and the wave by the calendar (built CLI)', () => {
  const dir = tempDir();
  const FORMULA = ['--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576'];

  it('estimate reads 11/10/2026 with --date-format, and writes the day as 2026-11-10 or 2026-10-11', async () => {
    const { writeFileSync } = await import('node:fs');
    const forecast = join(dir, 'us-dates.csv');
    writeFileSync(forecast, 'date,sales\n11/10/2026,500000\n11/11/2026,900000\n');
    const mdy = await run(['estimate', '--forecast', forecast, ...FORMULA, '--date-format', 'MDY', '--format', 'json']);
    const dmy = await run(['estimate', '--forecast', forecast, ...FORMULA, '--date-format', 'DMY', '--format', 'json']);
    expect((JSON.parse(mdy.stdout) as { rows: { date: string }[] }).rows.map((r) => r.date)).toEqual(['2026-11-10', '2026-11-11']);
    expect((JSON.parse(dmy.stdout) as { rows: { date: string }[] }).rows.map((r) => r.date)).toEqual(['2026-10-11', '2026-11-11']);
    // A roster on the same file without --date-format: exit 2 naming the cell, never an internal error.
    const roster = await run(['roster', '--forecast', forecast, ...FORMULA, '--history', 'examples/double11/history.csv']);
    expect(roster.code).toBe(2);
    expect(roster.stderr).toMatch(/us-dates\.csv:2, column "date", value "11\/10\/2026": could be month\/day or day\/month/);
    // Labels that are no dates at all stay labels.
    const labels = join(dir, 'labels.csv');
    writeFileSync(labels, 'date,sales\n预热,500000\n双11,900000\n');
    expect((JSON.parse((await run(['estimate', '--forecast', labels, ...FORMULA, '--format', 'json'])).stdout) as { rows: { date: string }[] }).rows.map((r) => r.date)).toEqual(['预热', '双11']);
  }, 60_000);

  it('the after-sales wave runs by date: a gap between forecast rows is days without sales; --after-sales-rate 0 turns it off', async () => {
    const { writeFileSync } = await import('node:fs');
    const gap = join(dir, 'gap.csv');
    writeFileSync(gap, 'date,sales\n2026-11-10,800000\n2026-11-20,600000\n');
    const result = await run(['estimate', '--forecast', gap, '--config', 'examples/double11/cs-plan.config.json', '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = (JSON.parse(result.stdout) as { rows: { date: string; sales: number; after_sales_inquiries: number }[] }).rows;
    expect(rows[0]?.date).toBe('2026-11-10');
    expect(rows[1]).toMatchObject({ date: '2026-11-11', sales: 0 });
    expect(rows[1]!.after_sales_inquiries).toBeGreaterThan(0); // 11-10's orders still write in
    expect(rows.find((r) => r.date === '2026-11-20')).toMatchObject({ sales: 600000 });
    // The 11-20 figure is its own sales' first day: the 11-10 wave (7 days) has ended by then.
    const alone = join(dir, 'alone.csv');
    writeFileSync(alone, 'date,sales\n2026-11-20,600000\n');
    const single = (JSON.parse((await run(['estimate', '--forecast', alone, '--config', 'examples/double11/cs-plan.config.json', '--format', 'json'])).stdout) as { rows: { after_sales_inquiries: number }[] }).rows;
    expect(rows.find((r) => r.date === '2026-11-20')?.after_sales_inquiries).toBeCloseTo(single[0]!.after_sales_inquiries, 6);
    const off = await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--after-sales-rate', '0', '--format', 'json']);
    expect(off.code).toBe(0);
    expect((JSON.parse(off.stdout) as { rows: unknown[] }).rows).toHaveLength(3);
  }, 60_000);

  it('a 400-digit cell in a history is refused at its cell (it was an internal error)', async () => {
    const { writeFileSync } = await import('node:fs');
    const history = join(dir, 'huge.csv');
    const lines = readFileSync('examples/double11/history.csv', 'utf8').split('\n');
    lines[2] = `2025-11-10,01:00,${'9'.repeat(400)}`;
    writeFileSync(history, lines.join('\n'));
    const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', history, '--config', 'test/fixtures/double11-presales.config.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/huge\.csv:3, column "inquiries", value "9{400}": is too large a number/);
  }, 30_000);

  it('erlang --volume 1,000 is refused with the hint, not read as the list 1 and 0', async () => {
    const result = await run(['erlang', '--volume', '1,000', '--aht', '3', '--target', '80/20']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('error: --volume, value "1,000": reads as the number 1000 with a thousands separator, but commas separate values here; write 1000, or put a space after each comma of a list (1, 500)');
    const list = await run(['erlang', '--volume', '1, 500', '--aht', '3', '--target', '80/20', '--format', 'json']);
    expect(list.code).toBe(0);
  }, 30_000);
});

describe('SIGTERM (built CLI)', () => {
  it('stops a long solve like Ctrl-C: a message, exit 143, no file written', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN, ROOT } = await import('./helpers.js');
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const child = spawn(process.execPath, [BIN, 'roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'examples/double11/cs-plan.config.json', '--time-limit', '60', '--out', out], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    setTimeout(() => child.kill('SIGTERM'), 2500);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(stderr.trim()).toBe('interrupted; nothing was written');
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
