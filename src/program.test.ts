import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.js';
import { commandOf, COMMANDS } from './commands/catalog.js';

describe('the program registers every command, loading only the one run', () => {
  it('lists the commands in the top-level help exactly as when every command is loaded', async () => {
    const lazy = await buildProgram();
    const eager = await buildProgram('all');
    expect(lazy.helpInformation()).toBe(eager.helpInformation());
    expect(eager.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
  });

  it('loads the command being run, with its options', async () => {
    const program = await buildProgram('replan');
    expect(program.commands.find((c) => c.name() === 'replan')?.options.some((o) => o.long === '--now')).toBe(true);
    expect(program.commands.find((c) => c.name() === 'roster')?.options.some((o) => o.long === '--staff')).toBe(false);
  });

  it('reads the command from the command line, after help too', () => {
    expect(commandOf(['roster', '--out', 'x.csv'])).toBe('roster');
    expect(commandOf(['help', 'check'])).toBe('check');
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['nosuch'])).toBeUndefined();
  });
});

describe('help in Chinese', () => {
  it('has a Chinese description for every option, argument and command', async () => {
    const program = await buildProgram('all', 'zh');
    const english = await buildProgram('all');
    const missing: string[] = [];
    program.commands.forEach((command, c) => {
      const before = english.commands[c];
      if (command.description() === before?.description()) missing.push(command.name());
      command.options.forEach((option, o) => {
        if (!option.hidden && option.description === before?.options[o]?.description) missing.push(`${command.name()} ${option.long}`);
      });
      command.registeredArguments.forEach((argument, a) => {
        if (argument.description === before?.registeredArguments[a]?.description) missing.push(`${command.name()} <${argument.name()}>`);
      });
    });
    expect(missing).toEqual([]);
  });

  it('turns commander\'s headings and usage errors into Chinese', async () => {
    const { helpTextZh, usageErrorZh } = await import('./cli/help-zh.js');
    expect(helpTextZh('Usage: cs-plan [options]\n\nOptions:\n  -h, --help  display help for command (default: "2")')).toBe('用法: cs-plan [options]\n\n选项:\n  -h, --help  显示命令帮助 (默认:"2")');
    expect(usageErrorZh("error: unknown option '--nosuch'\n(Did you mean --now?)\n(add --help for usage)")).toBe("错误: 未知选项 '--nosuch'\n(是否想输入 --now?)\n(加 --help 查看用法)");
  });
});
