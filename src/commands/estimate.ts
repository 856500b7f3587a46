/**
 * `cs-plan estimate`: sales forecast → pre-sales inquiries → agents, per day, with the
 * whitepaper formula.
 */
import { Command } from 'commander';
import { totalOf, type EstimateRow, type EstimateTotal } from '../core/staffing/whitepaper.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { addCommonOptions, addFormulaOptions, runContext } from '../cli/options.js';
import { askWithInquirer, resolveFormulaDays, type AskMissing } from '../cli/formula-inputs.js';
import { emit, formatNumber, formatPercent, renderTable } from '../cli/render.js';

/** Column order of `estimate --format csv`: a contract for scripts; do not reorder. */
export const ESTIMATE_CSV_COLUMNS = [
  'date', 'sales', 'cs_share', 'aov', 'conversion', 'bot_rate', 'capacity',
  'cs_sales', 'cs_buyers', 'inquiries', 'human_inquiries', 'agents_exact', 'agents',
] as const;

/** One row in the snake_case field names shared by CSV and JSON; derived values to 4 decimals. */
export function estimateRecord(row: EstimateRow): Record<(typeof ESTIMATE_CSV_COLUMNS)[number], string | number> {
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
  };
}

function totalRecord(total: EstimateTotal) {
  const r4 = (value: number) => roundTo(value, 4);
  return {
    sales: total.sales,
    cs_sales: r4(total.csSales),
    cs_buyers: r4(total.csBuyers),
    inquiries: r4(total.inquiries),
    human_inquiries: r4(total.humanInquiries),
    agent_days: total.agentDays,
    peak_agents: total.peakAgents,
  };
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
    ...['explainCsSales', 'explainBuyers', 'explainInquiries', 'explainHuman', 'explainAgents'].map(
      (key) => `  ${t(lang, `estimate.${key}`, values)}`,
    ),
  ];
}

async function estimateTable(rows: EstimateRow[], total: EstimateTotal, lang: Lang, color: boolean): Promise<string> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const withBots = rows.some((row) => row.botRate > 0);
  const columns = ['date', 'sales', 'cs_share', 'aov', 'conversion', ...(withBots ? ['bot_rate'] : []), 'capacity', 'inquiries',
    ...(withBots ? ['human_inquiries'] : []), 'agents_exact', 'agents'];
  const cell = (row: EstimateRow, column: string): string => {
    switch (column) {
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
      default: return chalk.bold(String(row.agents));
    }
  };
  const totalCells: Record<string, string> = {
    date: chalk.bold(t(lang, 'estimate.total')), sales: formatNumber(total.sales),
    inquiries: formatNumber(total.inquiries), human_inquiries: formatNumber(total.humanInquiries),
    agents: `${total.agentDays}`,
  };
  const body = rows.map((row) => columns.map((column) => cell(row, column)));
  if (rows.length > 1) body.push(columns.map((column) => totalCells[column] ?? ''));
  const table = await renderTable(
    columns.map((column) => chalk.cyan(t(lang, `col.${column}`))),
    body,
    { align: columns.map((column) => (column === 'date' ? 'left' : 'right')) },
  );
  const peak = rows.find((row) => row.agents === total.peakAgents);
  const footer = rows.length > 1 ? `\n${t(lang, 'estimate.peakDay', { agents: total.peakAgents, date: peak?.date ?? '' })}` : '';
  return `${chalk.bold(t(lang, 'estimate.title'))}\n${table}${footer}`;
}

/** Builds the `estimate` command; `ask` is replaceable for tests. */
export function estimateCommand(ask: AskMissing = askWithInquirer): Command {
  const command = new Command('estimate')
    .description('pre-sales inquiries and agents per day from a sales forecast (whitepaper formula)')
    .option('--explain', 'print the formula step by step with the numbers of each row');
  addFormulaOptions(command);
  addCommonOptions(command);
  command.addHelpText('after', `
Formula (per row):
  cs_sales = sales × cs_share;  cs_buyers = cs_sales ÷ aov;  inquiries = cs_buyers ÷ conversion
  human_inquiries = inquiries × (1 − bot_rate);  agents = ceil(human_inquiries ÷ capacity)

Precedence: a forecast row's cell > command-line flag > --config file > default.
CSV columns: ${ESTIMATE_CSV_COLUMNS.join(',')}
JSON: { "rows": [...], "total": {...} } with the same snake_case names.

Examples:
  $ cs-plan estimate --sales 500000 --cs-share 20% --aov 100 --conversion 40% --capacity 576
  $ cs-plan estimate --forecast examples/double11/forecast.csv --config examples/double11/cs-plan.config.json --explain
  $ cs-plan estimate --forecast forecast.csv --cs-share 30% --aov 120 --conversion 45% --capacity 400 --out estimate.csv`);
  command.action(async (_options, cmd: Command) => {
    const ctx = runContext(cmd);
    const { days, forecast } = await resolveFormulaDays(cmd, ctx, ask);
    const total = totalOf(days);
    const { format } = await emit(cmd, ctx, {
      table: () => estimateTable(days, total, ctx.lang, ctx.color),
      csv: () => toCsv(ESTIMATE_CSV_COLUMNS, days.map(estimateRecord)),
      json: () => ({ rows: days.map(estimateRecord), total: totalRecord(total) }),
    }, [forecast?.file]);
    if (cmd.opts<{ explain?: boolean }>().explain) {
      const lines = days.flatMap((row) => ['', ...explainRow(row, ctx.lang)]).join('\n');
      // Keep stdout machine-readable when it carries CSV or JSON.
      (format === 'table' && !cmd.opts<{ out?: string }>().out ? process.stdout : process.stderr).write(`${lines}\n`);
    }
  });
  return command;
}
