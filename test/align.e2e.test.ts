/**
 * History days matched to forecast days by the calendar (--align), through the real command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir } from './helpers.js';

const CONFIG = ['--config', 'test/fixtures/double11-presales.config.json'];
const HISTORY = 'examples/double11/history.csv';

/** The hour (HH) of the slot that needs the most agents on a date. */
function peakHour(coverage: string, date: string): string {
  const slots = readCsvFile(coverage).filter((s) => s.slot_start?.startsWith(date));
  const peak = slots.reduce((best, s) => (Number(s.inquiries) > Number(best.inquiries) ? s : best));
  return peak.slot_start!.slice(11, 13);
}

describe('--align: which history day shapes which forecast day (built CLI)', () => {
  const dir = tempDir();

  it('a forecast of 11-11 alone takes last year\'s 11-11 and peaks at 00:00–02:00, like the full example', async () => {
    const forecast = join(dir, 'only-11-11.csv');
    const lines = readFileSync('examples/double11/forecast.csv', 'utf8').split('\n');
    writeFileSync(forecast, [lines[0], lines.find((l) => l.startsWith('2026-11-11'))].join('\n'));
    const full = join(dir, 'full.csv');
    const alone = join(dir, 'alone.csv');
    const [a, b] = await Promise.all([
      run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', HISTORY, ...CONFIG, '--coverage', full, '--format', 'json']),
      run(['roster', '--forecast', forecast, '--history', HISTORY, ...CONFIG, '--coverage', alone, '--format', 'json']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.stderr).toBe('');
    expect(['00', '01']).toContain(peakHour(alone, '2026-11-11'));
    expect(peakHour(alone, '2026-11-11')).toBe(peakHour(full, '2026-11-11'));
    expect((JSON.parse(b.stdout) as { history_shapes: unknown }).history_shapes).toEqual([{ date: '2026-11-11', history: ['2025-11-11'], fallback: false }]);
    // The old behaviour, by position, gave it the eve's shape: the peak moved to the evening.
    const byPosition = join(dir, 'by-position.csv');
    expect((await run(['roster', '--forecast', forecast, '--history', HISTORY, ...CONFIG, '--align', 'position', '--coverage', byPosition])).code).toBe(0);
    expect(['00', '01']).not.toContain(peakHour(byPosition, '2026-11-11'));
  }, 60_000);

  it('a history export of 11-01…11-12 shapes 10–12 Nov by their dates, and the summary says so', async () => {
    const history = join(dir, 'history-01-12.csv');
    const rows = readFileSync(HISTORY, 'utf8').trim().split('\n');
    const early = Array.from({ length: 9 }, (_, d) => Array.from({ length: 24 }, (__, h) => `2025-11-0${d + 1},${String(h).padStart(2, '0')}:00,${h === 12 ? 90 : 10}`)).flat();
    writeFileSync(history, [rows[0], ...early, ...rows.slice(1)].join('\n'));
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', history, ...CONFIG, '--coverage', coverage]);
    expect(result.code).toBe(0);
    // The summary wraps to the terminal: compare with the line breaks taken out.
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/Hourly shape of each day from 11-10 ← 2025-11-10 · 11-11 ← 2025-11-11 · 11-12 ← 2025-11-12/);
    expect(['00', '01']).toContain(peakHour(coverage, '2026-11-11'));
    const zh = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', history, ...CONFIG, '--lang', 'zh']);
    expect(zh.stdout).toContain('每天的小时分布取自');
  }, 60_000);

  it('days without a match take the average shape, with one notice naming them; weekday and shifts by days', async () => {
    const late = join(dir, 'late.csv');
    writeFileSync(late, 'date,sales\n2026-11-12,600000\n2026-11-13,500000\n');
    const result = await run(['roster', '--forecast', late, '--history', HISTORY, ...CONFIG, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      `note: ${HISTORY}: forecast day(s) 2026-11-13 have no history day with the same month and day in an earlier year; they take the average shape of all 3 history day(s) (--align sets the matching)`,
    ]);
    const shapes = (JSON.parse(result.stdout) as { history_shapes: { date: string; history: string[]; fallback: boolean }[] }).history_shapes;
    expect(shapes[1]).toEqual({ date: '2026-11-13', history: ['2025-11-10', '2025-11-11', '2025-11-12'], fallback: true });
    // 2026-11-12 is a Thursday, like 2025-11-13… which the history lacks; 2025-11-12 was a Wednesday.
    const weekday = await run(['roster', '--forecast', late, '--history', HISTORY, ...CONFIG, '--align', 'weekday', '--format', 'json']);
    expect(weekday.stderr).toContain('no history day on the same weekday');
    const shifted = await run(['roster', '--forecast', late, '--history', HISTORY, ...CONFIG, '--align', '2026-11-12=2025-11-11', '--format', 'json']);
    expect((JSON.parse(shifted.stdout) as { history_shapes: { history: string[] }[] }).history_shapes.map((s) => s.history)).toEqual([['2025-11-11'], ['2025-11-12']]);
    const bad = await run(['roster', '--forecast', late, '--history', HISTORY, ...CONFIG, '--align', 'nearest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('error: --align, value "nearest": is not a way to match history days; use date, weekday, position, average, or a shift such as 2026-11-11=2025-11-12');
    const both = await run(['roster', '--forecast', late, '--history', HISTORY, ...CONFIG, '--align', 'date', '--profile', 'average']);
    expect(both.code).toBe(2);
  }, 60_000);
});
