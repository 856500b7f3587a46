/**
 * What a roster achieves, measured on its people's shifts: per model slot the agents on duty,
 * on pre-sales and on after-sales (and how after-sales went), what outsourcing and the bot
 * took, what is still short; and, cost first with named staff, what it all costs.
 */
import { roundTo } from '../numeric.js';
import type { SlotDemand } from '../demand/slots.js';
import type { ScheduleColumns } from '../scheduling/model.js';
import { costReport, type CostExtras, type CostReport, type PayRate } from '../staffing/costs.js';
import { simulateAfterSales, type AfterSalesPlan } from './after-sales.js';
import type { Assignment } from './assign.js';
import type { RosterProblem } from './roster-problem.js';
import type { StaffMember } from './staff-groups.js';

/** A roster's coverage per model slot (see rosterCoverage). */
export type RosterCoverage = ReturnType<typeof rosterCoverage>;

/**
 * What the roster covers per model slot. Both-role people answer pre-sales first; whoever is
 * left over does after-sales. Continuous columns (outsourced, bot) carry solver noise
 * (0.9999999999): kept to 6 decimals, as the files write them.
 */
export function rosterCoverage(
  problem: Pick<RosterProblem, 'required' | 'modelSlots' | 'request' | 'deferSlots' | 'perAgentSlot'>,
  assignments: readonly Assignment[],
  columns: Pick<ScheduleColumns, 'outsourced' | 'botTaken'>,
  values: ArrayLike<number>,
) {
  const { required, modelSlots, request, deferSlots, perAgentSlot } = problem;
  const onDuty = {
    pre: new Array<number>(modelSlots).fill(0),
    after: new Array<number>(modelSlots).fill(0),
    both: new Array<number>(modelSlots).fill(0),
  };
  for (const a of assignments) {
    const counter = onDuty[a.role ?? 'both'];
    for (let t = a.start; t < a.start + a.length; t++) counter[t] = (counter[t] ?? 0) + 1;
  }
  const scheduled = required.map((_, t) => (onDuty.pre[t] ?? 0) + (onDuty.both[t] ?? 0) + (onDuty.after[t] ?? 0));
  const bothOnPre = required.map((need, t) => Math.min(onDuty.both[t] ?? 0, Math.max(0, need - (onDuty.pre[t] ?? 0))));
  const preSales = required.map((_, t) => (onDuty.pre[t] ?? 0) + (bothOnPre[t] ?? 0));
  const afterAgents = required.map((_, t) => (onDuty.after[t] ?? 0) + (onDuty.both[t] ?? 0) - (bothOnPre[t] ?? 0));
  const after = request.afterSales;
  const afterSales: AfterSalesPlan | undefined = after
    ? {
        ...simulateAfterSales(after.contacts, perAgentSlot, afterAgents, deferSlots),
        contacts: after.contacts,
        agents: afterAgents,
        deferSlots,
        perAgentSlot,
      }
    : undefined;
  const settled = (column: number) => Math.max(0, roundTo(values[column] ?? 0, 6));
  const outsourced = columns.outsourced?.map(settled);
  const botTaken = columns.botTaken?.map(settled);
  const covered = required.map((_, t) => (preSales[t] ?? 0) + (outsourced?.[t] ?? 0) + (botTaken?.[t] ?? 0));
  const shortfall = required.map((need, t) => Math.max(0, need - (covered[t] ?? 0)));
  return { scheduled, preSales, afterSales, outsourced, botTaken, covered, shortfall };
}

/**
 * The roster's cost with cost first and named staff: pay, and the outsourced, unmet and bot agent-slots at their
 * prices.
 */
export function rosterCostOf(
  problem: Pick<
    RosterProblem,
    'request' | 'outsourcing' | 'bot' | 'overtimeRule' | 'inquiriesPerAgentSlot' | 'slotCount'
  >,
  assignments: readonly Assignment[],
  coverage: Pick<RosterCoverage, 'outsourced' | 'botTaken' | 'shortfall'>,
): CostReport | undefined {
  const { request, outsourcing, bot, overtimeRule, inquiriesPerAgentSlot, slotCount } = problem;
  const { staff } = request;
  if (request.priority !== 'cost' || !staff || 'headcount' in staff) return undefined;
  const window = <T>(series: T[]) => series.slice(0, slotCount);
  const { outsourced, botTaken, shortfall } = coverage;
  const unmetPrice = request.unmetCostPerInquiry;
  return rosterCost(assignments, staff, request.demand, {
    ...(outsourced && outsourcing
      ? {
          outsourced: {
            agentSlots: window(outsourced),
            costPerAgentSlot: outsourcing.costPerAgentSlot,
            inquiriesPerAgentSlot,
          },
        }
      : {}),
    ...(unmetPrice !== undefined
      ? {
          unmet: {
            agentSlots: window(shortfall),
            costPerAgentSlot: inquiriesPerAgentSlot.map((n) => n * unmetPrice),
            inquiriesPerAgentSlot,
          },
        }
      : {}),
    ...(botTaken && bot
      ? { bot: { agentSlots: window(botTaken), costPerAgentSlot: bot.costPerAgentSlot, inquiriesPerAgentSlot } }
      : {}),
    ...(overtimeRule ? { overtime: overtimeRule } : {}),
  });
}

/** The cost report of a roster of named staff (see costReport). */
function rosterCost(
  assignments: readonly Assignment[],
  staff: readonly StaffMember[],
  demand: SlotDemand,
  extras: CostExtras,
): CostReport {
  const rates = new Map<string, PayRate>(
    staff.map((m) => [
      m.name,
      {
        kind: m.kind ?? 'own',
        hourlyCost: m.hourlyCost ?? 0,
        dailyCost: m.dailyCost ?? 0,
        ...(m.overtimeCost !== undefined ? { overtimeCost: m.overtimeCost } : {}),
      },
    ]),
  );
  return costReport(assignments, rates, demand, extras);
}
