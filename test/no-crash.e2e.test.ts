/**
 * Inputs that crashed cs-plan (issue #18's fuzzing): a V8 abort in Erlang A at heavy overload, a
 * stack overflow and quadratic time in check on a long roster.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

describe('inputs that used to crash (built CLI)', () => {
  it('Erlang A at heavy overload (5,000 contacts, one agent, 10 minutes of patience) answers, as the birth–death chain does', async () => {
    const result = await run(['erlang', '--volume', '5000', '--aht', '4', '--target', '80/20', '--patience', '600', '--agents', '1', '--format', 'json']);
    expect(result.code).toBe(0);
    const row = (JSON.parse(result.stdout) as { rows: { abandon_rate: number; service_level: number; wait_probability: number }[] }).rows[0]!;
    // Independent reference: the stationary M/M/1+M chain summed in log space gives 0.997 abandoning.
    expect(row.abandon_rate).toBeCloseTo(0.997, 3);
    expect(row.service_level).toBe(0);
    expect(row.wait_probability).toBeCloseTo(1, 6);
    // Patience of three years: a queue Erlang A cannot follow is said in one line, exit 2.
    const endless = await run(['erlang', '--volume', '5000', '--aht', '4', '--target', '80/20', '--patience', '100000000', '--agents', '1']);
    expect(endless.code).toBe(2);
    expect(endless.stderr.trim()).toBe('error: with this load and patience the queue grows past 2,000,000 waiting buyers, beyond what Erlang A follows; use more agents or a shorter --patience');
    const roster = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json',
      '--model', 'erlang', '--aht', '4', '--target', '80/20', '--patience', '600', '--headcount', '3', '--format', 'json']);
    expect(roster.code).toBe(0);
    expect(roster.stderr).toBe('');
  }, 60_000);

  it('check on a roster of 122,000 rows (two people) finishes without a stack overflow (it took 32 s before the per-day index; the time-out guards a return to quadratic time)', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.csv');
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const rows = ['agent,date,start,end'];
    for (const person of ['P0', 'P1']) for (let i = 0; i < 61_000; i++) rows.push(`${person},${day(i)},09:00,17:00`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const result = await run(['check', file, '--format', 'json']);
    expect(result.code).toBe(1); // nobody ever has a day off
    const json = JSON.parse(result.stdout) as { rows: number; violations: { rule: string }[] };
    expect(json.rows).toBe(122_000);
    // No day off in 167 years: one stretch each (every 7 days in a row is broken)…
    expect(json.violations.every((v) => v.rule === 'days_off')).toBe(true);
    expect(json.violations.length).toBe(2);
    // …or, per Monday–Sunday week, every full week of the 167 years, for each of the two.
    const weekly = await run(['check', file, '--format', 'json', '--week', 'monday']);
    const weeks = JSON.parse(weekly.stdout) as { violations: { rule: string }[] };
    expect(weeks.violations.length).toBe(2 * Math.floor((61_000 - 5) / 7));
  }, 60_000);
});
