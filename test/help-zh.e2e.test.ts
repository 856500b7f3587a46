import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('help and usage errors in Chinese (built CLI)', () => {
  it('prints --help in Chinese with --lang zh or a zh locale', async () => {
    const byFlag = await run(['replan', '--help', '--lang', 'zh']);
    expect(byFlag.stdout).toContain('选项:');
    expect(byFlag.stdout).toContain('重排的起点时刻');
    const byLocale = await run(['--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(byLocale.stdout).toContain('命令:');
    expect(byLocale.stdout).toContain('按需求排出最优班表');
    const english = await run(['replan', '--help']);
    expect(english.stdout).toContain('Options:');
    expect(english.stdout).not.toContain('选项');
  });

  it('names an unknown option or command in Chinese, exit 2', async () => {
    const option = await run(['estimate', '--nosuch', '--lang', 'zh']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("错误: 未知选项 '--nosuch'");
    const command = await run(['rostr'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('是否想输入 roster');
  });

  it('prints the notes after the options in Chinese too: every flag and column of the English notes, none of its prose', async () => {
    const notes = (text: string) => text.split(/display help for command|显示命令帮助/).slice(1).join('');
    for (const command of [[], ['estimate'], ['roster'], ['check'], ['replan'], ['calibrate'], ['erlang'], ['init']]) {
      const [en, zh] = await Promise.all([run([...command, '--help']), run([...command, '--help', '--lang', 'zh'])]);
      const english = notes(en.stdout);
      const chinese = notes(zh.stdout);
      const name = command[0] ?? 'cs-plan';
      expect(english.length, name).toBeGreaterThan(50);
      // Flags and snake_case column names are the same words in both.
      for (const token of new Set(english.match(/--[a-z][a-z-]*|\b[a-z]+(?:_[a-z]+)+\b/g) ?? [])) expect(chinese, `${name}: ${token}`).toContain(token);
      // No English sentence is left: the headings and the small words of prose are gone.
      const prose = chinese.split('\n').filter((line) => !line.trimStart().startsWith('$') && !/^ {6}/.test(line)).join('\n').replace(/--[a-z][a-z-]*/g, '');
      expect(prose, name).not.toMatch(/\b(the|with|and|of|per|Examples|Files|Objective|Rules|CSV columns)\b/);
      expect((prose.match(/[\u4e00-\u9fff]/g) ?? []).length, name).toBeGreaterThan(name === 'init' ? 1 : 10);
    }
  });
});
