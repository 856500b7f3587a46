import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readCsvFile, run, tempDir, writeFixture } from './helpers.js';
// @ts-expect-error plain JavaScript helper shared with the benchmark
import { makeDemand } from '../bench/make-demand.mjs';

const EXAMPLE = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json'];

type Row = Record<string, string>;
const minutes = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000;

/** Checks the rules on the files a user gets, independently of the code that made them. */
function checkShiftFile(shifts: Row[], { maxHours = 12, restHours = 10 } = {}): void {
  const byAgent = new Map<string, Row[]>();
  for (const s of shifts) {
    const hours = (minutes(s.end!) - minutes(s.start!)) / 60;
    expect(hours).toBe(Number(s.hours));
    expect(hours).toBeLessThanOrEqual(maxHours);
    expect(hours).toBeLessThanOrEqual(12);
    expect(s.date).toBe(s.start!.slice(0, 10));
    byAgent.set(s.agent!, [...(byAgent.get(s.agent!) ?? []), s]);
  }
  for (const list of byAgent.values()) {
    list.sort((a, b) => minutes(a.start!) - minutes(b.start!));
    for (let i = 1; i < list.length; i++) {
      expect((minutes(list[i]!.start!) - minutes(list[i - 1]!.end!)) / 60).toBeGreaterThanOrEqual(restHours);
    }
  }
}

describe('cs-plan roster (built CLI)', () => {
  it('rosters the Double 11 example: files with stable columns, every slot covered, rules held', async () => {
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', ...EXAMPLE, '--out', out, '--coverage', coverage, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('\uFEFFagent,date,start,end,hours,role,break_start,break_end,pattern');
    expect(readFileSync(coverage, 'utf8').split('\n')[0]).toBe('\uFEFFslot_start,inquiries,required,scheduled,shortfall');
    const shifts = readCsvFile(out);
    checkShiftFile(shifts);
    const slots = readCsvFile(coverage);
    expect(slots).toHaveLength(72);
    expect(slots[0]?.slot_start).toBe('2026-11-10 00:00');
    for (const slot of slots) {
      expect(Number(slot.scheduled)).toBeGreaterThanOrEqual(Number(slot.required));
      expect(Number(slot.shortfall)).toBe(0);
      const onSeat = shifts.filter((s) => minutes(s.start!) <= minutes(slot.slot_start!) && minutes(slot.slot_start!) < minutes(s.end!)).length;
      expect(onSeat).toBe(Number(slot.scheduled));
    }
    // The 20:00–02:00 peak gets the most people.
    const peak = slots.reduce((best, s) => (Number(s.required) > Number(best.required) ? s : best));
    expect(['20', '21', '22', '23', '00', '01']).toContain(peak.slot_start!.slice(11, 13));
    // Daily inquiries to humans are spread over the hours without loss: 11 Nov → 7,854.5 (see estimate).
    const nov11 = slots.filter((s) => s.slot_start!.startsWith('2026-11-11')).reduce((sum, s) => sum + Number(s.inquiries), 0);
    expect(nov11).toBeCloseTo(3_600_000 * 0.3 / 220 / 0.5 * 0.8, 1);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ people_rostered: new Set(shifts.map((s) => s.agent)).size, shifts: shifts.length, demand_covered: 1, short_agent_slots: 0 });
    expect(summary.solver).toMatchObject({ status: 'optimal', gap: 0, proven: ['agent_hours', 'people'] });
    expect(summary.formula_agents).toEqual([{ date: '2026-11-10', agents: 11 }, { date: '2026-11-11', agents: 40 }, { date: '2026-11-12', agents: 9 }]);
  });

  it('prints a readable summary with a chart', async () => {
    const result = await run(['roster', ...EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Peak agents required (one slot)');
    // (Values wrap to the terminal: compare with the line breaks taken out.)
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('Proof agent-hours 524 — proven best; people 45 — proven best');
    expect(result.stdout).toMatch(/Solver\s+HiGHS, exact, [\d.]+ s/);
    // Every line fits the terminal: values wrap under themselves, the chart narrows (CJK counts double).
    for (const columns of [80, 60]) {
      const narrow = await run(['roster', ...EXAMPLE], { env: { COLUMNS: String(columns) } });
      const widest = Math.max(...narrow.stdout.split('\n').map((line) => [...line].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0)));
      expect(widest).toBeLessThanOrEqual(columns);
    }
    expect(result.stdout).toContain('█');
    const zh = await run(['roster', ...EXAMPLE, '--lang', 'zh']);
    expect(zh.stdout).toContain('高峰所需客服');
  });

  it('holds a headcount: the shortfall is reported, people never exceed it', async () => {
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const coverage = join(dir, 'coverage.csv');
    const result = await run(['roster', ...EXAMPLE, '--headcount', '25', '--out', out, '--coverage', coverage]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Short of agents in \d+ slot/);
    const shifts = readCsvFile(out);
    checkShiftFile(shifts);
    expect(new Set(shifts.map((s) => s.agent)).size).toBeLessThanOrEqual(25);
    expect(readCsvFile(coverage).some((s) => Number(s.shortfall) > 0)).toBe(true);
  });

  it('--minimise people finds a team no larger than the fewest-hours roster needs, and refuses a fixed headcount', async () => {
    const dir = tempDir();
    const hours = JSON.parse((await run(['roster', ...EXAMPLE, '--format', 'json'])).stdout) as { people_rostered: number; agent_hours: number };
    const out = join(dir, 'shifts.csv');
    const result = await run(['roster', ...EXAMPLE, '--minimise', 'people', '--out', out, '--format', 'json']);
    expect(result.code).toBe(0);
    const people = JSON.parse(result.stdout) as { people_rostered: number; agent_hours: number; short_agent_slots: number; solver: { proven: string[] } };
    expect(people.solver.proven).toEqual(['people', 'agent_hours']);
    expect(people.short_agent_slots).toBe(0);
    expect(people.people_rostered).toBeLessThanOrEqual(hours.people_rostered);
    expect(people.agent_hours).toBeGreaterThanOrEqual(hours.agent_hours);
    checkShiftFile(readCsvFile(out));
    const conflict = await run(['roster', ...EXAMPLE, '--minimise', 'people', '--headcount', '20']);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/--minimise people conflicts with --headcount/);
  });

  it('uses a per-slot demand file, shift patterns and named staff with availability', async () => {
    const dir = tempDir();
    const demand = writeFixture(dir, 'demand.csv', ['datetime,inquiries',
      ...Array.from({ length: 48 }, (_, h) => `2026-11-${h < 24 ? 10 : 11} ${String(h % 24).padStart(2, '0')}:00,${h % 24 >= 9 && h % 24 < 23 ? 60 : 10}`)].join('\n'));
    const patterns = writeFixture(dir, 'shifts.csv', 'name,start,end\n白班,09:00,17:30\n晚班,17:00,23:30\n夜班,23:00,09:00\n');
    const staff = writeFixture(dir, 'staff.csv', 'name,max_hours,available_from,available_to\n=cmd|calc,,,\n小王,,,\n小李,10,2026-11-10 09:00,2026-11-11 00:00\n临时01,,2026-11-11,\n');
    const out = join(dir, 'out.csv');
    const result = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--slot', '30', '--shifts', patterns, '--staff', staff, '--min-shift', '6', '--out', out]);
    expect(result.stderr).toBe('');
    const shifts = readCsvFile(out);
    expect(shifts.length).toBeGreaterThan(0);
    checkShiftFile(shifts);
    for (const s of shifts) expect(['09:00-17:30', '17:00-23:30', '23:00-09:00']).toContain(`${s.start!.slice(11)}-${s.end!.slice(11)}`);
    for (const s of shifts.filter((x) => x.agent === '小李')) expect(minutes(s.end!)).toBeLessThanOrEqual(minutes('2026-11-11 00:00'));
    expect(shifts.filter((x) => x.agent === '小李').reduce((sum, s) => sum + Number(s.hours), 0)).toBeLessThanOrEqual(10);
    for (const s of shifts.filter((x) => x.agent === '临时01')) expect(s.date).toBe('2026-11-11');
    // A name that a spreadsheet would run as a formula is neutralised in the file.
    expect(readFileSync(out, 'utf8')).not.toMatch(/^=cmd/m);
    expect(shifts.some((s) => s.agent === "'=cmd|calc")).toBe(true);
  });

  describe('bad settings and input', () => {
    it('refuses --max-shift above 12 hours, quoting the rule', async () => {
      const result = await run(['roster', ...EXAMPLE, '--max-shift', '13']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('error: --max-shift, value "13": is 13 h, above the 12-hour rule: nobody may work more than 12 hours in a row (尽量避免超过12小时连续值班); use 12 or less');
    });
    it('names conflicting settings with exit 3', async () => {
      const result = await run(['roster', ...EXAMPLE, '--min-shift', '8', '--max-shift', '6']);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('--min-shift conflicts with --max-shift');
      const staff = writeFixture(tempDir(), 'staff.csv', 'name,available_from,available_to\nA,2026-12-01,2026-12-02\n');
      const unavailable = await run(['roster', ...EXAMPLE, '--staff', staff]);
      expect(unavailable.code).toBe(3);
      expect(unavailable.stderr).toContain('no one in --staff can work');
    });
    it('names the shift file whose pattern is off the slot grid', async () => {
      const result = await run(['roster', ...EXAMPLE, '--shifts', 'templates/shift-patterns.csv']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('error: templates/shift-patterns.csv: shift pattern "白班" does not start and end on the 60-minute slot grid; use --slot 30 or --slot 15');
      const dir = tempDir();
      const out = join(dir, 'shifts.csv');
      const onGrid = await run(['roster', ...EXAMPLE, '--shifts', 'templates/shift-patterns.csv', '--slot', '30', '--out', out]);
      expect(onGrid.code).toBe(0);
      checkShiftFile(readCsvFile(out));
      // 10 Nov 00:00–08:00 lies before every pattern of the window: reported, not infeasible.
      expect(onGrid.stdout).toContain('lie outside every allowed shift (first: 2026-11-10 00:00)');
    });
    it('refuses a window shorter than the shortest shift', async () => {
      const demand = writeFixture(tempDir(), 'd.csv', 'datetime,inquiries\n2026-11-11 20:00,50\n2026-11-11 21:00,80\n2026-11-11 22:00,60\n');
      const result = await run(['roster', '--demand', demand, '--hourly-capacity', '20']);
      expect(result.code).toBe(3);
      expect(result.stderr.trim()).toBe('error: --min-shift conflicts with the planning window: the window is 3 h, shorter than the shortest shift (4 h)');
      const shorter = await run(['roster', '--demand', demand, '--hourly-capacity', '20', '--min-shift', '2', '--format', 'json']);
      expect(JSON.parse(shorter.stdout)).toMatchObject({ peak_required: 4, demand_covered: 1 });
    });
    it('asks for a history or demand file', async () => {
      const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--history FILE');
    });
    it('explains a history shorter than the forecast', async () => {
      const history = writeFixture(tempDir(), 'h.csv', 'date,hour,inquiries\n2025-11-11,20,5\n2025-11-11,21,9\n');
      const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json', '--history', history, '--align', 'position']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('use --align date or --align average');
      // By date, the days without a match take the average shape, and a notice names them.
      const byDate = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json', '--history', history, '--format', 'json']);
      expect(byDate.code).toBe(0);
      expect(byDate.stderr).toContain('forecast day(s) 2026-11-10, 2026-11-12 have no history day with the same month and day');
      const average = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json', '--history', history, '--profile', 'average', '--format', 'json']);
      expect(average.code).toBe(0);
    });
    it('points at a bad history cell', async () => {
      const history = writeFixture(tempDir(), 'h.csv', '日期,小时,咨询量\n2025-11-10,20:00,5\n2025-11-10,25:00,9\n2025-11-10,22:00,many\n');
      const result = await run(['roster', '--sales', '100000', '--date', '2026-11-10', '--cs-share', '30%', '--aov', '100', '--conversion', '40%', '--capacity', '100', '--history', history]);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/h\.csv:3, column "hour", value "25:00": is not an hour/);
      expect(lines[1]).toMatch(/h\.csv:4, column "inquiries", value "many": is not a number/);
    });
    it('refuses to overwrite an input file', async () => {
      const dir = tempDir();
      const history = writeFixture(dir, 'h.csv', readFileSync('examples/double11/history.csv', 'utf8'));
      const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--config', 'test/fixtures/double11-presales.config.json', '--history', history, '--coverage', history]);
      expect(result.code).toBe(2);
      expect(readFileSync(history, 'utf8')).toBe(readFileSync('examples/double11/history.csv', 'utf8'));
    });
  });

  it('proves the 7-day, 15-minute case in seconds (a seeded second solve once stalled it for minutes)', async () => {
    const dir = tempDir();
    const demand = join(dir, 'demand.csv');
    makeDemand(demand, { days: 7, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
    const result = await run(['roster', '--demand', demand, '--hourly-capacity', '25', '--slot', '15', '--days-off-per-week', '0', '--time-limit', '30', '--format', 'json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { people_rostered: number; solver: { status: string; proof: { objective: string; value: number; proven: boolean }[] } };
    expect(summary.solver.status).toBe('optimal');
    // The optima scipy's HiGHS finds for the same covering problem (bench/native_reference.py).
    expect(summary.solver.proof.map((p) => [p.objective, p.value, p.proven])).toEqual([['agent_hours', 39760.75, true], ['people', 765, true]]);
    expect(summary.people_rostered).toBe(765);
  }, 60_000);

  it('stops at --time-limit with exit code 1: the best roster with its gap, or a clear message', async () => {
    const dir = tempDir();
    const demand = join(dir, 'demand.csv');
    // 28 days of 15-minute slots: HiGHS needs about 6 s for it here, so 3 s cuts it short.
    makeDemand(demand, { days: 28, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
    const out = join(dir, 'shifts.csv');
    const result = await run(['roster', '--demand', demand, '--hourly-capacity', '25', '--slot', '15', '--time-limit', '3', '--format', 'json', '--out', out]);
    expect(result.code).toBe(1);
    if (result.stdout) {
      const summary = JSON.parse(result.stdout) as { solver: { status: string; gap: number; proven: string[]; unproven: string } };
      expect(summary.solver.status).toBe('time-limit');
      expect(summary.solver.gap).toBeGreaterThan(0);
      expect(['agent_hours', 'people']).toContain(summary.solver.unproven);
      expect(summary.solver.proven).not.toContain(summary.solver.unproven);
      expect(result.stderr).toContain('The solver hit --time-limit; the roster is the best found');
      checkShiftFile(readCsvFile(out));
    } else {
      expect(result.stderr).toContain('found no roster within --time-limit 3 s');
    }
  });

  it('stops cleanly on Ctrl-C during a long solve: a message, exit 130, nothing written', async () => {
    const { spawn } = await import('node:child_process');
    const { existsSync } = await import('node:fs');
    const { BIN } = await import('./helpers.js');
    const dir = tempDir();
    const demand = join(dir, 'demand.csv');
    makeDemand(demand, { days: 28, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
    const out = join(dir, 'shifts.csv');
    const child = spawn(process.execPath, [BIN, 'roster', '--demand', demand, '--hourly-capacity', '25', '--slot', '15', '--out', out], { env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      setTimeout(() => child.kill('SIGINT'), 2500);
      child.on('close', resolve);
    });
    expect(code).toBe(130);
    expect(stderr.trim()).toBe('error: interrupted; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('prints the shifts as CSV with --format csv', async () => {
    const result = await run(['roster', ...EXAMPLE, '--format', 'csv']);
    expect(result.stdout.split('\n')[0]).toBe('agent,date,start,end,hours,role,break_start,break_end,pattern');
    checkShiftFile(parse(result.stdout, { columns: true }) as Row[]);
  });
});
