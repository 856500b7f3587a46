import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir, writeFixture } from './helpers.js';

const fixture = (name: string) => join('test/fixtures/check', name);
type Violation = { line: number | null; agent: string; rule: string; value: number | null; limit: number | null; message: string };
const check = async (args: string[]) => {
  const result = await run(['check', ...args, '--format', 'json']);
  return { ...result, json: result.stdout ? (JSON.parse(result.stdout) as { ok: boolean; violations: Violation[] }) : undefined };
};

describe('cs-plan check (built CLI), one fixture per rule', () => {
  it('passes a clean hand-made roster with a split shift and an overnight shift: exit 0', async () => {
    const { code, json } = await check([fixture('clean.csv')]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, violations: [] });
    const table = await run(['check', fixture('clean.csv')]);
    expect(table.stdout).toContain('no violations (4 rows, 2 people)');
  });

  it('max_duty: two touching rows are one 13-hour stretch', async () => {
    const { code, json } = await check([fixture('max-duty-touching.csv')]);
    expect(code).toBe(1);
    expect(json?.violations).toEqual([expect.objectContaining({ line: 3, agent: '小王', rule: 'max_duty', value: 13, limit: 12 })]);
  });

  it('max_duty: an overnight shift written with clock times (19:00 → 08:00 next day)', async () => {
    const { json } = await check([fixture('max-duty-overnight.csv')]);
    expect(json?.violations).toEqual([expect.objectContaining({ line: 2, agent: '小李', rule: 'max_duty', value: 13 })]);
  });

  it('max_duty honours a stricter --max-shift and refuses one above 12', async () => {
    const { json } = await check([fixture('clean.csv'), '--max-shift', '10']);
    expect(json?.violations).toEqual([expect.objectContaining({ agent: '小李', rule: 'max_duty', value: 12, limit: 10 })]);
    const refused = await run(['check', fixture('clean.csv'), '--max-shift', '13']);
    expect(refused.code).toBe(2);
  });

  it('weekly rules: days off (default 1 in every 7 days), days in a row and hours a week, each with its flag', async () => {
    // 小王 works Mon 2 Nov – Mon 9 Nov (8 days); 小李 works 9 h six days a week for two weeks.
    const { code, json } = await check([fixture('weekly-rules.csv')]);
    expect(code).toBe(1);
    expect(json?.violations).toEqual([expect.objectContaining({ agent: '小王', rule: 'days_off', value: 0, limit: 1 })]);
    const strict = await check([fixture('weekly-rules.csv'), '--days-off-per-week', '0', '--max-consecutive-days', '6', '--max-hours-week', '50']);
    expect(strict.json?.violations.map((v) => [v.agent, v.rule, v.value, v.limit])).toEqual([
      ['小王', 'consecutive_days', 8, 6],
      ['小王', 'max_hours_week', 56, 50],
      ['小李', 'max_hours_week', 54, 50],
      ['小李', 'max_hours_week', 54, 50],
    ]);
    const zh = await run(['check', fixture('weekly-rules.csv'), '--lang', 'zh', '--format', 'csv']);
    expect(zh.stdout).toContain('2026-11-02 00:00 – 2026-11-10 00:00 内有连续 7 天只休 0 个整天;每 7 天至少休 1 天');
  });

  it('unavailable_day: a shift on a date the staff file marks unavailable (dates split by ; or 、)', async () => {
    const dir = tempDir();
    const staff = writeFixture(dir, 'staff.csv', 'name,unavailable\n小王,2026-11-05;2026-11-09\n小李,2026-11-03、2026-11-04\n');
    const { json } = await check([fixture('weekly-rules.csv'), '--staff', staff, '--days-off-per-week', '0']);
    expect(json?.violations.map((v) => [v.agent, v.rule, v.line])).toEqual([
      ['小王', 'unavailable_day', 5], ['小王', 'unavailable_day', 9], ['小李', 'unavailable_day', 11], ['小李', 'unavailable_day', 12],
    ]);
    writeFixture(dir, 'staff.csv', 'name,unavailable\n小王,2026-11-31\n');
    const bad = await run(['check', fixture('weekly-rules.csv'), '--staff', staff]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/staff\.csv:2, column "unavailable", value "2026-11-31": is not a date/);
  });

  it('forbidden_sequence: 晚班 then 白班 the next day, matched to --shifts patterns by clock time', async () => {
    const shifts = 'examples/everyday/shifts.csv';
    const { code, json } = await check([fixture('forbidden-sequence.csv'), '--shifts', shifts, '--forbid', '晚班>白班', '--min-rest', '9']);
    expect(code).toBe(1);
    expect(json?.violations.map((v) => [v.agent, v.rule, v.line])).toEqual([['小王', 'forbidden_sequence', 3]]);
    expect(json?.violations[0]?.message).toContain('晚班>白班');
    const noShifts = await run(['check', fixture('forbidden-sequence.csv'), '--forbid', '晚班>白班']);
    expect(noShifts.code).toBe(2);
    expect(noShifts.stderr).toMatch(/give --shifts FILE/);
  });

  it('overlap', async () => {
    const { json } = await check([fixture('overlap.csv')]);
    expect(json?.violations.map((v) => [v.line, v.rule])).toEqual([[3, 'overlap']]);
    expect(json?.violations[0]?.message).toContain('overlaps line 2');
  });

  it('min_rest: 6 hours between duties, 10 required; and --min-rest', async () => {
    const { json } = await check([fixture('min-rest.csv')]);
    expect(json?.violations).toEqual([expect.objectContaining({ line: 3, rule: 'min_rest', value: 6, limit: 10 })]);
    expect((await check([fixture('min-rest.csv'), '--min-rest', '6'])).json?.violations).toEqual([]);
    // A gap within --max-break is a meal break, not a rest: then it is one long duty instead.
    expect((await check([fixture('min-rest.csv'), '--max-break', '6'])).json?.violations.map((v) => v.rule)).toEqual(['max_duty']);
  });

  it('malformed times and names, with the line and the cell', async () => {
    const { code, json } = await check([fixture('malformed.csv')]);
    expect(code).toBe(1);
    expect(json?.violations.map((v) => [v.line, v.rule])).toEqual([[2, 'malformed'], [3, 'malformed'], [4, 'malformed']]);
    expect(json?.violations[0]?.message).toBe('cannot read start "25:00"; write a time such as 2026-11-10 09:00, or 09:00 with a date column (in a grid: 09:00-17:30, a shift name from --shifts, or 休)');
    expect(json?.violations[2]?.message).toContain('end "soon"');
  });

  it('end_before_start', async () => {
    const { json } = await check([fixture('end-before-start.csv')]);
    expect(json?.violations).toEqual([expect.objectContaining({ line: 2, rule: 'end_before_start' })]);
  });

  it('staff rules: outside availability, over max_hours, unknown person', async () => {
    const { json } = await check([fixture('staff-rules.csv'), '--staff', fixture('staff.csv')]);
    expect(json?.violations.map((v) => [v.line, v.agent, v.rule])).toEqual([
      [2, '小王', 'outside_availability'], [4, '小李', 'max_hours'], [5, '小张', 'unknown_person'],
    ]);
    expect(json?.violations[1]).toMatchObject({ value: 16, limit: 12 });
  });

  it('short: fewer agents on duty than the demand requires', async () => {
    const { json } = await check([fixture('coverage-short.csv'), '--demand', fixture('demand.csv'), '--hourly-capacity', '20']);
    expect(json?.violations).toEqual([expect.objectContaining({ rule: 'short', value: 1, limit: 3 })]);
    expect(json?.violations[0]?.message).toBe('2026-11-11 00:00 – 2026-11-11 01:00: 1 agent(s) on duty, 3 required');
  });

  it('prints CSV with stable columns and Chinese with --lang zh', async () => {
    const csv = await run(['check', fixture('overlap.csv'), '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('line,agent,rule,from,to,value,limit,message,cell');
    expect((parse(csv.stdout, { columns: true }) as Record<string, string>[])[0]).toMatchObject({ line: '3', rule: 'overlap' });
    const zh = await run(['check', fixture('overlap.csv'), '--lang', 'zh']);
    expect(zh.stdout).toContain('与第 2 行重叠');
  });

  it('exits 2 when the file cannot be read', async () => {
    const missing = await run(['check', 'no-such-file.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.csv: cannot read the file');
  });

  it('finds nothing wrong in a roster cs-plan made, coverage included', async () => {
    const dir = tempDir();
    const shifts = join(dir, 'shifts.csv');
    const demand = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json'];
    await run(['roster', ...demand, '--out', shifts, '--format', 'json']);
    const { code, json } = await check([shifts, ...demand]);
    expect(json?.violations).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('check on a long duty', () => {
  it('names the first ten lines of a long duty and counts the rest, in both languages', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 30 }, (_, i) => {
      const at = (h: number) => `2026-11-${String(10 + Math.floor(h / 24)).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00`;
      return `A,2026-11-10,${at(i)},${at(i + 1)}`;
    });
    const file = writeFixture(dir, 'long.csv', `agent,date,start,end\n${rows.join('\n')}\n`);
    const { json } = await check([file, '--days-off-per-week', '0']);
    const duty = json?.violations.find((v) => v.rule === 'max_duty');
    expect(duty?.message).toContain('line 2, line 3,');
    expect(duty?.message).toContain('line 11, and 20 more');
    const zh = await run(['check', file, '--days-off-per-week', '0', '--lang', 'zh', '--format', 'csv']);
    expect(zh.stdout).toContain('等另外 20 处');
  });
});
