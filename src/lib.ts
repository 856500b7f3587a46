/**
 * cs-plan as a library: the domain core, with no terminal or file I/O.
 *
 * @example
 * import { estimateDay } from 'cs-plan';
 * estimateDay({ date: '2026-11-11', sales: 500000, csShare: 0.2, aov: 100, conversion: 0.4, capacity: 576, botRate: 0 }).agents // 5
 */
export { CsPlanError, ExitCode } from './errors.js';
export { estimateDay, totalOf, validateEstimateInput } from './core/staffing/whitepaper.js';
export type { EstimateInput, EstimateRow, EstimateTotal } from './core/staffing/whitepaper.js';
export { afterSalesWave, decayCurve, normaliseCurve } from './core/staffing/after-sales.js';
export type { AfterSalesDay, AfterSalesSettings, SaleDay } from './core/staffing/after-sales.js';
export { capacityRule } from './core/staffing/capacity-rule.js';
export type { SlotSizer } from './core/staffing/capacity-rule.js';
export { dayShapes, forecastDemand, seriesDemand, spreadDay, toGrid, averageShape } from './core/demand/slots.js';
export type { SlotDemand, TimedVolume, DayVolume } from './core/demand/slots.js';
export { shiftCandidates, checkShiftRules, MAX_CONTINUOUS_DUTY_HOURS } from './core/scheduling/candidates.js';
export type { ShiftRules, ShiftPattern, ShiftCandidate } from './core/scheduling/candidates.js';
export { buildScheduleModel } from './core/scheduling/model.js';
export { buildPersonModel, breakOffsets } from './core/scheduling/person-model.js';
export { buildCountModel } from './core/scheduling/count-model.js';
export { solveLexicographic } from './core/scheduling/highs-solver.js';
export { planRoster } from './core/rostering/plan.js';
export { summarise } from './core/rostering/summary.js';
export { simulateAfterSales } from './core/rostering/after-sales.js';
export type { RosterPlan, RosterRequest } from './core/rostering/plan.js';
export type { RosterSummary } from './core/rostering/summary.js';
export type { StaffMember } from './core/rostering/staff-groups.js';
export { assignShifts } from './core/rostering/assign.js';
export {
  planEverydayRoster,
  patternChanges,
  preferenceMisses,
  DECOMPOSE_ABOVE_PEOPLE,
} from './core/rostering/everyday.js';
export { assignDays } from './core/rostering/assign-days.js';
export type { EverydayRequest, EverydayRules } from './core/rostering/everyday.js';
export { checkRoster, checkWeeklyRules, onDutyPerSlot } from './core/rostering/check.js';
export type { CheckRules, Violation } from './core/rostering/check.js';
export { ceilTolerant, floorTolerant, roundTo } from './core/numeric.js';
export { toEpochMinutes, formatDateTime, parseDateTime } from './core/time/clock.js';
export { replan, classifyChange, mayWork, unmetFrom } from './core/rostering/replan.js';
export type {
  ReplanRequest,
  ReplanResult,
  ReplanPerson,
  PlacedShift,
  ShiftChange,
  ChangeKind,
} from './core/rostering/replan.js';
export { reforecast } from './core/demand/reforecast.js';
export type { Reforecast } from './core/demand/reforecast.js';
