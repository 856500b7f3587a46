import { describe, expect, it } from 'vitest';
import { hasScript, runInTerminal } from './helpers.js';

describe.runIf(hasScript)('interactive prompts in a terminal', () => {
  it('asks for each missing value, re-asks on a bad answer, then prints the result', async () => {
    const { code, screen } = await runInTerminal(
      ['estimate', '--sales', '500000', '--format', 'csv'],
      [
        [/客服销售占比/, '20%'],
        [/客服客单价/, 'abc'],
        [/is not a number/, '\u0015100'], // Ctrl-U clears the bad answer before retyping
        [/询单转化率/, '40%'],
        [/客服饱和接待量/, '576'],
      ],
    );
    expect(screen).toContain('is not a number');
    expect(screen).toMatch(/,500000,0\.2,100,0\.4,0,576,100000,1000,2500,2500,4\.3403,5/);
    expect(code).toBe(0);
  });

  it('asks in Chinese with --lang zh', async () => {
    const { screen } = await runInTerminal(
      ['estimate', '--sales', '50万', '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--lang', 'zh', '--format', 'csv'],
      [[/每人每天/, '576']],
    );
    expect(screen).toContain('客服饱和接待量(每人每天)');
    expect(screen).toMatch(/,2500,2500,4\.3403,5/);
  });

  it('does not prompt with --no-input, even in a terminal', async () => {
    const { code, screen } = await runInTerminal(['estimate', '--sales', '1000', '--no-input'], []);
    expect(code).toBe(2);
    expect(screen).toContain('missing --cs-share');
  });
});
