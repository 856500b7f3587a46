/**
 * cs-plan entry point: registers the commands and is the one place that prints errors and
 * sets the exit code.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { CsPlanError, ExitCode } from './errors.js';
import { detectLang, formatMessage, t } from './i18n.js';
import { applyConfig } from './cli/options.js';
import { estimateCommand } from './commands/estimate.js';
import { rosterCommand } from './commands/roster.js';
import { erlangCommand } from './commands/erlang.js';
import { checkCommand } from './commands/check.js';
import { replanCommand } from './commands/replan.js';
import { initCommand } from './commands/init.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('cs-plan')
    .description('Plan customer-service staffing for online stores: headcount from a sales forecast, and shift rosters.')
    .version(version)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addCommand(estimateCommand())
    .addCommand(rosterCommand())
    .addCommand(erlangCommand())
    .addCommand(checkCommand())
    .addCommand(replanCommand())
    .addCommand(initCommand());
  program.addHelpText('after', `
Exit codes: 0 ok, 1 violations found / partial result (time limit hit), 2 bad input or usage,
            3 infeasible settings, 70 internal error, 130 interrupted (Ctrl-C), 143 stopped (SIGTERM).

Examples:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json
  $ cs-plan roster --forecast examples/double11/forecast.csv --history examples/double11/history.csv \
      --config examples/double11/cs-plan.config.json --out shifts.csv --coverage coverage.csv`);
  for (const command of program.commands) command.exitOverride().showHelpAfterError('(add --help for usage)');
  program.hook('preAction', (_program, action) => applyConfig(action));
  return program;
}

/** Prints an error in the user's language as one line (plus one per further error). */
export function describeError(error: CsPlanError, lang: ReturnType<typeof detectLang>): string {
  return [error, ...error.more].map((e) => formatMessage(lang, 'error', e.key, e.params, e.location)).join('\n');
}

function argvValue(name: string): string | undefined {
  const args = process.argv;
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

function exitCodeFor(error: unknown): number {
  const lang = detectLang(argvValue('--lang'));
  const debug = process.argv.includes('--debug');
  if (error instanceof CommanderError) {
    // Commander has printed its message already.
    return error.exitCode === 0 ? 0 : ExitCode.badInput;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    process.stderr.write(`${t(lang, 'interrupted')}\n`);
    return ExitCode.interrupted;
  }
  if (error instanceof CsPlanError) {
    process.stderr.write(`${describeError(error, lang)}\n`);
    if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${lang === 'zh' ? '错误' : 'error'}: ${t(lang, 'internal', { message })}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  return ExitCode.internal;
}

/**
 * Exits once stdout and stderr have flushed. Exiting explicitly matters after a solve: V8
 * keeps optimising the solver's WebAssembly in the background and would hold the process
 * open for about half a second more with nothing left to do.
 */
function exitWhenFlushed(): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit();
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

// A polite stop (a service manager, `kill`) ends the run as Ctrl-C does: a message, no output
// changed (files are written whole or not at all), exit 143.
process.once('SIGTERM', () => {
  process.stderr.write(`${t(detectLang(argvValue('--lang')), 'interrupted')}\n`);
  process.exit(ExitCode.terminated);
});

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = exitCodeFor(error);
  })
  .finally(exitWhenFlushed);
