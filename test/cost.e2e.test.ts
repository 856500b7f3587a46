import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, tempDir, writeFixture } from './helpers.js';

/** The README's hiring command: the Double 11 campaign days, own staff, a temp pool and an outsourcing price. */
const HIRE = ['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'examples/double11/cs-plan.config.json',
  '--shifts', 'examples/double11/shifts.csv', '--staff', 'examples/double11/staff.csv', '--after-sales-rate', '0',
  '--temps', '20', '--temp-min-hours', '8', '--outsource-price', '2.5', '--outsource-max', '10%', '--minimise', 'cost'];

interface CostJson {
  people_rostered: number;
  cost: { total: number; by_kind: { kind: string; people: number; shifts: number; hours: number; cost: number }[]; outsourced: { inquiries: number; agent_hours: number; cost: number }; by_day: { total: number }[] };
  solver: { proof: { objective: string; value: number; proven: boolean }[] };
  short_agent_slots: number;
}
const hire = async (tempDaily: string, extra: string[] = []) => {
  const result = await run([...HIRE, '--temp-daily-cost', tempDaily, ...extra, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CostJson;
};
const kind = (json: CostJson, name: string) => json.cost.by_kind.find((k) => k.kind === name) ?? { people: 0, shifts: 0, hours: 0, cost: 0 };

describe('the hiring answer in ¥ (roster --minimise cost, built CLI)', () => {
  it('prints the answer first, proven, with its cost by kind adding up', async () => {
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const table = await run([...HIRE, '--temp-daily-cost', '320', '--out', out], { env: { COLUMNS: '100' } });
    expect(table.code, table.stderr).toBe(0);
    const [, headline] = table.stdout.split('\n');
    expect(headline).toMatch(/^Hiring answer: \d+ people, ¥[\d,]+: own team \d+ people, [\d.,]+ h \(¥[\d,]+\); hire \d+ temps for \d+ shifts/);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(/cost ¥[\d,.]+ — proven best; people \d+ — proven best/);
    // When the temps work, and where most of the outsourcing falls (the answer wraps at 100 columns).
    const answer = table.stdout.split('\n').slice(1, 4).join(' ');
    expect(answer).toMatch(/hire \d+ temps for \d+ shifts on \d\d-\d\d(–\d\d-\d\d)?, /);
    expect(answer).toMatch(/outsource [\d,]+ inquiries \(¥[\d,]+; \d+% of them \d\d-\d\d \d\d:\d\d–\d\d:\d\d\)/);
    // …and the cost day by day.
    expect(table.stdout).toMatch(/│ 2026-11-11 │ +¥[\d,]+ │ +¥[\d,]+ │ +¥[\d,]+ │/);
    const json = await hire('320');
    expect(json.short_agent_slots).toBe(0);
    const parts = json.cost.by_kind.reduce((sum, k) => sum + k.cost, 0) + json.cost.outsourced.cost;
    expect(json.cost.total).toBeCloseTo(parts, 1);
    expect(json.cost.by_day.reduce((sum, d) => sum + d.total, 0)).toBeCloseTo(json.cost.total, 1);
    // The solver's cost is the roster's cost.
    expect(json.solver.proof.find((p) => p.objective === 'cost')?.value).toBeCloseTo(json.cost.total, 1);
    // Own staff are paid ¥28 an hour, temps ¥320 a day.
    expect(kind(json, 'own').cost).toBeCloseTo(kind(json, 'own').hours * 28, 1);
    expect(kind(json, 'temp').cost).toBeCloseTo(kind(json, 'temp').shifts * 320, 1);
    // The roster it wrote keeps every rule: check agrees.
    const check = await run(['check', out, '--shifts', 'examples/double11/shifts.csv']);
    expect(check.code, check.stdout).toBe(0);
  });

  it('the workbook gets a Cost sheet: each day and the total, as numbers', async () => {
    const dir = tempDir();
    const out = join(dir, 'hire.xlsx');
    const result = await run([...HIRE, '--temp-daily-cost', '320', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Cost');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'date', 'staff_cost', 'outsourced_cost', 'total_cost']);
    const json = await hire('320');
    const last = sheet?.getRow((sheet?.rowCount ?? 0)).values as unknown[];
    expect(last[1]).toBe('Total');
    expect(last[4]).toBeCloseTo(json.cost.total, 1);
    expect(sheet?.rowCount).toBe(json.cost.by_day.length + 2);
  });

  it('the HTML report draws the outsourced demand as covered, in its own colour, not as short', async () => {
    const dir = tempDir();
    const report = join(dir, 'hire.html');
    const result = await run([...HIRE, '--temp-daily-cost', '320', '--report', report]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html.match(/<rect class="outside"/g)?.length ?? 0).toBeGreaterThan(1);
    expect(html).toContain('outsourced / bot');
    // Every slot is covered (outsourcing included), so no bar is drawn short: the legend's swatch only.
    expect(html.match(/<rect class="short" x=/g)?.length).toBe(1);
  });

  it('dearer temps move work to the own team; at a prohibitive price none is hired; no outsourcing without a share', async () => {
    const cheap = await hire('320');
    const dear = await hire('800');
    expect(kind(dear, 'temp').hours).toBeLessThanOrEqual(kind(cheap, 'temp').hours);
    expect(kind(dear, 'own').hours).toBeGreaterThan(kind(cheap, 'own').hours);
    expect(dear.cost.total).toBeGreaterThan(cheap.cost.total);
    // Temps still cover what nobody else can (unmet demand comes first) …
    const dearest = await hire('100000');
    expect(kind(dearest, 'temp').shifts).toBeLessThanOrEqual(kind(dear, 'temp').shifts);
    expect(dearest.short_agent_slots).toBe(0);
    // … and none is hired once the outside team may take the rest.
    const never = await hire('100000', ['--outsource-max', '100%']);
    expect(kind(never, 'temp').shifts).toBe(0);
    // Priced by the agent-hour instead: the outside team costs its hours × the price.
    const hourly = await run([...HIRE.filter((a, i, all) => a !== '--outsource-price' && all[i - 1] !== '--outsource-price'), '--temp-daily-cost', '320', '--outsource-hourly', '40', '--format', 'json']);
    expect(hourly.code, hourly.stderr).toBe(0);
    const byHour = (JSON.parse(hourly.stdout) as CostJson).cost.outsourced;
    expect(byHour.cost).toBeCloseTo(byHour.agent_hours * 40, 1);
    const inHouse = await hire('320', ['--outsource-max', '0%']);
    expect(inHouse.cost.outsourced.inquiries).toBe(0);
    expect(inHouse.cost.total).toBeGreaterThanOrEqual(cheap.cost.total - 1e-6);
  });

  it('--unmet-cost lets a peak go short where that is cheaper, and says so plainly', async () => {
    const dear = await hire('320', ['--unmet-cost', '1000']);
    expect(dear.short_agent_slots).toBe(0);
    const cheapShort = await run([...HIRE, '--temp-daily-cost', '320', '--unmet-cost', '5'], { env: { COLUMNS: '250' } });
    expect(cheapShort.code).toBe(0);
    // (The answer wraps even at 250 columns: its words are read with the wrapping undone.)
    expect(cheapShort.stdout.replace(/\s+/g, ' ')).toMatch(/leave [\d,]+ inquiries unanswered \(priced ¥[\d,]+ by --unmet-cost, not paid, not in the total\)/);
    expect(cheapShort.stdout).toMatch(/Short of agents in \d+ slot/);
    const json = await hire('320', ['--unmet-cost', '5']);
    const unmet = (json.cost as unknown as { unmet: { priced: number; inquiries: number } }).unmet;
    expect(unmet.inquiries).toBeGreaterThan(0);
    expect(json.solver.proof[0]).toMatchObject({ objective: 'cost', proven: true });
    // The optimiser's ¥ is what is paid plus the price put on the unanswered inquiries.
    expect(json.solver.proof[0]?.value).toBeCloseTo(json.cost.total + unmet.priced, 1);
    expect(json.cost.total).toBeLessThan(dear.cost.total);
  });

  it('a what-if grid of temp day rates: the cheapest mix at each, dearer temps never cheaper in all', async () => {
    const grid = await run([...HIRE, '--temp-daily-cost', '200,320,800', '--format', 'csv']);
    expect(grid.code, grid.stderr).toBe(0);
    const [header, ...lines] = grid.stdout.trim().split('\n');
    expect(header).toBe('temp_daily_cost,people,own_hours,temps,temp_shifts,outsourced_inquiries,unanswered_inquiries,total_cost,proven,overtime_hours');
    const rows = lines.map((line) => line.split(','));
    expect(rows.map((r) => r[0])).toEqual(['200', '320', '800']);
    const totals = rows.map((r) => Number(r[7]));
    expect(totals[0]).toBeLessThanOrEqual(totals[1] ?? 0);
    expect(totals[1]).toBeLessThanOrEqual(totals[2] ?? 0);
    // Each row is the single run at that rate.
    const single = await hire('320');
    expect(totals[1]).toBeCloseTo(single.cost.total, 1);
    expect(rows.every((r) => r[8] === 'yes')).toBe(true);
    const table = await run([...HIRE, '--temp-daily-cost', '200,320,800'], { env: { COLUMNS: '80' } });
    for (const line of table.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const refused = await run([...HIRE, '--temp-daily-cost', '200,320', '--out', join(tempDir(), 'x.csv')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--temp-daily-cost …,… conflicts with --out/);
  });

  it('--bot-max lets the optimiser use the bot up to its share of each hour, and says what a weaker bot would cost', async () => {
    const dir = tempDir();
    const coverageFile = join(dir, 'coverage.csv');
    const withBot = await run([...HIRE, '--temp-daily-cost', '320', '--bot-rate', '0', '--bot-max', '40%', '--bot-cost', '0.5', '--coverage', coverageFile, '--format', 'json']);
    expect(withBot.code, withBot.stderr).toBe(0);
    const json = JSON.parse(withBot.stdout) as CostJson & { cost: { bot: { inquiries: number; cost: number }; bot_10_points_lower: { max_share: number; total: number } } };
    expect(json.cost.bot.inquiries).toBeGreaterThan(0);
    expect(json.cost.bot.cost).toBeCloseTo(json.cost.bot.inquiries * 0.5, 1);
    expect(json.cost.bot_10_points_lower.max_share).toBeCloseTo(0.3, 9);
    expect(json.cost.bot_10_points_lower.total).toBeGreaterThanOrEqual(json.cost.total - 1e-6);
    const parts = json.cost.by_kind.reduce((sum, k) => sum + k.cost, 0) + json.cost.outsourced.cost + json.cost.bot.cost;
    expect(json.cost.total).toBeCloseTo(parts, 1);
    // Never more than 40% of any hour's requirement.
    const { parse } = await import('csv-parse/sync');
    const slots = parse(readFileSync(coverageFile), { columns: true, bom: true }) as Record<string, string>[];
    for (const slot of slots) expect(Number(slot.bot)).toBeLessThanOrEqual(0.4 * Number(slot.required) + 1e-6);
    // The same demand at --bot-rate 0 without the bot costs more.
    const without = await hire('320', ['--bot-rate', '0']);
    expect(without.cost.total).toBeGreaterThan(json.cost.total);
    const table = await run([...HIRE, '--temp-daily-cost', '320', '--bot-rate', '0', '--bot-max', '40%'], { env: { COLUMNS: '200' } });
    expect(table.stdout).toMatch(/If the bot succeeds 10 points less \(up to 30% of each hour\): ¥[\d,]+, ¥[\d,]+ more/);
    const clash = await run([...HIRE, '--temp-daily-cost', '320', '--bot-max', '40%']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/--bot-max conflicts with --bot-rate/);
  });

  it('overtime: dearer temps move work into the own team\'s overtime, paid at overtime_cost past --overtime-after, person by person', async () => {
    const dir = tempDir();
    const out = join(dir, 'shifts.csv');
    const result = await run([...HIRE, '--temp-daily-cost', '2000', '--overtime-after', '40', '--out', out, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/the default/);
    const json = JSON.parse(result.stdout) as CostJson & { cost: { overtime: { after_hours_per_week: number; hours: number; premium: number; weeks: { from: string; to: string; days: number; threshold_hours: number }[] } } };
    const cheap = await hire('320', ['--overtime-after', '40']);
    // The 3 campaign days are 3/7 of a 40-hour week.
    expect(json.cost.overtime.weeks).toEqual([{ from: '2026-11-10', to: '2026-11-12', days: 3, threshold_hours: 17.1429 }]);
    expect(json.cost.overtime.hours).toBeGreaterThan(0);
    expect(kind(json, 'temp').shifts).toBeLessThan(kind(cheap, 'temp').shifts);
    expect(kind(json, 'own').hours).toBeGreaterThan(kind(cheap, 'own').hours);
    // Overtime costs ¥42 an hour in all: ¥14 on top of the ¥28 wage.
    expect(json.cost.overtime.premium).toBeCloseTo(json.cost.overtime.hours * 14, 1);
    expect(kind(json, 'own').cost).toBeCloseTo(kind(json, 'own').hours * 28 + json.cost.overtime.premium, 1);
    expect(json.solver.proof.find((p) => p.objective === 'cost')).toMatchObject({ proven: true });
    expect(json.solver.proof.find((p) => p.objective === 'cost')?.value).toBeCloseTo(json.cost.total, 1);
    // Person by person, from the file it wrote: the hours past 120/7 h.
    const hours = new Map<string, number>();
    const [head, ...rows] = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').map((line) => line.split(','));
    const at = (name: string) => head?.indexOf(name) ?? -1;
    for (const row of rows) {
      const name = row[at('agent')] ?? '';
      if (!/^T\d+$/.test(name)) hours.set(name, (hours.get(name) ?? 0) + Number(row[at('hours')]));
    }
    const past = [...hours.values()].reduce((sum, h) => sum + Math.max(0, h - 120 / 7), 0);
    expect(past).toBeCloseTo(json.cost.overtime.hours, 2);
    const check = await run(['check', out, '--shifts', 'examples/double11/shifts.csv']);
    expect(check.code, check.stdout).toBe(0);
    // In words, and in Chinese.
    const table = await run([...HIRE, '--temp-daily-cost', '2000', '--overtime-after', '40'], { env: { COLUMNS: '250' } });
    expect(table.stdout).toMatch(/own team \d+ people, [\d.,]+ h, [\d.]+ h of it overtime \(¥[\d,]+\)/);
    expect(table.stdout).toMatch(/Overtime +past 40 h a week: 17\.14 h in 11-10–11-12 \(3 of the week's 7 days\); [\d.]+ h of overtime cost ¥[\d,]+ on top of wages/);
    const zh = await run([...HIRE, '--temp-daily-cost', '2000', '--lang', 'zh'], { env: { COLUMNS: '120' } });
    expect(zh.stderr).toMatch(/--staff 中的加班费率在每周超过 40 小时后支付\(默认值/);
    expect(zh.stdout).toMatch(/其中加班 [\d.]+ 小时/);
  });

  it('overtime settings that cannot work are refused, naming the flag or cell', async () => {
    const dir = tempDir();
    const noRates = await run([...HIRE.map((a) => (a === 'examples/double11/staff.csv' ? writeFixture(dir, 'plain.csv', 'name,hourly_cost\n甲,28\n乙,28\n') : a)), '--temp-daily-cost', '320', '--overtime-after', '40']);
    expect(noRates.code).toBe(2);
    expect(noRates.stderr).toMatch(/--overtime-after: prices hours past a weekly threshold, but nobody has an overtime rate/);
    const notCost = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--staff', 'examples/double11/staff.csv', '--overtime-after', '40']);
    expect(notCost.code).toBe(2);
    expect(notCost.stderr).toMatch(/--overtime-after conflicts with --minimise hours/);
    const range = await run([...HIRE, '--temp-daily-cost', '320', '--overtime-after', '0']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--overtime-after, value "0": must be hours a week between 1 and 168/);
    const below = await run([...HIRE.map((a) => (a === 'examples/double11/staff.csv' ? writeFixture(dir, 'low.csv', 'name,hourly_cost,加班费\n甲,28,20\n') : a)), '--temp-daily-cost', '320']);
    expect(below.code).toBe(2);
    expect(below.stderr).toMatch(/low\.csv:2, column "overtime_cost", value "20": overtime_cost 20 is below hourly_cost 28: it is what an overtime hour costs in all, e\.g\. 1\.5 × 28 = 42/);
    for (const failed of [noRates, notCost, range, below]) expect(failed.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads kind and pay from the staff file in Chinese', async () => {
    const dir = tempDir();
    const staff = writeFixture(dir, 'staff.csv', '姓名,类型,时薪,日薪,最短班次\n甲,自有,30,,\n乙,临时,,250,8\n丙,外包,45,,\n');
    const result = await run(['roster', '--demand', writeFixture(dir, 'd.csv', 'datetime,inquiries\n2026-11-11 09:00,20\n2026-11-11 10:00,40\n2026-11-11 11:00,40\n2026-11-11 12:00,20\n'),
      '--hourly-capacity', '20', '--min-shift', '2', '--max-shift', '8', '--staff', staff, '--minimise', 'cost', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as CostJson;
    expect(json.short_agent_slots).toBe(0);
    // Two agents at 10:00–12:00: own staff for four hours (¥120) beats the temp's eight-hour day (¥250) and the agency (¥45 an hour).
    expect(kind(json, 'own').cost).toBe(120);
    expect(json.cost.total).toBeCloseTo(120 + 2 * 45, 6);
  });

  it('refuses what it cannot weigh, naming the flag or cell', async () => {
    const cases: [string[], RegExp][] = [
      [['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--minimise', 'cost'], /--minimise cost: needs people with their pay/],
      [[...HIRE.filter((a) => a !== 'cost' && a !== '--minimise')], /--outsource-price conflicts with --minimise hours/],
      [['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--headcount', '5', '--temps', '3'], /--temps conflicts with --headcount/],
      [[...HIRE, '--outsource-hourly', '40'], /--outsource-price conflicts with --outsource-hourly/],
      [['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--unmet-cost', '3'], /--unmet-cost conflicts with --minimise hours/],
      [[...HIRE, '--temp-min-hours', '13'], /--temp-min-hours, value "13": is longer than any shift may be \(12 h in a row at most\)/],
      [['roster', '--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv',
        '--config', 'examples/everyday/cs-plan.config.json', '--minimise', 'cost'], /--minimise cost: weighs cost on the campaign roster only/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const dir = tempDir();
    const staff = writeFixture(dir, 'staff.csv', 'name,kind\n甲,boss\n');
    const tooLong = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--staff', writeFixture(dir, 'long.csv', 'name,min_shift_hours\n甲,14\n'), '--minimise', 'cost']);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/long\.csv:2, column "min_shift_hours", value "14": is longer than any shift may be/);
    const bad = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20', '--staff', staff, '--minimise', 'cost']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/staff\.csv:2, column "kind", value "boss": must be one of own, temp, outsourced/);
  });
});
