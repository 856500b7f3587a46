/**
 * Service hours (--open) through the real command line: closed slots need nobody, their
 * inquiries are answered at opening (or left to the bot), free shifts stay inside the hours.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir } from './helpers.js';

const D11 = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json'];
const total = (slots: Record<string, string>[]) => slots.reduce((sum, s) => sum + Number(s.inquiries), 0);
const hour = (text: string) => Number(text.slice(11, 13));

describe('--open service hours (built CLI)', () => {
  const dir = tempDir();

  it('roster: closed slots need nobody, their inquiries come at opening, free shifts stay inside the hours', async () => {
    const [plain, open, drop] = ['plain', 'open', 'drop'].map((name) => ({ shifts: join(dir, `${name}-shifts.csv`), coverage: join(dir, `${name}-coverage.csv`) }));
    const results = await Promise.all([
      run(['roster', ...D11, '--out', plain!.shifts, '--coverage', plain!.coverage, '--format', 'json']),
      run(['roster', ...D11, '--open', '09:00-24:00', '--out', open!.shifts, '--coverage', open!.coverage, '--format', 'json']),
      run(['roster', ...D11, '--open', '09:00-24:00', '--closed-demand', 'drop', '--coverage', drop!.coverage, '--format', 'json']),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    const before = readCsvFile(plain!.coverage);
    const after = readCsvFile(open!.coverage);
    const night = (s: Record<string, string>) => hour(s.slot_start!) < 9;
    const closedInquiries = total(before.filter(night));
    expect(closedInquiries).toBeGreaterThan(1000);
    // Carry: nothing in closed slots, nobody required there, the total unchanged; the first slot at 09:00 takes the night's inquiries.
    for (const s of after.filter(night)) expect([Number(s.inquiries), Number(s.required)]).toEqual([0, 0]);
    expect(total(after)).toBeCloseTo(total(before), 2);
    const nineOn11 = (slots: Record<string, string>[]) => Number(slots.find((s) => s.slot_start === '2026-11-11 09:00')?.inquiries);
    const nightOf11 = before.filter((s) => s.slot_start! >= '2026-11-11 00:00' && s.slot_start! < '2026-11-11 09:00');
    expect(nineOn11(after)).toBeCloseTo(nineOn11(before) + total(nightOf11), 2);
    // Free shifts start and end inside 09:00–24:00.
    for (const s of readCsvFile(open!.shifts)) {
      expect(hour(s.start!)).toBeGreaterThanOrEqual(9);
      expect(s.end!.slice(11) === '00:00' || hour(s.end!) >= 10).toBe(true);
    }
    const summary = JSON.parse(results[1]!.stdout) as { open_hours: Record<string, unknown>; short_agent_slots: number };
    expect(summary.open_hours).toMatchObject({ hours: '09:00-24:00', closed_demand: 'carry', closed_slots: 27, inquiries_left_out: 0 });
    expect(summary.open_hours.inquiries_while_closed).toBeCloseTo(closedInquiries, 1);
    // Drop: the night's inquiries are left to the bot.
    expect(total(readCsvFile(drop!.coverage))).toBeCloseTo(total(before) - closedInquiries, 2);
    // What roster writes under service hours passes check with the same rules and demand.
    const check = await run(['check', open!.shifts, ...D11, '--open', '09:00-24:00', '--format', 'json']);
    expect((JSON.parse(check.stdout) as { ok: boolean; coverage_checked: boolean })).toMatchObject({ ok: true, coverage_checked: true });
    const text = await run(['roster', ...D11, '--open', '09:00-24:00']);
    // The summary wraps to the terminal: compare with the line breaks taken out.
    expect(text.stdout.replace(/\s+/g, ' ')).toMatch(/Service hours 09:00-24:00; [\d,]+ inquiries arrived while closed: answered when the store opens/);
  }, 60_000);

  it('check --open: closed slots are not short, the same rule as roster', async () => {
    const roster = join(dir, 'day-only.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(roster, 'agent,date,start,end\nA,2026-11-10,09:00,17:00\nB,2026-11-10,16:00,24:00\n');
    const demand = join(dir, 'demand.csv');
    writeFileSync(demand, `datetime,inquiries\n${Array.from({ length: 24 }, (_, h) => `2026-11-10 ${String(h).padStart(2, '0')}:00,10`).join('\n')}\n`);
    const args = ['check', roster, '--demand', demand, '--hourly-capacity', '10', '--format', 'json'];
    const closedShort = (JSON.parse((await run(args)).stdout) as { violations: { rule: string }[] }).violations.filter((v) => v.rule === 'short');
    expect(closedShort).toHaveLength(9); // 00:00–09:00 without anyone
    const open = await run([...args, '--open', '09:00-24:00', '--closed-demand', 'drop']);
    expect(open.code).toBe(0);
    expect((JSON.parse(open.stdout) as { ok: boolean }).ok).toBe(true);
  }, 30_000);

  it('refuses service hours it cannot read', async () => {
    const result = await run(['roster', ...D11, '--open', '9点到24点']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('error: --open, value "9点到24点": is not service hours; write them as 09:00-24:00, or several ranges 08:00-12:00,13:00-24:00');
  }, 30_000);
});

describe('the window\'s edge (built CLI)', () => {
  it('a forecast ending on 11-11 can staff the night of 11-11: shifts start inside the window and may end after it', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const forecast = join(dir, 'to-11-11.csv');
    writeFileSync(forecast, 'date,sales,conversion,capacity\n2026-11-10,800000,45%,180\n2026-11-11,3600000,50%,200\n');
    const shifts = join(dir, 'shifts.csv');
    const args = ['--forecast', forecast, '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json', '--shifts', 'examples/double11/shifts.csv'];
    const result = await run(['roster', ...args, '--out', shifts, '--format', 'json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { hours_past_window: number; agent_hours: number; window: { end: string } };
    expect(summary.window.end).toBe('2026-11-12 00:00');
    const list = readCsvFile(shifts);
    const past = list.filter((s) => s.end! > '2026-11-12 00:00');
    expect(past.length).toBeGreaterThan(0);
    for (const s of past) expect(s.start! < '2026-11-12 00:00').toBe(true);
    const hoursPast = past.reduce((sum, s) => sum + (Date.parse(`${s.end!.replace(' ', 'T')}:00Z`) - Date.parse('2026-11-12T00:00:00Z')) / 3_600_000, 0);
    expect(summary.hours_past_window).toBeCloseTo(hoursPast, 6);
    expect(summary.agent_hours).toBeCloseTo(list.reduce((sum, s) => sum + Number(s.hours), 0), 6);
    const text = await run(['roster', ...args]);
    expect(text.stdout.replace(/\s+/g, ' ')).toMatch(/of them on shifts running past the window's end, 2026-11-12 00:00/);
    // What roster writes passes check with the same rules.
    const check = await run(['check', shifts, ...args.slice(0, 6), '--format', 'json']);
    expect((JSON.parse(check.stdout) as { ok: boolean }).ok).toBe(true);
  }, 60_000);
});
