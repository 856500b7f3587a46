/**
 * Every command's terminal output fits 80 columns (COLUMNS=80, as a piped run or a small
 * terminal): tables leave out their least important columns and say which, messages wrap.
 * --wide keeps every column.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { displayWidth } from '../src/io/values.js';

const D11 = ['--forecast', 'examples/double11/forecast.csv', '--config', 'examples/double11/cs-plan.config.json'];
const CASES: [string, string[]][] = [
  ['estimate, one day', ['estimate', '--sales', '500000', '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576', '--bot-rate', '10%']],
  ['estimate with the after-sales wave', ['estimate', ...D11]],
  ['estimate in Chinese', ['estimate', ...D11, '--lang', 'zh']],
  ['erlang with patience', ['erlang', '--volume', '5000', '--aht', '4', '--target', '80/20', '--patience', '600', '--agents', '1']],
  ['erlang, a what-if grid in Chinese', ['erlang', '--volume', '100,200', '--aht', '3,4', '--target', '80/20', '--lang', 'zh']],
  ['check with violations', ['check', 'test/fixtures/check/weekly-rules.csv']],
  ['check in Chinese', ['check', 'test/fixtures/check/weekly-rules.csv', '--lang', 'zh']],
  ['roster', ['roster', ...D11, '--history', 'examples/double11/history.csv', '--shifts', 'examples/double11/shifts.csv']],
];

describe('output fits 80 columns', () => {
  for (const [name, args] of CASES) {
    it(name, async () => {
      const result = await run(args, { env: { COLUMNS: '80' } });
      expect(result.code, result.stderr).toBeLessThanOrEqual(1);
      const lines = result.stdout.split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }, 60_000);
  }

  it('--wide shows every column, and a narrow table names what it left out', async () => {
    const args = ['estimate', ...D11];
    const narrow = await run(args, { env: { COLUMNS: '80' } });
    const wide = await run([...args, '--wide'], { env: { COLUMNS: '80' } });
    expect(narrow.stdout).toMatch(/CS share, CS AOV, Conversion.*left out to fit 80 columns/s);
    expect(wide.stdout).toContain('CS share');
    expect(Math.max(...wide.stdout.split('\n').map(displayWidth))).toBeGreaterThan(80);
    expect(wide.stdout).not.toContain('left out');
  });
});
