/**
 * The notes a command's `--help` prints after its options (formulas, files, examples), in the
 * language the help is printed in: the program marks Chinese help with `lang: 'zh'` in its help
 * configuration (program.ts, inChinese).
 */
import type { Command } from 'commander';

/** The language a command's help is printed in. */
export function helpLanguage(command: Command): 'en' | 'zh' {
  return (command.configureHelp() as { lang?: string }).lang === 'zh' ? 'zh' : 'en';
}

/** Adds the notes after the options, English or Chinese as the help is printed. */
export function addHelpNotes(command: Command, notes: { en: () => string; zh: () => string }): Command {
  return command.addHelpText('after', (context) => (helpLanguage(context.command) === 'zh' ? notes.zh() : notes.en()));
}
