/**
 * Options shared between commands, defined once so a flag means the same everywhere,
 * and the `--config` file that supplies their defaults.
 */
import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { CsPlanError, type CsPlanNotice, type ErrorLocation } from '../errors.js';
import { detectLang, formatMessage, type Lang } from '../i18n.js';
import type { ReadOptions } from '../io/csv-read.js';
import { checkEncoding } from '../io/values.js';
import type { DateOrder } from '../core/time/clock.js';

/** Adds the options every subcommand accepts. */
export function addCommonOptions(
  command: Command,
  {
    output = true,
    outDescription = 'write the result to FILE (.csv, .json or .xlsx) instead of the terminal; - for stdout',
    formats = ['table', 'csv', 'json'],
  }: { output?: boolean; outDescription?: string; formats?: readonly string[] } = {},
): Command {
  if (output) {
    command
      .addOption(
        new Option('--format <format>', 'output format (default: table, or from the --out extension)').choices(formats),
      )
      .option('--out <file>', outDescription)
      .option('--wide', 'tables at full width, every column, however wide the terminal');
  }
  return command
    .option('--sheet <name>', 'the sheet to read from .xlsx input files (default: the first sheet)')
    .option(
      '--encoding <name>',
      'encoding of CSV output (default UTF-8; gbk for old Excel) and of input files that are neither UTF-8 nor marked by a BOM (default GB18030, e.g. big5)',
    )
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['en', 'zh']))
    .option('--no-input', 'never prompt; missing values are an error')
    .option('--config <file>', 'JSON file with default option values (keys in camelCase, e.g. "csShare")')
    .option('--debug', 'show stack traces on errors');
}

/** Adds the inputs of the whitepaper formula (shared by estimate, roster and check). */
export function addFormulaOptions(command: Command): Command {
  return command
    .option(
      '--sales <amount>',
      'sales forecast for one day, e.g. 500000, ¥1,000,000, 100万 (销售额), or a range 300万..450万',
    )
    .option('--forecast <file>', 'CSV with one row per day: date, sales and optional per-row ratios')
    .option('--cs-share <ratio>', 'share of sales closed through CS chat, e.g. 30% (客服销售占比)')
    .option('--aov <amount>', 'average order value of CS-assisted orders (客服客单价)')
    .option('--conversion <ratio>', 'inquiry conversion rate, e.g. 40% (询单转化率)')
    .option('--capacity <count>', 'inquiries one agent handles per day (客服饱和接待量)')
    .option('--bot-rate <ratio>', 'share of inquiries a bot closes (机器人分流)', '0')
    .addOption(
      new Option(
        '--sales-case <end>',
        'with sales given as a range (300万..450万, or sales_low and sales_high columns): plan for its low end, its midpoint or its high end (default high)',
      ).choices(['low', 'mid', 'high']),
    )
    .option('--date <label>', 'label for the --sales day, e.g. 2026-11-11');
}

/** Adds --date-format, for commands that read dates from files. */
export function addDateOptions(command: Command): Command {
  return command.addOption(
    new Option('--date-format <order>', 'how to read dates written a/b/yyyy: MDY (11/10/2026 = 10 Nov) or DMY').choices(
      ['MDY', 'DMY'],
    ),
  );
}

/** What every action knows about how it was invoked. */
export interface RunContext {
  lang: Lang;
  /** --encoding, checked. */
  encoding?: string;
  /** Prompts are allowed: stdin and stdout are terminals and --no-input was not given. */
  interactive: boolean;
  /** Colour is allowed on stdout. */
  color: boolean;
  configFile?: string;
}

/** Reads the context of the running command (after `applyConfig`). */
export function runContext(command: Command): RunContext {
  const opts = command.opts<{ lang?: string; input?: boolean; config?: string; encoding?: string }>();
  return {
    lang: detectLang(opts.lang),
    ...(opts.encoding ? { encoding: checkEncoding(opts.encoding) } : {}),
    interactive: opts.input !== false && Boolean(process.stdin.isTTY && process.stdout.isTTY),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
    ...(opts.config ? { configFile: opts.config } : {}),
  };
}

/** Prints a notice on stderr in the user's language. */
export function printNotice(ctx: RunContext, notice: CsPlanNotice): void {
  process.stderr.write(`${formatMessage(ctx.lang, 'note', notice.key, notice.params, notice.location)}\n`);
}

/** How this run reads its input files. */
export function readOptions(command: Command, ctx: RunContext): ReadOptions {
  const {
    dateFormat: order,
    sheet,
    inquiriesColumn,
    duplicates,
  } = command.opts<{
    dateFormat?: DateOrder;
    sheet?: string;
    inquiriesColumn?: string;
    duplicates?: 'error' | 'sum';
  }>();
  return {
    ...(ctx.encoding ? { encoding: ctx.encoding } : {}),
    ...(sheet ? { sheet } : {}),
    ...(inquiriesColumn ? { prefer: { inquiries: inquiriesColumn } } : {}),
    ...(duplicates ? { duplicates } : {}),
    ...(order ? { dateOrder: order } : {}),
    onNotice: (notice) => printNotice(ctx, notice),
  };
}

/**
 * Where an option's value came from, for error messages: the flag, or the config file key.
 *
 * @example optionLocation(cmd, 'csShare') // { option: '--cs-share', value: '40' }
 */
export function optionLocation(command: Command, key: string): ErrorLocation {
  const option = command.options.find((o) => o.attributeName() === key);
  const value = String(command.getOptionValue(key));
  if (command.getOptionValueSource(key) === 'config') {
    return { file: command.opts<{ config?: string }>().config ?? 'config', option: key, value };
  }
  return { option: option?.long ?? key, value };
}

/**
 * Parses `text`, the value (or one listed value) of option `key`; a CsPlanError is recorded in
 * `errors` with the flag or config key and the value, and undefined returned.
 */
export function parseWithLocation<T>(
  command: Command,
  key: string,
  text: string,
  parse: (text: string) => T,
  errors: CsPlanError[],
): T | undefined {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof CsPlanError)) throw error;
    errors.push(error.at({ ...optionLocation(command, key), value: text }));
    return undefined;
  }
}

/** Parses option `key` when it is set (see {@link parseWithLocation}). */
export function parseOption<T>(
  command: Command,
  key: string,
  parse: (text: string) => T,
  errors: CsPlanError[],
): T | undefined {
  const value = command.getOptionValue(key) as unknown;
  if (value === undefined || value === null) return undefined;
  return parseWithLocation(command, key, String(value), parse, errors);
}

/**
 * Reads a config file: a JSON object (a BOM allowed). `undefined` when the file does not exist
 * and `missingOk` is set (calibrate writes a new one then).
 *
 * @throws CsPlanError for an unreadable file, invalid JSON or JSON that is not an object
 */
export async function readConfigObject(file: string): Promise<Record<string, unknown>>;
export async function readConfigObject(
  file: string,
  options: { missingOk: true },
): Promise<Record<string, unknown> | undefined>;
export async function readConfigObject(
  file: string,
  { missingOk = false } = {},
): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (missingOk && code === 'ENOENT') return undefined;
    throw new CsPlanError('csv.unreadable', { reason: code ?? String(error) }, { location: { file } });
  }
  let config: unknown;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CsPlanError('config.invalidJson', { reason: (error as Error).message }, { location: { file } });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new CsPlanError('config.notObject', {}, { location: { file } });
  }
  return config as Record<string, unknown>;
}

/**
 * Loads `--config FILE` and sets every option the user did not pass on the command line
 * from it. Precedence: command line > config file > built-in default. Keys that belong to
 * another subcommand are accepted and ignored, so one file serves estimate and roster.
 *
 * @param allKeys every option key of every command (loaded only when a key is not the running command's)
 * @throws CsPlanError for unreadable or invalid JSON and for keys no command knows
 */
export async function applyConfig(command: Command, allKeys: () => Promise<Set<string>>): Promise<void> {
  const file = command.opts<{ config?: string }>().config;
  if (!file) return;
  const config = await readConfigObject(file);
  const own = new Set(command.options.map((o) => o.attributeName()));
  let known: Set<string> | undefined;
  for (const [key, value] of Object.entries(config)) {
    if (key.startsWith('$') || key.startsWith('//')) continue; // "$schema" and comments
    if (!own.has(key)) known ??= await allKeys();
    if ((!own.has(key) && !known?.has(key)) || key === 'config') {
      throw new CsPlanError(
        'config.unknownKey',
        { key, examples: 'csShare, botRate, hourlyCapacity' },
        { location: { file } },
      );
    }
    const option = command.options.find((o) => o.attributeName() === key);
    if (!option || command.getOptionValueSource(key) === 'cli') continue;
    const asOptionValue = typeof value === 'boolean' || value === null ? value : String(value);
    if (option.argChoices && !option.argChoices.includes(String(value))) {
      throw new CsPlanError(
        'value.oneOf',
        { choices: option.argChoices.join(', ') },
        { location: { file, option: key, value: String(value) } },
      );
    }
    command.setOptionValueWithSource(key, asOptionValue, 'config');
  }
}
