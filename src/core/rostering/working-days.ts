/**
 * Which days each person works, planned before shifts are given out: the step that looks
 * ahead. Giving shifts out in time order cannot see that everyone is needed on 11 Nov and
 * spends people's working days before it; this small model (people × days) spreads the
 * days off over the whole window so that each day has the people its shifts need, under
 * the day rules (days off in every 7 days, days in a row). The assignment then prefers the
 * people planned for a day; the rules themselves are still checked shift by shift.
 */
import type { LinearModel } from '../scheduling/linear-model.js';
import { columnAt, modelBuilder } from '../scheduling/linear-model.js';
import type { DayLimit } from './day-rules.js';

export interface WorkingDaysProblem {
  /** Epoch days of the window, first and last. */
  firstDay: number;
  lastDay: number;
  /** People wanted on each day (index: day − firstDay). */
  need: readonly number[];
  /** Per person: the days they cannot work at all (outside availability, unavailable). */
  people: readonly { closed: ReadonlySet<number> }[];
  limits: readonly DayLimit[];
}

/**
 * The working-days model: z[p][d] = person p works day d; each day's shortage (people wanted
 * but not planned) is minimised, then the days worked (no one is planned without need).
 *
 * @returns the model; column p × days + (d − firstDay) is z[p][d]
 */
export function buildWorkingDaysModel(problem: WorkingDaysProblem): LinearModel {
  const builder = modelBuilder();
  const { rows, addColumn, atMost, atLeast } = builder;
  const dayCount = problem.lastDay - problem.firstDay + 1;
  const z = problem.people.map((person) =>
    Array.from({ length: dayCount }, (_, i) => addColumn(person.closed.has(problem.firstDay + i) ? 0 : 1, true)),
  );
  for (const mine of z) {
    for (const period of problem.limits) {
      atMost(period.limit, mine.slice(Math.max(0, period.from - problem.firstDay), period.to - problem.firstDay + 1));
    }
  }
  const shortage = problem.need.map((need) => addColumn(Math.max(0, need), false));
  problem.need.forEach((need, i) => {
    if (need <= 0) return;
    const indices = [...z.map((mine) => columnAt(mine, i)), columnAt(shortage, i)];
    atLeast(need, indices);
  });
  const numCols = builder.colLower.length;
  const short = new Array<number>(numCols).fill(0);
  for (const column of shortage) short[column] = 1;
  const worked = new Array<number>(numCols).fill(0);
  for (const mine of z) for (const column of mine) worked[column] = 1;
  return {
    numCols,
    colLower: builder.colLower,
    colUpper: builder.colUpper,
    integrality: builder.integrality,
    rows,
    objectives: [short, worked],
    objectiveNames: ['unmet_demand', 'agent_hours'],
    strategy: { first: { kind: 'withSecond', secondBound: problem.people.length * dayCount }, relaxFirst: false },
  };
}

/**
 * People wanted each day by a set of shifts: those who start one that day, plus those whose
 * night shift from the day before reaches it — less those of them who can also start a shift
 * that day (after their rest: not an `early` start), as many as such starts allow.
 *
 * @param shifts the days each shift touches (its start day first), and whether it starts
 *   within the rest period after midnight
 * @example peopleWantedPerDay([{ days: [0, 1], early: false }, { days: [1], early: false }], 0, 1) // [1, 1]
 */
export function peopleWantedPerDay(
  shifts: readonly { days: readonly number[]; early: boolean }[],
  firstDay: number,
  lastDay: number,
): number[] {
  const count = lastDay - firstDay + 1;
  const starting = new Array<number>(count).fill(0);
  const late = new Array<number>(count).fill(0);
  const reached = new Array<number>(count).fill(0);
  for (const { days, early } of shifts) {
    const [first = 0, ...rest] = days;
    const i = first - firstDay;
    if (i >= 0 && i < count) {
      starting[i] = (starting[i] ?? 0) + 1;
      if (!early) late[i] = (late[i] ?? 0) + 1;
    }
    for (const day of rest)
      if (day >= firstDay && day <= lastDay) reached[day - firstDay] = (reached[day - firstDay] ?? 0) + 1;
  }
  return starting.map((s, i) => s + (reached[i] ?? 0) - Math.min(reached[i] ?? 0, late[i] ?? 0));
}
