/**
 * The commands cs-plan has, and how to load each one. The entry point registers all of them by
 * name and description, and loads only the module of the command being run: `estimate` does
 * not pay for the solver, the workbook writer or the HTML report.
 */
import type { Command } from 'commander';

/** One line per command, for `cs-plan --help` (each command's own help repeats it). */
export const DESCRIPTIONS = {
  estimate: 'pre-sales inquiries and agents per day from a sales forecast (whitepaper formula)',
  roster: 'build an optimal shift roster from demand: peak-weighted, never more than 12 hours in a row',
  erlang: 'queueing calculator: agents needed for a service-level target (Erlang C, or Erlang A with --patience)',
  check:
    'check a roster (ours or hand-made) for broken rules: 12-hour duty, rest, overlaps, availability, hours, coverage',
  replan:
    'change a published roster from --now on with the fewest changes: redeploy on the campaign night, cover illness; the 12-hour cap counts hours already worked',
  calibrate:
    "the formula's ratios (CS share, AOV, conversion, saturation) from last year's agent and store exports, and a backtest",
  init: 'write ready-to-fill forecast, history, staff and shift files and a cs-plan.config.json',
} as const;

export type CommandName = keyof typeof DESCRIPTIONS;

export interface CommandEntry {
  name: CommandName;
  /** The arguments as the top-level help shows them. */
  args?: string;
  load: () => Promise<Command>;
}

/** Every command, in the order `cs-plan --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'estimate', load: async () => (await import('./estimate.js')).estimateCommand() },
  { name: 'roster', load: async () => (await import('./roster.js')).rosterCommand() },
  { name: 'erlang', load: async () => (await import('./erlang.js')).erlangCommand() },
  { name: 'check', args: '<roster>', load: async () => (await import('./check.js')).checkCommand() },
  { name: 'replan', load: async () => (await import('./replan.js')).replanCommand() },
  { name: 'calibrate', load: async () => (await import('./calibrate.js')).calibrateCommand() },
  { name: 'init', args: '[dir]', load: async () => (await import('./init.js')).initCommand() },
];

/**
 * The command a command line runs: its first word, or the one after `help`.
 *
 * @example commandOf(['roster', '--out', 'x.csv']) // 'roster'
 * @example commandOf(['help', 'check']) // 'check'
 */
export function commandOf(args: readonly string[]): CommandName | undefined {
  const [first, second] = args;
  const word = first === 'help' ? second : first;
  return COMMANDS.find((c) => c.name === word)?.name;
}
