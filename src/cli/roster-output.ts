/**
 * The roster's outputs: shifts and coverage CSV (stable columns), the JSON summary, and the
 * terminal summary with a chart of required vs scheduled agents.
 */
import { proofOf, type ObjectiveProof } from '../core/rostering/proof.js';
import type { RosterPlan } from '../core/rostering/plan.js';
import type { EstimateRow } from '../core/staffing/whitepaper.js';
import type { QueueSettings, SizingResult } from '../core/queueing/sizing.js';
import { roundTo } from '../core/numeric.js';
import { formatDate, formatDateTime, MINUTES_PER_DAY } from '../core/time/clock.js';
import { isMessageKey, t, type Lang, type MessageKey } from '../i18n.js';
import { toCsv } from '../io/output.js';
import { displayWidth, formatNumber, formatPercent, renderTable } from './render.js';
import { wrapToWidth } from '../io/values.js';
import { CHART_MARKS, coverageChart } from './chart.js';
import { renderReport, type ReportGrid } from '../report/html.js';
import { reportLabels } from './report.js';
import { buildGrid, type GridShift, type RosterGrid } from '../core/rostering/grid.js';
import type { ShiftPattern } from '../core/scheduling/candidates.js';
import type { ShapeSource } from '../core/demand/align.js';
import type { OpenHours } from '../core/demand/open-hours.js';
import { addGrid, dayHeader, gridWords } from './grid-views.js';

/** Columns of the shifts file: a contract for scripts and spreadsheets. */
export const SHIFT_COLUMNS = ['agent', 'date', 'start', 'end', 'hours', 'role', 'break_start', 'break_end', 'pattern'] as const;
/** Columns of the coverage file. */
export const COVERAGE_COLUMNS = ['slot_start', 'inquiries', 'required', 'scheduled', 'shortfall'] as const;
/** Added to the coverage file with --model erlang: what the scheduled agents achieve. */
export const SERVICE_COLUMNS = ['service_level', 'asa_seconds'] as const;
/** Columns of the workbook's cost sheet (with --minimise cost). */
export const COST_DAY_COLUMNS = ['date', 'staff_cost', 'outsourced_cost', 'total_cost'] as const;
/** Added to the coverage file with --outsource-price: agent-slots of demand an outside team takes. */
export const OUTSOURCED_COLUMNS = ['outsourced'] as const;
/** Added to the coverage file with --bot-max: agent-slots of demand the bot takes. */
export const BOT_COLUMNS = ['bot'] as const;
/**
 * Added to the coverage file with after-sales: agents per kind (both-role people answer
 * pre-sales first), contacts arriving, handled oldest first, still waiting within the limit,
 * and passing the limit in the slot.
 */
export const AFTER_SALES_COLUMNS = [
  'pre_sales_agents', 'after_sales_contacts', 'after_sales_agents', 'after_sales_handled', 'after_sales_waiting', 'after_sales_overdue',
] as const;

/** The queueing model's prediction per slot, with the target it is judged against. */
export interface ServiceForecast {
  service: SizingResult[];
  target: QueueSettings;
}

const slotTime = (plan: RosterPlan, slot: number) => plan.demand.start + slot * plan.demand.slotMinutes;

/**
 * One record per shift: agent, the date it starts, start and end as `YYYY-MM-DD HH:mm`, hours,
 * role (pre, after, both), the meal break's start and end (empty without one), and the name of
 * the shift pattern it is (empty when it is none of them).
 */
export function shiftRecords(plan: RosterPlan) {
  return plan.assignments.map((a) => ({
    agent: a.person,
    date: formatDate(slotTime(plan, a.start)),
    start: formatDateTime(slotTime(plan, a.start)),
    end: formatDateTime(slotTime(plan, a.start + a.length)),
    hours: roundTo((a.length * plan.demand.slotMinutes) / 60, 2),
    role: a.role ?? 'both',
    break_start: a.mealBreak ? formatDateTime(slotTime(plan, a.mealBreak.start)) : '',
    break_end: a.mealBreak ? formatDateTime(slotTime(plan, a.mealBreak.start + a.mealBreak.length)) : '',
    pattern: a.pattern ?? '',
  }));
}

/** The roster's shifts in epoch minutes, for the grid and the report. */
export function gridShifts(plan: RosterPlan): GridShift[] {
  return plan.assignments.map((a) => ({
    person: a.person, start: slotTime(plan, a.start), end: slotTime(plan, a.start + a.length),
    ...(a.pattern ? { pattern: a.pattern } : {}),
    ...(a.mealBreak ? { mealBreak: { start: slotTime(plan, a.mealBreak.start), end: slotTime(plan, a.mealBreak.start + a.mealBreak.length) } } : {}),
  }));
}

/** The roster as the 排班表 grid: people × dates of the window, patterns in the order of `--shifts`. */
export function rosterGrid(plan: RosterPlan, patterns?: readonly { name: string }[]): RosterGrid {
  return buildGrid(gridShifts(plan), plan.people, { start: plan.demand.start, end: slotTime(plan, plan.required.length) }, (patterns ?? []).map((p) => p.name));
}

/** One record per slot of the window (with the predicted service when a queueing model sized it). */
export function coverageRecords(plan: RosterPlan, service?: readonly SizingResult[]) {
  return plan.required.map((required, slot) => {
    const predicted = service?.[slot];
    const after = plan.afterSales;
    return {
      slot_start: formatDateTime(slotTime(plan, slot)),
      inquiries: roundTo(plan.demand.inquiries[slot] ?? 0, 4),
      required,
      scheduled: plan.scheduled[slot] ?? 0,
      shortfall: plan.shortfall[slot] ?? 0,
      ...(predicted ? {
        service_level: roundTo(predicted.serviceLevel, 6),
        asa_seconds: Number.isFinite(predicted.asaSeconds) ? roundTo(predicted.asaSeconds, 3) : null,
      } : {}),
      ...(after ? {
        pre_sales_agents: plan.preSales[slot] ?? 0,
        after_sales_contacts: roundTo(after.contacts[slot] ?? 0, 4),
        after_sales_agents: after.agents[slot] ?? 0,
        after_sales_handled: roundTo(after.handled[slot] ?? 0, 4),
        after_sales_waiting: roundTo(after.waiting[slot] ?? 0, 4),
        after_sales_overdue: roundTo(after.overdue[slot] ?? 0, 4),
      } : {}),
      ...(plan.outsourced ? { outsourced: roundTo(plan.outsourced[slot] ?? 0, 4) } : {}),
      ...(plan.botTaken ? { bot: roundTo(plan.botTaken[slot] ?? 0, 4) } : {}),
    };
  });
}

/** Slots with demand whose predicted service level misses the target. */
function missedSlots(forecast: ServiceForecast, plan: RosterPlan): number[] {
  return forecast.service.flatMap((s, slot) =>
    (plan.demand.inquiries[slot] ?? 0) > 0 && s.serviceLevel < forecast.target.targetShare - 1e-12 ? [slot] : []);
}

export const shiftsCsv = (plan: RosterPlan) => toCsv(SHIFT_COLUMNS, shiftRecords(plan));
export const coverageCsv = (plan: RosterPlan, service?: readonly SizingResult[]) => toCsv(
  [...COVERAGE_COLUMNS, ...(service ? SERVICE_COLUMNS : []), ...(plan.afterSales ? AFTER_SALES_COLUMNS : []), ...(plan.outsourced ? OUTSOURCED_COLUMNS : []), ...(plan.botTaken ? BOT_COLUMNS : [])],
  coverageRecords(plan, service),
);

/** After-sales figures in contacts and hours, for the JSON and the terminal summary. */
function afterSalesFigures(plan: RosterPlan) {
  const after = plan.afterSales;
  if (!after) return undefined;
  const slotHours = plan.demand.slotMinutes / 60;
  return {
    contacts: after.totalContacts,
    handled: after.handledContacts,
    deferred: after.deferredContacts,
    overdue: after.overdueContacts,
    waitingAtEnd: after.waitingAtEnd,
    meanWaitHours: after.meanWaitSlots * slotHours,
    longestWaitHours: after.longestWaitSlots * slotHours,
    deferHours: after.deferSlots * slotHours,
    agentHours: after.agents.reduce((a, b) => a + b, 0) * slotHours,
  };
}

/** The cost in the summary's JSON: the total, by kind and by day, outsourcing, the bot, overtime and priced unmet demand. */
function costJson(plan: RosterPlan, cost: NonNullable<RosterPlan['cost']>) {
  const { outsourced, overtime } = cost;
  return {
    total: roundTo(cost.total, 2),
    by_kind: cost.byKind.map((k) => ({
      kind: k.kind, people: k.people, shifts: k.shifts, hours: roundTo(k.hours, 2), cost: roundTo(k.cost, 2),
      ...(overtime ? { overtime_hours: roundTo(k.overtimeHours, 2) } : {}), first_date: k.firstDate, last_date: k.lastDate,
    })),
    outsourced: {
      inquiries: roundTo(outsourced.inquiries, 2), agent_hours: roundTo(outsourced.agentHours, 2), cost: roundTo(outsourced.cost, 2),
      ...(outsourced.busiest ? {
        busiest: { from: formatDateTime(outsourced.busiest.from), to: formatDateTime(outsourced.busiest.to), inquiries: roundTo(outsourced.busiest.inquiries, 2) },
      } : {}),
    },
    ...(cost.bot ? { bot: { inquiries: roundTo(cost.bot.inquiries, 2), cost: roundTo(cost.bot.cost, 2) } } : {}),
    ...(plan.botSensitivity ? { bot_10_points_lower: { max_share: roundTo(plan.botSensitivity.maxShare, 4), total: roundTo(plan.botSensitivity.total, 2) } } : {}),
    ...(overtime ? {
      overtime: {
        after_hours_per_week: overtime.afterHoursPerWeek, hours: roundTo(overtime.hours, 2), premium: roundTo(overtime.premium, 2),
        weeks: overtime.weeks.map((w) => ({ from: w.from, to: w.to, days: w.days, threshold_hours: roundTo(w.thresholdHours, 4) })),
      },
    } : {}),
    ...(cost.unmet ? { unmet: { inquiries: roundTo(cost.unmet.inquiries, 2), agent_slots: roundTo(cost.unmet.agentSlots, 4), priced: roundTo(cost.unmet.cost, 2) } } : {}),
    by_day: cost.byDay.map((d) => ({ date: d.date, staff: roundTo(d.staff, 2), outsourced: roundTo(d.outsourced, 2), total: roundTo(d.total, 2), ...(cost.bot ? { bot: roundTo(d.bot, 2) } : {}) })),
  };
}

/** The solver in the summary's JSON: status, gap, time, what is proven and how, the model's size. */
function solverJson(plan: RosterPlan) {
  return {
    status: plan.solve.status,
    gap: roundTo(plan.solve.gap, 6),
    seconds: roundTo(plan.solve.seconds, 3),
    proven: plan.solve.proven,
    ...(plan.solve.unproven ? { unproven: plan.solve.unproven } : {}),
    ...(plan.solve.method ? { method: plan.solve.method } : {}),
    proof: proofOf(plan).map((p) => ({ objective: p.objective, value: roundTo(p.value, 6), bound: p.bound === undefined ? null : roundTo(p.bound, 6), proven: p.proven })),
    columns: plan.modelSize.columns,
    rows: plan.modelSize.rows,
  };
}

/** The summary as JSON (snake_case, like every machine-read name). */
export function summaryJson(plan: RosterPlan, days: readonly EstimateRow[] | undefined, files: Record<string, string>, forecast?: ServiceForecast) {
  const s = plan.summary;
  const missed = forecast ? missedSlots(forecast, plan) : [];
  return {
    window: {
      start: formatDateTime(plan.demand.start),
      end: formatDateTime(slotTime(plan, plan.required.length)),
      slot_minutes: plan.demand.slotMinutes,
      slots: plan.required.length,
    },
    ...(days ? { formula_agents: days.map((d) => ({ date: d.date, agents: d.agents })) } : {}),
    ...(plan.demand.open ? {
      open_hours: {
        hours: openHoursText(plan.demand.open.hours), closed_demand: plan.demand.open.closedDemand, closed_slots: plan.demand.open.closed.filter(Boolean).length,
        inquiries_while_closed: roundTo(plan.demand.open.moved, 2), inquiries_left_out: roundTo(plan.demand.open.dropped, 2),
      },
    } : {}),
    ...(plan.demand.shapedBy ? { history_shapes: plan.demand.shapedBy.map((s) => ({ date: s.date, history: s.history, fallback: s.fallback })) } : {}),
    peak_required: s.peakRequired,
    peak_scheduled: s.peakScheduled,
    people_rostered: s.peopleRostered,
    ...(plan.cost ? { cost: costJson(plan, plan.cost) } : {}),
    ...(plan.available !== undefined ? { people_available: plan.available } : {}),
    agent_hours: roundTo(s.agentHours, 2),
    ...(plan.hoursPastWindow ? { hours_past_window: roundTo(plan.hoursPastWindow, 2) } : {}),
    demand_covered: roundTo(s.demandCovered, 6),
    short_agent_slots: s.shortAgentSlots,
    unassigned_shifts: plan.unassignedShifts,
    unreachable_slots: plan.unreachableSlots.map((slot) => formatDateTime(slotTime(plan, slot))),
    longest_duty_hours: roundTo(s.longestDutyHours, 2),
    shortest_rest_hours: s.shortestRestHours === undefined ? null : roundTo(s.shortestRestHours, 2),
    shifts: plan.assignments.length,
    meal_breaks: plan.assignments.filter((a) => a.mealBreak).length,
    ...(plan.softGoals?.patternChanges !== undefined ? { pattern_changes: plan.softGoals.patternChanges } : {}),
    ...(plan.softGoals?.preferenceMisses !== undefined ? { preference_misses: plan.softGoals.preferenceMisses } : {}),
    ...(plan.softGoals?.fair ? { fair: plan.softGoals.fair } : {}),
    ...afterSalesJson(plan),
    ...(forecast ? {
      service: {
        target_share: forecast.target.targetShare,
        target_seconds: forecast.target.targetSeconds,
        slots_missing_target: missed.map((slot) => formatDateTime(slotTime(plan, slot))),
        lowest_service_level: roundTo(Math.min(1, ...forecast.service.filter((_, i) => (plan.demand.inquiries[i] ?? 0) > 0).map((x) => x.serviceLevel)), 6),
      },
    } : {}),
    solver: solverJson(plan),
    files,
  };
}

function afterSalesJson(plan: RosterPlan) {
  const f = afterSalesFigures(plan);
  if (!f) return {};
  return {
    after_sales: {
      contacts: roundTo(f.contacts, 2), handled: roundTo(f.handled, 2), deferred: roundTo(f.deferred, 2), overdue: roundTo(f.overdue, 2),
      waiting_at_end: roundTo(f.waitingAtEnd, 2), mean_wait_hours: roundTo(f.meanWaitHours, 3), longest_wait_hours: roundTo(f.longestWaitHours, 2),
      defer_limit_hours: roundTo(f.deferHours, 2), agent_hours: roundTo(f.agentHours, 2),
    },
  };
}

/** Groups slots into at most `width` buckets (whole hours or days), keeping each bucket's maximum. */
function bucketed(plan: RosterPlan, width: number): { required: number[]; scheduled: number[]; bucketHours: number } {
  const slotsPerHour = 60 / plan.demand.slotMinutes;
  let bucketHours = 1;
  for (const hours of [1, 2, 3, 4, 6, 12, 24]) {
    bucketHours = hours;
    if (plan.required.length / (slotsPerHour * hours) <= width) break;
  }
  const size = Math.max(1, Math.round(bucketHours * slotsPerHour));
  const pick = (series: readonly number[]) => {
    const out: number[] = [];
    for (let i = 0; i < series.length; i += size) out.push(Math.max(...series.slice(i, i + size)));
    return out;
  };
  // Demand an outside team takes counts as covered (it is part of the plan).
  const covered = plan.outsourced || plan.botTaken ? plan.scheduled.map((n, t) => n + (plan.outsourced?.[t] ?? 0) + (plan.botTaken?.[t] ?? 0)) : plan.scheduled;
  return { required: pick(plan.required), scheduled: pick(covered), bucketHours };
}

/** Service hours as people write them: `09:00-24:00, …`. */
function openHoursText(hours: OpenHours): string {
  const clock = (minute: number) => (minute === MINUTES_PER_DAY ? '24:00' : formatDateTime(minute).slice(11));
  return hours.map(([from, to]) => `${clock(from)}-${clock(to)}`).join(', ');
}

/** Which history day shaped which forecast day, in one line: `11-11 ← 2025-11-11 · …`. */
function shapeLine(sources: readonly ShapeSource[], lang: Lang): string {
  const shown = 7;
  const label = (s: ShapeSource) => (s.fallback
    ? t(lang, 'roster.shapeAverage', { days: s.history.length })
    : s.history.length === 1 ? (s.history[0] ?? '') : t(lang, 'roster.shapeDays', { days: s.history.length }));
  const parts = sources.slice(0, shown).map((s) => `${s.date.slice(5)} ← ${label(s)}`);
  if (sources.length > shown) parts.push(t(lang, 'roster.shapeMore', { count: sources.length - shown }));
  return parts.join(' · ');
}

/**
 * What is proven, objective by objective, in words: "every slot covered — proven; agent-hours
 * 982 — proven best", or "… — at most 12 fewer possible" when only a bound is known.
 */
export function proofText(plan: RosterPlan, lang: Lang): string {
  return proofWords(proofOf(plan), lang);
}

/**
 * Proofs in words (see proofText); `keys` words an objective differently (e.g. unmet demand in agent-hours).
 *
 * @example proofWords([{ objective: 'agent_hours', value: 982, bound: 982, proven: true }], 'en') // 'agent-hours 982 — proven best'
 */
export function proofWords(proofs: readonly ObjectiveProof[], lang: Lang, keys: Partial<Record<string, MessageKey>> = {}): string {
  return proofs.map((p) => {
    if (p.objective === 'unmet_demand' && p.value === 0) return t(lang, 'proof.covered');
    const value = formatNumber(p.value, 2);
    const key = keys[p.objective] ?? `proof.${p.objective}`;
    const what = isMessageKey(key) ? t(lang, key, { value }) : t(lang, 'proof.other', { name: p.objective, value });
    if (p.proven) return t(lang, 'proof.proven', { what });
    if (p.bound === undefined) return t(lang, 'proof.unknown', { what });
    return t(lang, 'proof.bound', { what, less: formatNumber(p.value - p.bound, 2) });
  }).join('; ');
}

/**
 * A run of time in short words: the start's date and clock, the end's clock (its date too when
 * the run lasts a day or more).
 *
 * @example slotRun(toEpochMinutes('2026-11-11 20:00'), toEpochMinutes('2026-11-12 03:00')) // { from: '11-11 20:00', to: '03:00' }
 */
export function slotRun(from: number, to: number): { from: string; to: string } {
  const short = (minute: number) => formatDateTime(minute).slice(5);
  return { from: short(from), to: to - from < MINUTES_PER_DAY ? short(to).slice(6) : short(to) };
}

/**
 * The hiring answer in words: the total, then each kind of staff and the outsourcing.
 *
 * @example costWords(plan, 'en') // '¥20,031: own team 26 people, 336 h (¥11,760); hire 19 temps for 19 shifts, …'
 */
export function costWords(plan: RosterPlan, lang: Lang): string | undefined {
  const cost = plan.cost;
  if (!cost) return undefined;
  const yuan = (v: number) => `¥${formatNumber(v, 0)}`;
  const parts = cost.byKind.map((k) => t(lang, `roster.cost.${k.kind}`, {
    people: k.people, shifts: k.shifts, hours: formatNumber(k.hours, 2), cost: yuan(k.cost),
    overtime: k.overtimeHours > 1e-9 ? t(lang, 'roster.cost.overtimeHours', { hours: formatNumber(k.overtimeHours, 2) }) : '',
    days: k.firstDate === k.lastDate ? t(lang, 'roster.cost.day', { date: k.firstDate.slice(5) }) : t(lang, 'roster.cost.days', { from: k.firstDate.slice(5), to: k.lastDate.slice(5) }),
  }));
  const busiest = cost.outsourced.busiest;
  // Where most of the outsourcing falls (the run of hours holding the most of it), when it is not everywhere.
  const when = busiest && cost.outsourced.inquiries > 0
    ? t(lang, 'roster.cost.busiest', { share: `${formatNumber(Math.min(1, busiest.inquiries / cost.outsourced.inquiries) * 100, 0)}%`, ...slotRun(busiest.from, busiest.to) })
    : '';
  if (cost.outsourced.cost > 0) parts.push(t(lang, 'roster.cost.outsourcedInquiries', { inquiries: formatNumber(cost.outsourced.inquiries), cost: yuan(cost.outsourced.cost), when }));
  if (cost.bot && cost.bot.inquiries > 1e-9) parts.push(t(lang, 'roster.cost.bot', { inquiries: formatNumber(cost.bot.inquiries), cost: yuan(cost.bot.cost) }));
  if (cost.unmet && cost.unmet.agentSlots > 1e-9) parts.push(t(lang, 'roster.cost.unmet', { inquiries: formatNumber(cost.unmet.inquiries), cost: yuan(cost.unmet.cost) }));
  return t(lang, 'roster.cost.line', { total: yuan(cost.total), parts: parts.join(t(lang, 'roster.cost.separator')) });
}

/** The summary as label/value pairs, shared by the terminal and the HTML report. */
export function summaryRows(plan: RosterPlan, days: readonly EstimateRow[] | undefined, lang: Lang): [string, string][] {
  const s = plan.summary;
  const hours = (h: number) => `${formatNumber(h, 2)} h`;
  const peakSlot = plan.required.indexOf(s.peakRequired);
  const rows: [string, string][] = [];
  if (days) rows.push([t(lang, 'roster.formulaAgents'), days.map((d) => `${d.date.slice(5)}: ${d.agents}`).join(' · ')]);
  if (plan.demand.shapedBy) rows.push([t(lang, 'roster.historyShapes'), shapeLine(plan.demand.shapedBy, lang)]);
  const open = plan.demand.open;
  if (open) {
    const line = t(lang, 'roster.openHoursLine', {
      hours: openHoursText(open.hours), moved: formatNumber(open.moved), what: t(lang, open.closedDemand === 'carry' ? 'roster.openCarry' : 'roster.openDrop'),
    });
    rows.push([t(lang, 'roster.openHours'), open.closedDemand === 'carry' && open.dropped > 0 ? `${line} (${t(lang, 'roster.openDropped', { dropped: formatNumber(open.dropped) })})` : line]);
  }
  rows.push([t(lang, 'roster.peakRequired'), `${s.peakRequired} (${formatDateTime(slotTime(plan, Math.max(0, peakSlot)))})`]);
  rows.push([t(lang, 'roster.peopleRostered'), plan.available !== undefined
    ? `${s.peopleRostered} (${t(lang, 'roster.peopleAvailable', { used: s.peopleRostered, available: plan.available })})`
    : String(s.peopleRostered)]);
  const cost = costWords(plan, lang);
  if (cost) rows.push([t(lang, 'roster.cost'), cost]);
  const overtime = plan.cost?.overtime;
  if (overtime) {
    const weeks = overtime.weeks.map((w) => (w.days === 7
      ? t(lang, 'roster.overtimeWholeWeek', { hours: formatNumber(w.thresholdHours, 2), from: w.from.slice(5) })
      : t(lang, 'roster.overtimeWeek', { hours: formatNumber(w.thresholdHours, 2), from: w.from.slice(5), to: w.to.slice(5), days: w.days })));
    const threshold = { hours: formatNumber(overtime.afterHoursPerWeek, 2), weeks: weeks.join(t(lang, 'roster.cost.separator')) };
    rows.push([t(lang, 'roster.overtime'), overtime.hours > 1e-9
      ? t(lang, 'roster.overtimeLine', { ...threshold, overtime: formatNumber(overtime.hours, 2), premium: `¥${formatNumber(overtime.premium, 0)}` })
      : t(lang, 'roster.overtimeNone', threshold)]);
  }
  rows.push([t(lang, 'roster.agentHours'), plan.hoursPastWindow
    ? `${formatNumber(s.agentHours, 2)} (${t(lang, 'roster.pastWindow', { hours: formatNumber(plan.hoursPastWindow, 2), end: formatDateTime(slotTime(plan, plan.required.length)) })})`
    : formatNumber(s.agentHours, 2)]);
  const after = afterSalesFigures(plan);
  if (after) {
    rows.push([t(lang, 'roster.afterSales'), t(lang, 'roster.afterSalesLine', {
      contacts: formatNumber(after.contacts), hours: formatNumber(after.agentHours, 2), deferred: formatNumber(after.deferred),
      mean: formatNumber(after.meanWaitHours, 2), longest: formatNumber(after.longestWaitHours, 2), limit: formatNumber(after.deferHours, 2),
      overdue: formatNumber(after.overdue),
    })]);
  }
  const soft = plan.softGoals;
  if (soft?.patternChanges !== undefined) {
    rows.push([t(lang, 'roster.patternChanges'), t(lang, 'roster.patternChangesLine', { changes: formatNumber(soft.patternChanges), shifts: formatNumber(plan.assignments.length) })]);
  }
  if (soft?.preferenceMisses !== undefined) {
    rows.push([t(lang, 'roster.preferenceMisses'), t(lang, 'roster.preferenceMissesLine', { misses: formatNumber(soft.preferenceMisses), shifts: formatNumber(plan.assignments.length) })]);
  }
  if (soft?.fair?.length) {
    rows.push([t(lang, 'roster.fair'), soft.fair.map((f) => t(lang, `roster.fair.${f.kind}`, { least: f.least, most: f.most })).join('; ')]);
  }
  const breaks = plan.assignments.filter((a) => a.mealBreak);
  if (breaks.length > 0) {
    const breakHours = breaks.reduce((sum, a) => sum + (a.mealBreak?.length ?? 0), 0) * (plan.demand.slotMinutes / 60);
    rows.push([t(lang, 'roster.mealBreaks'), t(lang, 'roster.mealBreaksLine', { count: formatNumber(breaks.length), hours: formatNumber(breakHours, 2) })]);
  }
  rows.push([t(lang, 'roster.demandCovered'), formatPercent(s.demandCovered)]);
  rows.push([t(lang, 'roster.longestShift'), hours(s.longestDutyHours)]);
  rows.push([t(lang, 'roster.shortestRest'), s.shortestRestHours === undefined ? t(lang, 'roster.noRest') : hours(s.shortestRestHours)]);
  rows.push([t(lang, 'roster.proof'), proofText(plan, lang)]);
  const seconds = formatNumber(plan.solve.seconds, 2);
  rows.push([t(lang, 'roster.solver'), plan.solve.method === 'decomposition'
    ? t(lang, 'roster.solverLine.decomposition', { seconds })
    : t(lang, plan.solve.status === 'time-limit' ? 'roster.solverLine.timeLimit' : 'roster.solverLine.exact', { seconds })]);
  return rows;
}

/** The terminal summary: key figures, warnings, a chart. */
export async function summaryText(plan: RosterPlan, days: readonly EstimateRow[] | undefined, lang: Lang, color: boolean, forecast?: ServiceForecast, columns = 80): Promise<string> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const s = plan.summary;
  const lines: string[] = [];
  lines.push(...wrapToWidth(t(lang, 'roster.title', {
    from: formatDateTime(plan.demand.start), to: formatDateTime(slotTime(plan, plan.required.length)),
    slots: plan.required.length, slot: plan.demand.slotMinutes,
  }), columns).map((line) => chalk.bold(line)));
  // With costs, the answer comes first: who to have and what it costs.
  const answer = costWords(plan, lang);
  if (answer) lines.push(...wrapToWidth(t(lang, 'roster.hiringAnswer', { people: s.peopleRostered, answer }), columns).map((line) => chalk.bold(line)));
  const weakerBot = plan.botSensitivity;
  if (weakerBot && plan.cost) {
    lines.push(...wrapToWidth(t(lang, 'roster.botSensitivity', {
      share: formatPercent(weakerBot.maxShare), total: `¥${formatNumber(weakerBot.total, 0)}`, more: `¥${formatNumber(weakerBot.total - plan.cost.total, 0)}`,
    }), columns));
  }
  const rows = summaryRows(plan, days, lang);
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  // Values wrap under themselves so that every line fits the terminal.
  const valueWidth = Math.max(12, columns - labelWidth - 4);
  for (const [label, value] of rows) {
    const [first = '', ...more] = wrapToWidth(value, valueWidth);
    lines.push(`  ${label}${' '.repeat(labelWidth - displayWidth(label))}  ${first}`);
    for (const line of more) lines.push(`${' '.repeat(labelWidth + 4)}${line}`);
  }
  if (plan.cost && plan.cost.byDay.length > 0) {
    // What each day costs: the answer's ¥ day by day.
    const yuan = (v: number) => `¥${formatNumber(v, 0)}`;
    const head = (['date', 'staff', 'outsourced', 'total'] as const).map((h) => t(lang, `roster.costDay.${h}`));
    const withBot = Boolean(plan.cost.bot);
    const body = plan.cost.byDay.map((d) => [d.date, yuan(d.staff), yuan(d.outsourced), ...(withBot ? [yuan(d.bot)] : []), yuan(d.total)]);
    const headers = withBot ? [...head.slice(0, 3), t(lang, 'roster.costDay.bot'), ...head.slice(3)] : head;
    lines.push('', await renderTable(headers, body, { align: headers.map((_, i) => (i === 0 ? 'left' : 'right')), lang, columns }));
  }
  const shortSlots = plan.shortfall.filter((x) => x > 0).length;
  if (shortSlots > 0) {
    const worst = plan.shortfall.indexOf(Math.max(...plan.shortfall));
    lines.push(chalk.yellow(t(lang, 'roster.short', {
      slots: shortSlots, agentSlots: s.shortAgentSlots, worst: formatDateTime(slotTime(plan, worst)),
      need: plan.required[worst] ?? 0, have: roundTo((plan.preSales[worst] ?? 0) + (plan.outsourced?.[worst] ?? 0) + (plan.botTaken?.[worst] ?? 0), 2),
    })));
  }
  if (forecast) {
    const missed = missedSlots(forecast, plan);
    const withDemand = plan.demand.inquiries.filter((x) => x > 0).length;
    const target = `${formatPercent(forecast.target.targetShare)}/${formatNumber(forecast.target.targetSeconds, 1)}s`;
    const [first] = missed;
    lines.push(first === undefined
      ? t(lang, 'roster.serviceMet', { target, slots: withDemand })
      : chalk.yellow(t(lang, 'roster.serviceMissed', { target, missed: missed.length, slots: withDemand, first: formatDateTime(slotTime(plan, first)) })));
  }
  const [firstUnreachable] = plan.unreachableSlots;
  if (firstUnreachable !== undefined) {
    lines.push(chalk.yellow(t(lang, 'roster.unreachable', { slots: plan.unreachableSlots.length, first: formatDateTime(slotTime(plan, firstUnreachable)) })));
  }
  if (plan.unassignedShifts > 0) lines.push(chalk.yellow(t(lang, 'roster.unassigned', { count: plan.unassignedShifts })));

  // The chart's bars, the axis and its labels fit the terminal as well.
  const series = bucketed(plan, Math.max(24, Math.min(96, columns - 6)));
  const bucket = series.bucketHours === 1 ? (lang === 'zh' ? '小时' : 'hour') : `${series.bucketHours} h`;
  lines.push('', ...wrapToWidth(t(lang, 'roster.chartTitle', { bucket, ...CHART_MARKS }), columns));
  if (plan.afterSales) lines.push(...wrapToWidth(t(lang, 'roster.chartAfterSales', CHART_MARKS), columns));
  // Dates under the midnights (and 12:00 where there is room and the buckets are short).
  const bucketMinutes = series.bucketHours * 60;
  const labels = series.required.map((_, i) => {
    const at = plan.demand.start + i * bucketMinutes;
    const minute = ((at % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    if (minute === 0 || i === 0) return formatDateTime(at).slice(5, 10);
    return series.bucketHours <= 2 && minute === 12 * 60 ? '12:00' : undefined;
  });
  const chart = coverageChart(series.required, series.scheduled, 10, labels);
  lines.push(...chart.map((line) => line.replace(/░+/g, (m) => chalk.red(m)).replace(/▒+/g, (m) => chalk.dim(m))));
  return lines.join('\n');
}

/** The grid as the HTML report shows it, in the user's language. */
export function reportGrid(grid: RosterGrid, lang: Lang): ReportGrid {
  const words = gridWords(lang);
  return {
    grid,
    dateHeaders: grid.dates.map((d) => dayHeader(d, lang)),
    labels: { title: t(lang, 'grid.title'), agent: words.agent, shifts: words.shifts, hours: words.hours, total: words.total },
  };
}

/** The HTML report of a roster. */
export function rosterReport(plan: RosterPlan, days: readonly EstimateRow[] | undefined, lang: Lang, settings: [string, string][], forecast?: ServiceForecast, patterns?: readonly ShiftPattern[]): string {
  return renderReport({
    lang,
    title: t(lang, 'roster.title', {
      from: formatDateTime(plan.demand.start), to: formatDateTime(slotTime(plan, plan.required.length)),
      slots: plan.required.length, slot: plan.demand.slotMinutes,
    }),
    window: { start: plan.demand.start, end: slotTime(plan, plan.required.length) },
    slotMinutes: plan.demand.slotMinutes,
    summary: summaryRows(plan, days, lang),
    settings,
    slots: plan.required.map((required, slot) => ({
      start: slotTime(plan, slot), required, scheduled: plan.scheduled[slot] ?? 0,
      ...(plan.outsourced || plan.botTaken ? { outside: (plan.outsourced?.[slot] ?? 0) + (plan.botTaken?.[slot] ?? 0) } : {}),
      ...(forecast ? { serviceLevel: forecast.service[slot]?.serviceLevel ?? 0 } : {}),
    })),
    ...(forecast ? { serviceTarget: forecast.target.targetShare } : {}),
    shifts: gridShifts(plan),
    grid: reportGrid(rosterGrid(plan, patterns), lang),
    labels: reportLabels(lang),
  });
}

/** Columns of the workbook's sheets that hold dates or date-times. */
const DATE_COLUMNS = new Set(['date', 'start', 'end', 'break_start', 'break_end', 'slot_start']);

/**
 * The roster as one Excel workbook: the 排班表 grid first, then the shift list (the shifts.csv
 * columns, real date-time cells), the coverage per slot (short slots highlighted), and the
 * summary with the settings used.
 */
export async function rosterWorkbook(
  plan: RosterPlan,
  days: readonly EstimateRow[] | undefined,
  lang: Lang,
  settings: [string, string][],
  patterns?: readonly ShiftPattern[],
  forecast?: ServiceForecast,
): Promise<Uint8Array> {
  const { addTableSheet, dateCell, newWorkbook, workbookBytes } = await import('../io/workbook-write.js');
  const workbook = await newWorkbook();
  await addGrid(workbook, rosterGrid(plan, patterns), lang, patterns);
  const cells = (columns: readonly string[], record: Record<string, string | number | null | undefined>) =>
    columns.map((c) => {
      const value = record[c];
      return typeof value === 'string' && DATE_COLUMNS.has(c) ? dateCell(value) ?? value : value;
    });
  addTableSheet(workbook, { name: t(lang, 'sheet.shifts'), columns: SHIFT_COLUMNS, rows: shiftRecords(plan).map((r) => cells(SHIFT_COLUMNS, r)) });
  const coverageColumns = [...COVERAGE_COLUMNS, ...(forecast ? SERVICE_COLUMNS : []), ...(plan.afterSales ? AFTER_SALES_COLUMNS : []), ...(plan.outsourced ? OUTSOURCED_COLUMNS : [])];
  const coverage = coverageRecords(plan, forecast?.service);
  addTableSheet(workbook, {
    name: t(lang, 'sheet.coverage'), columns: coverageColumns, rows: coverage.map((r) => cells(coverageColumns, r)),
    highlight: coverage.flatMap((r, i) => (r.shortfall > 0 ? [i] : [])),
  });
  const cost = plan.cost;
  if (cost) {
    // The hiring answer's ¥ day by day, then the total, as numbers Excel can sum.
    const money = (v: number) => roundTo(v, 2);
    const bot = cost.bot ? (d: { bot: number }) => [money(d.bot)] : () => [];
    const days = cost.byDay.map((d) => [dateCell(d.date) ?? d.date, money(d.staff), money(d.outsourced), money(d.total), ...bot(d)]);
    const total = [t(lang, 'estimate.total'), money(cost.byDay.reduce((s, d) => s + d.staff, 0)), money(cost.outsourced.cost), money(cost.total), ...bot({ bot: cost.bot?.cost ?? 0 })];
    const columns = cost.bot ? [...COST_DAY_COLUMNS, 'bot_cost'] : COST_DAY_COLUMNS;
    addTableSheet(workbook, { name: t(lang, 'sheet.cost'), columns, rows: [...days, total], bold: [days.length] });
  }
  addTableSheet(workbook, {
    name: t(lang, 'sheet.summary'), columns: [t(lang, 'sheet.item'), t(lang, 'sheet.value')],
    rows: [[t(lang, 'roster.title', {
      from: formatDateTime(plan.demand.start), to: formatDateTime(slotTime(plan, plan.required.length)), slots: plan.required.length, slot: plan.demand.slotMinutes,
    }), ''], ...summaryRows(plan, days, lang), ['', ''], [t(lang, 'report.settings'), ''], ...settings],
    bold: [0, summaryRows(plan, days, lang).length + 2],
  });
  return workbookBytes(workbook);
}
