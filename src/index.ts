/**
 * cs-plan entry point: registers the commands and is the one place that prints errors and
 * sets the exit code.
 */
import { setFlagsFromString } from 'node:v8';
import { CommanderError } from 'commander';
import { CsPlanError, ExitCode } from './errors.js';
import { detectLang, formatMessage, t } from './i18n.js';
import { buildProgram } from './program.js';
import { commandOf } from './commands/catalog.js';

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

// V8 tiers hot WebAssembly (the solver) up to optimised code in background threads; on small
// models that work outlasts the solve and delays exit. A larger budget tiers up only code that
// runs long (measured: Double 11 example 0.78 s → 0.58 s whole process, 14-day case unchanged).
// Set here, by the program, not by the library's solver module: the flag is process-wide.
setFlagsFromString('--wasm-tiering-budget=20000000');

// A polite stop (a service manager, `kill`) ends the run as Ctrl-C does: a message, no output
// changed (files are written whole or not at all), exit 143.
process.once('SIGTERM', () => {
  process.stderr.write(`${t(detectLang(argvValue('--lang')), 'interrupted')}\n`);
  process.exit(ExitCode.terminated);
});

buildProgram(commandOf(process.argv.slice(2)), detectLang(argvValue('--lang')))
  .then((program) => program.parseAsync(process.argv))
  .catch((error: unknown) => {
    process.exitCode = exitCodeFor(error);
  })
  .finally(exitWhenFlushed);
