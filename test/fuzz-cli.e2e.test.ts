/**
 * The whole CLI on damaged input files (fast-check): every run ends in exit 0, 1 or 2 — never an
 * internal error (70) or a stack trace — and a failed run leaves the output file as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

const NASTY = ['', ' ', '"', ',', '合计', '-', '１２３', '50万', '1e400', '9'.repeat(400), 'NaN', 'Infinity', '-5', '0', '0%', '250%',
  '2026-13-45', '11/10/2026', '25:00', '20时', '2026-11-10 20:00', '=cmd|calc', '\u0000', '咨询人数', 'date'];

/** An example file with some cells replaced by nasty values, a line dropped or doubled, or cut short. */
function damaged(source: string) {
  const lines = readFileSync(source, 'utf8').trimEnd().split('\n');
  return fc.tuple(
    fc.array(fc.tuple(fc.nat(lines.length - 1), fc.nat(8), fc.constantFrom(...NASTY)), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('none', 'drop', 'double', 'cut'),
    fc.nat(lines.length - 1),
  ).map(([edits, change, at]) => {
    const out = lines.map((line) => line.split(','));
    for (const [row, column, value] of edits) {
      const cells = out[row];
      if (cells) cells[column % cells.length] = value;
    }
    const text = out.map((cells) => cells.join(','));
    if (change === 'drop') text.splice(at, 1);
    if (change === 'double') text.splice(at, 0, text[at] ?? '');
    const joined = `${text.join('\n')}\n`;
    return change === 'cut' ? joined.slice(0, Math.max(1, Math.floor(joined.length / 2))) : joined;
  });
}

/** The Double 11 night at 01:00, from the example's files (pre-sales only). */
const NIGHT = ['--now', '2026-11-11 01:00', '--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json', '--shifts', 'examples/double11/shifts.csv'];

const COMMANDS: { name: string; source: string; args: (file: string, out: string) => string[] }[] = [
  { name: 'estimate --forecast', source: 'examples/double11/forecast.csv', args: (f, out) => ['estimate', '--forecast', f, '--config', 'examples/double11/cs-plan.config.json', '--out', out] },
  { name: 'roster --history', source: 'examples/double11/history.csv', args: (f, out) => ['roster', '--forecast', 'examples/double11/forecast.csv', '--history', f, '--config', 'test/fixtures/double11-presales.config.json', '--out', out] },
  { name: 'roster --staff', source: 'examples/everyday/staff.csv', args: (f, out) => ['roster', '--sales', '500000', '--date', '2026-12-01', '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576', '--history', 'examples/double11/history.csv', '--align', 'average', '--staff', f, '--out', out] },
  { name: 'check', source: 'test/fixtures/check/weekly-rules.csv', args: (f, out) => ['check', f, '--out', out] },
  { name: 'replan --roster', source: 'test/fixtures/replan/night.csv', args: (f, out) => ['replan', '--roster', f, ...NIGHT, '--out', out] },
  { name: 'replan --on-call', source: 'test/fixtures/replan/on-call.csv', args: (f, out) => ['replan', '--roster', 'test/fixtures/replan/night.csv', ...NIGHT, '--on-call', f, '--out', out] },
];

describe('the CLI on damaged files (fuzzing)', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: exit 0, 1, 2 or 3, one line per problem, the output untouched on failure`, async () => {
      const dir = tempDir();
      let i = 0;
      await fc.assert(fc.asyncProperty(damaged(command.source), async (content) => {
        i += 1;
        const file = join(dir, `in${i}.csv`);
        const out = join(dir, `out${i}.csv`);
        writeFileSync(file, content);
        writeFileSync(out, 'previous output\n');
        const result = await run(command.args(file, out));
        // 3: settings no roster can meet (the everyday staff file owes 小董 80 hours, which one day cannot give).
        expect([0, 1, 2, 3], `${result.stderr}\n--- input:\n${content}`).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
        for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(error|note): /);
        if (result.code === 2 || result.code === 3) expect(readFileSync(out, 'utf8')).toBe('previous output\n');
      }), { numRuns: Number(process.env.FUZZ_RUNS ?? 8), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined });
    }, 120_000);
  }
});
