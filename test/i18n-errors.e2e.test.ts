import { describe, expect, it } from 'vitest';
import { run, tempDir, writeFixture } from './helpers.js';

/** Words of three or more Latin letters that are not a flag (with its value), a file, a factor, a model name or a unit. */
const englishWords = (line: string) => line.replace(/--[a-z-]+( [a-z]+\b)?|\S+\.(csv|json|xlsx)|×[\d.]+|Erlang [AC]\b|\d+(\.\d+)? h\b/g, '').match(/\b[A-Za-z]{3,}\b/g) ?? [];

describe('errors in Chinese carry no English fragment', () => {
  it('conflicts between flags give their reason in Chinese', async () => {
    const demand = ['--demand', 'examples/everyday/demand.csv', '--hourly-capacity', '20'];
    const threeHours = writeFixture(tempDir(), 'd.csv', 'datetime,inquiries\n2026-11-11 20:00,50\n2026-11-11 21:00,80\n2026-11-11 22:00,60\n');
    const cases: string[][] = [
      ['roster', ...demand, '--staff', 'examples/everyday/staff.csv', '--headcount', '5'],
      ['roster', ...demand, '--headcount', '5', '--minimise', 'people'],
      ['roster', ...demand, '--min-shift', '8', '--max-shift', '6'],
      ['roster', '--demand', threeHours, '--hourly-capacity', '20'],
      ['erlang', '--volume', '818', '--aht', '4', '--target', '80/45', '--max-abandon', '3%'],
    ];
    for (const args of cases) {
      const result = await run([...args, '--lang', 'zh']);
      expect(result.code, args.join(' ')).toBeGreaterThanOrEqual(2);
      expect(result.stderr, args.join(' ')).toMatch(/冲突/);
      const [line] = result.stderr.trim().split('\n');
      expect(line, args.join(' ')).toMatch(/^错误: /);
      expect(englishWords(line ?? ''), line).toEqual([]);
    }
  });
});

describe('roster reads and checks every flag before any file', () => {
  it('a bad flag is reported, not the missing file it would have read first', async () => {
    const missing = ['roster', '--forecast', 'no-such-forecast.csv'];
    const cases: [string[], RegExp][] = [
      [['--break', 'bogus'], /--break, value "bogus": must be a break rule/],
      [['--overtime-after', '0'], /--overtime-after, value "0": must be hours a week between 1 and 168/],
      [['--unmet-cost', '5'], /--unmet-cost conflicts with --minimise hours/],
      [['--temps', '3', '--temp-daily-cost', '200,300', '--minimise', 'cost', '--out', 'x.csv'], /--temp-daily-cost …,… conflicts with --out/],
      [['--bot-max', 'lots'], /--bot-max, value "lots"/],
    ];
    for (const [args, message] of cases) {
      const result = await run([...missing, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/no-such-forecast/);
    }
  });
});
