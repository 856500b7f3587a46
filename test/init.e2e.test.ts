import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScript, readCsvFile, run, runInTerminal, tempDir } from './helpers.js';

const text = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

describe('cs-plan init (built CLI)', () => {
  it('writes the templates and a config that the other commands accept, and lists them', async () => {
    const dir = join(tempDir(), 'double11');
    const result = await run(['init', dir]);
    expect(result.code).toBe(0);
    for (const name of ['forecast.csv', 'history.csv', 'staff.csv', 'shift-patterns.csv', 'cs-plan.config.json']) {
      expect(result.stdout).toContain(`wrote ${join(dir, name)}`);
    }
    expect(text(join(dir, 'forecast.csv')).split('\n')[0]).toBe('date,sales,cs_share,aov,conversion,capacity,bot_rate');
    expect(text(join(dir, 'shift-patterns.csv'))).toContain('白班,09:00,17:30');
    const config = JSON.parse(text(join(dir, 'cs-plan.config.json'))) as Record<string, unknown>;
    // The slot fits the patterns (09:00–17:30 needs half hours).
    expect(config).toMatchObject({ minShift: '4', maxShift: '12', minRest: '10', slot: '30', timeLimit: '30', botRate: '0' });
    // The templates work together as written: run exactly the command init prints, where it was printed.
    // Folded with shell line continuations, so that no line passes 80 columns.
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const next = /^ {2}cs-plan ([\s\S]+?)\n(?! )/m.exec(`${result.stdout}\n`)?.[1]?.replace(/ \\\n\s+/g, ' ');
    expect(next).toBeDefined();
    const cwd = join(dir, '..');
    const roster = await run((next ?? '').split(' '), { cwd });
    expect(roster.stderr).toBe('');
    expect(roster.code).toBe(0);
    // It writes roster.csv and leaves init's own files alone.
    expect(readCsvFile(join(cwd, 'roster.csv')).length).toBeGreaterThan(0);
    expect(text(join(dir, 'shift-patterns.csv'))).toContain('白班,09:00,17:30');
  });

  it('never overwrites an existing file unless --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'forecast.csv'), 'mine');
    const kept = await run(['init', dir]);
    expect(kept.stdout).toContain(`kept ${join(dir, 'forecast.csv')} (it exists; --force overwrites it)`);
    expect(readFileSync(join(dir, 'forecast.csv'), 'utf8')).toBe('mine');
    await run(['init', dir, '--force']);
    expect(text(join(dir, 'forecast.csv'))).toMatch(/^date,sales/);
  });

  it('writes Chinese headers with --lang zh, and GBK with --encoding gbk', async () => {
    const dir = tempDir();
    const result = await run(['init', dir, '--lang', 'zh', '--encoding', 'gbk']);
    expect(result.stdout).toContain('已写入');
    const forecast = new TextDecoder('gbk').decode(readFileSync(join(dir, 'forecast.csv')));
    expect(forecast.split(/\r?\n/)[0]).toBe('日期,销售额,客服销售占比,客服客单价,询单转化率,客服饱和接待量,机器人分流');
    expect(new TextDecoder('gbk').decode(readFileSync(join(dir, 'staff.csv')))).toMatch(/^姓名,最长工时,可用开始,可用结束/);
    const estimate = await run(['estimate', '--forecast', join(dir, 'forecast.csv'), '--format', 'json']);
    expect(estimate.code).toBe(0);
  });

  it.runIf(hasScript)('asks the campaign dates and ratios on a terminal and writes them in', async () => {
    const dir = tempDir();
    const { code } = await runInTerminal(['init', dir], [
      [/First day of the campaign/, '\u00152026-06-16'], // Ctrl-U clears the suggested default first
      [/Number of days/, '\u00152'],
      [/客服销售占比/, '35%'],
      [/客服客单价/, '150'],
      [/询单转化率/, '45%'],
      [/客服饱和接待量/, '300'],
      [/机器人分流/, '\u001510%'],
    ]);
    expect(code).toBe(0);
    expect(text(join(dir, 'forecast.csv')).trim().split('\n')).toEqual([
      'date,sales,cs_share,aov,conversion,capacity,bot_rate', '2026-06-16,,,,,,', '2026-06-17,,,,,,',
    ]);
    expect(JSON.parse(text(join(dir, 'cs-plan.config.json')))).toMatchObject({ csShare: '35%', aov: '150', conversion: '45%', capacity: '300', botRate: '10%' });
    // An empty sales cell is the one thing left to fill, and the error says so.
    const estimate = await run(['estimate', '--forecast', join(dir, 'forecast.csv'), '--config', join(dir, 'cs-plan.config.json')]);
    expect(estimate.stderr).toContain('column "sales", value "": is empty, but sales is required here');
  });
});
