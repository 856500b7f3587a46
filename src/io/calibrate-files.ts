/**
 * Readers for `calibrate`'s inputs: per-agent daily performance (赤兔 / 千牛 客服绩效) and the
 * store's daily sales (生意参谋). Columns by their Chinese export names or English snake_case;
 * extra columns ignored; every bad cell reported with file, line and column.
 */
import { CsPlanError, throwAll } from '../errors.js';
import type { AgentDay, StoreDay } from '../core/staffing/calibrate.js';
import { readCsvTable, type ColumnSpec, type ReadOptions } from './csv-read.js';
import { RowReader, expectDate } from './roster-files.js';
import { isNoData, parseAmount, parseOnlineHours } from './values.js';

export const AGENT_DAY_COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', aliases: ['日期', 'day'], required: true },
  {
    name: 'agent',
    aliases: ['客服(旺旺)', '客服（旺旺）', '客服旺旺', '旺旺', '客服', '客服昵称', '子账号', '客服名称', 'name'],
    required: true,
  },
  { name: 'received', aliases: ['接待人数', 'receptions'], required: true },
  { name: 'inquiries', aliases: ['询单人数', 'inquiring_buyers'], required: true },
  {
    name: 'buyers',
    aliases: [
      '询单→最终付款人数',
      '询单->最终付款人数',
      '询单-最终付款人数',
      '询单最终付款人数',
      '最终付款人数',
      '客服销售人数',
      'cs_buyers',
    ],
    required: true,
  },
  {
    name: 'sales',
    aliases: [
      '询单→最终付款金额',
      '询单->最终付款金额',
      '询单-最终付款金额',
      '询单最终付款金额',
      '最终付款金额',
      '客服销售额',
      'cs_sales',
    ],
    required: true,
  },
  { name: 'online_hours', aliases: ['在线时长', '在线时间', 'online'] },
  { name: 'consults', aliases: ['咨询人数'] },
  { name: 'response_seconds', aliases: ['平均响应时间(秒)', '平均响应时间（秒）', '平均响应时间', '平均响应(秒)'] },
];

export const STORE_DAY_COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', aliases: ['日期', '统计日期', 'day'], required: true },
  { name: 'sales', aliases: ['销售额', '支付金额', '店铺销售额', 'store_sales'], required: true },
  { name: 'orders', aliases: ['支付买家数', '支付订单数', '订单数', '支付子订单数'] },
  {
    name: 'after_sales',
    aliases: ['售后咨询人数', '售后接待人数', '退款/售后', '退款售后', '售后人数', '退款笔数', 'after_sales_contacts'],
  },
  {
    name: 'bot_inquiries',
    aliases: ['机器人接待人数', '机器人独立接待人数', '店小蜜接待人数', '店小蜜独立接待人数', 'bot'],
  },
];

/** A count cell: a whole number of buyers; `-` (no data in the export) is 0. */
function count(text: string): number {
  if (isNoData(text)) return 0;
  const value = parseAmount(text);
  if (!Number.isInteger(value)) throw new CsPlanError('value.notInteger');
  return value;
}

/** An amount cell; `-` is 0. */
function amount(text: string): number {
  return isNoData(text) ? 0 : parseAmount(text);
}

/** One row of a daily export: its key (a repeat is an error), its record, and a problem with its cells found after reading them. */
interface DayRow<T> {
  key: string;
  record: T;
  repeated: (first: number) => [string, CsPlanError];
  problem?: [string, CsPlanError];
}

/**
 * Reads a daily export row by row: `each` reads one row's cells (with the row's date, read first)
 * and returns its record, or undefined to skip it; a key seen before is reported by `repeated`
 * with the line it was first on, then a row's `problem`. Every bad cell of the file is reported together.
 */
async function readDays<T>(
  file: string,
  columns: readonly ColumnSpec[],
  options: ReadOptions,
  each: (read: RowReader, date: string | undefined, at: { file: string; line: number }) => DayRow<T> | undefined,
): Promise<T[]> {
  const table = await readCsvTable(file, columns, options);
  const errors: CsPlanError[] = [];
  const result: T[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const read = new RowReader(table.file, row, errors);
    const found = each(read, read.parse('date', expectDate(options.dateOrder)), { file: table.file, line: row.line });
    if (!found) continue;
    const first = seen.get(found.key);
    if (first !== undefined) {
      read.fail(...found.repeated(first));
      continue;
    }
    seen.set(found.key, row.line);
    if (found.problem) read.fail(...found.problem);
    else result.push(found.record);
  }
  throwAll(errors);
  return result;
}

/**
 * Reads the per-agent daily export.
 *
 * @throws CsPlanError listing every bad cell, a repeated agent-day (with the line it was first
 *   on), buyers above inquiries, or a file without rows
 */
export async function readAgentDays(file: string, options: ReadOptions = {}): Promise<AgentDay[]> {
  return readDays<AgentDay>(file, AGENT_DAY_COLUMNS, options, (read, date, at) => {
    const agent = read.parse('agent', (s) => s);
    const received = read.parse('received', count);
    const inquiries = read.parse('inquiries', count);
    const buyers = read.parse('buyers', count);
    const sales = read.parse('sales', amount);
    const online = read.parse('online_hours', (s) => (isNoData(s) ? 0 : parseOnlineHours(s)), false);
    if (
      date === undefined ||
      agent === undefined ||
      received === undefined ||
      inquiries === undefined ||
      buyers === undefined ||
      sales === undefined
    )
      return undefined;
    const problem: [string, CsPlanError] | undefined =
      buyers > inquiries
        ? ['buyers', new CsPlanError('calibrate.buyersAboveInquiries', { buyers, inquiries })]
        : online !== undefined && online > 24
          ? ['online_hours', new CsPlanError('calibrate.onlineOverDay')]
          : undefined;
    return {
      ...(problem ? { problem } : {}),
      key: `${date}\u0000${agent}`,
      record: {
        date,
        agent,
        received,
        inquiries,
        buyers,
        sales,
        ...(online !== undefined ? { onlineHours: online } : {}),
        at,
      },
      repeated: (other) => ['agent', new CsPlanError('calibrate.duplicateAgentDay', { agent, date, other })],
    };
  });
}

/**
 * Reads the store's daily export.
 *
 * @throws CsPlanError listing every bad cell or a repeated date
 */
export async function readStoreDays(file: string, options: ReadOptions = {}): Promise<StoreDay[]> {
  return readDays<StoreDay>(file, STORE_DAY_COLUMNS, options, (read, date, at) => {
    const sales = read.parse('sales', amount);
    const orders = read.parse('orders', count, false);
    const afterSales = read.parse('after_sales', count, false);
    const bot = read.parse('bot_inquiries', count, false);
    if (date === undefined || sales === undefined) return undefined;
    return {
      key: date,
      record: {
        date,
        sales,
        ...(orders !== undefined ? { orders } : {}),
        ...(afterSales !== undefined ? { afterSales } : {}),
        ...(bot !== undefined ? { botInquiries: bot } : {}),
        at,
      },
      repeated: (other) => ['date', new CsPlanError('calibrate.duplicateStoreDay', { date, other })],
    };
  });
}
