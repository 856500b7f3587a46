/**
 * The command-line program: every command registered, only the one being run loaded (see
 * commands/catalog). `cs-plan --help` lists them all from their names and descriptions.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyConfig } from './cli/options.js';
import { addHelpNotes } from './cli/help-notes.js';
import { COMMANDS, DESCRIPTIONS, type CommandName } from './commands/catalog.js';
import type { Lang } from './i18n.js';
import { packageRoot } from './package-root.js';

const { version } = JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * Every option key (camelCase) of every command: what a config file may hold. It loads every
 * command, so it runs only when a config file holds a key the running command does not know.
 */
export async function allOptionKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const entry of COMMANDS) for (const option of (await entry.load()).options) keys.add(option.attributeName());
  return keys;
}

/**
 * A command as the top-level help lists it, without loading its module: name, arguments,
 * description (a hidden option makes the help show `[options]`, as the real command does).
 */
function placeholder(name: CommandName, args?: string): Command {
  const command = new Command(name).description(DESCRIPTIONS[name]).addOption(new Option('--options').hideHelp());
  if (args) command.arguments(args);
  return command;
}

/** Help and usage errors in Chinese: descriptions, commander's headings and messages (loaded only for zh). */
async function inChinese(program: Command): Promise<void> {
  const { ARGUMENTS_ZH, COMMANDS_ZH, OPTIONS_ZH, helpTextZh, usageErrorZh } = await import('./cli/help-zh.js');
  const { wrapToWidth } = await import('./io/values.js');
  const { visibleWidth } = await import('./cli/render.js');
  // Chinese has no spaces to wrap at, and each character takes two columns.
  const help = {
    // Read by help-notes: the notes after the options in Chinese too.
    lang: 'zh',
    displayWidth: visibleWidth,
    boxWrap: (text: string, width: number) =>
      text
        .split('\n')
        .map((line) => wrapToWidth(line, width).join('\n'))
        .join('\n'),
  };
  const output = {
    writeOut: (text: string) => process.stdout.write(helpTextZh(text)),
    writeErr: (text: string) => process.stderr.write(usageErrorZh(helpTextZh(text))),
  };
  program
    .description('为网店客服规划人手:由销售预测得出人数,并排出班表。')
    .configureOutput(output)
    .configureHelp(help)
    .helpOption('-h, --help', OPTIONS_ZH['--help']);
  const version = program.options.find((o) => o.long === '--version');
  if (version) version.description = OPTIONS_ZH['--version'] ?? version.description;
  for (const command of program.commands) {
    const name = command.name() as CommandName;
    command
      .description(COMMANDS_ZH[name] ?? command.description())
      .configureOutput(output)
      .configureHelp(help)
      .helpOption('-h, --help', OPTIONS_ZH['--help']);
    for (const option of command.options)
      option.description =
        OPTIONS_ZH[`${name} ${option.long ?? ''}`] ?? OPTIONS_ZH[option.long ?? ''] ?? option.description;
    for (const argument of command.registeredArguments)
      argument.description = ARGUMENTS_ZH[`${name} ${argument.name()}`] ?? argument.description;
  }
}

/**
 * Builds the program with `run` (or `all`) loaded and the other commands as placeholders.
 *
 * @param run the command being run; undefined for the top-level help or an unknown command
 * @param lang the language of help and usage errors
 */
export async function buildProgram(run?: CommandName | 'all', lang: Lang = 'en'): Promise<Command> {
  const program = new Command('cs-plan')
    .description(
      'Plan customer-service staffing for online stores: headcount from a sales forecast, and shift rosters.',
    )
    .version(version)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  for (const entry of COMMANDS) {
    program.addCommand(run === 'all' || run === entry.name ? await entry.load() : placeholder(entry.name, entry.args));
  }
  if (lang === 'zh') await inChinese(program);
  addHelpNotes(program, {
    en: () => `
Exit codes: 0 ok, 1 violations found / partial result (time limit hit), 2 bad input or usage,
            3 infeasible settings, 70 internal error, 130 interrupted (Ctrl-C), 143 stopped (SIGTERM).

Examples:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \\
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv
  $ cs-plan replan --roster shifts.csv --now "2026-11-11 01:00" --actuals today.csv ... --out shifts-v2.csv`,
    zh: () => `
退出码:0 正常,1 发现违规 / 部分结果(达到时间上限),2 输入或用法有误,
        3 设置无法满足,70 内部错误,130 被中断(Ctrl-C),143 被终止(SIGTERM)。

示例:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \\
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv
  $ cs-plan replan --roster shifts.csv --now "2026-11-11 01:00" --actuals today.csv ... --out shifts-v2.csv`,
  });
  for (const command of program.commands) command.exitOverride().showHelpAfterError('(add --help for usage)');
  program.hook('preAction', (_program, action) => applyConfig(action, allOptionKeys));
  return program;
}
