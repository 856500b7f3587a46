/**
 * The person rules on every roster, through the real CLI: a two-week roster with a headcount and
 * free shifts (no --shifts) gives everyone a whole day off in every 7 days in a row, never more
 * than 12 hours of duty, and `check` with the same flags agrees — as does a count written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir, writeFixture } from './helpers.js';
// @ts-expect-error plain JavaScript helper shared with the benchmark
import { makeDemand } from '../bench/make-demand.mjs';

const minutes = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000;

/** Days off in every 7 days in a row, and duty, counted directly from the shift file. */
function independentDays(shifts: Record<string, string>[], daysOff: number): { fewestOff: number; longestDuty: number } {
  const first = Math.min(...shifts.map((s) => Math.floor(minutes(s.start!) / 1440)));
  const last = Math.max(...shifts.map((s) => Math.floor((minutes(s.end!) - 1) / 1440)));
  let fewestOff = 7;
  let longestDuty = 0;
  const people = new Set(shifts.map((s) => s.agent!));
  for (const person of people) {
    const worked = new Set<number>();
    for (const s of shifts.filter((x) => x.agent === person)) {
      longestDuty = Math.max(longestDuty, (minutes(s.end!) - minutes(s.start!)) / 60);
      for (let m = minutes(s.start!); m < minutes(s.end!); m += 30) worked.add(Math.floor(m / 1440));
    }
    for (let from = first; from + 6 <= last; from++) {
      let on = 0;
      for (let d = from; d < from + 7; d++) if (worked.has(d)) on++;
      fewestOff = Math.min(fewestOff, 7 - on);
    }
  }
  expect(daysOff).toBeGreaterThan(0);
  return { fewestOff, longestDuty };
}

/** A temp folder with `days` of hourly bench demand peaking at `peak` agents, and a path for the shifts. */
function workspace(days: number, peak: number): { dir: string; demand: string; out: string } {
  const dir = tempDir();
  const demand = join(dir, 'demand.csv');
  makeDemand(demand, { days, slot: 60, peakAgents: peak, hourlyCapacity: 20 });
  return { dir, demand, out: join(dir, 'shifts.csv') };
}

describe('person rules on every roster (built CLI)', () => {
  it('14 days, --headcount 16, free shifts: a whole day off in every 7 days, duty ≤ 12 h, and check agrees', async () => {
    const { dir, demand, out } = workspace(14, 10);
    const flags = ['--days-off-per-week', '1', '--min-rest', '10'];
    const result = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--headcount', '16', ...flags, '--out', out, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { short_agent_slots: number; solver: { status: string; proof: { objective: string; proven: boolean }[] } };
    expect(summary.short_agent_slots).toBe(0);
    expect(summary.solver.proof.map((p) => [p.objective, p.proven])).toEqual([['unmet_demand', true], ['agent_hours', true]]);
    const shifts = readCsvFile(out);
    const { fewestOff, longestDuty } = independentDays(shifts, 1);
    expect(fewestOff).toBeGreaterThanOrEqual(1);
    expect(longestDuty).toBeLessThanOrEqual(12);
    const check = await run(['check', out, ...flags]);
    expect(check.stdout).toContain('no violations');
    expect(check.code).toBe(0);
    // Two days off: the same holds, and check (with the same flag) still agrees.
    const two = join(dir, 'two.csv');
    const strict = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--headcount', '16', '--days-off-per-week', '2', '--out', two]);
    expect([0, 1]).toContain(strict.code);
    expect(independentDays(readCsvFile(two), 2).fewestOff).toBeGreaterThanOrEqual(2);
    expect((await run(['check', two, '--days-off-per-week', '2'])).code).toBe(0);
  }, 120_000);

  it('unlimited people: the day rules hold too, with as many people as they need', async () => {
    const { demand, out } = workspace(10, 6);
    const result = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--max-consecutive-days', '4', '--out', out]);
    // The model counts people with the day rules summed over the team; giving the shifts to
    // people may need more than that count, and the roster then says by how much it may be off.
    expect([0, 1]).toContain(result.code);
    if (result.code === 1) expect(result.stderr).toMatch(/people \d+ — at most 1 fewer possible/);
    const check = await run(['check', out, '--max-consecutive-days', '4']);
    expect(check.code).toBe(0);
    // Monday–Sunday weeks instead: accepted by both commands.
    const monday = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--week', 'monday', '--out', out]);
    expect(monday.code).toBe(0);
    expect((await run(['check', out, '--week', 'monday'])).code).toBe(0);
  }, 120_000);
});

describe('contract rules (built CLI)', () => {
  it('做五休二 with days off together, a weekly minimum and min_hours: the roster keeps them, check agrees, and a stricter check does not', async () => {
    const dir = tempDir();
    // Two weeks of the everyday example's demand, a third of it, for ten people; P10 is owed 40 hours.
    const source = readFileSync('examples/everyday/demand.csv', 'utf8').trim().split('\n');
    const demand = writeFixture(dir, 'demand.csv', `${[source[0], ...source.slice(1, 1 + 14 * 48).map((line) => {
      const [at, n] = line.split(',');
      return `${at},${(Number(n) / 3).toFixed(1)}`;
    })].join('\n')}\n`);
    const staff = writeFixture(dir, 'staff.csv', `name,min_hours\n${Array.from({ length: 10 }, (_, i) => `P${i + 1},${i === 9 ? 40 : ''}`).join('\n')}\n`);
    const contract = ['--work-days-per-week', '5', '--days-off-together', '2', '--min-hours-week', '30'];
    const out = join(dir, 'shifts.csv');
    const result = await run(['roster', '--demand', demand, '--shifts', 'examples/everyday/shifts.csv', '--staff', staff, '--hourly-capacity', '16', '--slot', '30', ...contract, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const shifts = readCsvFile(out);
    // Independently: P10's hours, and each person's working days per 7 days and days off in a row.
    expect(shifts.filter((s) => s.agent === 'P10').reduce((sum, s) => sum + Number(s.hours), 0)).toBeGreaterThanOrEqual(40);
    for (let p = 1; p <= 10; p++) {
      const days = new Set(shifts.filter((s) => s.agent === `P${p}`).map((s) => Math.floor(minutes(s.start!) / 1440)));
      const first = Math.floor(minutes('2026-12-01 00:00') / 1440);
      for (let from = first; from + 6 < first + 14; from++) {
        expect([...days].filter((d) => d >= from && d <= from + 6).length).toBe(5);
      }
      for (let d = first + 1; d < first + 13; d++) {
        if (days.has(d - 1) && !days.has(d)) expect(days.has(d + 1)).toBe(false);
      }
    }
    expect((await run(['check', out, '--staff', staff, ...contract])).code).toBe(0);
    // --fair weekends: every full-timer gets as many weekend shifts as the others, give or take the proven optimum.
    const fair = await run(['roster', '--demand', demand, '--shifts', 'examples/everyday/shifts.csv', '--staff', staff, '--hourly-capacity', '16', '--slot', '30', ...contract, '--fair', 'weekends', '--format', 'json']);
    const fairJson = JSON.parse(fair.stdout) as { fair: { kind: string; least: number; most: number }[]; solver: { proof: { objective: string; value: number; proven: boolean }[] } };
    expect(fairJson.fair.map((f) => f.kind)).toEqual(['weekends']);
    const soft = fairJson.solver.proof.find((p) => p.objective === 'soft_goals');
    if (soft?.proven) expect(fairJson.fair[0]!.most - fairJson.fair[0]!.least).toBe(soft.value);
    const stricter = await run(['check', out, '--work-days-per-week', '6', '--format', 'json']);
    expect(stricter.code).toBe(1);
    expect((JSON.parse(stricter.stdout) as { violations: { rule: string }[] }).violations.every((v) => v.rule === 'work_days')).toBe(true);
  }, 120_000);

  it('free shifts keep the contract rules too (planned on the shift times a first plan used most, and it says so); refusals say what is missing', async () => {
    const { demand, out } = workspace(8, 4);
    const contract = ['--work-days-per-week', '5', '--days-off-together', '2'];
    const free = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--headcount', '8', ...contract, '--time-limit', '20', '--out', out, '--format', 'json']);
    expect([0, 1]).toContain(free.code);
    expect(free.stderr).toMatch(/^note: free shifts under person-level rules: planned person by person on the \d+ shift times the first plan used most/);
    const shifts = readCsvFile(out);
    expect(shifts.length).toBeGreaterThan(0);
    expect(shifts.every((s) => s.pattern === '')).toBe(true); // the times are not names the user gave
    expect((await run(['check', out, ...contract])).code).toBe(0);

    const unlimited = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--work-days-per-week', '5']);
    expect(unlimited.code).toBe(2);
    expect(unlimited.stderr.trim()).toBe('error: --work-days-per-week: --work-days-per-week is a rule about each person: give --staff or --headcount');
    const named = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--headcount', '8', '--forbid', '晚班>白班']);
    expect(named.code).toBe(2);
    expect(named.stderr.trim()).toBe('error: --forbid: --forbid names shift patterns: give --shifts (e.g. templates/shift-patterns.csv)');
    const owed = writeFixture(tempDir(), 'staff.csv', 'name,min_hours\nA,200\nB,\n');
    const impossible = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--staff', owed, '--days-off-together', '2', '--time-limit', '20']);
    expect(impossible.code).toBe(3);
    expect(impossible.stderr).toMatch(/^error: these settings admit no roster: a contract rule \(min_hours in --staff/);
    const seven = await run(['check', 'test/fixtures/check/clean.csv', '--work-days-per-week', '7']);
    expect(seven.code).toBe(2);
    expect(seven.stderr).toMatch(/--work-days-per-week.*--days-off-per-week.*7 working days leave fewer than 1 days off in 7/);
  }, 120_000);
});
