/** The measures of a roster: coverage, hours, longest duty, shortest rest. */
import type { SlotDemand } from '../demand/slots.js';
import type { Assignment } from './assign.js';

export interface RosterSummary {
  peakRequired: number;
  peakScheduled: number;
  peopleRostered: number;
  agentHours: number;
  /** Share of inquiries answered, in proportion to scheduled ÷ required per slot. */
  demandCovered: number;
  shortAgentSlots: number;
  /** Longest continuous duty of anyone (touching shifts of one person count as one). */
  longestDutyHours: number;
  /** Shortest rest between two shifts of one person; undefined when nobody works twice. */
  shortestRestHours?: number;
}

/**
 * Measures a roster: coverage, hours, longest duty, shortest rest.
 *
 * @param preSales agents answering the demand per slot (default: everyone scheduled)
 */
export function summarise(
  demand: SlotDemand,
  required: readonly number[],
  scheduled: readonly number[],
  assignments: readonly Assignment[],
  preSales = scheduled,
): RosterSummary {
  const hours = (slots: number) => (slots * demand.slotMinutes) / 60;
  const totalInquiries = demand.inquiries.reduce((a, b) => a + b, 0);
  const covered = demand.inquiries.reduce((sum, inquiries, t) => {
    const need = required[t] ?? 0;
    return sum + (need === 0 ? inquiries : inquiries * Math.min(1, (preSales[t] ?? 0) / need));
  }, 0);
  const byPerson = new Map<string, Assignment[]>();
  for (const a of assignments) byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a]);
  let longestDuty = 0;
  let shortestRest: number | undefined;
  for (const shifts of byPerson.values()) {
    shifts.sort((a, b) => a.start - b.start);
    let stretchStart = shifts[0]?.start ?? 0;
    let stretchEnd = stretchStart;
    for (const s of shifts) {
      if (s.start > stretchEnd) {
        const rest = s.start - stretchEnd;
        shortestRest = shortestRest === undefined ? rest : Math.min(shortestRest, rest);
        stretchStart = s.start;
      }
      stretchEnd = Math.max(stretchEnd, s.start + s.length);
      longestDuty = Math.max(longestDuty, stretchEnd - stretchStart);
    }
  }
  return {
    peakRequired: Math.max(0, ...required),
    peakScheduled: Math.max(0, ...scheduled),
    peopleRostered: byPerson.size,
    agentHours: hours(assignments.reduce((sum, a) => sum + a.length, 0)),
    demandCovered: totalInquiries === 0 ? 1 : covered / totalInquiries,
    shortAgentSlots: required.reduce((sum, need, t) => sum + Math.max(0, need - (preSales[t] ?? 0)), 0),
    longestDutyHours: hours(longestDuty),
    ...(shortestRest !== undefined ? { shortestRestHours: hours(shortestRest) } : {}),
  };
}
