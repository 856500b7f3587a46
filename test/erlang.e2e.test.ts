import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir } from './helpers.js';

type Row = Record<string, string>;
const PUBLISHED = ['--volume', '100', '--interval', '30', '--aht', '3', '--target', '80/20', '--max-occupancy', '85%', '--shrinkage', '30%'];

describe('cs-plan erlang (built CLI)', () => {
  it('reproduces the published Erlang C example as one CSV row with the stable columns', async () => {
    const result = await run(['erlang', ...PUBLISHED, '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trim().split('\n');
    expect(header).toBe('volume,interval,aht,concurrency,shrinkage,max_occupancy,target_share,target_seconds,agents_on_seat,agents_scheduled,service_level,occupancy,wait_probability,asa_seconds');
    expect(rows).toHaveLength(1);
    const row = (parse(result.stdout, { columns: true }) as Row[])[0]!;
    expect(row).toMatchObject({ agents_on_seat: '14', agents_scheduled: '20' });
    expect(Number(row.service_level).toFixed(3)).toBe('0.888');
    expect(Number(row.occupancy).toFixed(3)).toBe('0.714');
    expect(Number(row.wait_probability).toFixed(3)).toBe('0.174');
  });

  it('prints one row per combination of listed values, with abandonment under Erlang A', async () => {
    const result = await run(['erlang', '--volume', '80,100,120', '--interval', '30', '--aht', '3', '--target', '80/20,90/30', '--patience', '60', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { model: string; rows: Record<string, number>[] };
    expect(json.model).toBe('erlang-a');
    expect(json.rows).toHaveLength(6);
    expect(json.rows.map((r) => r.volume)).toEqual([80, 80, 100, 100, 120, 120]);
    for (const row of json.rows) {
      expect(row.patience_seconds).toBe(60);
      expect(row.abandon_rate).toBeGreaterThan(0);
      expect(row.service_level).toBeGreaterThanOrEqual(row.target_share!);
    }
    const c = await run(['erlang', '--volume', '100', '--interval', '30', '--aht', '3', '--target', '80/20', '--format', 'json']);
    const a = json.rows.find((r) => r.volume === 100 && r.target_seconds === 20)!;
    expect(a.agents_on_seat).toBeLessThanOrEqual((JSON.parse(c.stdout) as { rows: Record<string, number>[] }).rows[0]!.agents_on_seat!);
  });

  it('caps abandonment with --max-abandon and says which cap each row used', async () => {
    const result = await run(['erlang', '--volume', '818', '--aht', '4', '--concurrency', '3', '--target', '80/45', '--patience', '120', '--max-abandon', '3%,5%', '--format', 'csv']);
    expect(result.stdout.split('\n')[0]).toMatch(/,patience_seconds,abandon_rate,max_abandon$/);
    const rows = parse(result.stdout, { columns: true }) as Row[];
    expect(rows.map((r) => r.max_abandon)).toEqual(['0.03', '0.05']);
    for (const r of rows) expect(Number(r.abandon_rate)).toBeLessThanOrEqual(Number(r.max_abandon));
    const withoutPatience = await run(['erlang', '--volume', '818', '--aht', '4', '--target', '80/45', '--max-abandon', '3%']);
    expect(withoutPatience.code).toBe(2);
  });

  it('measures what a given number of agents achieves', async () => {
    const result = await run(['erlang', '--volume', '100', '--interval', '30', '--aht', '3', '--target', '80/20', '--agents', '13,14', '--format', 'csv']);
    const rows = parse(result.stdout, { columns: true }) as Row[];
    expect(rows.map((r) => r.service_level)).toEqual(['0.795595', '0.88835']);
  });

  it('models chat concurrency with the factor table, or a given factor', async () => {
    const three = await run(['erlang', '--volume', '300', '--aht', '6', '--target', '80/30', '--concurrency', '3', '--format', 'json']);
    const factor = await run(['erlang', '--volume', '300', '--aht', '6', '--target', '80/30', '--concurrency-factor', '2.5', '--format', 'json']);
    const one = await run(['erlang', '--volume', '300', '--aht', '6', '--target', '80/30', '--format', 'json']);
    const agents = (r: { stdout: string }) => (JSON.parse(r.stdout) as { rows: { agents_on_seat: number }[] }).rows[0]!.agents_on_seat;
    expect(agents(three)).toBe(agents(factor));
    expect(agents(three)).toBeLessThan(agents(one));
    const grid = await run(['erlang', '--volume', '300', '--aht', '6', '--target', '80/30', '--concurrency-factor', '1,2.5', '--format', 'json']);
    expect((JSON.parse(grid.stdout) as { rows: { agents_on_seat: number }[] }).rows.map((r) => r.agents_on_seat)).toEqual([agents(one), agents(three)]);
  });

  it('names bad and missing flags', async () => {
    const bad = await run(['erlang', '--volume', '100,abc', '--aht', '3', '--target', '80/20']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('error: --volume, value "abc": is not a number; write an amount such as 1000, 1,000, ¥1,000, 100万 or 1.2亿');
    const missing = await run(['erlang', '--volume', '100']);
    expect(missing.stderr.trim()).toBe('error: missing --aht, --target; pass them as flags, put them in --config, or run in a terminal to be asked');
    const shrink = await run(['erlang', '--volume', '100', '--aht', '3', '--target', '80/20', '--shrinkage', '100%']);
    expect(shrink.stderr).toContain('--shrinkage, value "100%": must be at least 0 and below 100%');
  });
});

describe('cs-plan roster --model erlang', () => {
  it('sizes each slot with the queueing model and reports the predicted service level per slot', async () => {
    const dir = tempDir();
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'test/fixtures/double11-presales.config.json', '--model', 'erlang', '--aht', '4', '--concurrency', '3', '--target', '80/45',
      '--shrinkage', '15%', '--coverage', coverage, '--format', 'json']);
    expect(result.code).toBe(0);
    const text = readFileSync(coverage, 'utf8');
    expect(text.split('\n')[0]).toBe('\uFEFFslot_start,inquiries,required,scheduled,shortfall,service_level,asa_seconds');
    const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Row[];
    for (const row of rows) if (Number(row.inquiries) > 0) expect(Number(row.service_level)).toBeGreaterThanOrEqual(0.8);
    const summary = JSON.parse(result.stdout) as { service: { slots_missing_target: string[]; target_share: number } };
    expect(summary.service).toMatchObject({ slots_missing_target: [], target_share: 0.8 });
  });

  it('shows which hours miss the target when people are limited', async () => {
    const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'test/fixtures/double11-presales.config.json', '--model', 'erlang', '--aht', '4', '--concurrency', '3', '--target', '80/45',
      '--headcount', '20']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Service level 80%\/45s missed in \d+ of \d+ slots with demand \(first: 2026-11-1\d \d\d:00\)/);
  });
});
