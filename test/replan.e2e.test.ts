/**
 * `cs-plan replan` through the built CLI: the campaign night (Double 11 at 01:00 with inquiries
 * 30% above the plan) and an ordinary month with someone ill. Every figure is checked
 * independently here: duties recomputed from the written roster, the change list rebuilt by
 * comparing old and new rosters, and the merged roster run through `cs-plan check`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir, writeFixture } from './helpers.js';

type Row = Record<string, string>;
const D11 = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'examples/double11/cs-plan.config.json', '--shifts', 'examples/double11/shifts.csv'];
const EVERYDAY = ['--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv', '--config', 'examples/everyday/cs-plan.config.json'];
const NOW = '2026-11-11 01:00';

/** Actual inquiries per hour before `now`: the plan's (coverage file) times `factor`. */
function actuals(dir: string, coverage: string, factor: number): string {
  const rows = readCsvFile(coverage).filter((r) => (r.slot_start ?? '') < NOW);
  return writeFixture(dir, `actuals-${factor}.csv`, `slot_start,inquiries\n${rows.map((r) => `${r.slot_start},${Number(r.inquiries) * factor}`).join('\n')}\n`);
}

/** Longest continuous duty of anyone (touching shifts join), hours, from a written roster. */
function longestDuty(rows: readonly Row[]): number {
  const byAgent = new Map<string, [number, number][]>();
  const minute = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000;
  for (const r of rows) byAgent.set(r.agent ?? '', [...(byAgent.get(r.agent ?? '') ?? []), [minute(r.start ?? ''), minute(r.end ?? '')]]);
  let longest = 0;
  for (const list of byAgent.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let [from, to] = list[0] ?? [0, 0];
    for (const [start, end] of list) {
      if (start > to) from = start;
      to = Math.max(to, end);
      longest = Math.max(longest, to - from);
    }
  }
  return longest / 60;
}

const key = (r: Row) => `${r.agent}|${r.start}|${r.end}`;

/** The changes a user would see comparing the two rosters: shifts gone and shifts new. */
function diff(before: readonly Row[], after: readonly Row[]): { gone: string[]; added: string[] } {
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  return { gone: [...old].filter((k) => !now.has(k)).sort(), added: [...now].filter((k) => !old.has(k)).sort() };
}

describe('replan on the campaign night (Double 11, 01:00)', () => {
  const dir = tempDir();
  const shifts = join(dir, 'shifts.csv');
  const coverage = join(dir, 'coverage.csv');
  beforeAll(async () => {
    const result = await run(['roster', ...D11, '--out', shifts, '--coverage', coverage]);
    expect(result.code).toBe(0);
  }, 60_000);

  it('with actuals 30% above plan: unmet demand drops, no duty passes 12 h, nothing before 03:00 moves, every change listed, check passes', async () => {
    const out = join(dir, 'shifts-v2.csv');
    const changes = join(dir, 'changes.csv');
    const result = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', actuals(dir, coverage, 1.3), ...D11, '--out', out, '--changes', changes, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { reforecast: { ratio: number }; unmet_agent_hours_before: number; unmet_agent_hours_after: number; changes: Row[]; solver: { proven: string[] } };
    expect(summary.reforecast.ratio).toBeCloseTo(1.3, 9);
    expect(summary.unmet_agent_hours_before).toBeGreaterThan(0);
    expect(summary.unmet_agent_hours_after).toBeLessThan(summary.unmet_agent_hours_before);
    expect(summary.solver.proven).toEqual(['unmet_demand', 'changes', 'agent_hours']);
    const before = readCsvFile(shifts);
    const after = readCsvFile(out);
    expect(Object.keys(after[0] ?? {})).toEqual(Object.keys(before[0] ?? {}));
    expect(longestDuty(after)).toBeLessThanOrEqual(12);
    // Shifts that started before 03:00 (01:00 + 2 h notice) keep their start; the past is untouched.
    const early = (r: Row) => (r.start ?? '') < '2026-11-11 03:00';
    const starts = (rows: readonly Row[]) => rows.filter(early).map((r) => `${r.agent}|${r.start}`).sort();
    expect(starts(after)).toEqual(starts(before));
    expect(after.filter((r) => (r.end ?? '') <= NOW).map(key).sort()).toEqual(before.filter((r) => (r.end ?? '') <= NOW).map(key).sort());
    // The change list is exactly the difference between the two rosters.
    const listed = readCsvFile(changes);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(summary.changes.map(({ message: _m, ...r }) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v ?? '')]))));
    const { gone, added } = diff(before, after);
    expect(listed.filter((c) => c.old_start).map((c) => `${c.agent}|${c.old_start}|${c.old_end}`).sort()).toEqual(gone);
    expect(listed.filter((c) => c.new_start).map((c) => `${c.agent}|${c.new_start}|${c.new_end}`).sort()).toEqual(added);
    for (const c of listed.filter((x) => (x.old_start ?? '') !== '' && (x.old_start ?? '') < '2026-11-11 03:00')) {
      expect(c.new_start, `${c.agent} ${c.change}`).toBe(c.old_start);
    }
    const check = await run(['check', out, '--config', 'examples/double11/cs-plan.config.json']);
    expect(check.stdout).toContain('no violations');
    expect(check.code).toBe(0);
  }, 60_000);

  it('with actuals equal to the plan, changes nothing', async () => {
    const out = join(dir, 'same.csv');
    const result = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', actuals(dir, coverage, 1), ...D11, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes');
    expect(readCsvFile(out).map(key).sort()).toEqual(readCsvFile(shifts).map(key).sort());
  }, 60_000);

  it('calls people in from the on-call list (weighed against moving the team), and prints the change list first', async () => {
    const onCall = writeFixture(dir, 'on-call.csv', 'name,available_from,available_to\n待命1,2026-11-11 03:00,2026-11-12 23:00\n待命2,2026-11-11 03:00,2026-11-12 23:00\n待命3,2026-11-11 03:00,2026-11-12 23:00\n');
    const busy = actuals(dir, coverage, 2);
    const without = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', busy, ...D11, '--format', 'json']);
    const withOnCall = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', busy, ...D11, '--on-call', onCall, '--format', 'json']);
    expect(withOnCall.code).toBe(0);
    const a = JSON.parse(without.stdout) as { unmet_agent_hours_after: number };
    const b = JSON.parse(withOnCall.stdout) as { unmet_agent_hours_after: number; changes: Row[] };
    const calls = b.changes.filter((c) => c.change === 'call_in');
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      expect(c.agent).toMatch(/^待命/);
      expect((c.new_start ?? '') >= '2026-11-11 03:00').toBe(true);
    }
    expect(b.unmet_agent_hours_after).toBeLessThan(a.unmet_agent_hours_after);
    const table = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', busy, ...D11, '--on-call', onCall], { env: { COLUMNS: '80' } });
    const lines = table.stdout.split('\n');
    const head = lines.findIndex((line) => /^Changes \(\d+\):$/.test(line));
    expect(head).toBeGreaterThan(0);
    expect(head).toBeLessThan(lines.findIndex((line) => line.includes('Unmet demand')));
    expect(table.stdout).toMatch(/待命\d called in 1?\d-?\d*/);
    expect(table.stdout).toMatch(/stays until \d\d:\d\d \(\+\d+ h, duty \d+ h\)/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const zh = await run(['replan', '--roster', shifts, '--now', NOW, '--actuals', busy, ...D11, '--on-call', onCall, '--lang', 'zh']);
    expect(zh.stdout).toContain('改动');
    expect(zh.stdout).toContain('被召回');
  }, 120_000);
});

describe('replan a published month when someone falls ill', () => {
  const dir = tempDir();
  const month = join(dir, 'month.csv');
  const published = join(dir, '排班表.xlsx');
  beforeAll(async () => {
    const result = await run(['roster', ...EVERYDAY, '--out', month, '--grid', published]);
    expect(result.code).toBe(0);
  }, 120_000);

  it('cancels only the ill days, covers them with the fewest changes, and check agrees (breaks, forbidden sequences, coverage)', async () => {
    const out = join(dir, 'month-v2.csv');
    const grid = join(dir, 'month-v2.xlsx');
    const result = await run(['replan', '--roster', month, '--now', '2026-12-09 18:00', '--unavailable', '小王:2026-12-10..2026-12-11', ...EVERYDAY, '--out', out, '--grid', grid, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { changes: Row[]; unmet_agent_hours_after: number; solver: { proven: string[] } };
    const before = readCsvFile(month);
    const after = readCsvFile(out);
    const wang = (rows: readonly Row[]) => rows.filter((r) => r.agent === '小王' && ['2026-12-10', '2026-12-11'].includes(r.date ?? ''));
    const cancelled = wang(before).length;
    expect(wang(after)).toEqual([]);
    expect(summary.changes.filter((c) => c.change === 'cancel').map((c) => c.agent)).toEqual(new Array(cancelled).fill('小王'));
    // Each cancelled shift needs at most one shift in its place; nothing else changes.
    expect(summary.changes.length).toBeLessThanOrEqual(2 * cancelled);
    expect(summary.unmet_agent_hours_after).toBe(0);
    expect(summary.solver.proven).toContain('changes');
    const { gone, added } = diff(before, after);
    expect(gone.length + added.length).toBe(summary.changes.length);
    for (const k of [...gone, ...added]) expect(k.split('|')[1]! >= '2026-12-09 20:00').toBe(true);
    expect(existsSync(grid)).toBe(true);
    const check = await run(['check', out, ...EVERYDAY]);
    expect(check.stdout).toContain('no violations');
    expect(check.code).toBe(0);
    // The published 排班表 (the workbook the team reads) replans to the same change.
    const fromGrid = await run(['replan', '--roster', published, '--now', '2026-12-09 18:00', '--unavailable', '小王:2026-12-10..2026-12-11', ...EVERYDAY, '--format', 'json']);
    expect(fromGrid.code).toBe(0);
    expect((JSON.parse(fromGrid.stdout) as { changes: Row[] }).changes.length).toBe(summary.changes.length);
  }, 120_000);
});

describe('replan refuses bad input in one line, exit 2, and writes nothing', () => {
  const dir = tempDir();
  const roster = writeFixture(dir, 'roster.csv', 'agent,date,start,end\n小李,2026-11-10,2026-11-10 18:00,2026-11-11 02:00\n小王,2026-11-11,2026-11-11 08:00,2026-11-11 16:00\n');
  const demand = writeFixture(dir, 'demand.csv', `slot_start,inquiries\n${Array.from({ length: 48 }, (_, h) => `2026-11-${10 + Math.floor(h / 24)} ${String(h % 24).padStart(2, '0')}:00,${h >= 18 && h < 30 ? 40 : 0}`).join('\n')}\n`);
  const base = ['--roster', roster, '--demand', demand, '--hourly-capacity', '20'];
  const out = join(dir, 'v2.csv');
  const cases: [string, string[], RegExp][] = [
    ['no --now', [...base], /--now is required/],
    ['a --now that is no time', [...base, '--now', '2026-11-11 25:00'], /--now, value "2026-11-11 25:00": is not a date and time/],
    ['a --now outside the demand', [...base, '--now', '2026-12-01 01:00'], /outside the demand window/],
    ['an absence of nobody', [...base, '--now', '2026-11-11 01:00', '--unavailable', '小张:2026-11-11'], /小张 is on neither the roster/],
    ['an absence without dates', [...base, '--now', '2026-11-11 01:00', '--unavailable', '小王'], /--unavailable, value "小王": is not an absence/],
    ['a roster row that cannot be read', ['--roster', writeFixture(dir, 'bad.csv', 'agent,date,start,end\n小李,2026-11-10,18:00,2026-11-11 02:00\n小王,2026-11-11,8 o\'clock,16:00\n'), '--demand', demand, '--hourly-capacity', '20', '--now', '2026-11-11 01:00'], /bad\.csv:3.*cannot be read/],
    ['--out as a workbook', [...base, '--now', '2026-11-11 01:00'], /--out, value ".*v2\.xlsx": replan writes the new roster as \.csv or \.json/],
    ['a contract rule', [...base, '--now', '2026-11-11 01:00', '--work-days-per-week', '5'], /does not plan --work-days-per-week/],
    ['actuals from another day', [...base, '--now', '2026-11-11 01:00', '--actuals', writeFixture(dir, 'last-year.csv', '日期,小时,咨询量\n2025-11-10,22:00,300\n2025-11-10,23:00,310\n')], /last-year\.csv: holds no inquiries from 2026-11-10 22:00 to 2026-11-11 01:00/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const target = name === '--out as a workbook' ? join(dir, 'v2.xlsx') : out;
      const result = await run(['replan', ...args, '--out', target, '--no-input']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(target)).toBe(false);
    });
  }

  it('a small night replan works end to end: 小李 stays on to the 12-hour cap', async () => {
    const result = await run(['replan', ...base, '--now', '2026-11-11 01:00', '--out', out, '--changes', join(dir, 'c.csv')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/小李 stays until 06:00 \(\+4 h, duty 12 h\)/);
    writeFileSync(join(dir, 'done'), '');
  });
});

describe('a roster row published as after-sales (role column)', () => {
  it('answers no pre-sales demand in the replan either: someone else covers it, and the unmet demand says so', async () => {
    const dir = tempDir();
    const roster = writeFixture(dir, 'roster.csv', 'agent,date,start,end,hours,role\nB,2026-12-10,2026-12-10 12:00,2026-12-10 16:00,4,after\nC,2026-12-10,2026-12-10 20:00,2026-12-11 00:00,4,both\n');
    const demand = writeFixture(dir, 'demand.csv', `datetime,inquiries\n${Array.from({ length: 24 }, (_, h) => `2026-12-10 ${String(h).padStart(2, '0')}:00,${h >= 12 && h < 16 ? 60 : 0}`).join('\n')}\n`);
    const result = await run(['replan', '--roster', roster, '--demand', demand, '--now', '2026-12-10 00:00', '--hourly-capacity', '60', '--no-input', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { unmet_agent_hours_before: number; unmet_agent_hours_after: number; changes: { agent: string; change: string }[] };
    expect([json.unmet_agent_hours_before, json.unmet_agent_hours_after]).toEqual([4, 0]);
    expect(json.changes.map((c) => [c.agent, c.change])).toEqual([['C', 'move']]);
    // The table's proof names the count like the other objectives ("changes 1", not "1 changes").
    const table = await run(['replan', '--roster', roster, '--demand', demand, '--now', '2026-12-10 00:00', '--hourly-capacity', '60', '--no-input'], { env: { COLUMNS: '200' } });
    expect(table.stdout).toMatch(/changes 1 — proven best/);
  });
});
