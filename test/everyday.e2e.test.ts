import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readCsvFile, run, tempDir, writeFixture } from './helpers.js';
// @ts-expect-error plain JavaScript helper shared with the benchmark
import { makeEverydayTeam } from '../bench/make-demand.mjs';

const EXAMPLE = ['--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv', '--config', 'examples/everyday/cs-plan.config.json'];
type Row = Record<string, string>;

describe('everyday roster (built CLI): a month for 30 people', () => {
  it('plans December under the person-level rules, and check agrees', async () => {
    const dir = tempDir();
    const out = join(dir, 'month.csv');
    const result = await run(['roster', ...EXAMPLE, '--out', out, '--format', 'json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { solver: { status: string; proven: string[] }; short_agent_slots: number; people_rostered: number; preference_misses: number };
    expect(summary.solver.status).toBe('optimal');
    expect(summary.short_agent_slots).toBe(0);
    // 小李 and 小张 prefer 白班, 小刘 晚班, 小董 半白班: all granted, and proven (a soft goal at 0 cannot improve).
    expect(summary.preference_misses).toBe(0);
    expect(summary.solver.proven).toEqual(['unmet_demand', 'agent_hours', 'soft_goals']);
    const shifts = readCsvFile(out);
    // One shift a day per person; no 晚班 (17:00) followed by 白班 (09:00) the next day.
    const byAgent = new Map<string, Row[]>();
    for (const s of shifts) byAgent.set(s.agent!, [...(byAgent.get(s.agent!) ?? []), s]);
    const hours: number[] = [];
    for (const [agent, list] of byAgent) {
      const dates = list.map((s) => s.date);
      expect(new Set(dates).size).toBe(dates.length);
      list.sort((a, b) => a.start!.localeCompare(b.start!));
      for (let i = 1; i < list.length; i++) {
        const nextDay = Date.parse(`${list[i]!.date}T00:00:00Z`) - Date.parse(`${list[i - 1]!.date}T00:00:00Z`) === 86_400_000;
        expect(nextDay && list[i - 1]!.start!.endsWith('17:00') && list[i]!.start!.endsWith('09:00')).toBe(false);
      }
      if (!['小董', '小萧', '小王'].includes(agent)) hours.push(list.reduce((sum, s) => sum + Number(s.hours), 0));
    }
    // 小董 has max_hours 120 and min_hours 80, 小萧 joins on 15 Dec, 小王 takes two days off: all outside the full-time hours balance.
    const dong = (byAgent.get('小董') ?? []).reduce((sum, s) => sum + Number(s.hours), 0);
    expect(dong).toBeLessThanOrEqual(120);
    expect(dong).toBeGreaterThanOrEqual(80);
    expect(byAgent.get('小萧')!.every((s) => s.date! >= '2026-12-15')).toBe(true);
    // 小王 asked for 24 and 25 Dec off.
    expect(byAgent.get('小王')!.some((s) => ['2026-12-24', '2026-12-25'].includes(s.date!))).toBe(false);
    expect(byAgent.get('小刘')!.every((s) => s.start!.endsWith('17:00'))).toBe(true);
    expect((byAgent.get('小董') ?? []).every((s) => s.start!.endsWith('10:00'))).toBe(true);
    expect(Math.max(...hours) - Math.min(...hours)).toBeLessThanOrEqual(16);
    // The independent checker: a day off every full week, at most 6 days in a row, rest, coverage.
    const check = await run(['check', out, '--staff', 'examples/everyday/staff.csv', '--max-consecutive-days', '6',
      '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '16', '--slot', '30', '--format', 'json']);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, coverage_checked: true });
  }, 60_000);

  it('--break puts a meal break in long shifts where demand allows; check reads and checks the breaks', async () => {
    const dir = tempDir();
    const out = join(dir, 'month.csv');
    const htmlFile = join(dir, 'month.html');
    const result = await run(['roster', ...EXAMPLE, '--break', '60m-after-6h', '--out', out, '--report', htmlFile, '--format', 'json']);
    expect([0, 1]).toContain(result.code);
    const summary = JSON.parse(result.stdout) as { short_agent_slots: number };
    const shifts = readCsvFile(out);
    expect(Object.keys(shifts[0] ?? {}).slice(-3)).toEqual(['break_start', 'break_end', 'pattern']);
    // The report's Gantt draws each break inside its shift.
    const html = readFileSync(htmlFile, 'utf8');
    expect(html.match(/<rect class="meal-break"/g)?.length).toBe(shifts.filter((s) => s.break_start !== '').length);
    for (const s of shifts) {
      // 白班 (8.5 h) and 晚班 (6.5 h) are longer than 6 h: a 60-minute break inside; 半白班 (5.5 h) needs none.
      const long = Number(s.hours) > 6;
      expect(s.break_start !== '').toBe(long);
      if (long) {
        expect(Date.parse(`${s.break_end!.replace(' ', 'T')}:00Z`) - Date.parse(`${s.break_start!.replace(' ', 'T')}:00Z`)).toBe(3_600_000);
        expect(s.break_start! > s.start! && s.break_end! < s.end!).toBe(true);
      }
    }
    // The example's own rule keeps breaks at lunch (11:00–14:00) or dinner (18:00–20:00), and check agrees.
    const windowed = join(dir, 'windows.csv');
    expect([0, 1]).toContain((await run(['roster', ...EXAMPLE, '--out', windowed])).code);
    const inWindows = readCsvFile(windowed).filter((s) => s.break_start);
    expect(inWindows.length).toBeGreaterThan(0);
    for (const s of inWindows) {
      const [from, to] = [s.break_start!.slice(11), s.break_end!.slice(11)];
      expect((from >= '11:00' && to <= '14:00') || (from >= '18:00' && to <= '20:00')).toBe(true);
    }
    const outside = await run(['check', out, '--break', '60m-after-6h@11:00-14:00,18:00-20:00', '--format', 'json']);
    const flagged = JSON.parse(outside.stdout) as { violations: { rule: string }[] };
    // The roster made without windows has breaks outside them (10:30 lunches), which check names.
    expect(flagged.violations.some((v) => v.rule === 'break_outside_window')).toBe(true);
    const none = await run(['roster', ...EXAMPLE, '--break', '60m-after-6h@15:00-16:00']);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/^error: --break: shift "(白班|晚班)" needs a meal break, but no break .* fits inside the meal windows 15:00-16:00/);
    // check counts nobody on a break as on duty, and finds exactly the roster's own shortfall.
    const check = await run(['check', out, '--break', '60m-after-6h', '--max-consecutive-days', '6',
      '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '16', '--slot', '30', '--format', 'json']);
    const report = JSON.parse(check.stdout) as { violations: { rule: string; value: number; limit: number }[] };
    expect(report.violations.every((v) => v.rule === 'short')).toBe(true);
    expect(report.violations.reduce((sum, v) => sum + v.limit - v.value, 0)).toBe(summary.short_agent_slots);
  }, 120_000);

  it('200 people: the decomposition (shift counts, then people) plans the month, proven by its bound; check agrees', async () => {
    const dir = tempDir();
    const people = 200;
    const { staff, demand } = makeEverydayTeam(dir, ROOT, people);
    const out = join(dir, 'month.csv');
    const result = await run(['roster', '--demand', demand, '--shifts', 'examples/everyday/shifts.csv', '--staff', staff,
      '--config', 'examples/everyday/cs-plan.config.json', '--out', out, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { solver: { status: string; method: string; gap: number }; short_agent_slots: number };
    expect(summary.solver).toMatchObject({ status: 'optimal', method: 'decomposition', gap: 0 });
    const check = await run(['check', out, '--shifts', 'examples/everyday/shifts.csv', '--config', 'examples/everyday/cs-plan.config.json',
      '--demand', demand, '--format', 'json']);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, coverage_checked: true });
    // The hours balance (16 h) holds too: check has no balance rule, so measure it here.
    const hours = new Map<string, number>();
    for (const s of readCsvFile(out)) hours.set(s.agent!, (hours.get(s.agent!) ?? 0) + Number(s.hours));
    expect(Math.max(...hours.values()) - Math.min(...hours.values())).toBeLessThanOrEqual(16);
    // Soft goals asked of a team this size are not planned, and the run says so.
    const soft = await run(['roster', '--demand', demand, '--shifts', 'examples/everyday/shifts.csv', '--staff', staff,
      '--config', 'examples/everyday/cs-plan.config.json', '--fair', 'weekends', '--format', 'json']);
    expect(soft.code).toBe(0);
    expect(soft.stderr).toMatch(/^note: the soft goals .* were not planned: a team of 200 is planned by the decomposition/);
  }, 60_000);

  it('refuses a preference for a shift pattern that does not exist, naming it', async () => {
    const dir = tempDir();
    const staff = writeFixture(dir, 'staff.csv', 'name,prefers\n小李,白班\n小王,夜班\n');
    const result = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', staff, '--config', 'examples/everyday/cs-plan.config.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--staff.*小王.*"夜班".*白班, 半白班, 晚班/);
  });

  it('check reads hand-made break times (clock times on the shift) and flags missing or misplaced breaks', async () => {
    const dir = tempDir();
    const file = writeFixture(dir, '排班.csv', [
      '姓名,日期,上班时间,下班时间,休息开始,休息结束',
      '小王,2026-12-01,09:00,17:30,12:30,13:30',
      '小李,2026-12-01,09:00,17:30,,',
      '小张,2026-12-01,09:00,17:30,18:00,19:00',
      '小赵,2026-12-01,20:00,04:00,00:00,01:00',
    ].join('\n'));
    const check = await run(['check', file, '--break', '60m-after-4h', '--days-off-per-week', '0', '--format', 'json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { violations: { line: number; rule: string }[] };
    expect(report.violations.map((v) => [v.line, v.rule])).toEqual([[3, 'meal_break'], [4, 'break_outside_shift']]);
  });

  it('refuses person-level flags where they cannot apply, and bad sequences', async () => {
    const campaign = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'examples/double11/cs-plan.config.json', '--forbid', '晚班>白班']);
    expect(campaign.code).toBe(2);
    expect(campaign.stderr.trim()).toBe('error: --forbid: --forbid names shift patterns: give --shifts (e.g. templates/shift-patterns.csv)');
    const unknown = await run(['roster', ...EXAMPLE, '--forbid', '夜班>白班']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/names the shift "夜班", which is not in --shifts \(白班, 半白班, 晚班\)/);
    const malformed = await run(['roster', ...EXAMPLE, '--forbid', '晚班']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--forbid, value "晚班": must be shift pattern pairs such as 晚班>白班/);
  });
});
