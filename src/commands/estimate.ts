/**
 * `cs-plan estimate`: sales forecast → pre-sales inquiries → agents, per day, with the
 * whitepaper formula.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command } from 'commander';
import { estimateDay, totalOf, type EstimateRow, type EstimateTotal } from '../core/staffing/whitepaper.js';
import type { AfterSalesDay } from '../core/staffing/after-sales.js';
import { addAfterSalesOptions, readAfterSales, readStoreAov, type AfterSalesInputs } from '../cli/after-sales-inputs.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { addCommonOptions, addDateOptions, addFormulaOptions, runContext } from '../cli/options.js';
import { askWithInquirer, resolveFormulaDays, type AskMissing, type SalesRange } from '../cli/formula-inputs.js';
import { emit, formatNumber, formatPercent, renderTable, terminalColumns } from '../cli/render.js';
import { wrapToWidth } from '../io/values.js';

/** Column order of `estimate --format csv`: a contract for scripts; do not reorder. */
export const ESTIMATE_CSV_COLUMNS = [
  'date', 'sales', 'cs_share', 'aov', 'conversion', 'bot_rate', 'capacity',
  'cs_sales', 'cs_buyers', 'inquiries', 'human_inquiries', 'agents_exact', 'agents',
  'orders', 'after_sales_inquiries', 'after_sales_agents', 'total_agents',
] as const;

/** Appended to the CSV columns when sales are given as a range: the range and the agents at each end. */
export const ESTIMATE_RANGE_COLUMNS = ['sales_low', 'sales_high', 'agents_low', 'agents_high'] as const;

/** A day of the estimate: pre-sales by the formula, and the after-sales wave when planned. */
export interface EstimateDay {
  pre: EstimateRow;
  /** With sales as a range: the pre-sales formula at its two ends. */
  range?: { low: EstimateRow; high: EstimateRow };
  after?: AfterSalesDay;
  /** Orders that day: sales ÷ store AOV. */
  orders?: number;
}

/**
 * The estimate's days: the forecast's days, then (with after-sales) the days the wave runs
 * on after the campaign, with no sales of their own.
 */
export function estimateDays(days: readonly EstimateRow[], after?: AfterSalesInputs, storeAov?: number): EstimateDay[] {
  const last = days[days.length - 1];
  if (!after || !last) return days.map((pre) => ({ pre, orders: pre.sales / (storeAov ?? pre.aov) }));
  const byDate = new Map(days.map((d) => [d.date, d]));
  return after.wave.map((wave) => ({
    pre: byDate.get(wave.date) ?? estimateDay({ ...last, date: wave.date, sales: 0 }),
    after: wave,
  }));
}

/** One row in the snake_case field names shared by CSV and JSON; derived values to 4 decimals. */
export function estimateRecord({ pre: row, after, orders, range }: EstimateDay): Record<(typeof ESTIMATE_CSV_COLUMNS)[number], string | number> & Partial<Record<(typeof ESTIMATE_RANGE_COLUMNS)[number], number>> {
  const r4 = (value: number) => roundTo(value, 4);
  return {
    date: row.date,
    sales: row.sales,
    cs_share: row.csShare,
    aov: row.aov,
    conversion: row.conversion,
    bot_rate: row.botRate,
    capacity: row.capacity,
    cs_sales: r4(row.csSales),
    cs_buyers: r4(row.csBuyers),
    inquiries: r4(row.inquiries),
    human_inquiries: r4(row.humanInquiries),
    agents_exact: r4(row.agentsExact),
    agents: row.agents,
    orders: r4(after?.orders ?? orders ?? 0),
    after_sales_inquiries: r4(after?.contacts ?? 0),
    after_sales_agents: after?.agents ?? 0,
    total_agents: row.agents + (after?.agents ?? 0),
    ...(range ? { sales_low: range.low.sales, sales_high: range.high.sales, agents_low: range.low.agents, agents_high: range.high.agents } : {}),
  };
}

/**
 * The pre-sales formula at both ends of a day's sales range.
 *
 * @example atEnds(row, { low: 3e6, high: 4.5e6 }).high.agents
 */
export function atEnds(pre: EstimateRow, range: SalesRange): { low: EstimateRow; high: EstimateRow } {
  return { low: estimateDay({ ...pre, sales: range.low }), high: estimateDay({ ...pre, sales: range.high }) };
}

function totalRecord(total: EstimateTotal, days: readonly EstimateDay[]) {
  const r4 = (value: number) => roundTo(value, 4);
  return {
    sales: total.sales,
    cs_sales: r4(total.csSales),
    cs_buyers: r4(total.csBuyers),
    inquiries: r4(total.inquiries),
    human_inquiries: r4(total.humanInquiries),
    agent_days: total.agentDays,
    peak_agents: total.peakAgents,
    after_sales_inquiries: r4(days.reduce((sum, d) => sum + (d.after?.contacts ?? 0), 0)),
    after_sales_agent_days: days.reduce((sum, d) => sum + (d.after?.agents ?? 0), 0),
    peak_total_agents: Math.max(0, ...days.map((d) => d.pre.agents + (d.after?.agents ?? 0))),
  };
}

/**
 * The estimate as an Excel workbook: the CSV columns (numbers as numbers), then a bold total row
 * (agents summed as agent-days) and the day that needs the most agents.
 */
async function estimateWorkbook(days: EstimateDay[], total: EstimateTotal, lang: Lang): Promise<Uint8Array> {
  const { addTableSheet, dateCell, newWorkbook, workbookBytes } = await import('../io/workbook-write.js');
  const workbook = await newWorkbook();
  const totals = totalRecord(total, days);
  const sum: Partial<Record<(typeof ESTIMATE_CSV_COLUMNS)[number], string | number>> = {
    date: t(lang, 'estimate.total'), sales: totals.sales, cs_sales: totals.cs_sales, cs_buyers: totals.cs_buyers, inquiries: totals.inquiries,
    human_inquiries: totals.human_inquiries, agents: totals.agent_days, orders: roundTo(days.reduce((s, d) => s + (d.after?.orders ?? d.orders ?? 0), 0), 4),
    after_sales_inquiries: totals.after_sales_inquiries, after_sales_agents: totals.after_sales_agent_days,
    total_agents: totals.agent_days + totals.after_sales_agent_days,
  };
  const peak = days.find((d) => d.pre.agents + (d.after?.agents ?? 0) === totals.peak_total_agents);
  const rows = days.map((d) => ESTIMATE_CSV_COLUMNS.map((c) => {
    const value = estimateRecord(d)[c];
    return c === 'date' && typeof value === 'string' ? dateCell(value) ?? value : value;
  }));
  addTableSheet(workbook, {
    name: t(lang, 'sheet.estimate'), columns: ESTIMATE_CSV_COLUMNS,
    rows: [...rows, ESTIMATE_CSV_COLUMNS.map((c) => sum[c] ?? null), [t(lang, 'estimate.peakDay', { agents: totals.peak_total_agents, date: peak?.pre.date ?? '' })]],
    bold: [rows.length],
  });
  return workbookBytes(workbook);
}

/** The formula's chain for one row, in words and numbers (`--explain`). */
export function explainRow(row: EstimateRow, lang: Lang): string[] {
  const n = (value: number) => formatNumber(value, 2);
  const values = {
    date: row.date,
    sales: n(row.sales), csShare: formatPercent(row.csShare), csSales: n(row.csSales), aov: n(row.aov),
    csBuyers: n(row.csBuyers), conversion: formatPercent(row.conversion), inquiries: n(row.inquiries),
    botRate: formatPercent(row.botRate), humanInquiries: n(row.humanInquiries), capacity: n(row.capacity),
    agentsExact: formatNumber(row.agentsExact, 4), agents: row.agents,
  };
  return [
    t(lang, row.date ? 'estimate.explainHead' : 'estimate.explainHeadNoDate', values),
    ...(['explainCsSales', 'explainBuyers', 'explainInquiries', 'explainHuman', 'explainAgents'] as const).map(
      (key) => `  ${t(lang, `estimate.${key}`, values)}`,
    ),
  ];
}

/** Which columns stay when the terminal is narrow: the answer (agents) first, the inputs the user typed last. */
const ESTIMATE_PRIORITY: Record<string, number> = {
  date: Infinity, agents: Infinity, total_agents: Infinity, agents_range: 95, after_sales_agents: 90, inquiries: 80, human_inquiries: 75, sales: 70,
  after_sales_inquiries: 60, agents_exact: 50, orders: 40, capacity: 30, conversion: 25, aov: 20, cs_share: 15, bot_rate: 10,
};

async function estimateTable(days: EstimateDay[], total: EstimateTotal, lang: Lang, color: boolean, after?: AfterSalesInputs, wide = false): Promise<string> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const withBots = days.some(({ pre }) => pre.botRate > 0);
  const columns = [...(['date', 'sales', 'cs_share', 'aov', 'conversion'] as const), ...(withBots ? (['bot_rate'] as const) : []), ...(['capacity', 'inquiries'] as const),
    ...(withBots ? (['human_inquiries'] as const) : []), ...(['agents_exact', 'agents'] as const), ...(days.some((d) => d.range) ? (['agents_range'] as const) : []),
    ...(after ? (['orders', 'after_sales_inquiries', 'after_sales_agents', 'total_agents'] as const) : [])];
  const cell = ({ pre: row, after: wave, range }: EstimateDay, column: string): string => {
    switch (column) {
      case 'orders': return formatNumber(wave?.orders ?? 0);
      case 'after_sales_inquiries': return formatNumber(wave?.contacts ?? 0);
      case 'after_sales_agents': return String(wave?.agents ?? 0);
      case 'total_agents': return chalk.bold(String(row.agents + (wave?.agents ?? 0)));
      case 'date': return row.date;
      case 'sales': return formatNumber(row.sales);
      case 'cs_share': return formatPercent(row.csShare);
      case 'aov': return formatNumber(row.aov, 2);
      case 'conversion': return formatPercent(row.conversion);
      case 'bot_rate': return formatPercent(row.botRate);
      case 'capacity': return formatNumber(row.capacity, 1);
      case 'inquiries': return formatNumber(row.inquiries);
      case 'human_inquiries': return formatNumber(row.humanInquiries);
      case 'agents_exact': return formatNumber(row.agentsExact, 2);
      case 'agents_range': return range ? `${range.low.agents}–${range.high.agents}` : '';
      default: return chalk.bold(String(row.agents));
    }
  };
  const totals = totalRecord(total, days);
  const totalCells: Record<string, string> = {
    date: chalk.bold(t(lang, 'estimate.total')), sales: formatNumber(total.sales),
    inquiries: formatNumber(total.inquiries), human_inquiries: formatNumber(total.humanInquiries),
    agents: `${total.agentDays}`,
    ...(after ? {
      orders: formatNumber(days.reduce((sum, d) => sum + (d.after?.orders ?? 0), 0)),
      after_sales_inquiries: formatNumber(totals.after_sales_inquiries),
      after_sales_agents: `${totals.after_sales_agent_days}`,
      total_agents: `${total.agentDays + totals.after_sales_agent_days}`,
    } : {}),
  };
  const body = days.map((day) => columns.map((column) => cell(day, column)));
  if (days.length > 1) body.push(columns.map((column) => totalCells[column] ?? ''));
  const table = await renderTable(
    columns.map((column) => chalk.cyan(t(lang, `col.${column}`))),
    body,
    { align: columns.map((column) => (column === 'date' ? 'left' : 'right')), priority: columns.map((column) => ESTIMATE_PRIORITY[column] ?? 0), lang, wide },
  );
  const allAgents = (d: EstimateDay) => d.pre.agents + (d.after?.agents ?? 0);
  const peak = days.find((d) => allAgents(d) === totals.peak_total_agents);
  const footer = days.length > 1 ? `\n${t(lang, 'estimate.peakDay', { agents: totals.peak_total_agents, date: peak?.pre.date ?? '' })}` : '';
  const wave = after ? `\n${t(lang, 'estimate.afterSalesTitle', {
    rate: formatPercent(after.contactRate),
    orders: formatNumber(days.reduce((sum, d) => sum + (d.after?.orders ?? 0), 0)),
    days: after.curve.length, curve: after.curve.map((share) => formatPercent(share)).join(' · '),
  })}` : '';
  // Lines under the table fit the terminal too (--wide: as they come).
  const fitWidth = (text: string) => (wide ? text : text.split('\n').map((line) => wrapToWidth(line, terminalColumns()).join('\n')).join('\n'));
  return `${chalk.bold(t(lang, after ? 'estimate.titleWithAfterSales' : 'estimate.title'))}\n${table}${fitWidth(footer)}${fitWidth(wave)}`;
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Formula (per row):
  cs_sales = sales × cs_share;  cs_buyers = cs_sales ÷ aov;  inquiries = cs_buyers ÷ conversion
  human_inquiries = inquiries × (1 − bot_rate);  agents = ceil(human_inquiries ÷ capacity)

After-sales wave (with --after-sales-rate): orders = sales ÷ store AOV (--store-aov, default --aov);
  contacts on day d = Σ orders(s) × rate × curve[d − s] over sale days s ≤ d;
  after_sales_agents = ceil(contacts ÷ --after-sales-capacity); the table runs on past the
  campaign while the wave lasts (default curve: 7 days, each 0.7 of the day before).

Precedence: a forecast row's cell > command-line flag > --config file > default.
CSV columns: ${ESTIMATE_CSV_COLUMNS.join(',')}
  (+ ${ESTIMATE_RANGE_COLUMNS.join(',')} with sales as a range: --sales 300万..450万, or sales_low
  and sales_high columns; the other columns are for --sales-case, default the high end)
JSON: { "rows": [...], "total": {...} } with the same snake_case names.

Examples:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json --explain
  $ cs-plan estimate --forecast forecast.csv --cs-share 30% --aov 120 --conversion 45% --capacity 400 --out estimate.csv
  $ cs-plan estimate --forecast forecast.csv --config cs-plan.config.json --after-sales-rate 8% --store-aov 150
  $ cs-plan estimate --sales 300万..450万 --config cs-plan.config.json`,
  zh: () => `
公式(逐行):
  cs_sales = sales × cs_share;  cs_buyers = cs_sales ÷ aov;  inquiries = cs_buyers ÷ conversion
  human_inquiries = inquiries × (1 − bot_rate);  agents = ceil(human_inquiries ÷ capacity)

售后波峰(加 --after-sales-rate):订单数 = 销售额 ÷ 全店客单价(--store-aov,默认 --aov);
  第 d 天的售后咨询 = Σ 订单数(s) × 比例 × 曲线[d − s],对成交日 s ≤ d 求和;
  after_sales_agents = ceil(售后咨询 ÷ --after-sales-capacity);波峰持续期间,表格延续到
  大促之后(默认曲线:7 天,每天为前一天的 0.7)。

优先级:预测文件中该行的单元格 > 命令行参数 > --config 文件 > 默认值。
CSV 列:${ESTIMATE_CSV_COLUMNS.join(',')}
  (销售额为区间时另加 ${ESTIMATE_RANGE_COLUMNS.join(',')}:--sales 300万..450万,或 sales_low 与
  sales_high 两列;其余各列按 --sales-case 取值,默认上限)
JSON:{ "rows": [...], "total": {...} },字段名与 CSV 相同(snake_case)。

示例:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json --explain
  $ cs-plan estimate --forecast forecast.csv --cs-share 30% --aov 120 --conversion 45% --capacity 400 --out estimate.csv
  $ cs-plan estimate --forecast forecast.csv --config cs-plan.config.json --after-sales-rate 8% --store-aov 150
  $ cs-plan estimate --sales 300万..450万 --config cs-plan.config.json`,
};

/** Builds the `estimate` command; `ask` is replaceable for tests. */
export function estimateCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('estimate')
    .description(DESCRIPTIONS.estimate)
    .option('--explain', 'print the formula step by step with the numbers of each row');
  addFormulaOptions(command);
  addDateOptions(command);
  addAfterSalesOptions(command);
  addCommonOptions(command);
  addHelpNotes(command, NOTES);
  command.action(async (_options, cmd: Command) => {
    const ctx = runContext(cmd);
    const { days: formulaDays, forecast, ranges, salesCase } = await resolveFormulaDays(cmd, ctx, ask);
    const after = readAfterSales(cmd, formulaDays);
    const byDate = ranges ? new Map(formulaDays.map((d, i) => [d.date, ranges[i]])) : undefined;
    const days = estimateDays(formulaDays, after, readStoreAov(cmd)).map((day) => {
      const range = byDate?.get(day.pre.date);
      return range ? { ...day, range: atEnds(day.pre, range) } : day;
    });
    const columns = ranges ? [...ESTIMATE_CSV_COLUMNS, ...ESTIMATE_RANGE_COLUMNS] : ESTIMATE_CSV_COLUMNS;
    const total = totalOf(days.map((d) => d.pre));
    const { format } = await emit(cmd, ctx, {
      table: () => estimateTable(days, total, ctx.lang, ctx.color, after, cmd.opts<{ wide?: boolean }>().wide === true),
      csv: () => toCsv(columns, days.map(estimateRecord)),
      json: () => ({ rows: days.map(estimateRecord), total: totalRecord(total, days), ...(ranges ? { sales_case: salesCase } : {}) }),
      workbook: () => estimateWorkbook(days, total, ctx.lang),
    }, [forecast?.file]);
    if (cmd.opts<{ explain?: boolean }>().explain) {
      const lines = formulaDays.flatMap((row) => ['', ...explainRow(row, ctx.lang)]).join('\n');
      // Keep stdout machine-readable when it carries CSV or JSON.
      (format === 'table' && !cmd.opts<{ out?: string }>().out ? process.stdout : process.stderr).write(`${lines}\n`);
    }
  });
  return command;
}
