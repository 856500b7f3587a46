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
});
