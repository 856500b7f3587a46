/**
 * `cs-plan calibrate`: the whitepaper formula's ratios from last year's exports (per agent per
 * day, and the store's daily sales), per kind of day, with their spread; written as the config
 * `estimate` and `roster` read; `--backtest` says how far the formula would have been off.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import {
  backtest, calibrate, DAY_KINDS, FIGURE_KEYS, peakHours, type BacktestDay, type PeakHour, type Calibration, type DayKind, type Figure, type FigureKey,
} from '../core/staffing/calibrate.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { encodeText, toCsv, writeFileAtomic } from '../io/output.js';
import { readAgentDays, readStoreDays } from '../io/calibrate-files.js';
import { parseDate } from '../core/time/clock.js';
import { addCommonOptions, addDateOptions, parseOption, printNotice, readConfigObject, readOptions, runContext, type RunContext } from '../cli/options.js';
import { emit, formatNumber, formatPercent, renderTable, terminalColumns } from '../cli/render.js';
import { parseHours, wrapToWidth } from '../io/values.js';

/** Column order of `calibrate --format csv`: a contract for scripts; do not reorder. */
export const CALIBRATE_CSV_COLUMNS = ['kind', 'figure', 'value', 'min', 'median', 'max', 'days', 'agents', 'samples', 'config_key'] as const;
/** Column order of `calibrate --backtest --format csv`. */
export const BACKTEST_CSV_COLUMNS = [
  'date', 'kind', 'store_sales', 'predicted_inquiries', 'actual_inquiries', 'inquiry_error',
  'predicted_agents', 'needed_agents', 'on_duty_agents', 'short_over',
] as const;

/** Appended to the backtest's CSV columns with --history. */
export const BACKTEST_PEAK_COLUMNS = ['peak_hour', 'peak_share', 'predicted_peak_agents', 'needed_peak_agents'] as const;

/** The snake_case name of a figure in CSV and JSON. */
const FIGURE_NAMES: Record<FigureKey, string> = {
  csShare: 'cs_share', aov: 'aov', conversion: 'conversion', botRate: 'bot_rate', capacity: 'capacity',
  hourlyCapacity: 'hourly_capacity', storeAov: 'store_aov', afterSalesRate: 'after_sales_rate',
};
const RATIOS: ReadonlySet<FigureKey> = new Set(['csShare', 'conversion', 'botRate', 'afterSalesRate']);

/**
 * A figure as the config file holds it: ratios as percentages with two decimals, amounts to the
 * fen, capacities to one decimal.
 *
 * @example configValue('csShare', 0.27632) // '27.63%'
 */
export function configValue(key: FigureKey, value: number): string | number {
  if (RATIOS.has(key)) return `${roundTo(value * 100, 2)}%`;
  if (key === 'aov' || key === 'storeAov') return roundTo(value, 2);
  return roundTo(value, 1);
}

/**
 * `--campaign DATE` or `DATE..DATE`.
 *
 * @example parseCampaign('2025-11-11') // { from: '2025-11-11', to: '2025-11-11' }
 */
export function parseCampaign(text: string): { from: string; to: string } {
  const [a = '', b, ...rest] = text.split('..').map((s) => s.trim());
  const from = parseDate(a);
  const to = b === undefined ? from : parseDate(b);
  if (rest.length > 0 || !from || !to || to < from) throw new CsPlanError('calibrate.notCampaign');
  return { from, to };
}

function parsePercentile(text: string): number {
  const value = Number(text.replace(/%$/, ''));
  if (!(value > 0 && value <= 100)) throw new CsPlanError('calibrate.notPercentile');
  return value;
}

/** The config the calibrated figures make: the campaign days' values (ordinary days' without --campaign). */
export function calibratedConfig(calibration: Calibration, kind: DayKind): Partial<Record<FigureKey, string | number>> {
  const config: Partial<Record<FigureKey, string | number>> = {};
  for (const key of FIGURE_KEYS) {
    // After-sales contacts come days after their orders: only ordinary days, where both are
    // steady, give contacts per order (a campaign day's contacts belong to earlier orders).
    const from = key === 'afterSalesRate' ? 'ordinary' : kind;
    const figure = calibration.figures.find((f) => f.key === key && f.kind === from);
    // A share above 100% (agents selling more than the store) is a data error, not a setting.
    if (figure && !(RATIOS.has(key) && figure.value > 1)) config[key] = configValue(key, figure.value);
  }
  return config;
}

/**
 * Merges calibrated keys into an existing config: keys already there are kept unless `force`.
 *
 * @returns the merged config and the keys kept from the existing file
 */
export function mergeConfig(existing: Record<string, unknown>, calibrated: Record<string, string | number>, force: boolean): { config: Record<string, unknown>; kept: string[] } {
  const config: Record<string, unknown> = { ...existing };
  const kept: string[] = [];
  for (const [key, value] of Object.entries(calibrated)) {
    if (key in existing && !force && !key.startsWith('//')) {
      if (existing[key] !== value) kept.push(key);
      continue;
    }
    config[key] = value;
  }
  return { config, kept };
}

function figureRecord(f: Figure) {
  const r = (v: number) => roundTo(v, 6);
  return {
    kind: f.kind, figure: FIGURE_NAMES[f.key], value: r(f.value), min: r(f.spread.min), median: r(f.spread.median), max: r(f.spread.max),
    days: f.days, agents: f.agents, samples: f.samples, config_key: f.key,
  };
}

function backtestRecord(d: BacktestDay) {
  return {
    date: d.date, kind: d.kind, store_sales: d.storeSales, predicted_inquiries: roundTo(d.predictedInquiries, 4), actual_inquiries: d.actualInquiries,
    inquiry_error: roundTo(d.inquiryError, 6), predicted_agents: d.predictedAgents, needed_agents: d.neededAgents, on_duty_agents: d.onDutyAgents,
    short_over: d.shortOver,
    ...(d.peak ? {
      peak_hour: `${String(d.peak.hour).padStart(2, '0')}:00`, peak_share: roundTo(d.peak.share, 6),
      predicted_peak_agents: d.peak.predictedAgents, needed_peak_agents: d.peak.neededAgents,
    } : {}),
  };
}

/** A figure's value for a person: ratios as percentages, amounts with two decimals. */
function shown(key: FigureKey, value: number): string {
  return RATIOS.has(key) ? formatPercent(value) : formatNumber(value, key === 'aov' || key === 'storeAov' ? 2 : 1);
}

async function figuresTable(calibration: Calibration, lang: Lang, wide: boolean): Promise<string> {
  const head = (['figure', 'kind', 'value', 'min', 'median', 'max', 'days', 'agents', 'samples'] as const).map((h) => t(lang, `calibrate.col.${h}`));
  const rows = [...calibration.figures]
    .sort((a, b) => FIGURE_KEYS.indexOf(a.key) - FIGURE_KEYS.indexOf(b.key) || DAY_KINDS.indexOf(a.kind) - DAY_KINDS.indexOf(b.kind))
    .map((f) => [
      t(lang, `calibrate.figure.${f.key}`), t(lang, `calibrate.kind.${f.kind}`), shown(f.key, f.value),
      shown(f.key, f.spread.min), shown(f.key, f.spread.median), shown(f.key, f.spread.max),
      String(f.days), String(f.agents), String(f.samples),
    ]);
  return renderTable(head, rows, { align: head.map((_, i) => (i < 2 ? 'left' : 'right')), priority: [Infinity, Infinity, Infinity, 40, 50, 40, 30, 20, 10], lang, wide });
}

async function backtestTable(days: readonly BacktestDay[], lang: Lang, wide: boolean): Promise<string> {
  const withPeak = days.some((d) => d.peak);
  const head = [...(['date', 'kind', 'store_sales', 'predicted_inquiries', 'actual_inquiries', 'inquiry_error', 'predicted_agents', 'needed_agents', 'on_duty_agents', 'short_over'] as const),
    ...(withPeak ? (['peak_hour', 'peak_agents'] as const) : [])]
    .map((h) => t(lang, `calibrate.col.${h}`));
  const rows = days.map((d) => [
    d.date, t(lang, `calibrate.kind.${d.kind}`), formatNumber(d.storeSales, 0), formatNumber(d.predictedInquiries, 0), formatNumber(d.actualInquiries, 0),
    Math.abs(d.inquiryError) < 0.0005 ? '0%' : `${d.inquiryError > 0 ? '+' : ''}${formatNumber(d.inquiryError * 100, 1)}%`, String(d.predictedAgents), String(d.neededAgents), String(d.onDutyAgents),
    d.shortOver === 0 ? '0' : `${d.shortOver > 0 ? '+' : ''}${d.shortOver}`,
    ...(withPeak ? [d.peak ? `${String(d.peak.hour).padStart(2, '0')}:00` : '', d.peak ? `${d.peak.predictedAgents} / ${d.peak.neededAgents}` : ''] : []),
  ]);
  return renderTable(head, rows, { align: head.map((_, i) => (i < 2 ? 'left' : 'right')), priority: [Infinity, 60, 20, 50, 50, Infinity, 70, 70, 30, Infinity, 40, 65], lang, wide });
}

/** One line per kind: the mean absolute error of the inquiries and the agent-days short and over. */
export function backtestSummary(days: readonly BacktestDay[]): { kind: DayKind; days: number; meanAbsError: number; maxAbsError: number; short: number; over: number; peakShort?: number; peakOver?: number }[] {
  return DAY_KINDS.flatMap((kind) => {
    const of = days.filter((d) => d.kind === kind);
    if (of.length === 0) return [];
    return [{
      kind, days: of.length,
      meanAbsError: of.reduce((s, d) => s + Math.abs(d.inquiryError), 0) / of.length,
      maxAbsError: Math.max(...of.map((d) => Math.abs(d.inquiryError))),
      short: of.reduce((s, d) => s + Math.max(0, -d.shortOver), 0),
      over: of.reduce((s, d) => s + Math.max(0, d.shortOver), 0),
      ...(of.some((d) => d.peak) ? {
        peakShort: of.reduce((s, d) => s + Math.max(0, (d.peak?.neededAgents ?? 0) - (d.peak?.predictedAgents ?? 0)), 0),
        peakOver: of.reduce((s, d) => s + Math.max(0, (d.peak?.predictedAgents ?? 0) - (d.peak?.neededAgents ?? 0)), 0),
      } : {}),
    }];
  });
}

/** Says which days count as which kind, in one line. */
function kindsNotice(ctx: RunContext, calibration: Calibration, campaign: { from: string; to: string } | undefined): void {
  const count = (kind: DayKind) => calibration.days.filter((d) => d.kind === kind).length;
  const dates = calibration.days.map((d) => d.date);
  printNotice(ctx, {
    key: campaign ? 'calibrate.kinds' : 'calibrate.noCampaign',
    params: {
      from: dates[0] ?? '', to: dates[dates.length - 1] ?? '', campaign: campaign ? (campaign.from === campaign.to ? campaign.from : `${campaign.from}..${campaign.to}`) : '',
      campaignDays: count('campaign'), eveDays: count('eve'), ordinaryDays: count('ordinary'),
    },
    location: {},
  });
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Each figure is the ratio of sums over the days of its kind (campaign, eve, ordinary), with the
spread of the daily values (min, median, max) and the days and agents behind it:
  CS share   = CS sales ÷ store sales          CS AOV   = CS sales ÷ CS buyers
  conversion = CS buyers ÷ inquiries (询单人数 + the bot's)      bot rate = bot ÷ inquiries
  capacity   = --percentile of 接待人数 per agent-day (online ≥ --min-online hours)
  hourly capacity = the same percentile of 接待人数 ÷ 在线时长
  store AOV  = store sales ÷ orders          after-sales rate = after-sales contacts ÷ orders
The config written holds the campaign days' values (ordinary days' without --campaign); the
after-sales rate always comes from ordinary days (a campaign day's after-sales contacts belong to
earlier orders), and in the config it turns on the after-sales wave of estimate and roster.

CSV columns: ${CALIBRATE_CSV_COLUMNS.join(',')}
  with --backtest: ${BACKTEST_CSV_COLUMNS.join(',')}
  (+ ${BACKTEST_PEAK_COLUMNS.join(',')} with --history)

Examples:
  $ cs-plan calibrate --agent-days examples/calibrate/agents-2025.csv --store examples/calibrate/store-2025.csv --campaign 2025-11-11
  $ cs-plan calibrate --agent-days agents-2025.csv --store store-2025.csv --campaign 2025-11-11 --out cs-plan.config.json
  $ cs-plan calibrate --agent-days agents-2025.csv --store store-2025.csv --campaign 2025-11-11 --backtest`,
  zh: () => `
每个数字是同类日子(大促、前夜、平日)的总和之比,并给出每日数值的分布(最小、中位、最大)
以及背后的天数与客服人数:
  客服销售占比 = 客服销售额 ÷ 店铺销售额        客服客单价 = 客服销售额 ÷ 客服成交人数
  询单转化率 = 客服成交人数 ÷ 询单人数(询单人数 + 机器人的)   机器人分流 = 机器人 ÷ 询单人数
  饱和接待量 = 每个客服日接待人数的第 --percentile 百分位(在线 ≥ --min-online 小时)
  每小时接待能力 = 接待人数 ÷ 在线时长 的同一百分位
  全店客单价 = 店铺销售额 ÷ 订单数              售后比例 = 售后咨询人数 ÷ 订单数
写出的配置取大促日的值(没有 --campaign 时取平日的);售后比例总取平日的(大促日的售后咨询
属于更早的订单),配置中的售后比例会开启 estimate 与 roster 的售后波峰。

CSV 列:${CALIBRATE_CSV_COLUMNS.join(',')}
  加 --backtest 时:${BACKTEST_CSV_COLUMNS.join(',')}
  (加 --history 时另有 ${BACKTEST_PEAK_COLUMNS.join(',')})

示例:
  $ cs-plan calibrate --agent-days examples/calibrate/agents-2025.csv --store examples/calibrate/store-2025.csv --campaign 2025-11-11
  $ cs-plan calibrate --agent-days agents-2025.csv --store store-2025.csv --campaign 2025-11-11 --out cs-plan.config.json
  $ cs-plan calibrate --agent-days agents-2025.csv --store store-2025.csv --campaign 2025-11-11 --backtest`,
};

/** Builds the `calibrate` command. */
export function calibrateCommand(): Command {
  const command = new Command('calibrate')
    .description(DESCRIPTIONS.calibrate)
    .option('--agent-days <file>', 'per agent per day export (赤兔 / 千牛 客服绩效): 日期, 客服(旺旺), 接待人数, 询单人数, 询单→最终付款人数, 询单→最终付款金额, optional 在线时长')
    .option('--store <file>', 'the store per day (生意参谋): 日期, 销售额, optional 支付买家数, 售后咨询人数, 机器人接待人数')
    .option('--campaign <dates>', 'the campaign day(s) last year, e.g. 2025-11-11 or 2025-11-11..2025-11-12; the day before is the eve')
    .option('--percentile <p>', 'percentile of 接待人数 per agent-day taken as saturation (客服饱和接待量)', '80')
    .option('--min-online <hours>', 'agent-days online fewer hours are left out of the capacities', '4')
    .option('--history <file>', 'last year\'s hourly inquiries (as roster reads them): with --backtest, the busiest hour of each day too')
    .option('--backtest', 'run the formula on last year\'s store sales with these ratios and compare with what happened, day by day')
    .option('--force', 'replace keys an existing --out config already has (default: keep them)');
  addDateOptions(command);
  addCommonOptions(command, {
    outDescription: 'write the calibrated config to FILE.json (merged into an existing file), or the figures (the backtest with --backtest) to FILE.csv; - for stdout',
  });
  addHelpNotes(command, NOTES);
  command.action(async (_options, cmd: Command) => runCalibrate(cmd));
  return command;
}

type Ctx = ReturnType<typeof runContext>;
type CalibrateOptions = { agentDays?: string; store?: string; backtest?: boolean; force?: boolean; out?: string; format?: string; wide?: boolean };

/**
 * The notices about what the calibration stands on: agent-days left out, CS sales above the
 * store's, figures it could not work out for the kind of day the config is written for.
 */
function calibrationNotices(ctx: Ctx, opts: CalibrateOptions, calibration: Calibration, minOnlineHours: number, configKind: DayKind): void {
  const { shortOnline, noOnline } = calibration.excludedAgentDays;
  if (shortOnline + noOnline > 0) {
    printNotice(ctx, { key: 'calibrate.excluded', params: { short: shortOnline, none: noOnline, hours: minOnlineHours }, location: { file: opts.agentDays ?? '' } });
  }
  const overSold = calibration.days.filter((d) => d.storeSales !== undefined && d.csSales > d.storeSales);
  if (overSold.length > 0) {
    printNotice(ctx, { key: 'calibrate.csAboveStore', params: { count: overSold.length, date: overSold[0]?.date ?? '' }, location: { file: opts.store ?? '' } });
  }
  for (const m of calibration.missing.filter((x) => x.kind === configKind)) {
    printNotice(ctx, { key: `calibrate.missing.${m.reason}`, params: { figure: t(ctx.lang, `calibrate.figure.${m.key}`) }, location: {} });
  }
}

/** Each day's busiest hour from last year's hourly history (for the backtest), with a notice of the days it covers. */
async function historyPeaks(ctx: Ctx, historyFile: string, calibration: Calibration, reading: ReturnType<typeof readOptions>): Promise<Map<string, PeakHour>> {
  const [{ readInquirySeries }, { dayShapes }] = await Promise.all([import('../io/roster-files.js'), import('../core/demand/slots.js')]);
  const peaks = peakHours(dayShapes(await readInquirySeries(historyFile, reading)));
  const covered = calibration.days.filter((d) => peaks.has(d.date)).length;
  printNotice(ctx, { key: 'calibrate.historyDays', params: { covered, days: calibration.days.length }, location: { file: historyFile } });
  if (!calibration.figures.some((f) => f.key === 'hourlyCapacity')) printNotice(ctx, { key: 'calibrate.peakNeedsHourly', params: {}, location: { file: historyFile } });
  return peaks;
}

/**
 * Reads the flags and the exports and calibrates.
 *
 * @throws CsPlanError when --agent-days is missing, a flag is bad, or the campaign lies outside the export
 */
async function calibrateInputs(cmd: Command, ctx: Ctx, opts: CalibrateOptions) {
  const agentDaysFile = opts.agentDays;
  if (!agentDaysFile) throw new CsPlanError('options.missing', { flags: '--agent-days' });
  const errors: CsPlanError[] = [];
  const campaign = parseOption(cmd, 'campaign', parseCampaign, errors);
  const percentile = parseOption(cmd, 'percentile', parsePercentile, errors) ?? 80;
  const minOnlineHours = parseOption(cmd, 'minOnline', parseHours, errors) ?? 4;
  throwAll(errors);
  const reading = readOptions(cmd, ctx);
  const agentDays = await readAgentDays(agentDaysFile, reading);
  const storeDays = opts.store ? await readStoreDays(opts.store, reading) : [];
  if (!opts.store) printNotice(ctx, { key: 'calibrate.noStore', params: {}, location: {} });
  if (campaign) {
    const dates = new Set(agentDays.map((a) => a.date));
    const sorted = [...dates].sort();
    for (const date of [campaign.from, campaign.to]) {
      if (!dates.has(date)) {
        throw new CsPlanError('calibrate.campaignOutside', { from: sorted[0] ?? '', to: sorted[sorted.length - 1] ?? '' }, {
          location: { option: '--campaign', value: String(cmd.getOptionValue('campaign')) },
        });
      }
    }
  }
  const calibration = calibrate(agentDays, storeDays, { ...(campaign ? { campaign } : {}), percentile, minOnlineHours });
  kindsNotice(ctx, calibration, campaign);
  const configKind: DayKind = campaign ? 'campaign' : 'ordinary';
  calibrationNotices(ctx, opts, calibration, minOnlineHours, configKind);
  const historyFile = cmd.opts<{ history?: string }>().history;
  const peaks = historyFile ? await historyPeaks(ctx, historyFile, calibration, reading) : undefined;
  return { agentDaysFile, percentile, calibration, configKind, historyFile, peaks };
}

/** Runs `calibrate`: the figures (and backtest) as a table, CSV or JSON, or the config merged into --out FILE.json. */
async function runCalibrate(cmd: Command): Promise<void> {
  const ctx = runContext(cmd);
  const opts = cmd.opts<CalibrateOptions>();
  const { agentDaysFile, percentile, calibration, configKind, historyFile, peaks } = await calibrateInputs(cmd, ctx, opts);
  const tested = opts.backtest ? backtest(calibration, peaks) : undefined;
  const config = calibratedConfig(calibration, configKind);
  const out = opts.out;
  if (out && out !== '-' && out.toLowerCase().endsWith('.json') && opts.format !== 'csv' && opts.format !== 'table') {
    // The config file: merged into an existing one, written whole or not at all.
    const existing = (await readConfigObject(out, { missingOk: true })) ?? {};
    const provenance = {
      '//calibrated': `cs-plan calibrate: ${t('en', `calibrate.kind.${configKind}`)} days of ${agentDaysFile}${opts.store ? ` and ${opts.store}` : ''}, ${percentile}th percentile`,
    };
    const { config: merged, kept } = mergeConfig(existing, { ...provenance, ...config }, opts.force === true);
    const bytes = await encodeText(`${JSON.stringify(merged, null, 2)}\n`, { bom: false });
    await writeFileAtomic(out, bytes, { inputs: [agentDaysFile, opts.store, historyFile] });
    if (kept.length > 0) printNotice(ctx, { key: 'calibrate.kept', params: { keys: kept.join(', ') }, location: { file: out } });
    printNotice(ctx, { key: 'calibrate.written', params: { keys: Object.keys(config).join(', ') }, location: { file: out } });
    return;
  }
  await emit(cmd, ctx, {
    table: async () => calibrationText(ctx, opts, calibration, tested, configKind),
    csv: () => (tested ? toCsv(tested.some((d) => d.peak) ? [...BACKTEST_CSV_COLUMNS, ...BACKTEST_PEAK_COLUMNS] : BACKTEST_CSV_COLUMNS, tested.map(backtestRecord)) : toCsv(CALIBRATE_CSV_COLUMNS, calibration.figures.map(figureRecord))),
    json: () => ({
      figures: calibration.figures.map(figureRecord),
      config,
      days: calibration.days.map((d) => ({
        date: d.date, kind: d.kind, store_sales: d.storeSales ?? null, cs_sales: roundTo(d.csSales, 2), cs_buyers: d.buyers,
        inquiries: d.inquiries, human_inquiries: d.humanInquiries, agents_on_duty: d.agentsOnDuty,
      })),
      ...(tested ? { backtest: tested.map(backtestRecord), backtest_summary: backtestSummary(tested) } : {}),
    }),
  }, [agentDaysFile, opts.store, historyFile, ctx.configFile]);
}

/** The figures table, the backtest with its summary lines, and what to do next, folded to the terminal. */
async function calibrationText(ctx: Ctx, opts: CalibrateOptions, calibration: Calibration, tested: ReturnType<typeof backtest> | undefined, configKind: DayKind): Promise<string> {
  const parts = [await figuresTable(calibration, ctx.lang, opts.wide === true)];
  if (tested) {
    parts.push('', await backtestTable(tested, ctx.lang, opts.wide === true));
    for (const s of backtestSummary(tested)) {
      parts.push(t(ctx.lang, s.days === 1 ? 'calibrate.summaryOneDay' : 'calibrate.summary', {
        kind: t(ctx.lang, `calibrate.kind.${s.kind}`), days: s.days, mean: formatNumber(s.meanAbsError * 100, 1), max: formatNumber(s.maxAbsError * 100, 1),
        short: s.short, over: s.over,
      }));
      if (s.peakShort !== undefined) parts.push(t(ctx.lang, 'calibrate.summaryPeak', { kind: t(ctx.lang, `calibrate.kind.${s.kind}`), short: s.peakShort, over: s.peakOver ?? 0 }));
    }
  }
  parts.push(t(ctx.lang, 'calibrate.next', { kind: t(ctx.lang, `calibrate.kind.${configKind}`) }));
  // Tables fit already; the sentences are folded to the terminal's width.
  const width = opts.wide ? Infinity : terminalColumns();
  return parts.flatMap((part) => (part === '' || part.startsWith('┌') ? [part] : wrapToWidth(part, width))).join('\n');
}
