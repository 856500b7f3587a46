/**
 * Calibration: the whitepaper formula's ratios worked out from last year's own exports
 * (seed 002: "可参考店铺往年的数据进行推算"), per kind of day, each with its spread and the
 * data behind it; and a backtest of the formula on that year.
 *
 *   CS share    = Σ CS sales ÷ Σ store sales
 *   CS AOV      = Σ CS sales ÷ Σ CS buyers
 *   conversion  = Σ CS buyers ÷ Σ inquiries (询单人数, plus the bot's when the store file has them)
 *   bot rate    = Σ bot inquiries ÷ Σ inquiries
 *   capacity    = the p-th percentile of 接待人数 per agent-day (agents online ≥ the minimum hours)
 *   hourly cap. = the p-th percentile of 接待人数 ÷ online hours per agent-day
 *   store AOV   = Σ store sales ÷ Σ orders;  after-sales rate = Σ after-sales contacts ÷ Σ orders
 *
 * A kind's figure is the ratio of its sums (what predicts a total), not the mean of daily ratios;
 * the daily ratios give the spread. Plain data in and out, no I/O.
 */
import { CsPlanError, type ErrorLocation } from '../../errors.js';
import { estimateDay } from './whitepaper.js';
import { ceilTolerant } from '../numeric.js';

/** One agent's day from a CS performance export (赤兔 / 千牛 客服绩效). */
export interface AgentDay {
  date: string;
  agent: string;
  /** 接待人数: buyers the agent received. */
  received: number;
  /** 询单人数: pre-sales inquiries the agent received. */
  inquiries: number;
  /** 询单→最终付款人数: inquiring buyers who paid. */
  buyers: number;
  /** 询单→最终付款金额: what they paid (CS sales). */
  sales: number;
  /** 在线时长 in hours, when the export has it. */
  onlineHours?: number;
  /** Where the row is, for messages. */
  at?: ErrorLocation;
}

/** One day of the store (生意参谋). */
export interface StoreDay {
  date: string;
  /** 销售额: store sales. */
  sales: number;
  /** 支付买家数 / orders, when given. */
  orders?: number;
  /** After-sales contacts (退款/售后), when given. */
  afterSales?: number;
  /** Inquiries the bot closed alone (机器人独立接待), when given. */
  botInquiries?: number;
  at?: ErrorLocation;
}

export type DayKind = 'campaign' | 'eve' | 'ordinary';
export const DAY_KINDS: readonly DayKind[] = ['campaign', 'eve', 'ordinary'];

/** The figures calibrate works out, by their config key (what `estimate` and `roster` read). */
export type FigureKey = 'csShare' | 'aov' | 'conversion' | 'botRate' | 'capacity' | 'hourlyCapacity' | 'storeAov' | 'afterSalesRate';
export const FIGURE_KEYS: readonly FigureKey[] = ['csShare', 'aov', 'conversion', 'botRate', 'capacity', 'hourlyCapacity', 'storeAov', 'afterSalesRate'];

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface Figure {
  key: FigureKey;
  kind: DayKind;
  value: number;
  /** Of the daily values (ratios) or of the agent-days (capacities). */
  spread: Spread;
  days: number;
  agents: number;
  /** Days (ratios) or agent-days (capacities) the figure rests on. */
  samples: number;
}

export interface CalibrateOptions {
  /** First and last campaign day (YYYY-MM-DD); without, every day is ordinary. */
  campaign?: { from: string; to: string };
  /** Percentile of agent-days taken as saturation, 0–100 (default 80). */
  percentile: number;
  /** Agent-days online fewer hours are left out of the capacities (default 4). */
  minOnlineHours: number;
}

/** One day as the files tell it. */
export interface CalibratedDay {
  date: string;
  kind: DayKind;
  storeSales?: number;
  csSales: number;
  buyers: number;
  /** 询单人数 of all agents plus the bot's. */
  inquiries: number;
  humanInquiries: number;
  /** Agents with any time online (or any buyer received). */
  agentsOnDuty: number;
}

/** Why a figure could not be worked out for a kind of day. */
export type MissingReason = 'noStore' | 'noSales' | 'noBuyers' | 'noInquiries' | 'noOrders' | 'noAgentDays' | 'noOnlineHours';

export interface Calibration {
  figures: Figure[];
  days: CalibratedDay[];
  /** Why a figure of a kind is missing, e.g. no online hours in the export. */
  missing: { key: FigureKey; kind: DayKind; reason: MissingReason }[];
  /** Agent-days left out of the capacities: too few hours online, or none recorded. */
  excludedAgentDays: { shortOnline: number; noOnline: number };
}

/**
 * The p-th percentile by linear interpolation between order statistics (numpy's default).
 *
 * @param p 0–100
 * @example percentile([1, 2, 3, 4, 5], 80) // 4.2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  const lo = sorted[low] ?? Number.NaN;
  const hi = sorted[high] ?? Number.NaN;
  return lo + (hi - lo) * (rank - low);
}

/**
 * Smallest, median and largest of some values.
 *
 * @example spreadOf([3, 1, 2]) // { min: 1, median: 2, max: 3 }
 */
export function spreadOf(values: readonly number[]): Spread {
  return { min: Math.min(...values), median: percentile(values, 50), max: Math.max(...values) };
}

/**
 * A day's kind: a campaign day, the eve (the day before the first campaign day) or ordinary.
 *
 * @example dayKind('2025-11-10', { from: '2025-11-11', to: '2025-11-11' }) // 'eve'
 */
export function dayKind(date: string, campaign?: { from: string; to: string }): DayKind {
  if (!campaign) return 'ordinary';
  if (date >= campaign.from && date <= campaign.to) return 'campaign';
  return date === previousDate(campaign.from) ? 'eve' : 'ordinary';
}

/** @example previousDate('2025-03-01') // '2025-02-28' */
export function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Σ of one field. */
function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((acc, item) => acc + pick(item), 0);
}

/** Whether an agent worked that day: time online, or (without online hours) anyone received. */
function onDuty(a: AgentDay): boolean {
  return a.onlineHours !== undefined ? a.onlineHours > 0 || a.received > 0 : a.received > 0 || a.inquiries > 0;
}

/**
 * Each day's totals from its agent-days and its store row.
 *
 * @throws CsPlanError when a day's store sales are 0 while its agents sold something
 */
function calibratedDays(agentDays: readonly AgentDay[], storeByDate: ReadonlyMap<string, StoreDay>, campaign: CalibrateOptions['campaign']): CalibratedDay[] {
  const agentsByDate = new Map<string, AgentDay[]>();
  for (const a of agentDays) {
    const list = agentsByDate.get(a.date) ?? [];
    list.push(a);
    agentsByDate.set(a.date, list);
  }
  return [...agentsByDate.keys()].sort().map((date) => {
    const agents = agentsByDate.get(date) ?? [];
    const store = storeByDate.get(date);
    const csSales = sum(agents, (a) => a.sales);
    if (store && store.sales === 0 && csSales > 0) {
      throw new CsPlanError('calibrate.zeroStoreSales', { date, csSales: Math.round(csSales) }, { location: { ...store.at, column: 'sales', value: '0' } });
    }
    const humanInquiries = sum(agents, (a) => a.inquiries);
    return {
      date, kind: dayKind(date, campaign),
      ...(store ? { storeSales: store.sales } : {}),
      csSales, buyers: sum(agents, (a) => a.buyers),
      humanInquiries, inquiries: humanInquiries + (store?.botInquiries ?? 0),
      agentsOnDuty: agents.filter(onDuty).length,
    };
  });
}

/** Where the figures of one kind of day go: the figures found, and what could not be worked out. */
interface FigureSink {
  figures: Figure[];
  missing: Calibration['missing'];
}

/**
 * The ratios of one kind of day (CS share, AOV, conversion, and with the store's columns the bot
 * rate, store AOV and after-sales rate): each a ratio of sums over the days where the denominator
 * is positive (so the summed denominator is too), with the daily ratios' spread.
 */
function ratioFigures(out: FigureSink, kind: DayKind, ofKind: readonly CalibratedDay[], agentDays: readonly AgentDay[], storeDays: readonly StoreDay[], storeByDate: ReadonlyMap<string, StoreDay>): void {
  const agentsOn = (dateSet: ReadonlySet<string>) => new Set(agentDays.filter((a) => dateSet.has(a.date) && onDuty(a)).map((a) => a.agent)).size;
  const ratio = <T extends { date: string }>(key: FigureKey, eligible: readonly T[], top: (d: T) => number, bottom: (d: T) => number, reason: MissingReason) => {
    const used = eligible.filter((d) => bottom(d) > 0);
    if (used.length === 0) {
      out.missing.push({ key, kind, reason });
      return;
    }
    out.figures.push({
      key, kind, value: sum(used, top) / sum(used, bottom), spread: spreadOf(used.map((d) => top(d) / bottom(d))),
      days: used.length, agents: agentsOn(new Set(used.map((d) => d.date))), samples: used.length,
    });
  };
  const withStore = ofKind.flatMap((d) => (d.storeSales === undefined ? [] : [{ ...d, storeSales: d.storeSales }]));
  ratio('csShare', withStore, (d) => d.csSales, (d) => d.storeSales, withStore.length === 0 ? 'noStore' : 'noSales');
  ratio('aov', ofKind, (d) => d.csSales, (d) => d.buyers, 'noBuyers');
  ratio('conversion', ofKind, (d) => d.buyers, (d) => d.inquiries, 'noInquiries');
  if (storeDays.some((s) => s.botInquiries !== undefined)) ratio('botRate', ofKind, (d) => d.inquiries - d.humanInquiries, (d) => d.inquiries, 'noInquiries');
  if (!storeDays.some((s) => s.orders !== undefined)) return;
  // Days without orders have a denominator of 0, so the ratios leave them out.
  const stored = ofKind.flatMap((d) => storeByDate.get(d.date) ?? []);
  ratio('storeAov', stored, (s) => s.sales, (s) => s.orders ?? 0, 'noOrders');
  if (storeDays.some((s) => s.afterSales !== undefined)) {
    const withAfterSales = stored.flatMap((s) => (s.afterSales === undefined ? [] : [{ ...s, afterSales: s.afterSales }]));
    ratio('afterSalesRate', withAfterSales, (s) => s.afterSales, (s) => s.orders ?? 0, 'noOrders');
  }
}

/**
 * The capacities of one kind of day: the percentile of 接待人数 per agent-day (and per hour
 * online), over agent-days at work long enough to say what one agent can take in a day; the
 * agent-days left out are counted in `excluded`.
 */
function capacityFigures(out: FigureSink, kind: DayKind, kindAgents: readonly AgentDay[], options: CalibrateOptions, excluded: Calibration['excludedAgentDays']): void {
  const counted = kindAgents.filter((a) => {
    if (a.received <= 0) return false;
    if (a.onlineHours === undefined) return true;
    if (a.onlineHours <= 0) {
      excluded.noOnline += 1;
      return false;
    }
    if (a.onlineHours < options.minOnlineHours) {
      excluded.shortOnline += 1;
      return false;
    }
    return true;
  });
  const capacityFigure = (key: FigureKey, samples: readonly AgentDay[], value: (a: AgentDay) => number, reason: MissingReason) => {
    if (samples.length === 0) {
      out.missing.push({ key, kind, reason });
      return;
    }
    const values = samples.map(value);
    out.figures.push({
      key, kind, value: percentile(values, options.percentile), spread: spreadOf(values),
      days: new Set(samples.map((a) => a.date)).size, agents: new Set(samples.map((a) => a.agent)).size, samples: samples.length,
    });
  };
  capacityFigure('capacity', counted, (a) => a.received, 'noAgentDays');
  const timed = counted.filter((a) => a.onlineHours !== undefined);
  // The reason is read only when no agent-day has online hours.
  capacityFigure('hourlyCapacity', timed, (a) => a.received / (a.onlineHours ?? 1), counted.length > 0 ? 'noOnlineHours' : 'noAgentDays');
}

/**
 * Works out the formula's ratios from agent-days and store days.
 *
 * @throws CsPlanError when a day's store sales are 0 while its agents sold something (the ratio
 *   would be infinite: a wrong or missing row), or when a campaign day is in neither file
 */
export function calibrate(agentDays: readonly AgentDay[], storeDays: readonly StoreDay[], options: CalibrateOptions): Calibration {
  const storeByDate = new Map(storeDays.map((s) => [s.date, s]));
  const days = calibratedDays(agentDays, storeByDate, options.campaign);
  const out: FigureSink = { figures: [], missing: [] };
  const excluded = { shortOnline: 0, noOnline: 0 };
  for (const kind of DAY_KINDS) {
    const ofKind = days.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    const kindDates = new Set(ofKind.map((d) => d.date));
    ratioFigures(out, kind, ofKind, agentDays, storeDays, storeByDate);
    capacityFigures(out, kind, agentDays.filter((a) => kindDates.has(a.date)), options, excluded);
  }
  return { figures: out.figures, days, missing: out.missing, excludedAgentDays: excluded };
}

/** The figure of a key for a kind, falling back to ordinary days when the kind lacks it. */
export function figureFor(calibration: Calibration, key: FigureKey, kind: DayKind): Figure | undefined {
  return calibration.figures.find((f) => f.key === key && f.kind === kind) ?? calibration.figures.find((f) => f.key === key && f.kind === 'ordinary');
}

/** A day's busiest clock hour and its share of the day's inquiries (from an hourly history). */
export interface PeakHour {
  /** 0–23. */
  hour: number;
  share: number;
}

/**
 * The busiest clock hour of each day from quarter-hour volumes (96 cells a day, as
 * `dayShapes` gives them); days without any inquiries are left out.
 *
 * @example peakHours(new Map([['2025-11-11', cells]])).get('2025-11-11') // { hour: 0, share: 0.12 }
 */
export function peakHours(shapes: ReadonlyMap<string, readonly number[]>): Map<string, PeakHour> {
  const peaks = new Map<string, PeakHour>();
  for (const [date, cells] of shapes) {
    const total = cells.reduce((a, b) => a + b, 0);
    if (!(total > 0)) continue;
    let best = { hour: 0, volume: -1 };
    for (let hour = 0; hour < 24; hour++) {
      const volume = cells.slice(hour * 4, hour * 4 + 4).reduce((a, b) => a + b, 0);
      if (volume > best.volume) best = { hour, volume };
    }
    peaks.set(date, { hour: best.hour, share: best.volume / total });
  }
  return peaks;
}

/** One day of the backtest: what the formula with the calibrated ratios says against what happened. */
export interface BacktestDay {
  date: string;
  kind: DayKind;
  storeSales: number;
  predictedInquiries: number;
  actualInquiries: number;
  /** (predicted − actual) ÷ actual; 0 when both are 0. */
  inquiryError: number;
  /** Agents the formula gives. */
  predictedAgents: number;
  /** Agents the actual inquiries needed at the same capacity. */
  neededAgents: number;
  /** Agents who were online that day. */
  onDutyAgents: number;
  /** predicted − needed: negative is short, positive over. */
  shortOver: number;
  /**
   * With an hourly history: the day's busiest hour, and the agents it needs at the kind's hourly
   * capacity — planned (predicted inquiries spread by that day's shape, as the roster spreads
   * them) against needed (the inquiries that came).
   */
  peak?: { hour: number; share: number; predictedAgents: number; neededAgents: number };
}

/**
 * Runs the formula on last year's store sales with the calibrated ratios of each day's kind and
 * compares with what the files say happened. Days without store sales are skipped.
 *
 * @example backtest(calibrate(agentDays, storeDays, options))[0].inquiryError // 0 on data without noise
 */
export function backtest(calibration: Calibration, peaks?: ReadonlyMap<string, PeakHour>): BacktestDay[] {
  const result: BacktestDay[] = [];
  for (const day of calibration.days) {
    if (day.storeSales === undefined) continue;
    const pick = (key: FigureKey) => figureFor(calibration, key, day.kind)?.value;
    const csShare = pick('csShare');
    const aov = pick('aov');
    const conversion = pick('conversion');
    const capacity = pick('capacity');
    if (csShare === undefined || aov === undefined || conversion === undefined || capacity === undefined) continue;
    const botRate = pick('botRate') ?? 0;
    const predicted = estimateDay({ date: day.date, sales: day.storeSales, csShare: Math.min(csShare, 1), aov, conversion: Math.min(conversion, 1), capacity, botRate: Math.min(botRate, 0.999999) });
    const needed = ceilTolerant(day.humanInquiries / capacity);
    const peak = peaks?.get(day.date);
    const hourly = pick('hourlyCapacity');
    result.push({
      ...(peak && hourly ? {
        peak: {
          ...peak,
          predictedAgents: ceilTolerant((predicted.humanInquiries * peak.share) / hourly),
          neededAgents: ceilTolerant((day.humanInquiries * peak.share) / hourly),
        },
      } : {}),
      date: day.date, kind: day.kind, storeSales: day.storeSales,
      predictedInquiries: predicted.inquiries, actualInquiries: day.inquiries,
      inquiryError: day.inquiries > 0 ? (predicted.inquiries - day.inquiries) / day.inquiries : 0,
      predictedAgents: predicted.agents, neededAgents: needed, onDutyAgents: day.agentsOnDuty,
      shortOver: predicted.agents - needed,
    });
  }
  return result;
}
