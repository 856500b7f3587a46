import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir, writeFixture } from './helpers.js';

const RATIOS = ['--cs-share', '30%', '--aov', '220', '--conversion', '45%', '--capacity', '180'];
type Row = Record<string, string>;
const csvRows = (text: string) => parse(text, { columns: true }) as Row[];

describe('sales as a range (built CLI)', () => {
  it('estimate --sales low..high: the headcount at both ends, each equal to the estimate at that end alone', async () => {
    const ranged = await run(['estimate', '--sales', '300万..450万', ...RATIOS, '--format', 'csv']);
    expect(ranged.code).toBe(0);
    const [row] = csvRows(ranged.stdout);
    // The stable columns first, the range columns appended.
    expect(ranged.stdout.split('\n')[0]).toBe('date,sales,cs_share,aov,conversion,bot_rate,capacity,cs_sales,cs_buyers,inquiries,human_inquiries,agents_exact,agents,orders,after_sales_inquiries,after_sales_agents,total_agents,sales_low,sales_high,agents_low,agents_high');
    const low = csvRows((await run(['estimate', '--sales', '300万', ...RATIOS, '--format', 'csv'])).stdout)[0];
    const high = csvRows((await run(['estimate', '--sales', '450万', ...RATIOS, '--format', 'csv'])).stdout)[0];
    expect(row).toMatchObject({ sales_low: '3000000', sales_high: '4500000', agents_low: low?.agents, agents_high: high?.agents });
    // By default the plan is for the high end, and the run says so in one line.
    expect(row?.sales).toBe('4500000');
    expect(row?.agents).toBe(high?.agents);
    expect(ranged.stderr).toMatch(/^note: sales given as a range: the busiest day needs 51 agents at its low end and 76 at its high end; this plan is for the high-end sales \(76 agents\)/);
    const mid = csvRows((await run(['estimate', '--sales', '300万..450万', ...RATIOS, '--sales-case', 'mid', '--format', 'csv'])).stdout)[0];
    expect(mid?.sales).toBe('3750000');
  });

  it('a forecast with sales_low and sales_high columns; roster --sales-case low plans on the low end', async () => {
    const dir = tempDir();
    const forecast = writeFixture(dir, 'f.csv', 'date,销售额下限,销售额上限\n2026-11-10,70万,90万\n2026-11-11,300万,420万\n2026-11-12,50万,70万\n');
    const estimate = await run(['estimate', '--forecast', forecast, ...RATIOS, '--format', 'json']);
    expect(estimate.code).toBe(0);
    const json = JSON.parse(estimate.stdout) as { rows: Record<string, number>[]; sales_case: string };
    expect(json.sales_case).toBe('high');
    expect(json.rows.map((r) => [r.agents_low, r.agents_high])).toEqual([[12, 16], [51, 71], [9, 12]]);
    const roster = await run(['roster', '--forecast', forecast, ...RATIOS, '--history', 'examples/double11/history.csv', '--shifts', 'examples/double11/shifts.csv', '--sales-case', 'low', '--format', 'json']);
    expect(roster.code).toBe(0);
    const plan = JSON.parse(roster.stdout) as { formula_agents: { date: string; agents: number }[] };
    expect(plan.formula_agents.map((d) => d.agents)).toEqual([12, 51, 9]);
    expect(roster.stderr).toMatch(/this plan is for the low-end sales \(51 agents\)/);
  });

  it('bad ranges: one line naming the cell or flag, exit 2', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--sales', '450万..300万'], /--sales.*"450万\.\.300万".*write the low end first/],
      [['--sales', '300万..'], /--sales.*not a range/],
      [['--forecast', writeFixture(dir, 'a.csv', 'date,sales_low,sales_high\n2026-11-11,300万,\n')], /a\.csv:2, column "sales_high".*is empty/],
      [['--forecast', writeFixture(dir, 'b.csv', 'date,sales_low,sales_high\n2026-11-11,500万,300万\n')], /b\.csv:2, column "sales_high".*write the low end first/],
      [['--forecast', writeFixture(dir, 'c.csv', 'date,sales_low\n2026-11-11,300万\n')], /c\.csv:1: has no column "sales".*sales_low \+ sales_high/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['estimate', ...args, ...RATIOS]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
