import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDir } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM) console.warn('Chromium is not installed: the HTML report browser test is skipped (apt-get install chromium, or set CHROMIUM_PATH)');

type Browser = import('playwright-core').Browser;

/** An element's computed background colour (runs in the page). */
const background = (el: unknown) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { backgroundColor: string } }).getComputedStyle(el).backgroundColor;

describe.runIf(CHROMIUM)('HTML report in a real browser (headless Chromium)', () => {
  let browser: Browser;
  const dir = tempDir();

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => browser?.close());

  /** Opens a report from disk; fails on console errors and on any request that leaves the file. */
  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => { if (!request.url().startsWith('file:')) problems.push(`network: ${request.url()}`); });
    await page.goto(pathToFileURL(file).href);
    return { page, problems };
  }

  it('roster --report: demand vs scheduled with shortfall and service level, a Gantt of every shift', async () => {
    const report = join(dir, 'roster.html');
    const shifts = join(dir, 'shifts.csv');
    const result = await run(['roster', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv',
      '--config', 'test/fixtures/double11-presales.config.json', '--model', 'erlang', '--aht', '4', '--concurrency', '3', '--target', '80/45',
      '--headcount', '25', '--report', report, '--out', shifts, '--format', 'json']);
    expect(result.code).toBe(0);
    const { page, problems } = await open(report);
    const chart = await page.locator('#demand-chart').boundingBox();
    expect(chart?.width).toBeGreaterThan(500);
    expect(chart?.height).toBeGreaterThan(100);
    expect(await page.locator('#demand-chart rect.scheduled').count()).toBe(72 + 1); // one bar per slot, plus the legend
    expect(await page.locator('#demand-chart rect.short').count()).toBeGreaterThan(1); // 25 people cannot cover the peak
    expect(await page.locator('#demand-chart polyline.service').count()).toBe(2); // the line and its legend
    const rows = parse(readFileSync(shifts, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(await page.locator('#gantt rect.shift').count()).toBe(rows.length);
    const firstShift = await page.locator('#gantt rect.shift').first().boundingBox();
    expect(firstShift?.width).toBeGreaterThan(0);
    expect(await page.locator('#summary td').first().textContent()).toBe('People needed by the formula, per day');
    expect(await page.locator('#settings').textContent()).toContain('--headcount25');
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(dir, 'roster.png'), fullPage: true });
    expect(statSync(join(dir, 'roster.png')).size).toBeGreaterThan(10_000);
    await page.pdf({ path: join(dir, 'roster.pdf'), format: 'A4' });
    expect(statSync(join(dir, 'roster.pdf')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('check --report: violations marked on the Gantt and listed, names neutralised', async () => {
    const report = join(dir, 'check.html');
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, `${readFileSync('test/fixtures/check/staff-rules.csv', 'utf8')}=HYPERLINK("x"),2026-11-10,2026-11-10 09:00,2026-11-10 10:00\n`);
    const result = await run(['check', roster, '--staff', 'test/fixtures/check/staff.csv', '--report', report, '--lang', 'zh']);
    expect(result.code).toBe(1);
    const { page, problems } = await open(report);
    expect(await page.locator('#gantt rect.shift').count()).toBe(5);
    expect(await page.locator('#gantt rect.shift.violation').count()).toBe(5); // every row breaks a rule
    expect(await page.locator('h2', { hasText: '违规' }).count()).toBe(1);
    expect(await page.locator('#violations tr').count()).toBe(4);
    // A name that a spreadsheet would run is shown neutralised, in the Gantt and the table.
    expect(await page.locator('#gantt text.name', { hasText: 'HYPERLINK' }).textContent()).toBe('\'=HYPERLINK("x")');
    expect(await page.locator('#violations table').textContent()).not.toMatch(/(^|[^'])=HYPERLINK/);
    // The grid of the checked roster, the neutralised name in it too.
    expect(await page.locator('#grid table.grid').count()).toBe(1);
    expect(await page.locator('#grid th.agent', { hasText: 'HYPERLINK' }).textContent()).toBe('\'=HYPERLINK("x")');
    expect((await page.locator('#gantt').boundingBox())?.height).toBeGreaterThan(30);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(dir, 'check.png'), fullPage: true });
    await page.close();
  });

  it('roster --report of a month: the grid a week a table, labelled Gantt bars, an axis whose labels never overlap, A4 landscape a week a page', async () => {
    const report = join(dir, 'month.html');
    const result = await run(['roster', '--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv',
      '--config', 'examples/everyday/cs-plan.config.json', '--report', report, '--lang', 'zh', '--format', 'json']);
    expect(result.code).toBe(0);
    const { page, problems } = await open(report);
    // December 2026 starts on a Tuesday: weeks 1–6, 7–13, 14–20, 21–27, 28–31.
    expect(await page.locator('#grid table.grid').count()).toBe(5);
    expect(await page.locator('#grid table.grid').first().locator('thead th').nth(1).textContent()).toBe('12-01 周二');
    expect(await page.locator('#grid table.grid').nth(1).locator('thead th').nth(1).textContent()).toBe('12-07 周一');
    expect(await page.locator('#grid td.off').first().textContent()).toBe('休');
    const offColour = await page.locator('#grid td.off').first().evaluate(background);
    const dayColour = await page.locator('#grid td', { hasText: '白班' }).first().evaluate(background);
    const eveningColour = await page.locator('#grid td', { hasText: '晚班' }).first().evaluate(background);
    expect(new Set([offColour, dayColour, eveningColour]).size).toBe(3);
    expect(await page.locator('#grid tr.total').count()).toBe(5);
    // One Gantt a week; bars carry their times where there is room.
    expect(await page.locator('#gantt svg.gantt').count()).toBe(5);
    expect(await page.locator('#gantt text.bar-label').count()).toBeGreaterThan(50);
    for (const chart of [page.locator('#demand-chart'), page.locator('#gantt svg.gantt').first()]) {
      const boxes = await chart.locator('text.tick').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right })));
      expect(boxes.length).toBeGreaterThan(5);
      boxes.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThan(boxes[i]!.right));
    }
    expect(problems).toEqual([]);
    const pdf = await page.pdf({ path: join(dir, 'month.pdf'), preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    // A4 landscape pages; the grid and the Gantt a week a page at least.
    expect(text).toMatch(/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+/);
    expect((text.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(10);
    await page.close();
  }, 60_000);
});
