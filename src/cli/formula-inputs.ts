/**
 * Gathers the whitepaper formula's inputs for every day from a forecast CSV, flags, the
 * config file and (on a terminal) prompts. Precedence: row cell > flag > config > default.
 */
import type { Command } from 'commander';
import { CsPlanError, throwAll, type ErrorLocation } from '../errors.js';
import { AmbiguousDateError, parseDate, type DateOrder } from '../core/time/clock.js';
import { estimateDay, type EstimateInput, type EstimateRow } from '../core/staffing/whitepaper.js';
import { parseAmount, parseAmountRange, parsePositiveAmount, parseRatio } from '../io/values.js';
import type { ColumnSpec, CsvRow, CsvTable } from '../io/csv-read.js';
import { parseOption, printNotice, readOptions, type RunContext } from './options.js';
import { t } from '../i18n.js';
import { validatorFor } from './prompt.js';

type NumericKey = Exclude<keyof EstimateInput, 'date'>;

/** One formula input: its option key, flag, forecast column, parser and prompt. */
export interface FormulaField {
  key: NumericKey;
  flag: string;
  column: string;
  aliases: readonly string[];
  parse: (text: string) => number;
}

export const FORMULA_FIELDS: readonly FormulaField[] = [
  {
    key: 'sales',
    flag: '--sales',
    column: 'sales',
    aliases: ['销售额', '预估销售额', '店铺销售额'],
    parse: parseAmount,
  },
  {
    key: 'csShare',
    flag: '--cs-share',
    column: 'cs_share',
    aliases: ['客服销售占比', '客服占比'],
    parse: (s) => parseRatio(s),
  },
  { key: 'aov', flag: '--aov', column: 'aov', aliases: ['客服客单价', '客单价'], parse: parsePositiveAmount },
  {
    key: 'conversion',
    flag: '--conversion',
    column: 'conversion',
    aliases: ['询单转化率', '转化率'],
    parse: (s) => parseRatio(s),
  },
  {
    key: 'capacity',
    flag: '--capacity',
    column: 'capacity',
    aliases: ['客服饱和接待量', '饱和接待量'],
    parse: parsePositiveAmount,
  },
  {
    key: 'botRate',
    flag: '--bot-rate',
    column: 'bot_rate',
    aliases: ['机器人分流', '机器人分流率'],
    parse: (s) => parseRatio(s, 'bot'),
  },
];

/** Columns of a forecast CSV (templates/forecast.csv). A day's sales: `sales`, or `sales_low` and `sales_high`. */
export const FORECAST_COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', aliases: ['日期', '日期/date'], required: true },
  ...FORMULA_FIELDS.map((f) => ({
    name: f.column,
    aliases: f.aliases,
    ...(f.key === 'sales' ? { required: true, orAll: ['sales_low', 'sales_high'] } : {}),
  })),
  { name: 'sales_low', aliases: ['销售额下限', '最低销售额', '预估销售额下限', '保守销售额'] },
  { name: 'sales_high', aliases: ['销售额上限', '最高销售额', '预估销售额上限', '乐观销售额'] },
];

/** Which end of a sales range the plan is made for (`--sales-case`). */
export type SalesCase = 'low' | 'mid' | 'high';
export const SALES_CASES: readonly SalesCase[] = ['low', 'mid', 'high'];

/** A day's sales as a range; `low === high` for one figure. */
export interface SalesRange {
  low: number;
  high: number;
}

/**
 * The sales a plan uses from a range: an end, or the midpoint.
 *
 * @example salesFor({ low: 300, high: 500 }, 'mid') // 400
 */
export function salesFor(range: SalesRange, which: SalesCase): number {
  return which === 'low' ? range.low : which === 'high' ? range.high : (range.low + range.high) / 2;
}

/** Asks for missing values; returns the typed text per option key. Injected so tests can answer. */
export type AskMissing = (fields: readonly FormulaField[], ctx: RunContext) => Promise<Record<string, string>>;

/** The resolved inputs and the files read to get them. */
export interface FormulaInputs {
  /** Each day at the sales of `salesCase` when its sales are a range. */
  days: EstimateRow[];
  forecast?: CsvTable;
  /** Per day, its sales range; present only when some day's sales are a range. */
  ranges?: SalesRange[];
  salesCase: SalesCase;
}

function hasValue(command: Command, key: string): boolean {
  const value = command.getOptionValue(key);
  return value !== undefined && value !== null && String(value).trim() !== '';
}

/** The forecast file, when given, read whole; a row shorter than the header is refused, naming it. */
async function readForecast(
  file: string | undefined,
  reading: ReturnType<typeof readOptions>,
): Promise<CsvTable | undefined> {
  if (!file) return undefined;
  // The reader loads only with a forecast file: `estimate --sales …` starts without it.
  const forecast = await (await import('../io/csv-read.js')).readCsvTable(file, FORECAST_COLUMNS, reading);
  // A row shorter than the header lost cells (a stray line break, a missing comma): say which row.
  const ragged = forecast.rows.find((row) => row.ragged);
  if (ragged) {
    throw new CsPlanError(
      'csv.raggedRow',
      { cells: ragged.ragged?.cells ?? 0, columns: ragged.ragged?.columns ?? 0 },
      { location: { file: forecast.file, line: ragged.line } },
    );
  }
  return forecast;
}

/**
 * The values missing from both the flags and some forecast row: asked for on a terminal,
 * refused with every missing flag named otherwise.
 */
async function askMissing(
  command: Command,
  ctx: RunContext,
  ask: AskMissing,
  fieldsNeeded: readonly FormulaField[],
  forecast: CsvTable | undefined,
): Promise<void> {
  const missing = fieldsNeeded.filter((field) => {
    if (hasValue(command, field.key)) return false;
    if (!forecast) return true;
    return forecast.rows.some((row) => (row.cells[field.column] ?? '').trim() === '');
  });
  if (missing.length === 0) return;
  if (!ctx.interactive) throw new CsPlanError('options.missing', { flags: missing.map((f) => f.flag).join(', ') });
  const answers = await ask(missing, ctx);
  for (const [key, value] of Object.entries(answers)) command.setOptionValueWithSource(key, value, 'cli');
}

/** The formula's values given as flags (sales possibly a range, planned at `salesCase`). */
function flagValues(command: Command, fieldsNeeded: readonly FormulaField[], salesCase: SalesCase) {
  const errors: CsPlanError[] = [];
  const fromFlags: Partial<Record<NumericKey, number>> = {};
  let flagRange: SalesRange | undefined;
  for (const field of fieldsNeeded) {
    if (!hasValue(command, field.key)) continue;
    if (field.key === 'sales') {
      flagRange = parseOption(command, 'sales', parseAmountRange, errors);
      if (flagRange) fromFlags.sales = salesFor(flagRange, salesCase);
      continue;
    }
    const value = parseOption(command, field.key, field.parse, errors);
    if (value !== undefined) fromFlags[field.key] = value;
  }
  throwAll(errors);
  return { fromFlags, flagRange };
}

/**
 * A forecast row's sales: one figure or a range in `sales`, or the two ends in `sales_low` and
 * `sales_high`; undefined (with the error recorded) when missing, unreadable or the wrong way round.
 */
function rowSales(
  row: CsvRow,
  at: (column: string, value: string) => ErrorLocation,
  errors: CsPlanError[],
): SalesRange | undefined {
  const read = (column: string, parse: (text: string) => SalesRange) => {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '') return undefined;
    try {
      return parse(cell);
    } catch (error) {
      if (!(error instanceof CsPlanError)) throw error;
      errors.push(error.at(at(column, cell)));
      return null;
    }
  };
  const single = read('sales', parseAmountRange);
  const low = read('sales_low', (text) => ({ low: parseAmount(text), high: parseAmount(text) }));
  const high = read('sales_high', (text) => ({ low: parseAmount(text), high: parseAmount(text) }));
  if (low && high) {
    if (low.low <= high.high) return { low: low.low, high: high.high };
    errors.push(
      new CsPlanError(
        'value.rangeOrder',
        { low: String(low.low), high: String(high.high) },
        { location: at('sales_high', (row.cells.sales_high ?? '').trim()) },
      ),
    );
  } else if (single) {
    return single;
  } else if (single === undefined && low === undefined && high === undefined) {
    errors.push(new CsPlanError('value.empty', { name: 'sales' }, { location: at('sales', '') }));
  } else if (low !== null && high !== null && single !== null) {
    // One end given without the other.
    const missing = low ? 'sales_high' : 'sales_low';
    errors.push(new CsPlanError('value.empty', { name: missing }, { location: at(missing, '') }));
  }
  return undefined;
}

/** The day of one forecast row (or of the flags alone): its cells over the flags; errors recorded, not thrown. */
function formulaDay(
  row: CsvRow,
  forecast: CsvTable | undefined,
  flags: ReturnType<typeof flagValues>,
  salesCase: SalesCase,
  dateOrder: DateOrder | undefined,
  errors: CsPlanError[],
): { input: Partial<EstimateInput>; range?: SalesRange } {
  const label = (row.cells.date ?? '').trim();
  const input: Partial<EstimateInput> = {
    date: dateLabel(
      label,
      dateOrder,
      forecast
        ? { file: forecast.file, line: row.line, column: 'date', value: label }
        : { option: '--date', value: label },
      errors,
    ),
    ...flags.fromFlags,
  };
  if (!forecast) return { input, ...(flags.flagRange ? { range: flags.flagRange } : {}) };
  const at = (column: string, value: string) => ({ file: forecast.file, line: row.line, column, value });
  for (const field of FORMULA_FIELDS) {
    const cell = (row.cells[field.column] ?? '').trim();
    if (cell === '' || field.key === 'sales') continue;
    try {
      input[field.key] = field.parse(cell);
    } catch (error) {
      if (!(error instanceof CsPlanError)) throw error;
      errors.push(error.at(at(field.column, cell)));
    }
  }
  const range = rowSales(row, at, errors);
  if (range) input.sales = salesFor(range, salesCase);
  if (input.date === '') errors.push(new CsPlanError('value.empty', { name: 'date' }, { location: at('date', '') }));
  return { input, ...(range ? { range } : {}) };
}

/**
 * Resolves, validates and evaluates the formula for every day.
 *
 * @throws CsPlanError listing every missing flag, or every bad value with its location
 */
export async function resolveFormulaDays(command: Command, ctx: RunContext, ask: AskMissing): Promise<FormulaInputs> {
  const opts = command.opts<{ sales?: string; forecast?: string; date?: string; salesCase?: string }>();
  if (opts.sales !== undefined && opts.forecast !== undefined && command.getOptionValueSource('sales') === 'cli') {
    throw new CsPlanError('options.salesAndForecast');
  }
  const reading = readOptions(command, ctx);
  const forecast = await readForecast(opts.forecast, reading);
  const salesCase = (opts.salesCase ?? 'high') as SalesCase;
  const fieldsNeeded = FORMULA_FIELDS.filter((f) => !(forecast && f.key === 'sales'));
  await askMissing(command, ctx, ask, fieldsNeeded, forecast);
  const flags = flagValues(command, fieldsNeeded, salesCase);
  const errors: CsPlanError[] = [];
  const days: EstimateRow[] = [];
  const ranges: SalesRange[] = [];
  for (const row of forecast?.rows ?? [{ line: 0, cells: { date: opts.date ?? '' } }]) {
    const { input, range } = formulaDay(row, forecast, flags, salesCase, reading.dateOrder, errors);
    if (range) ranges.push(range);
    if (errors.length === 0) days.push(estimateDay(input as EstimateInput));
  }
  throwAll(errors);
  const ranged = ranges.length === days.length && ranges.some((r) => r.low !== r.high);
  if (ranged) {
    // Says which end the plan is for, and what the other end would need, in one line.
    const peak = (which: SalesCase) =>
      Math.max(
        0,
        ...days.map(
          (d, i) => estimateDay({ ...d, sales: salesFor(ranges[i] ?? { low: d.sales, high: d.sales }, which) }).agents,
        ),
      );
    printNotice(ctx, {
      key: 'formula.salesRange',
      params: {
        case: t(ctx.lang, `formula.case.${salesCase}`),
        low: peak('low'),
        high: peak('high'),
        planned: peak(salesCase),
      },
      location: {},
    });
  }
  return { days, ...(forecast ? { forecast } : {}), ...(ranged ? { ranges } : {}), salesCase };
}

/**
 * A forecast row's date: a date in any accepted form becomes `YYYY-MM-DD` (so 11/10/2026 and
 * 2026年11月10日 name the same day as 2026-11-10); text that is no date at all stays a label
 * (`Day 1`, `双11`). Something written like a date that is none (2026-13-45), or could be either
 * month/day or day/month without --date-format, is an error at its cell.
 */
function dateLabel(text: string, order: DateOrder | undefined, where: ErrorLocation, errors: CsPlanError[]): string {
  if (!/\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}/.test(text)) return text;
  try {
    const date = parseDate(text, order);
    if (date) return date;
    errors.push(new CsPlanError('value.notDate', {}, { location: where }));
  } catch (error) {
    if (!(error instanceof AmbiguousDateError)) throw error;
    errors.push(new CsPlanError('value.ambiguousDate', {}, { location: where }));
  }
  return text;
}

/**
 * Asks for each missing value with @inquirer/prompts (loaded only when needed), validating
 * with the same parser as the flag.
 */
export const askWithInquirer: AskMissing = async (fields, ctx) => {
  const { input } = await import('@inquirer/prompts');
  const answers: Record<string, string> = {};
  for (const field of fields) {
    answers[field.key] = await input({
      message: t(ctx.lang, `prompt.${field.key}`),
      ...(field.key === 'botRate' ? { default: '0' } : {}),
      validate: validatorFor(field.parse, ctx.lang),
    });
  }
  return answers;
};
