/**
 * What `cs-plan replan` prints and writes: the change list first, then unmet demand before and
 * after, the re-forecast, the proof; the whole new roster in roster's own columns; the
 * changes file; the grid and the HTML report of old vs new.
 */
import type { PlacedShift, ReplanResult, ShiftChange } from '../core/rostering/replan.js';
import type { Reforecast } from '../core/demand/reforecast.js';
import type { ShiftPattern } from '../core/scheduling/candidates.js';
import { patternOf } from '../core/rostering/check.js';
import { buildGrid, type RosterGrid } from '../core/rostering/grid.js';
import { formatDate, formatDateTime } from '../core/time/clock.js';
import { roundTo } from '../core/numeric.js';
import { t, type Lang } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { formatNumber } from './render.js';
import { proofWords, SHIFT_COLUMNS } from './roster-output.js';
import { proofOf } from '../core/rostering/proof.js';
import { displayWidth, wrapToWidth } from '../io/values.js';

/** Column order of the changes file: a contract for scripts. */
export const CHANGE_COLUMNS = [
  'agent',
  'change',
  'old_start',
  'old_end',
  'new_start',
  'new_end',
  'hours_before',
  'hours_after',
] as const;

/** What replan knows beside the result, for the summary. */
export interface ReplanContext {
  rosterFile: string;
  now: number;
  slotMinutes: number;
  /** Shifts and people of the published roster. */
  rows: number;
  people: number;
  onCall: number;
  reforecast?: Reforecast & { windowStart: number };
  patterns?: readonly ShiftPattern[];
  /** Role written in the shifts file per person (staff file), when not `both`. */
  roles: Map<string, string>;
  /** Rules the published roster broke already before `now` (they stand as worked). */
  brokenBefore: number;
}

const hoursOf = (span?: { start: number; end: number }) => (span ? roundTo((span.end - span.start) / 60, 2) : null);

/** One record per change, in CHANGE_COLUMNS. */
export function changeRecords(changes: readonly ShiftChange[]) {
  return changes.map((c) => ({
    agent: c.person,
    change: c.change,
    old_start: c.old ? formatDateTime(c.old.start) : '',
    old_end: c.old ? formatDateTime(c.old.end) : '',
    new_start: c.new ? formatDateTime(c.new.start) : '',
    new_end: c.new ? formatDateTime(c.new.end) : '',
    hours_before: hoursOf(c.old) ?? '',
    hours_after: hoursOf(c.new) ?? '',
  }));
}

export const changesCsv = (changes: readonly ShiftChange[]) => toCsv(CHANGE_COLUMNS, changeRecords(changes));

/** The new roster in roster's shift columns (agent,date,start,end,hours,role,break_start,break_end,pattern). */
export function placedRecords(shifts: readonly PlacedShift[], ctx: Pick<ReplanContext, 'patterns' | 'roles'>) {
  return shifts.map((s) => ({
    agent: s.person,
    date: formatDate(s.start),
    start: formatDateTime(s.start),
    end: formatDateTime(s.end),
    hours: roundTo((s.end - s.start) / 60, 2),
    role: s.afterSalesOnly ? 'after' : (ctx.roles.get(s.person) ?? 'both'),
    break_start: s.mealBreak ? formatDateTime(s.mealBreak.start) : '',
    break_end: s.mealBreak ? formatDateTime(s.mealBreak.end) : '',
    pattern: (ctx.patterns ? patternOf(s, ctx.patterns) : undefined) ?? '',
  }));
}

export const placedCsv = (shifts: readonly PlacedShift[], ctx: Pick<ReplanContext, 'patterns' | 'roles'>) =>
  toCsv(SHIFT_COLUMNS, placedRecords(shifts, ctx));

/** The new roster as the 排班表 grid over its dates. */
export function placedGrid(shifts: readonly PlacedShift[], patterns?: readonly ShiftPattern[]): RosterGrid {
  const start = Math.floor(shifts.reduce((min, s) => Math.min(min, s.start), Infinity) / 1440) * 1440;
  const lastStart = shifts.reduce((max, s) => Math.max(max, s.start), -Infinity);
  const people = [...new Set(shifts.map((s) => s.person))];
  return buildGrid(
    shifts.map((s) => {
      const pattern = patterns ? patternOf(s, patterns) : undefined;
      return {
        person: s.person,
        start: s.start,
        end: s.end,
        ...(pattern ? { pattern } : {}),
        ...(s.mealBreak ? { mealBreak: s.mealBreak } : {}),
      };
    }),
    people,
    Number.isFinite(start) ? { start, end: lastStart + 1 } : { start: 0, end: 1440 },
    (patterns ?? []).map((p) => p.name),
  );
}

/** A time near `now` in few characters: 04:00 on the same day, 11-12 09:00 on another. */
function when(minute: number, now: number): string {
  const text = formatDateTime(minute);
  return formatDate(minute) === formatDate(now) ? text.slice(11) : text.slice(5);
}

/** One change in words: "小李 stays until 04:00 (+2 h, duty 11 h)", "A017 called in 03:00–11:00 (8 h)". */
export function describeChange(c: ShiftChange, now: number, lang: Lang): string {
  // The end's date only when it differs from the start's: 11-12 08:00–16:00.
  const span = (s: { start: number; end: number }) =>
    `${when(s.start, now)}–${formatDate(s.end) === formatDate(s.start) ? formatDateTime(s.end).slice(11) : when(s.end, now)}`;
  const hours = (minutes: number) => formatNumber(minutes / 60, 2);
  const running = c.old && c.new && c.old.start < now && c.old.start === c.new.start;
  if (running && c.old && c.new) {
    const delta = c.new.end - c.old.end;
    return t(lang, delta > 0 ? 'replan.change.stays' : 'replan.change.endsEarly', {
      agent: c.person,
      end: when(c.new.end, now),
      delta: `${delta > 0 ? '+' : '−'}${hours(Math.abs(delta))}`,
      duty: hours(c.new.end - c.new.start),
    });
  }
  if (c.change === 'cancel' && c.old) return t(lang, 'replan.change.cancel', { agent: c.person, old: span(c.old) });
  if ((c.change === 'add' || c.change === 'call_in') && c.new) {
    return t(lang, `replan.change.${c.change}`, {
      agent: c.person,
      new: span(c.new),
      hours: hours(c.new.end - c.new.start),
    });
  }
  return t(lang, `replan.change.${c.change}`, {
    agent: c.person,
    old: c.old ? span(c.old) : '',
    new: c.new ? span(c.new) : '',
  });
}

/** What the solver proved, objective by objective, in words: unmet demand and agent-hours from now on in agent-hours, changes counted. */
export function replanProof(result: ReplanResult, slotMinutes: number, lang: Lang): string {
  const proofs = proofOf({
    solve: result.solve,
    demand: { slotMinutes },
    summary: { agentHours: result.hoursAfter, shortAgentSlots: result.unmetAfter, peopleRostered: 0 },
  });
  // Unmet demand reads in agent-hours here, like the summary line above it.
  const hours = (slots: number) => (slots * slotMinutes) / 60;
  return proofWords(
    proofs.map((p) =>
      p.objective === 'unmet_demand'
        ? { ...p, value: hours(p.value), ...(p.bound !== undefined ? { bound: hours(p.bound) } : {}) }
        : p,
    ),
    lang,
    { unmet_demand: 'replan.proof.unmet' },
  );
}

/** The summary as label/value pairs (terminal and report). */
export function replanRows(result: ReplanResult, ctx: ReplanContext, lang: Lang): [string, string][] {
  const slotHours = ctx.slotMinutes / 60;
  const at = formatDateTime(ctx.now);
  const rows: [string, string][] = [];
  const f = ctx.reforecast;
  if (f) {
    rows.push([
      t(lang, 'replan.row.actuals', {
        from: when(f.windowStart + f.fromSlot * ctx.slotMinutes, ctx.now),
        to: when(f.windowStart + f.toSlot * ctx.slotMinutes, ctx.now),
      }),
      t(lang, 'replan.actualsValue', {
        actual: formatNumber(f.actual, 0),
        planned: formatNumber(f.planned, 0),
        ratio: formatNumber(f.ratio, 2),
        raw: f.rawRatio === f.ratio ? '' : t(lang, 'replan.ratioBounded', { raw: formatNumber(f.rawRatio, 2) }),
      }),
    ]);
    rows.push([
      t(lang, 'replan.row.revised', { at: when(ctx.now, ctx.now) }),
      t(lang, 'replan.revisedValue', {
        revised: formatNumber(f.revisedAhead, 0),
        planned: formatNumber(f.plannedAhead, 0),
      }),
    ]);
  }
  rows.push([
    t(lang, 'replan.row.unmet', { at: when(ctx.now, ctx.now) }),
    t(lang, 'replan.unmetValue', {
      before: formatNumber(result.unmetBefore * slotHours, 2),
      after: formatNumber(result.unmetAfter * slotHours, 2),
    }),
  ]);
  rows.push([
    t(lang, 'replan.row.hours', { at: when(ctx.now, ctx.now) }),
    `${formatNumber(result.hoursBefore, 2)} → ${formatNumber(result.hoursAfter, 2)}`,
  ]);
  rows.push([t(lang, 'replan.row.people'), String(new Set(result.shifts.map((s) => s.person)).size)]);
  rows.push([t(lang, 'replan.row.longest'), `${formatNumber(longestDutyHours(result.shifts), 2)} h`]);
  rows.push([t(lang, 'roster.proof'), replanProof(result, ctx.slotMinutes, lang)]);
  rows.push([
    t(lang, 'roster.solver'),
    t(lang, 'replan.solverValue', { seconds: formatNumber(result.solve.seconds, 2), at }),
  ]);
  return rows;
}

/** The longest run of duty in a roster (touching shifts of one person join), hours. */
export function longestDutyHours(shifts: readonly PlacedShift[]): number {
  const byPerson = new Map<string, PlacedShift[]>();
  for (const s of shifts) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
  let longest = 0;
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.start - b.start);
    let from = list[0]?.start ?? 0;
    let to = from;
    for (const s of list) {
      if (s.start > to) from = s.start;
      to = Math.max(to, s.end);
      longest = Math.max(longest, to - from);
    }
  }
  return longest / 60;
}

/** The terminal summary: the change list first, then the figures, wrapped to `columns`. */
export function replanText(result: ReplanResult, ctx: ReplanContext, lang: Lang, columns = 80): string {
  const lines: string[] = wrapToWidth(
    t(lang, 'replan.title', {
      at: formatDateTime(ctx.now),
      file: ctx.rosterFile,
      rows: ctx.rows,
      people: ctx.people,
      onCall: ctx.onCall > 0 ? t(lang, 'replan.onCallCount', { count: ctx.onCall }) : '',
    }),
    columns,
  );
  if (result.changes.length === 0) lines.push(t(lang, 'replan.noChanges'));
  else {
    lines.push(t(lang, 'replan.changesHead', { count: result.changes.length }));
    for (const c of result.changes) {
      const [first = '', ...more] = wrapToWidth(describeChange(c, ctx.now, lang), columns - 4);
      lines.push(`  ${first}`, ...more.map((line) => `    ${line}`));
    }
  }
  lines.push('');
  const rows = replanRows(result, ctx, lang);
  const labelWidth = Math.min(36, Math.max(...rows.map(([label]) => displayWidth(label))));
  const valueWidth = Math.max(12, columns - labelWidth - 4);
  for (const [label, value] of rows) {
    const [first = '', ...more] = wrapToWidth(value, valueWidth);
    lines.push(`  ${label}${' '.repeat(Math.max(0, labelWidth - displayWidth(label)))}  ${first}`);
    for (const line of more) lines.push(`${' '.repeat(labelWidth + 4)}${line}`);
  }
  return lines.join('\n');
}

/** The JSON summary: the changes, unmet demand before and after, the re-forecast, the proof. */
export function replanJson(result: ReplanResult, ctx: ReplanContext, files: Record<string, string>, lang: Lang) {
  const slotHours = ctx.slotMinutes / 60;
  const f = ctx.reforecast;
  return {
    now: formatDateTime(ctx.now),
    roster: { file: ctx.rosterFile, shifts: ctx.rows, people: ctx.people },
    on_call: ctx.onCall,
    changes: changeRecords(result.changes).map((r, i) => ({
      ...r,
      message: describeChange(result.changes[i] as ShiftChange, ctx.now, lang),
    })),
    unmet_agent_hours_before: roundTo(result.unmetBefore * slotHours, 4),
    unmet_agent_hours_after: roundTo(result.unmetAfter * slotHours, 4),
    agent_hours_before: roundTo(result.hoursBefore, 4),
    agent_hours_after: roundTo(result.hoursAfter, 4),
    people: new Set(result.shifts.map((s) => s.person)).size,
    longest_duty_hours: roundTo(longestDutyHours(result.shifts), 4),
    reforecast: f
      ? {
          from: formatDateTime(f.windowStart + f.fromSlot * ctx.slotMinutes),
          to: formatDateTime(f.windowStart + f.toSlot * ctx.slotMinutes),
          planned: roundTo(f.planned, 4),
          actual: roundTo(f.actual, 4),
          ratio: roundTo(f.ratio, 6),
          raw_ratio: roundTo(f.rawRatio, 6),
          planned_ahead: roundTo(f.plannedAhead, 4),
          revised_ahead: roundTo(f.revisedAhead, 4),
        }
      : null,
    broken_before_now: ctx.brokenBefore,
    solver: {
      status: result.solve.status,
      gap: result.solve.gap,
      seconds: roundTo(result.solve.seconds, 3),
      proven: result.solve.proven,
      objectives: result.solve.objectiveNames ?? [],
      values: result.solve.objectiveValues,
      model: result.modelSize,
    },
    files,
  };
}
