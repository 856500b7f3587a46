import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, run, tempDir, writeFixture } from './helpers.js';

/** The Double 11 example as the README runs it: the campaign and its after-sales week, on shift patterns. */
const EXAMPLE = [
  '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
  '--config', 'examples/double11/cs-plan.config.json', '--shifts', 'examples/double11/shifts.csv',
];


describe('cs-plan roster with after-sales (built CLI)', () => {
  it('plans the Double 11 example through the after-sales week: no contact past the limit, pre-sales covered', async () => {
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', ...EXAMPLE, '--out', out, '--coverage', coverage, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { window: { end: string }; short_agent_slots: number; after_sales: Record<string, number>; solver: { status: string } };
    expect(summary.window.end).toBe('2026-11-19 00:00'); // the 7-day wave of the last sale day (12 Nov)
    expect(summary.solver.status).toBe('optimal');
    expect(summary.short_agent_slots).toBe(0);
    expect(summary.after_sales.overdue).toBe(0);
    expect(summary.after_sales.longest_wait_hours).toBeLessThanOrEqual(4);
    expect(summary.after_sales.deferred).toBeGreaterThan(0);

    const rows = readCsvFile(coverage);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'slot_start', 'inquiries', 'required', 'scheduled', 'shortfall',
      'pre_sales_agents', 'after_sales_contacts', 'after_sales_agents', 'after_sales_handled', 'after_sales_waiting', 'after_sales_overdue',
    ]);
    // The estimate's wave, spread over the hours: contacts per slot sum to it.
    const contacts = rows.reduce((sum, r) => sum + Number(r.after_sales_contacts), 0);
    expect(contacts).toBeCloseTo(summary.after_sales.contacts ?? NaN, 0);
    for (const r of rows) {
      // Both-role agents answer pre-sales first; the split adds up to everyone on duty.
      expect(Number(r.pre_sales_agents) + Number(r.after_sales_agents)).toBe(Number(r.scheduled));
      expect(Number(r.pre_sales_agents)).toBe(Math.min(Number(r.required), Number(r.scheduled)));
    }
    const shifts = readCsvFile(out);
    expect(Object.keys(shifts[0] ?? {})).toEqual(['agent', 'date', 'start', 'end', 'hours', 'role', 'break_start', 'break_end', 'pattern']);
    expect(new Set(shifts.map((s) => s.role))).toEqual(new Set(['both']));

    // The estimate of the same example gives the same contacts.
    const estimate = JSON.parse((await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--format', 'json'])).stdout) as { total: Record<string, number> };
    expect(estimate.total.after_sales_inquiries).toBeCloseTo(summary.after_sales.contacts ?? NaN, 0);
  });

  it('roles from staff.csv: after-sales people only answer after-sales, pre-sales people only pre-sales', async () => {
    const dir = tempDir();
    const names = (prefix: string, count: number, role: string) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1},${role}`);
    const staff = writeFixture(dir, 'staff.csv', ['姓名,角色', ...names('售前', 30, '售前'), ...names('售后', 1, '售后')].join('\n'));
    const out = join(dir, 'shifts.csv');
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', ...EXAMPLE, '--staff', staff, '--out', out, '--coverage', coverage, '--format', 'json']);
    expect([0, 1]).toContain(result.code);
    const summary = JSON.parse(result.stdout) as { after_sales: Record<string, number> };
    const shifts = readCsvFile(out);
    for (const shift of shifts) expect(shift.role).toBe(shift.agent?.startsWith('售后') ? 'after' : 'pre');
    // check counts only pre-sales rows for pre-sales coverage: it finds the roster's own shortfall.
    const check = await run(['check', out, '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'examples/double11/cs-plan.config.json', '--days-off-per-week', '0', '--format', 'json']);
    const found = (JSON.parse(check.stdout) as { violations: { rule: string; value: number; limit: number }[] }).violations.filter((v) => v.rule === 'short');
    expect(found.reduce((sum, v) => sum + v.limit - v.value, 0)).toBe((JSON.parse(result.stdout) as { short_agent_slots: number }).short_agent_slots);
    // After-sales capacity is exactly the after-sales person's hours; alone, they cannot keep up.
    const afterHours = shifts.filter((s) => s.role === 'after').reduce((sum, s) => sum + Number(s.hours), 0);
    const rows = readCsvFile(coverage);
    expect(rows.reduce((sum, r) => sum + Number(r.after_sales_agents), 0)).toBe(afterHours);
    expect(summary.after_sales.overdue).toBeGreaterThan(0);
  });

  it('with too few people, pre-sales comes first: it is as short as without any after-sales', async () => {
    const dir = tempDir();
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', ...EXAMPLE, '--headcount', '30', '--coverage', coverage, '--format', 'json']);
    expect([0, 1]).toContain(result.code);
    const summary = JSON.parse(result.stdout) as { short_agent_slots: number; after_sales: Record<string, number> };
    const preSalesOnly = JSON.parse((await run(['roster', ...EXAMPLE.slice(0, 4), '--config', 'test/fixtures/double11-presales.config.json',
      '--shifts', 'examples/double11/shifts.csv', '--headcount', '30', '--format', 'json'])).stdout) as { short_agent_slots: number };
    expect(summary.short_agent_slots).toBeGreaterThan(0);
    expect(summary.short_agent_slots).toBe(preSalesOnly.short_agent_slots);
    expect(summary.after_sales.longest_wait_hours).toBeLessThanOrEqual(4);
    // Where pre-sales is short, nobody is on after-sales.
    for (const r of readCsvFile(coverage).filter((row) => Number(row.shortfall) > 0)) expect(Number(r.after_sales_agents)).toBe(0);
  });

  it('refuses what it cannot plan, naming the flag, file and value', async () => {
    const dir = tempDir();
    const demand = writeFixture(dir, 'demand.csv', 'datetime,inquiries\n2026-11-11 10:00,100\n2026-11-11 11:00,100\n');
    const noForecast = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--after-sales-rate', '8%']);
    expect(noForecast.code).toBe(2);
    expect(noForecast.stderr).toMatch(/--after-sales-rate.*sales forecast/);

    const tooLong = await run(['roster', ...EXAMPLE, '--after-sales-defer', '100']);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/--after-sales-defer.*100.*72 hours/);

    const staff = writeFixture(dir, 'staff.csv', 'name,role\n小李,售前\n小王,refunds\n');
    const badRole = await run(['roster', ...EXAMPLE, '--staff', staff]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/staff\.csv:3, column "role", value "refunds": must be one of pre, after, both/);
    expect(badRole.stderr).not.toMatch(/ at /);

    const everyday = await run(['roster', ...EXAMPLE, '--staff', writeFixture(dir, 'ok.csv', 'name\n小李\n'), '--stable']);
    expect(everyday.code).toBe(2);
    expect(everyday.stderr).toMatch(/--stable.*--after-sales-rate/);
  });
});
