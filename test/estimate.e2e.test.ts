import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir, writeFixture } from './helpers.js';

const WORKED = ['--sales', '500000', '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576'];

function csvRecords(text: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

describe('cs-plan estimate (built CLI)', () => {
  it('prints the worked example as one CSV row: 2,500 inquiries, 5 agents', async () => {
    const result = await run(['estimate', ...WORKED, '--format', 'csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('date,sales,cs_share,aov,conversion,bot_rate,capacity,cs_sales,cs_buyers,inquiries,human_inquiries,agents_exact,agents,orders,after_sales_inquiries,after_sales_agents,total_agents');
    expect(lines).toHaveLength(2);
    const [row] = csvRecords(result.stdout);
    expect(row?.inquiries).toBe('2500');
    expect(row?.agents).toBe('5');
    expect(result.stdout.startsWith('\uFEFF')).toBe(false);
  });

  it('after-sales: the wave runs past the campaign, with its own agents and a total per day', async () => {
    // 500,000 sales ÷ store AOV 125 = 4,000 orders; 10% contact; curve 60/40; 100 contacts per agent.
    const result = await run(['estimate', ...WORKED, '--date', '2026-11-11', '--store-aov', '125', '--after-sales-rate', '10%',
      '--after-sales-curve', '60,40', '--after-sales-capacity', '100', '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = csvRecords(result.stdout);
    expect(rows.map((r) => [r.date, r.sales, r.agents, r.orders, r.after_sales_inquiries, r.after_sales_agents, r.total_agents])).toEqual([
      ['2026-11-11', '500000', '5', '4000', '240', '3', '8'],
      ['2026-11-12', '0', '0', '0', '160', '2', '2'],
    ]);
    const json = JSON.parse((await run(['estimate', ...WORKED, '--date', '2026-11-11', '--store-aov', '125', '--after-sales-rate', '10%',
      '--after-sales-curve', '60,40', '--after-sales-capacity', '100', '--format', 'json'])).stdout) as { total: Record<string, number> };
    expect(json.total).toMatchObject({ after_sales_inquiries: 400, after_sales_agent_days: 5, peak_total_agents: 8 });
  });

  it('after-sales: bad settings give one-line errors naming the flag', async () => {
    const curve = await run(['estimate', ...WORKED, '--date', '2026-11-11', '--after-sales-rate', '10%', '--after-sales-curve', '50,x']);
    expect(curve.code).toBe(2);
    expect(curve.stderr.trim()).toBe('error: --after-sales-curve, value "50,x": must be day weights such as 40,25,15,10,5,5: numbers ≥ 0, not all zero');
    const noDate = await run(['estimate', ...WORKED, '--after-sales-rate', '10%']);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toMatch(/the after-sales wave needs dates such as 2026-11-11/);
    const rate = await run(['estimate', ...WORKED, '--date', '2026-11-11', '--after-sales-rate', '8']);
    expect(rate.code).toBe(2);
    expect(rate.stderr).toMatch(/--after-sales-rate.*8%/);
  });

  it('prints JSON with rows and a total in snake_case', async () => {
    const result = await run(['estimate', ...WORKED, '--format', 'json', '--date', '2026-11-11']);
    const json = JSON.parse(result.stdout) as { rows: Record<string, unknown>[]; total: Record<string, unknown> };
    expect(json.rows[0]).toMatchObject({ date: '2026-11-11', inquiries: 2500, human_inquiries: 2500, agents: 5 });
    expect(json.total).toMatchObject({ inquiries: 2500, agent_days: 5, peak_agents: 5 });
  });

  it('prints a table and the formula chain with --explain', async () => {
    const result = await run(['estimate', ...WORKED, '--explain']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Agents');
    expect(result.stdout).toContain('2,500 ÷ capacity 576 per agent = 4.3403 → round up → 5');
  });

  it('runs the bundled Double 11 example with a total and the peak day', async () => {
    const result = await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--format', 'json']);
    expect(result.code).toBe(0);
    type Day = { date: string; agents: number; orders: number; after_sales_inquiries: number; after_sales_agents: number; total_agents: number };
    const json = JSON.parse(result.stdout) as { rows: Day[]; total: { peak_agents: number; peak_total_agents: number; after_sales_inquiries: number } };
    // The campaign (10–12 Nov), then the after-sales wave's last six days (8% of orders, 7 days).
    expect(json.rows.map((r) => r.date)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18']);
    // 11 Nov: 3.6M × 30% ÷ 220 ÷ 50% × (1 − 20%) ÷ 200 = 39.27 → 40
    expect(json.rows[1]?.agents).toBe(40);
    expect(json.total.peak_agents).toBe(40);
    // 11 Nov orders: 3.6M ÷ 150 = 24,000. Contacts: 8% × (24,000 × 32.69% + 5,333 × 22.88%) = 725.3 → 725.3 ÷ 300 → 3 agents.
    expect(json.rows[1]?.orders).toBe(24000);
    expect(json.rows[1]?.after_sales_inquiries).toBeCloseTo(725.31, 1);
    expect(json.rows[1]?.total_agents).toBe(43);
    // Every order's contacts land somewhere: 5,000,000 ÷ 150 × 8% = 2,666.67.
    expect(json.total.after_sales_inquiries).toBeCloseTo(2666.6667, 3);
    expect(json.total.peak_total_agents).toBe(43);
  });

  it('reads a GBK forecast with Chinese headers and typed amounts', async () => {
    const dir = tempDir();
    const text = '日期,销售额,客服销售占比,客服客单价,询单转化率,客服饱和接待量\r\n2026-11-11,50万,20%,¥100,40 %,576\r\n';
    const file = writeFixture(dir, 'forecast.csv', encodeGbk(text));
    const result = await run(['estimate', '--forecast', file, '--format', 'csv']);
    expect(result.stderr).toBe('');
    expect(csvRecords(result.stdout)[0]).toMatchObject({ date: '2026-11-11', sales: '500000', inquiries: '2500', agents: '5' });
  });

  it('applies precedence row cell > flag > config file > default', async () => {
    const dir = tempDir();
    const config = writeFixture(dir, 'c.json', JSON.stringify({ csShare: '10%', aov: 100, conversion: '40%', capacity: 100, botRate: '50%' }));
    const forecast = writeFixture(dir, 'f.csv', 'date,sales,cs_share,bot_rate\nrow-cell,100000,30%,\nflag,100000,,\n');
    const withFlag = await run(['estimate', '--forecast', forecast, '--config', config, '--cs-share', '20%', '--format', 'json']);
    expect(withFlag.code).toBe(0);
    const rows = (JSON.parse(withFlag.stdout) as { rows: { cs_share: number; bot_rate: number }[] }).rows;
    expect(rows.map((r) => r.cs_share)).toEqual([0.3, 0.2]);
    expect(rows.map((r) => r.bot_rate)).toEqual([0.5, 0.5]); // empty cell → config value, not the default 0
    const configOnly = await run(['estimate', '--forecast', forecast, '--config', config, '--format', 'json']);
    expect((JSON.parse(configOnly.stdout) as { rows: { cs_share: number }[] }).rows.map((r) => r.cs_share)).toEqual([0.3, 0.1]);
  });

  it('refuses an unknown config key, naming it', async () => {
    const dir = tempDir();
    const config = writeFixture(dir, 'c.json', JSON.stringify({ csShares: '10%' }));
    const result = await run(['estimate', ...WORKED, '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('csShares');
    expect(result.stderr).toContain('c.json');
  });

  it('lists every missing flag when it cannot prompt', async () => {
    const result = await run(['estimate', '--sales', '1000']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('error: missing --cs-share, --aov, --conversion, --capacity; pass them as flags, put them in --config, or run in a terminal to be asked');
  });

  describe('bad input: one line per error naming file, line, column and value; exit 2; nothing written', () => {
    const cases: [string, string, RegExp][] = [
      ['a ratio above 100%', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,120%,100,40%,576\n', /f\.csv:2, column "cs_share", value "120%": must be above 0/],
      ['a ratio of 0', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,0,100,40%,576\n', /f\.csv:2, column "cs_share", value "0"/],
      ['a negative amount', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,-5,20%,100,40%,576\n', /f\.csv:2, column "sales", value "-5": must not be negative/],
      ['a non-numeric amount', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,lots,20%,100,40%,576\n', /column "sales", value "lots": is not a number/],
      ['zero AOV', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,20%,0,40%,576\n', /column "aov", value "0": must be greater than 0/],
      ['zero conversion', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,20%,100,0%,576\n', /column "conversion", value "0%"/],
      ['zero capacity', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,20%,100,40%,0\n', /column "capacity", value "0"/],
      ['a missing column', 'date,cs_share,aov,conversion,capacity\n2026-11-11,20%,100,40%,576\n', /f\.csv:1: has no column "sales"/],
      ['a misspelt column', 'date,sales,cs_share,aov,conversoin,capacity\n2026-11-11,1000,20%,100,40%,576\n', /f\.csv:1: has a column "conversoin"; did you mean "conversion"\?/],
      ['an empty file', '', /f\.csv: has no data rows/],
      ['an ambiguous date', 'date,sales,cs_share,aov,conversion,capacity\n11/10/2026,1000,20%,100,40%,576\n', /f\.csv:2, column "date", value "11\/10\/2026": could be month\/day or day\/month; pass --date-format MDY/],
      ['a date that is none', 'date,sales,cs_share,aov,conversion,capacity\n2026-13-45,1000,20%,100,40%,576\n', /f\.csv:2, column "date", value "2026-13-45": is not a date/],
      ['a ragged row', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,1000,20%,100,40%\n', /f\.csv:2: has 5 cell\(s\) where the header has 6/],
      ['a 400-digit number', `date,sales,cs_share,aov,conversion,capacity\n2026-11-11,${'9'.repeat(400)},20%,100,40%,576\n`, /column "sales", value "9{400}": is too large a number/],
      ['a header without rows', 'date,sales\n', /f\.csv: has no data rows/],
      ['an empty date', 'date,sales,cs_share,aov,conversion,capacity\n,1000,20%,100,40%,576\n', /f\.csv:2, column "date", value "": is empty/],
      ['an empty sales cell', 'date,sales,cs_share,aov,conversion,capacity\n2026-11-11,,20%,100,40%,576\n', /f\.csv:2, column "sales", value "": is empty, but sales is required here/],
    ];
    it.each(cases)('%s', async (_name, content, expected) => {
      const dir = tempDir();
      const forecast = writeFixture(dir, 'f.csv', content);
      const out = join(dir, 'out.csv');
      const result = await run(['estimate', '--forecast', forecast, '--out', out], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });

    it('reports several bad cells of one file together', async () => {
      const dir = tempDir();
      const forecast = writeFixture(dir, 'f.csv', 'date,sales,cs_share,aov,conversion,capacity\nd1,x,20%,100,40%,576\nd2,1000,20%,0,40%,576\n');
      const result = await run(['estimate', '--forecast', forecast]);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('f.csv:2, column "sales"');
      expect(lines[1]).toContain('f.csv:3, column "aov"');
    });

    it('names a bad flag and a bad config value', async () => {
      const flag = await run(['estimate', ...WORKED, '--conversion', '40']);
      expect(flag.stderr.trim()).toBe('error: --conversion, value "40": is above 100%; if you meant 40%, write "40%" or 0.4');
      const dir = tempDir();
      const config = writeFixture(dir, 'c.json', JSON.stringify({ aov: 'cheap' }));
      const fromConfig = await run(['estimate', '--sales', '1', '--cs-share', '1', '--conversion', '1', '--capacity', '1', '--config', config]);
      expect(fromConfig.code).toBe(2);
      expect(fromConfig.stderr).toContain(`${config}, aov, value "cheap": is not a number`);
    });

    it('speaks Chinese under a zh_* locale, and --lang en overrides it', async () => {
      const zh = await run(['estimate', ...WORKED, '--aov', '0'], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(zh.stderr.trim()).toBe('错误: --aov, 值 "0": 必须大于 0');
      const en = await run(['estimate', ...WORKED, '--aov', '0', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(en.stderr.trim()).toBe('error: --aov, value "0": must be greater than 0');
      const table = await run(['estimate', ...WORKED], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(table.stdout).toContain('客服人数');
    });

    it('prints errors in Chinese with --lang zh and the stack only with --debug', async () => {
      const zh = await run(['estimate', ...WORKED, '--aov', '0', '--lang', 'zh']);
      expect(zh.stderr.trim()).toBe('错误: --aov, 值 "0": 必须大于 0');
      const debug = await run(['estimate', ...WORKED, '--aov', '0', '--debug']);
      expect(debug.code).toBe(2);
      expect(debug.stderr).toMatch(/\n\s+at /);
    });
  });

  describe('--out', () => {
    it('writes CSV with a BOM for Excel, atomically, leaving no temporary file', async () => {
      const dir = tempDir();
      const out = join(dir, 'estimate.csv');
      const result = await run(['estimate', '--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json', '--out', out]);
      expect(result.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(csvRecords(text)).toHaveLength(9);
      expect(readdirSync(dir)).toEqual(['estimate.csv']);
    });

    it('leaves the previous output untouched when a run fails, and writes CSV to stdout with --out -', async () => {
      const dir = tempDir();
      const out = join(dir, 'estimate.csv');
      await run(['estimate', ...WORKED, '--out', out]);
      const before = readFileSync(out);
      const failed = await run(['estimate', ...WORKED, '--aov', '0', '--out', out]);
      expect(failed.code).toBe(2);
      expect(readFileSync(out).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual(['estimate.csv']);
      const stdout = await run(['estimate', ...WORKED, '--out', '-']);
      expect(stdout.stdout.startsWith('date,sales,')).toBe(true);
    });

    it('takes the format from the extension', async () => {
      const dir = tempDir();
      const out = join(dir, 'e.json');
      await run(['estimate', ...WORKED, '--out', out]);
      expect(JSON.parse(readFileSync(out, 'utf8')).rows[0].agents).toBe(5);
    });

    it('refuses to overwrite the input file or write onto a folder', async () => {
      const dir = tempDir();
      const forecast = writeFixture(dir, 'f.csv', 'date,sales\nd,1000\n');
      const before = readFileSync(forecast, 'utf8');
      const same = await run(['estimate', '--forecast', forecast, ...WORKED.slice(2), '--out', forecast]);
      expect(same.code).toBe(2);
      expect(same.stderr).toContain('would overwrite the input file');
      expect(readFileSync(forecast, 'utf8')).toBe(before);
      const folder = await run(['estimate', ...WORKED, '--out', dir, '--format', 'csv']);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('is a folder');
    });
  });

  it('shows help with examples and the version', async () => {
    const help = await run(['estimate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--cs-share <ratio>');
    expect(help.stdout).toContain('Examples:');
    const version = await run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/** GBK bytes for the few characters the fixtures use, via Node's encoder-less route: a table built from TextDecoder. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? []));
  }
  return new Uint8Array(bytes);
}
