/**
 * `cs-plan erlang`: the queueing calculator. Sizes an interval (agents on seat and to
 * schedule) for a service-level target, or measures what a given number of agents achieves;
 * lists in any numeric flag give one row per combination.
 */
import { DESCRIPTIONS } from './catalog.js';
import { addHelpNotes } from '../cli/help-notes.js';
import { Command } from 'commander';
import { CsPlanError, throwAll } from '../errors.js';
import { evaluateAgents, sizeInterval, type SizingInput, type SizingResult } from '../core/queueing/sizing.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { parseAmount, parseInteger, parseMinutes } from '../io/values.js';
import { addCommonOptions, runContext } from '../cli/options.js';
import { addQueueOptions, parseListOption, readQueueLists } from '../cli/queue-options.js';
import { emit, formatNumber, formatPercent, renderTable } from '../cli/render.js';

/** Column order of `erlang --format csv`: a contract for scripts. */
export const ERLANG_CSV_COLUMNS = [
  'volume', 'interval', 'aht', 'concurrency', 'shrinkage', 'max_occupancy', 'target_share', 'target_seconds',
  'agents_on_seat', 'agents_scheduled', 'service_level', 'occupancy', 'wait_probability', 'asa_seconds',
] as const;
export const ERLANG_PATIENCE_COLUMNS = ['patience_seconds', 'abandon_rate'] as const;
export const ERLANG_MAX_ABANDON_COLUMNS = ['max_abandon'] as const;

interface ErlangRow {
  input: SizingInput;
  result: SizingResult;
}

/** Every combination of the listed values, first flag varying slowest. */
function combinations(lists: Record<string, readonly unknown[]>): Record<string, unknown>[] {
  return Object.entries(lists).reduce<Record<string, unknown>[]>(
    (rows, [key, values]) => rows.flatMap((row) => values.map((value) => ({ ...row, [key]: value }))),
    [{}],
  );
}

function record(row: ErlangRow, withPatience: boolean, withCap: boolean) {
  const { input, result } = row;
  const r = (value: number, digits = 6) => (Number.isFinite(value) ? roundTo(value, digits) : null);
  return {
    volume: input.volume,
    interval: input.intervalMinutes,
    aht: input.ahtMinutes,
    concurrency: input.concurrency,
    shrinkage: input.shrinkage,
    max_occupancy: input.maxOccupancy,
    target_share: input.targetShare,
    target_seconds: input.targetSeconds,
    agents_on_seat: result.onSeat,
    agents_scheduled: result.scheduled,
    service_level: r(result.serviceLevel),
    occupancy: r(result.occupancy),
    wait_probability: r(result.waitProbability),
    asa_seconds: r(result.asaSeconds, 3),
    ...(withPatience ? { patience_seconds: input.patienceSeconds ?? null, abandon_rate: r(result.abandonRate) } : {}),
    ...(withCap ? { max_abandon: input.maxAbandon ?? null } : {}),
  };
}

/** Which columns stay when the terminal is narrow: the answer (agents, service) first, the inputs typed last. */
const ERLANG_PRIORITY: Record<string, number> = {
  volume: Infinity, agents_scheduled: Infinity, service_level: 95, asa_seconds: 90, abandon_rate: 88, agents_on_seat: 85, target: 80,
  occupancy: 60, wait_probability: 50, patience: 40, aht: 30, interval: 20, concurrency: 10,
};

async function erlangTable(rows: ErlangRow[], withPatience: boolean, lang: Lang, wide = false): Promise<string> {
  const head = [...(['volume', 'interval', 'aht', 'concurrency', 'target'] as const), ...(withPatience ? (['patience'] as const) : []),
    ...(['agents_on_seat', 'agents_scheduled', 'service_level', 'occupancy', 'wait_probability', 'asa_seconds'] as const), ...(withPatience ? (['abandon_rate'] as const) : [])];
  const body = rows.map(({ input, result }) => [
    formatNumber(input.volume, 2), `${formatNumber(input.intervalMinutes, 2)}`, `${formatNumber(input.ahtMinutes, 2)}`,
    formatNumber(input.concurrency, 2), `${formatPercent(input.targetShare)}/${formatNumber(input.targetSeconds, 1)}s`,
    ...(withPatience ? [`${formatNumber(input.patienceSeconds ?? 0, 1)}s`] : []),
    String(result.onSeat), String(result.scheduled), formatPercent(result.serviceLevel), formatPercent(result.occupancy),
    formatPercent(result.waitProbability), Number.isFinite(result.asaSeconds) ? `${formatNumber(result.asaSeconds, 1)}s` : '∞',
    ...(withPatience ? [formatPercent(result.abandonRate)] : []),
  ]);
  return renderTable(head.map((h) => t(lang, `erlang.${h}`)), body, { align: head.map(() => 'right'), priority: head.map((h) => ERLANG_PRIORITY[h] ?? 0), lang, wide });
}

/** The notes `--help` prints after the options, in English and Chinese. */
const NOTES = {
  en: () => `
Sizing: the fewest agents on seat with service level ≥ target and occupancy ≤ --max-occupancy,
then agents to schedule = ceil(on seat ÷ (1 − shrinkage)). Chat: handle time is divided by the
concurrency factor (1→1, 2→1.7, 3→2.5, 4→2.9, 5→3.5, +0.6 per chat beyond).
In grids, commas separate values: write 1000, not 1,000.

CSV columns: ${ERLANG_CSV_COLUMNS.join(',')}
  (+ ${ERLANG_PATIENCE_COLUMNS.join(',')} with --patience, + ${ERLANG_MAX_ABANDON_COLUMNS.join(',')} with --max-abandon)
Erlang A's service level is the share whose wait for an agent (had they stayed) is within the
target; buyers who give up are reported in abandon_rate — cap it with --max-abandon.

Examples:
  $ cs-plan erlang --volume 100 --interval 30 --aht 3 --target 80/20 --max-occupancy 85% --shrinkage 30%
  $ cs-plan erlang --volume 800,1000,1200 --aht 4 --concurrency 3 --target 80/30 --patience 90 --max-abandon 5% --format csv
  $ cs-plan erlang --volume 1000 --aht 4 --target 80/45 --agents 40,50,60`,
  zh: () => `
计算方法:在服务水平 ≥ 目标且占用率 ≤ --max-occupancy 的前提下求最少在线客服,再得到
需排班人数 = ceil(在线人数 ÷ (1 − 缺勤率))。在线聊天:处理时长除以并发系数
(1→1、2→1.7、3→2.5、4→2.9、5→3.5,之后每多一个会话 +0.6)。
假设分析表中用逗号分隔多个值:写 1000,不要写 1,000。

CSV 列:${ERLANG_CSV_COLUMNS.join(',')}
  (加 --patience 时另有 ${ERLANG_PATIENCE_COLUMNS.join(',')},加 --max-abandon 时另有 ${ERLANG_MAX_ABANDON_COLUMNS.join(',')})
Erlang A 的服务水平是"如果一直等待,会在目标时间内等到客服"的占比;放弃的买家在 abandon_rate
中报告,可用 --max-abandon 设上限。

示例:
  $ cs-plan erlang --volume 100 --interval 30 --aht 3 --target 80/20 --max-occupancy 85% --shrinkage 30%
  $ cs-plan erlang --volume 800,1000,1200 --aht 4 --concurrency 3 --target 80/30 --patience 90 --max-abandon 5% --format csv
  $ cs-plan erlang --volume 1000 --aht 4 --target 80/45 --agents 40,50,60`,
};

/** Builds the `erlang` command. */
export function erlangCommand(): Command {
  const command = new Command('erlang')
    .description(DESCRIPTIONS.erlang)
    .option('--volume <contacts>', 'contacts arriving in the interval; several values separated by commas make a what-if grid')
    .option('--interval <minutes>', 'interval length in minutes', '60')
    .option('--agents <n>', 'measure what N agents on seat achieve instead of sizing; commas for a grid');
  addQueueOptions(command, { grid: true });
  addCommonOptions(command);
  addHelpNotes(command, NOTES);
  command.action(async (_options, cmd: Command) => {
    const ctx = runContext(cmd);
    if (cmd.getOptionValue('volume') === undefined) {
      const missing = ['--volume', ...['aht', 'target'].filter((k) => cmd.getOptionValue(k) === undefined).map((k) => `--${k}`)];
      throw new CsPlanError('options.missing', { flags: missing.join(', ') });
    }
    const queue = readQueueLists(cmd, true);
    if (queue.maxAbandon[0] !== undefined && queue.patienceSeconds[0] === undefined) {
      throw new CsPlanError('options.conflict', { a: '--max-abandon', b: 'Erlang C', why: { key: 'why.noPatience' } });
    }
    const errors: CsPlanError[] = [];
    const volume = parseListOption(cmd, 'volume', parseAmount, errors, true);
    const interval = parseListOption(cmd, 'interval', parseMinutes, errors, true);
    const agents = parseListOption(cmd, 'agents', (s) => parseInteger(s, 0, 10_000_000), errors, true);
    throwAll(errors);
    const grid = combinations({
      volume, interval, aht: queue.ahtMinutes, target: queue.target, concurrency: queue.concurrency,
      factor: queue.concurrencyFactor, shrinkage: queue.shrinkage, maxOccupancy: queue.maxOccupancy,
      patience: queue.patienceSeconds, maxAbandon: queue.maxAbandon,
      agents: agents.length > 0 ? agents : [undefined],
    });
    const rows: ErlangRow[] = grid.map((combo) => {
      const target = combo.target as { share: number; seconds: number };
      const input: SizingInput = {
        volume: combo.volume as number, intervalMinutes: combo.interval as number, ahtMinutes: combo.aht as number,
        targetShare: target.share, targetSeconds: target.seconds, maxOccupancy: combo.maxOccupancy as number,
        shrinkage: combo.shrinkage as number, concurrency: combo.concurrency as number,
        ...(combo.factor !== undefined ? { concurrencyFactor: combo.factor as number } : {}),
        ...(combo.patience !== undefined ? { patienceSeconds: combo.patience as number } : {}),
        ...(combo.maxAbandon !== undefined ? { maxAbandon: combo.maxAbandon as number } : {}),
      };
      const result = combo.agents === undefined ? sizeInterval(input) : evaluateAgents(input, combo.agents as number);
      return { input, result };
    });
    const withPatience = queue.patienceSeconds.some((p) => p !== undefined);
    const withCap = queue.maxAbandon.some((p) => p !== undefined);
    const columns = [...ERLANG_CSV_COLUMNS, ...(withPatience ? ERLANG_PATIENCE_COLUMNS : []), ...(withCap ? ERLANG_MAX_ABANDON_COLUMNS : [])];
    await emit(cmd, ctx, {
      table: () => erlangTable(rows, withPatience, ctx.lang, cmd.opts<{ wide?: boolean }>().wide === true),
      csv: () => toCsv(columns, rows.map((row) => record(row, withPatience, withCap))),
      json: () => ({ model: withPatience ? 'erlang-a' : 'erlang-c', rows: rows.map((row) => record(row, withPatience, withCap)) }),
    }, [ctx.configFile]);
  });
  return command;
}
