/**
 * `cs-plan init [dir]`: writes ready-to-fill input files and a config with every option's
 * default, from templates/. Never overwrites a file unless --force. On a terminal it asks the
 * campaign dates and key ratios and writes them in.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { packageRoot } from '../package-root.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import { formatDate, MINUTES_PER_DAY, parseClock, parseDate, toEpochMinutes } from '../core/time/clock.js';
import { t } from '../i18n.js';
import { encodeText, writeFileAtomic } from '../io/output.js';
import { parseInteger } from '../io/values.js';
import { addCommonOptions, runContext, type RunContext } from '../cli/options.js';
import { FORMULA_FIELDS } from '../cli/formula-inputs.js';
import { validatorFor } from '../cli/prompt.js';

const TEMPLATES = join(packageRoot(import.meta.url), 'templates');
/** The templates; the shift patterns are not called shifts.csv, the name of roster's own output. */
const FILES = ['forecast.csv', 'history.csv', 'staff.csv', 'shift-patterns.csv'] as const;
/** Options that make no sense as saved defaults. */
const NOT_IN_CONFIG = new Set(['config', 'debug', 'input', 'out', 'coverage', 'force', 'version', 'help']);

/** Campaign answers that go into the written files. */
export interface InitAnswers {
  firstDate?: string;
  days?: number;
  ratios: Record<string, string>;
}

export type AskInit = (ctx: RunContext) => Promise<InitAnswers>;

/**
 * A config holding every option that has a default, keyed by camelCase name, plus the
 * formula's ratios; other accepted keys are listed under "$options".
 */
export function defaultConfig(program: Command, ratios: Record<string, string>): Record<string, unknown> {
  const config: Record<string, unknown> = {
    $comment:
      'cs-plan defaults: a command-line flag overrides a key here; a forecast row overrides both. Keys are option names in camelCase.',
  };
  const others = new Set<string>();
  for (const command of program.commands) {
    for (const option of command.options) {
      const key = option.attributeName();
      if (NOT_IN_CONFIG.has(key)) continue;
      if (option.defaultValue !== undefined && typeof option.defaultValue !== 'boolean')
        config[key] = option.defaultValue;
      else others.add(key);
    }
  }
  for (const [key, value] of Object.entries(ratios)) {
    config[key] = value;
    others.delete(key);
  }
  config.$options = [...others].sort();
  return config;
}

/**
 * The longest planning slot (60, 30 or 15 minutes) on which every start and end of a pattern
 * template (`name,start,end`) falls.
 *
 * @example slotFitting('name,start,end\n白班,09:00,17:30\n') // 30
 */
export function slotFitting(patternsCsv: string): number {
  const minutes = patternsCsv
    .split(/\r?\n/)
    .slice(1)
    .flatMap((line) => line.split(',').slice(1))
    .map((cell) => parseClock(cell.trim()))
    .filter((m): m is number => m !== undefined);
  return [60, 30, 15].find((slot) => minutes.every((m) => m % slot === 0)) ?? 15;
}

/** The forecast template with the campaign's dates (sales left for the user to fill). */
function forecastFor(template: string, answers: InitAnswers): string {
  if (!answers.firstDate || !answers.days) return template;
  const [header] = template.split('\n');
  const columns = (header ?? '').split(',').length;
  const start = toEpochMinutes(answers.firstDate);
  const rows = Array.from({ length: answers.days }, (_, i) =>
    [formatDate(start + i * MINUTES_PER_DAY), ...new Array(columns - 1).fill('')].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

const askWithInquirer: AskInit = async (ctx) => {
  const { input } = await import('@inquirer/prompts');
  const check = (parse: (s: string) => unknown) => validatorFor(parse, ctx.lang);
  const expectDate = (s: string) => {
    if (!parseDate(s)) throw new CsPlanError('value.notDate');
    return s;
  };
  const firstDate = parseDate(
    await input({ message: t(ctx.lang, 'init.askFirstDate'), default: '2026-11-10', validate: check(expectDate) }),
  );
  const days = Number(
    await input({ message: t(ctx.lang, 'init.askDays'), default: '3', validate: check((s) => parseInteger(s, 1, 62)) }),
  );
  const ratios: Record<string, string> = {};
  for (const field of FORMULA_FIELDS.filter((f) => f.key !== 'sales')) {
    ratios[field.key] = await input({
      message: t(ctx.lang, `prompt.${field.key}`),
      ...(field.key === 'botRate' ? { default: '0' } : {}),
      validate: check(field.parse),
    });
  }
  return { ...(firstDate ? { firstDate } : {}), days, ratios };
};

/**
 * A CSV template as a one-sheet workbook: dates as date cells, numbers as numbers, the rest as text.
 */
async function templateWorkbook(csv: string, sheet: string): Promise<Uint8Array> {
  const [{ parse }, { addTableSheet, dateCell, newWorkbook, workbookBytes }] = await Promise.all([
    import('csv-parse/sync'),
    import('../io/workbook-write.js'),
  ]);
  const [header = [], ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  const workbook = await newWorkbook();
  const typed = (cell: string) => dateCell(cell) ?? (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell);
  addTableSheet(workbook, { name: sheet, columns: header, rows: rows.map((row) => row.map(typed)) });
  return workbookBytes(workbook);
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Examples:
  $ cs-plan init double11
  $ cs-plan init . --lang zh --force
  $ cs-plan init double11 --format xlsx     (Excel templates: forecast.xlsx, history.xlsx, staff.xlsx, shift-patterns.xlsx)`,
  zh: () => `
示例:
  $ cs-plan init double11
  $ cs-plan init . --lang zh --force
  $ cs-plan init double11 --format xlsx     (Excel 模板:forecast.xlsx、history.xlsx、staff.xlsx、shift-patterns.xlsx)`,
};

/** Builds the `init` command; `ask` is replaceable for tests. */
export function initCommand(ask: AskInit = askWithInquirer): Command {
  const command = new Command('init')
    .description(DESCRIPTIONS.init)
    .argument('[dir]', 'folder to write into (created if missing)', '.')
    .option('--force', 'overwrite files that already exist')
    .addOption(
      new Option('--format <format>', 'write the input templates as CSV files or as Excel workbooks')
        .choices(['csv', 'xlsx'])
        .default('csv'),
    );
  // --lang zh also writes Chinese headers; --encoding gbk writes the CSV templates in GBK.
  addCommonOptions(command, { output: false });
  addHelpNotes(command, NOTES);
  command.action(async (dir: string, _options, cmd: Command) => {
    const ctx = runContext(cmd);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const answers = ctx.interactive ? await ask(ctx) : { ratios: {} };
    const force = cmd.opts<{ force?: boolean }>().force === true;
    const lines: string[] = [];
    const write = async (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      if (existsSync(path) && !force) {
        lines.push(t(ctx.lang, 'init.kept', { file: path }));
        return;
      }
      await writeFileAtomic(path, content, { option: 'init' });
      lines.push(t(ctx.lang, 'init.wrote', { file: path }));
    };
    const errors: CsPlanError[] = [];
    const xlsx = cmd.opts<{ format?: string }>().format === 'xlsx';
    for (const name of FILES) {
      const source = ctx.lang === 'zh' ? name.replace('.csv', '.zh.csv') : name;
      let content = await readFile(join(TEMPLATES, source), 'utf8');
      if (name === 'forecast.csv') content = forecastFor(content, answers);
      try {
        // For Excel: a workbook, or UTF-8 with a BOM so Chinese headers display, or --encoding (e.g. gbk).
        if (xlsx)
          await write(
            name.replace(/\.csv$/, '.xlsx'),
            await templateWorkbook(content.replace(/^\uFEFF/, ''), name.replace(/\.csv$/, '')),
          );
        else
          await write(
            name,
            await encodeText(content.replace(/^\uFEFF/, ''), {
              ...(ctx.encoding ? { encoding: ctx.encoding } : {}),
              bom: true,
            }),
          );
      } catch (error) {
        if (error instanceof CsPlanError) errors.push(error);
        else throw error;
      }
    }
    // Every command's defaults: the other commands are only placeholders until loaded.
    const { buildProgram } = await import('../program.js');
    const program = await buildProgram('all');
    // The config's slot fits the pattern template (09:00–17:30 needs half hours).
    const patterns = await readFile(join(TEMPLATES, 'shift-patterns.csv'), 'utf8');
    const config = { ...defaultConfig(program, answers.ratios), slot: String(slotFitting(patterns)) };
    await write('cs-plan.config.json', `${JSON.stringify(config, null, 2)}\n`);
    throwAll(errors);
    process.stdout.write(`${lines.join('\n')}\n${t(ctx.lang, 'init.next', { dir, ext: xlsx ? 'xlsx' : 'csv' })}\n`);
  });
  return command;
}
