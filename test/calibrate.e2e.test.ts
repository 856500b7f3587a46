import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT, run, tempDir, writeFixture } from './helpers.js';

const EXAMPLE = ['--agent-days', 'examples/calibrate/agents-2025.csv', '--store', 'examples/calibrate/store-2025.csv', '--campaign', '2025-11-11'];
type Truth = Record<'ordinary' | 'eve' | 'campaign', Record<string, number>>;
const truth = JSON.parse(readFileSync(join(ROOT, 'examples', 'calibrate', 'ground-truth.json'), 'utf8')) as Truth;

const AGENT_HEADER = '日期,客服(旺旺),接待人数,询单人数,询单→最终付款人数,询单→最终付款金额,在线时长';
const STORE_HEADER = '日期,销售额,支付买家数';

describe('cs-plan calibrate (built CLI)', () => {
  it('recovers the example\'s ground truth from its GBK agent export and its store export, for every kind of day', async () => {
    const result = await run(['calibrate', ...EXAMPLE, '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['kind', 'figure', 'value', 'min', 'median', 'max', 'days', 'agents', 'samples', 'config_key']);
    for (const kind of ['ordinary', 'eve', 'campaign'] as const) {
      for (const [key, expected] of Object.entries(truth[kind])) {
        const row = rows.find((r) => r.kind === kind && r.config_key === key);
        // The files carry money to the fen and counts whole, the CSV six decimals.
        expect(Number(row?.value), `${kind} ${key}`).toBeCloseTo(expected, 5);
      }
    }
    const campaignCapacity = rows.find((r) => r.kind === 'campaign' && r.figure === 'capacity');
    expect(campaignCapacity).toMatchObject({ days: '1', value: '360' });
    // The kinds are said in one line, and the part-timers left out of the capacities.
    expect(result.stderr).toMatch(/campaign 2025-11-11 \(1 day\(s\)\), eve 1 day, ordinary 18 day\(s\)/);
    expect(result.stderr).toMatch(/18 agent-day\(s\) online under 4 h/);
    expect(result.stderr).toMatch(/totals row/);
  });

  it('writes the campaign values as a config that estimate reads, keeping existing keys unless --force', async () => {
    const dir = tempDir();
    const config = writeFixture(dir, 'cs-plan.config.json', JSON.stringify({ csShare: '30%', workHours: 10 }, null, 2));
    const first = await run(['calibrate', ...EXAMPLE, '--out', config]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    let written = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ csShare: '30%', workHours: 10, aov: 230, conversion: '48%', botRate: '36%', capacity: 360, hourlyCapacity: 30 });
    // After-sales contacts per order from ordinary days (a campaign day's belong to earlier orders).
    expect(written.afterSalesRate).toBe(`${Math.round(truth.ordinary.afterSalesRate! * 10000) / 100}%`);
    expect(first.stderr).toMatch(/kept csShare .*--force/);

    const forced = await run(['calibrate', ...EXAMPLE, '--out', config, '--force']);
    expect(forced.code).toBe(0);
    written = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ csShare: '36%', workHours: 10 });

    // calibrate → estimate: last year's campaign day, sales as last year, gives last year's inquiries.
    const estimate = await run(['estimate', '--sales', '3066666.67', '--config', config, '--after-sales-rate', '0', '--format', 'json']);
    expect(estimate.code).toBe(0);
    const day = (JSON.parse(estimate.stdout) as { rows: Record<string, number>[] }).rows[0]!;
    expect(day.inquiries).toBeCloseTo(10_000, 0);
    expect(day.agents).toBe(18);
  });

  it('backtests the formula day by day: exact on the campaign day and the eve, the ordinary days\' error reported', async () => {
    const result = await run(['calibrate', ...EXAMPLE, '--backtest', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { backtest: Record<string, number | string>[]; backtest_summary: { kind: string; meanAbsError: number }[] };
    expect(json.backtest).toHaveLength(20);
    const campaign = json.backtest.find((d) => d.date === '2025-11-11')!;
    expect(Math.abs(Number(campaign.inquiry_error))).toBeLessThan(1e-4);
    expect(campaign).toMatchObject({ actual_inquiries: 10_000, predicted_agents: 18, needed_agents: 18, short_over: 0, on_duty_agents: 27 });
    const ordinary = json.backtest_summary.find((s) => s.kind === 'ordinary')!;
    expect(ordinary.meanAbsError).toBeGreaterThan(0.01);
    expect(ordinary.meanAbsError).toBeLessThan(0.15);
    const table = await run(['calibrate', ...EXAMPLE, '--backtest'], { env: { COLUMNS: '80' } });
    expect(table.stdout).toMatch(/Backtest, ordinary days \(18\): inquiries off by \d+(\.\d)?% on average/);
    for (const line of table.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('with --history, backtests the busiest hour of each day at the calibrated hourly capacity', async () => {
    const result = await run(['calibrate', ...EXAMPLE, '--history', 'examples/double11/history.csv', '--backtest', '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(result.stdout.split('\n')[0]).toMatch(/,short_over,peak_hour,peak_share,predicted_peak_agents,needed_peak_agents$/);
    const eve = rows.find((r) => r.date === '2025-11-10')!;
    // 4,000 inquiries, 30% to the bot; the history's busiest hour (23:00) holds 630 of its 3,663; 26 an hour.
    expect(eve).toMatchObject({ peak_hour: '23:00', predicted_peak_agents: String(Math.ceil((2800 * 630) / 3663 / 26)), needed_peak_agents: '19' });
    expect(Number(eve.peak_share)).toBeCloseTo(630 / 3663, 6);
    expect(rows.find((r) => r.date === '2025-11-11')).toMatchObject({ peak_hour: '00:00' });
    // Days the history does not cover have no peak.
    expect(rows.find((r) => r.date === '2025-11-01')?.peak_hour).toBe('');
    expect(result.stderr).toMatch(/hourly history for 3 of the 20 days/);
  });

  it('reads hand-made files in English columns with hours like 8小时30分, and without a store file says what it cannot work out', async () => {
    const dir = tempDir();
    const agents = writeFixture(dir, 'a.csv', 'date,agent,received,inquiries,buyers,sales,online\n2025-11-01,a,100,50,20,2000,8小时30分\n2025-11-01,b,60,40,10,1000,08:00:00\n');
    const result = await run(['calibrate', '--agent-days', agents, '--format', 'json', '--percentile', '100']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { figures: Record<string, number | string>[]; config: Record<string, unknown> };
    expect(json.config).toMatchObject({ aov: 100, conversion: '33.33%', capacity: 100 });
    expect(json.config.csShare).toBeUndefined();
    expect(json.figures.find((f) => f.figure === 'hourly_capacity')?.value).toBeCloseTo(100 / 8.5, 5);
    expect(result.stderr).toMatch(/no --store file/);
    expect(result.stderr).toMatch(/no --campaign given/);
  });

  it('says when the agents sold more than the store, and keeps that share out of the config', async () => {
    const dir = tempDir();
    const out = join(dir, 'c.json');
    const result = await run(['calibrate', '--agent-days', writeFixture(dir, 'a.csv', 'date,agent,received,inquiries,buyers,sales\n2025-11-11,a,10,5,2,1000\n'),
      '--store', writeFixture(dir, 's.csv', 'date,sales\n2025-11-11,500\n'), '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/s\.csv: on 1 day\(s\) \(first 2025-11-11\) the agents sold more than the store/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(written.csShare).toBeUndefined();
    expect(written).toMatchObject({ aov: 500, conversion: '40%', capacity: 10 });
  });

  describe('bad input: one line naming file, line and column, exit 2, nothing written', () => {
    const cases: [string, string, string, RegExp][] = [
      ['a missing column', `日期,客服(旺旺),接待人数,询单人数,询单→最终付款金额\n2025-11-11,a,1,1,1\n`, `${STORE_HEADER}\n2025-11-11,100,1\n`, /a\.csv.*has no column "buyers"/],
      ['a repeated agent-day', `${AGENT_HEADER}\n2025-11-11,a,1,1,1,100,8\n2025-11-11,a,1,1,1,100,8\n`, `${STORE_HEADER}\n2025-11-11,100,1\n`, /a\.csv:3.*repeats a on 2025-11-11 \(first on line 2\)/],
      ['zero store sales on a day the agents sold', `${AGENT_HEADER}\n2025-11-11,a,10,5,2,100,8\n`, `${STORE_HEADER}\n2025-11-11,0,1\n`, /s\.csv:2.*store sales are 0 on 2025-11-11/],
      ['buyers above inquiries', `${AGENT_HEADER}\n2025-11-11,a,10,5,7,100,8\n`, `${STORE_HEADER}\n2025-11-11,100,1\n`, /a\.csv:2.*7 paying buyers from 5 inquiries/],
      ['a bad online time', `${AGENT_HEADER}\n2025-11-11,a,10,5,2,100,eight\n`, `${STORE_HEADER}\n2025-11-11,100,1\n`, /a\.csv:2.*online_hours.*"eight".*not a duration/],
    ];
    for (const [name, agentsCsv, storeCsv, message] of cases) {
      it(name, async () => {
        const dir = tempDir();
        const out = join(dir, 'cs-plan.config.json');
        const result = await run(['calibrate', '--agent-days', writeFixture(dir, 'a.csv', agentsCsv), '--store', writeFixture(dir, 's.csv', storeCsv), '--campaign', '2025-11-11', '--out', out]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(out)).toBe(false);
      });
    }

    it('a campaign date outside the files', async () => {
      const result = await run(['calibrate', ...EXAMPLE.slice(0, 4), '--campaign', '2024-11-11']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--campaign.*2024-11-11.*runs from 2025-10-25 to 2025-11-13/);
    });

    it('an existing config that is not JSON is left as it was', async () => {
      const dir = tempDir();
      const config = writeFixture(dir, 'cs-plan.config.json', '{ not json');
      const result = await run(['calibrate', ...EXAMPLE, '--out', config]);
      expect(result.code).toBe(2);
      expect(readFileSync(config, 'utf8')).toBe('{ not json');
    });
  });

  it('speaks Chinese with --lang zh', async () => {
    const result = await run(['calibrate', ...EXAMPLE, '--lang', 'zh'], { env: { COLUMNS: '100' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/客服销售占比/);
    expect(result.stdout).toMatch(/大促/);
    expect(result.stderr).toMatch(/前夜 1 天/);
  });
});
