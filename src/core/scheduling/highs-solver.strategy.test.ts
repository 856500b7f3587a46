// The lexicographic solve's strategy, step by step, against a stand-in for HiGHS that answers
// each run as scripted (optimal, stopped at its time limit with or without a solution,
// infeasible, interrupted at a floor): which costs each stage is given, which weights are tried,
// when an optimum is held with a row, what is proven and what the report says when a stage is
// cut short. The real solver's answers are checked against brute force in the model tests.
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { solveInWorker, solveWith, stoppedByWatchdog, talkToWorker, type HighsModule, type SolveOptions, type SolveReport, type WorkerMessage } from './highs-solver.js';
import { PLAIN, type LinearModel } from './linear-model.js';
import { CsPlanError, ExitCode } from '../../errors.js';

const STATUS = { notSet: 0, solveError: 4, optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, timeLimit: 13, interrupted: 17 };

/** One scripted answer: the status HiGHS ends with, its solution (none: no primal solution), bound and gap. */
interface Answer {
  status: keyof typeof STATUS;
  values?: number[];
  bound?: number;
  gap?: number;
  /** The best objective HiGHS reports to the MIP callback (and as its objective value). */
  primal?: number;
}

/** A stand-in HiGHS that gives the scripted answers in order and logs what the solver asked of it. */
function scripted(answers: Answer[]) {
  const log = {
    costs: [] as number[][], integrality: [] as number[][], options: [] as Record<string, unknown>[],
    rows: [] as { lower: number; upper: number; indices: number[]; values: number[] }[], seeds: [] as unknown[], cleared: 0, models: 0,
  };
  let answer: Answer = { status: 'notSet' };
  const model = {
    options: { set: (values: Record<string, unknown>) => void log.options.push(values) },
    info: {
      get: (name: string) => (name === 'mip_dual_bound' ? answer.bound ?? 0 : name === 'mip_gap' ? answer.gap ?? 0 : name === 'primal_solution_status' ? (answer.values ? 2 : 0) : 0),
    },
    run(callbacks?: { 6?: (event: { data: { mip_primal_bound?: number }; interrupt(): void }) => void }) {
      const next = answers.shift();
      if (!next) throw new Error('no answer scripted for this run');
      answer = next;
      let interrupted = false;
      if (answer.primal !== undefined) {
        callbacks?.[6]?.({ data: { mip_primal_bound: answer.primal }, interrupt: () => {
          interrupted = true;
        } });
      }
      return { modelStatus: interrupted ? STATUS.interrupted : STATUS[answer.status] };
    },
    getSolution: () => ({ colValue: Float64Array.from(answer.values ?? []) }),
    getObjectiveValue: () => answer.primal ?? 0,
    changeColsCost: (_: unknown, costs: ArrayLike<number>) => void log.costs.push(Array.from(costs)),
    changeColsIntegrality: (_: unknown, integrality: ArrayLike<number>) => void log.integrality.push(Array.from(integrality)),
    addRow: (lower: number, upper: number, entries: { indices: number[]; values: number[] }) => void log.rows.push({ lower, upper, ...entries }),
    setSolution: (seed: unknown) => void log.seeds.push(seed),
    clearSolver: () => {
      log.cleared += 1;
    },
    dispose: () => undefined,
  };
  const highs: HighsModule = {
    infinity: 1e30, constants: { modelStatus: STATUS },
    createModel: () => {
      log.models += 1;
      return model;
    },
  };
  return { highs, log };
}

/** Two integer columns; objective 1 is column 0, objective 2 column 1. */
function model(over: Partial<LinearModel> = {}): LinearModel {
  return {
    numCols: 2, colLower: [0, 0], colUpper: [10, 10], integrality: [1, 1], rows: [],
    objectives: [[1, 0], [0, 1]], objectiveNames: ['unmet_demand', 'agent_hours'], strategy: PLAIN, ...over,
  };
}

const solve = (answers: Answer[], over: Partial<LinearModel> = {}, options = { timeLimitSeconds: 60 }, progress?: (r: SolveReport) => void) => {
  const { highs, log } = scripted(answers);
  return { result: solveWith(highs, model(over), options, progress), log };
};
const summary = (r: SolveReport) => ({ status: r.status, gap: r.gap, objectiveValues: r.objectiveValues, proven: r.proven, unproven: r.unproven, values: Array.from(r.values) });

describe('each objective in turn', () => {
  it('the first alone, then the second weighted 10 under it from the first\'s roster', async () => {
    const progress: string[][] = [];
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [2, 3] }], {}, { timeLimitSeconds: 60 }, (r) => progress.push([...r.proven]));
    expect(summary(await result)).toEqual({ status: 'optimal', gap: 0, objectiveValues: [2, 3], proven: ['unmet_demand', 'agent_hours'], unproven: undefined, values: [2, 3] });
    expect(log.costs).toEqual([[1, 0], [10, 1]]);
    expect(log.seeds).toEqual([{ colValue: Float64Array.from([2, 5]) }]);
    expect(progress).toEqual([['unmet_demand'], ['unmet_demand', 'agent_hours']]);
    expect((await result).objectiveNames).toEqual(['unmet_demand', 'agent_hours']);
  });

  it('sets HiGHS quiet, with a gap under one unit as proof for whole objectives and the time left', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [2, 3] }], { wholeObjectives: [true, false] }, { timeLimitSeconds: 60 });
    await result;
    const [first, second] = log.options;
    expect(first).toMatchObject({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.999 });
    expect(Number(first?.time_limit)).toBeGreaterThan(59);
    expect(Number(first?.time_limit)).toBeLessThanOrEqual(60);
    // The second objective is not whole: the stage needs a real gap.
    expect(second).toMatchObject({ mip_abs_gap: 1e-6 });
  });

  it('passes the relative gap asked for, and never less than 0.1 s', async () => {
    const { highs, log } = scripted([{ status: 'optimal', values: [2, 5] }]);
    await solveWith(highs, model({ objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }), { timeLimitSeconds: 0, relativeGap: 0.01 });
    expect(log.options[0]).toMatchObject({ mip_rel_gap: 0.01, time_limit: 0.1 });
  });

  it('raises the weight tenfold while the weighted optimum gives up the previous one', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [3, 0] }, { status: 'optimal', values: [2, 4] }]);
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [2, 4], values: [2, 4] });
    expect(log.costs).toEqual([[1, 0], [10, 1], [100, 1]]);
  });

  it('past the largest weight, holds the previous optimum with a row (half a unit of slack when whole)', async () => {
    const giveUp: Answer[] = [10, 100, 1e3, 1e4, 1e5, 1e6, 1e7].map(() => ({ status: 'optimal', values: [3, 0] }));
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, ...giveUp, { status: 'optimal', values: [2, 4] }]);
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [2, 4], proven: ['unmet_demand', 'agent_hours'] });
    expect(log.costs.at(-2)).toEqual([1e7, 1]);
    expect(log.costs.at(-1)).toEqual([0, 1]);
    expect(log.rows).toEqual([{ lower: -1e30, upper: 2.5, indices: [0], values: [1] }]);
  });

  it('a fractional objective keeps its optimum within a millionth, held unrounded', async () => {
    const giveUp: Answer[] = [10, 100, 1e3, 1e4, 1e5, 1e6, 1e7].map(() => ({ status: 'optimal', values: [2.5, 0] }));
    const { result, log } = solve([{ status: 'optimal', values: [2.25, 5] }, ...giveUp, { status: 'optimal', values: [2.25, 4] }], { integrality: [0, 1], wholeObjectives: [false, true] });
    expect((await result).objectiveValues).toEqual([2.25, 4]);
    expect(log.rows).toEqual([{ lower: -1e30, upper: 2.25 + 2.25e-6, indices: [0], values: [1] }]);
  });

  it('holds every objective before the previous one with a row: three objectives', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [2, 3] }, { status: 'optimal', values: [2, 3] }], {
      objectives: [[1, 0], [0, 1], [1, 1]], objectiveNames: ['unmet_demand', 'agent_hours', 'people'],
    });
    expect((await result).objectiveValues).toEqual([2, 3, 5]);
    expect(log.rows).toEqual([{ lower: -1e30, upper: 2.5, indices: [0], values: [1] }]);
    expect(log.costs.at(-1)).toEqual([1, 11]);
  });
});

describe('a stage cut short', () => {
  it('the first objective stopped at its time limit: its best value and HiGHS\'s gap', async () => {
    const { result } = solve([{ status: 'timeLimit', values: [4, 1], gap: 0.25 }]);
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: 0.25, objectiveValues: [4], proven: [], unproven: 'unmet_demand', values: [4, 1] });
  });

  it('a gap HiGHS has no bound for yet is 100%; a negative one 0', async () => {
    expect((await solve([{ status: 'timeLimit', values: [4, 1], gap: Infinity }]).result).gap).toBe(1);
    expect((await solve([{ status: 'timeLimit', values: [4, 1], gap: -0.5 }]).result).gap).toBe(0);
  });

  it('the second stopped with the first kept: its gap from the bound less the first\'s weighted optimum', async () => {
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 3], bound: 22.5 }]);
    // Every point keeping unmet 2 scores 10 × 2 + hours; the bound 22.5 leaves hours ≥ 2.5.
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: (3 - 2.5) / 3, objectiveValues: [2, 3], proven: ['unmet_demand'], unproven: 'agent_hours', values: [2, 3] });
  });

  it('the second stopped at 0 hours with a bound under the first\'s: gap 0', async () => {
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 0], bound: 15 }]);
    expect((await result).gap).toBe(0);
  });

  it('the second stopped without keeping the first: the roster before it, gap 100%', async () => {
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [3, 0] }]);
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: 1, objectiveValues: [2, 5], proven: ['unmet_demand'], unproven: 'agent_hours', values: [2, 5] });
  });

  it('the second stopped without any solution: the roster before it', async () => {
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit' }]);
    expect(summary(await result)).toMatchObject({ status: 'time-limit', gap: 1, objectiveValues: [2, 5], values: [2, 5] });
  });

  it('the row stage cut short: its value, HiGHS\'s gap; or, without a solution, the roster before it', async () => {
    const giveUp: Answer[] = [10, 100, 1e3, 1e4, 1e5, 1e6, 1e7].map(() => ({ status: 'optimal', values: [3, 0] }));
    const stopped = solve([{ status: 'optimal', values: [2, 5] }, ...giveUp, { status: 'timeLimit', values: [2, 4], gap: 0.5 }]);
    expect(summary(await stopped.result)).toMatchObject({ status: 'time-limit', gap: 0.5, objectiveValues: [2, 4], unproven: 'agent_hours' });
    const none = solve([{ status: 'optimal', values: [2, 5] }, ...giveUp.map((a) => ({ ...a })), { status: 'timeLimit' }]);
    expect(summary(await none.result)).toMatchObject({ status: 'time-limit', gap: 1, objectiveValues: [2, 5], values: [2, 5] });
  });

  it('no time left after the first objective: the second is not started', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2, 5] }], {}, { timeLimitSeconds: 0 });
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: 1, objectiveValues: [2], proven: ['unmet_demand'], unproven: 'agent_hours', values: [2, 5] });
    expect(log.costs).toHaveLength(1);
  });
});

describe('no roster', () => {
  const refusal = async (answers: Answer[], over: Partial<LinearModel> = {}) => {
    try {
      await solve(answers, over).result;
    } catch (error) {
      if (error instanceof CsPlanError) return [error.key, error.exitCode, error.params];
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('infeasible, or unbounded or infeasible: the model has no solution (exit 3)', async () => {
    expect(await refusal([{ status: 'infeasible' }])).toEqual(['roster.infeasible', ExitCode.infeasible, {}]);
    expect(await refusal([{ status: 'unboundedOrInfeasible' }])).toEqual(['roster.infeasible', ExitCode.infeasible, {}]);
  });

  it('no solution in the time: exit 1 with the seconds; any other end without one is the solver failing', async () => {
    expect(await refusal([{ status: 'timeLimit' }])).toEqual(['roster.noSolutionInTime', ExitCode.partial, { seconds: 60, status: STATUS.timeLimit }]);
    expect(await refusal([{ status: 'solveError' }])).toEqual(['roster.solverFailed', ExitCode.internal, { seconds: 60, status: STATUS.solveError }]);
  });
});

describe('the first two objectives at once', () => {
  const withSecond = (secondBound: number, over: Partial<LinearModel> = {}): Partial<LinearModel> => ({ strategy: { first: { kind: 'withSecond', secondBound }, relaxFirst: false }, ...over });

  it('weighted just above the second\'s bound: both proven by one solve', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2, 3] }], withSecond(7.5));
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [2, 3], proven: ['unmet_demand', 'agent_hours'] });
    expect(log.costs).toEqual([[8, 1]]);
  });

  it('stopped with a bound that rules out one unit less of the first: the first proven, the second\'s gap', async () => {
    // weight 8: any point with unmet 1 scores at most 8 + 7 = 15; the bound 17 rules that out.
    const { result } = solve([{ status: 'timeLimit', values: [2, 3], bound: 17 }], withSecond(7));
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: (3 - 1) / 3, objectiveValues: [2, 3], proven: ['unmet_demand'], unproven: 'agent_hours', values: [2, 3] });
    const justAbove = solve([{ status: 'timeLimit', values: [2, 0], bound: 15.1 }], withSecond(7));
    expect(summary(await justAbove.result)).toMatchObject({ proven: ['unmet_demand'], gap: 0 });
  });

  it('stopped with a lower bound: nothing proven, the first objective\'s gap from the bound', async () => {
    const { result } = solve([{ status: 'timeLimit', values: [2, 3], bound: 12 }], withSecond(7.5));
    // First ≥ (12 − 7.5) ÷ 8.
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: (2 - 4.5 / 8) / 2, objectiveValues: [2, 3], proven: [], unproven: 'unmet_demand', values: [2, 3] });
    const exactly = solve([{ status: 'timeLimit', values: [2, 3], bound: 15 }], withSecond(7));
    expect((await exactly.result).proven).toEqual([]);
    const zero = solve([{ status: 'timeLimit', values: [0, 3], bound: -2 }], withSecond(7));
    expect(summary(await zero.result)).toMatchObject({ gap: 0, proven: [] });
  });

  it('both at once without any solution in time: no roster (exit 1)', async () => {
    await expect(solve([{ status: 'timeLimit' }], withSecond(7)).result).rejects.toMatchObject({ key: 'roster.noSolutionInTime', exitCode: ExitCode.partial });
  });

  it('only for whole objectives under a bound small enough to weigh: otherwise the first alone', async () => {
    for (const over of [withSecond(7, { wholeObjectives: [true, false] }), withSecond(7, { wholeObjectives: [false, true] }), withSecond(1e7)]) {
      const { result, log } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [2, 3] }], over);
      await result;
      expect(log.costs[0], JSON.stringify(over.wholeObjectives ?? over.strategy)).toEqual([1, 0]);
    }
    const oneObjective = solve([{ status: 'optimal', values: [2, 5] }], withSecond(7, { objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }));
    expect((await oneObjective.result).objectiveValues).toEqual([2]);
    expect(oneObjective.log.costs).toEqual([[1, 0]]);
    const largest = solve([{ status: 'optimal', values: [2, 3] }], withSecond(1e7 - 1));
    expect((await largest.result).proven).toHaveLength(2);
    expect(largest.log.costs).toEqual([[1e7, 1]]);
  });
});

describe('the first objective on a smaller model', () => {
  const smaller: LinearModel = { numCols: 1, colLower: [0], colUpper: [10], integrality: [1], rows: [], objectives: [[1]], objectiveNames: ['agent_hours'], strategy: PLAIN };
  const over: Partial<LinearModel> = { objectives: [[0, 1], [1, 0]], objectiveNames: ['agent_hours', 'people'], strategy: { first: { kind: 'smallerModel', model: smaller, columns: [1] }, relaxFirst: false } };

  it('maps its columns back and proves the first, then weighs the second under it', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [3] }, { status: 'optimal', values: [1, 3] }], over);
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [3, 1], proven: ['agent_hours', 'people'], values: [1, 3] });
    expect(log.models).toBe(2);
    expect(log.costs).toEqual([[1], [1, 10]]);
    // The full model starts from the smaller model's roster.
    expect(log.seeds).toEqual([{ colValue: Float64Array.from([0, 3]) }]);
  });

  it('the smaller model stopped: its value and gap, nothing proven', async () => {
    const { result } = solve([{ status: 'timeLimit', values: [4], gap: 0.5 }], over);
    expect(summary(await result)).toEqual({ status: 'time-limit', gap: 0.5, objectiveValues: [4], proven: [], unproven: 'agent_hours', values: [0, 4] });
  });

  it('with one objective the smaller model is not used', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [0, 2] }], { ...over, objectives: [[0, 1]], objectiveNames: ['agent_hours'] });
    expect((await result).objectiveValues).toEqual([2]);
    expect(log.models).toBe(1);
  });
});

describe('an LP first', () => {
  const relax = (over: Partial<LinearModel> = {}): Partial<LinearModel> => ({ strategy: { first: { kind: 'alone' }, relaxFirst: true }, ...over });

  it('an integral LP optimum is the stage\'s answer: no MIP; the integrality comes back', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2.0000001, 5] }, { status: 'optimal', values: [2, 3] }], relax());
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [2, 3], values: [2, 3] });
    expect(log.integrality).toEqual([[0, 0], [1, 1], [0, 0], [1, 1]]);
    expect(log.options[1]).toEqual({ presolve: 'off', simplex_dual_edge_weight_strategy: 1 });
    expect(log.options[2]).toEqual({ presolve: 'choose', simplex_dual_edge_weight_strategy: -1 });
    expect(log.cleared).toBe(0);
    // After an LP first, a later stage starts unseeded.
    expect(log.seeds).toEqual([]);
  });

  it('a fractional LP optimum: a clean solver, then the MIP with the time left', async () => {
    const { result, log } = solve([{ status: 'optimal', values: [2.5, 5] }, { status: 'optimal', values: [3, 5] }], relax({ objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }));
    expect((await result).objectiveValues).toEqual([3]);
    expect(log.cleared).toBe(1);
    expect(Object.keys(log.options[3] ?? {})).toEqual(['time_limit']);
  });

  it('an LP stopped short goes on to the MIP; an infeasible LP is an infeasible model', async () => {
    const stopped = solve([{ status: 'timeLimit' }, { status: 'optimal', values: [3, 5] }], relax({ objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }));
    expect((await stopped.result).objectiveValues).toEqual([3]);
    await expect(solve([{ status: 'infeasible' }], relax()).result).rejects.toMatchObject({ key: 'roster.infeasible', exitCode: ExitCode.infeasible });
  });
});

describe('a floor', () => {
  const floors = (over: Partial<LinearModel> = {}): Partial<LinearModel> => ({ objectiveFloors: [undefined, 0], ...over });

  it('a stage whose roster reaches the floor stops there and counts as proven', async () => {
    // Unmet 2, then 10 × 2 + hours: the floor of hours 0 puts the stage's floor at 20.
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 0], primal: 20 }], floors());
    expect(summary(await result)).toMatchObject({ status: 'optimal', objectiveValues: [2, 0], proven: ['unmet_demand', 'agent_hours'] });
  });

  it('half a unit above the floor is at the floor; more is not, and the stage runs on', async () => {
    const at = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 0], primal: 20.5 }], floors());
    expect((await at.result).status).toBe('optimal');
    const above = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 1], primal: 20.6, bound: 20 }], floors());
    expect(summary(await above.result)).toMatchObject({ status: 'time-limit', objectiveValues: [2, 1] });
  });

  it('no floor without whole objectives', async () => {
    const { result } = solve([{ status: 'optimal', values: [2, 5] }, { status: 'timeLimit', values: [2, 0], primal: 20, bound: 10 }], floors({ wholeObjectives: [true, false] }));
    expect((await result).status).toBe('time-limit');
  });
});

describe('the start', () => {
  it('a dense start seeds the first stage; a sparse one as given', async () => {
    const { highs, log } = scripted([{ status: 'optimal', values: [2, 5] }, { status: 'optimal', values: [1, 5] }]);
    await solveWith(highs, model({ objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }), { timeLimitSeconds: 60, start: [2, 5] });
    await solveWith(highs, model({ objectives: [[1, 0]], objectiveNames: ['unmet_demand'] }), { timeLimitSeconds: 60, start: { indices: [1], values: [5] } });
    expect(log.seeds).toEqual([{ colValue: [2, 5] }, { indices: [1], values: [5] }]);
  });
});

describe('a model without columns', () => {
  const empty = (rows: LinearModel['rows']) => model({ numCols: 0, colLower: [], colUpper: [], integrality: [], rows, objectives: [[], []] });

  it('is solved without HiGHS: every objective 0, proven', async () => {
    const { highs, log } = scripted([]);
    const result = await solveWith(highs, empty([{ lower: -Infinity, upper: 0, indices: [], values: [] }]), { timeLimitSeconds: 60 });
    expect(summary(result)).toEqual({ status: 'optimal', gap: 0, objectiveValues: [0, 0], proven: ['unmet_demand', 'agent_hours'], unproven: undefined, values: [] });
    expect(log.models).toBe(0);
  });

  it('is infeasible when a row asks for more than nothing, or less', async () => {
    for (const row of [{ lower: 1, upper: Infinity }, { lower: -Infinity, upper: -1 }]) {
      const { highs } = scripted([]);
      await expect(solveWith(highs, empty([{ ...row, indices: [], values: [] }]), { timeLimitSeconds: 60 })).rejects.toMatchObject({ key: 'roster.infeasible', exitCode: ExitCode.infeasible });
    }
  });
});

describe('stoppedByWatchdog and solveInWorker', () => {
  const latest: SolveReport = { status: 'optimal', gap: 0, seconds: 3, objectiveValues: [2], proven: ['agent_hours'], values: new Float64Array(1) };

  it('names the first objective not proven, gap 100%, the seconds it really ran', () => {
    expect(stoppedByWatchdog(latest, ['agent_hours', 'people'], 125)).toMatchObject({ status: 'time-limit', gap: 1, seconds: 125, unproven: 'people', objectiveValues: [2] });
    expect(stoppedByWatchdog(latest, ['agent_hours'], 125)).not.toHaveProperty('unproven');
  });

  it('an abort before the solve starts is an interruption (exit 130), with no worker started', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveInWorker(model(), { timeLimitSeconds: 1 }, controller.signal)).rejects.toMatchObject({ key: 'interrupted', exitCode: ExitCode.interrupted });
  });
});

describe('talkToWorker: the conversation with a solving worker', () => {
  const report: SolveReport = { status: 'optimal', gap: 0, seconds: 1, objectiveValues: [2, 3], proven: ['unmet_demand', 'agent_hours'], values: new Float64Array(2) };

  /** A stand-in worker that answers the model with the given messages (or nothing), and says whether it was terminated. */
  function worker(answer: (emit: (message: WorkerMessage) => void, fail: (error: Error) => void) => void) {
    const events = new EventEmitter();
    const state = { posted: [] as unknown[], terminated: 0 };
    return {
      state,
      once: (event: 'error', listener: (error: Error) => void) => events.once(event, listener),
      on: (event: 'message', listener: (message: WorkerMessage) => void) => events.on(event, listener),
      postMessage(message: unknown) {
        state.posted.push(message);
        answer((m) => events.emit('message', m), (e) => events.emit('error', e));
      },
      terminate: async () => {
        state.terminated += 1;
        return 0;
      },
    };
  }
  const talk = (w: ReturnType<typeof worker>, options: SolveOptions = { timeLimitSeconds: 60 }, signal = new AbortController().signal) => talkToWorker(w, model(), options, signal);

  it('sends the model, keeps the answer after any progress, and always ends the worker', async () => {
    const w = worker((emit) => {
      emit({ progress: { ...report, objectiveValues: [2] } });
      emit({ ok: true, report });
    });
    expect(await talk(w)).toBe(report);
    expect(w.state.posted).toEqual([{ model: model(), options: { timeLimitSeconds: 60 } }]);
    expect(w.state.terminated).toBe(1);
  });

  it('an error the worker reports comes back as the same typed error; a crash as itself', async () => {
    const reported = worker((emit) => emit({ ok: false, key: 'roster.infeasible', params: { a: 1 }, exitCode: ExitCode.infeasible }));
    await expect(talk(reported)).rejects.toMatchObject({ key: 'roster.infeasible', params: { a: 1 }, exitCode: ExitCode.infeasible });
    expect(reported.state.terminated).toBe(1);
    const crash = new Error('worker died');
    const crashed = worker((_emit, fail) => fail(crash));
    await expect(talk(crashed)).rejects.toBe(crash);
    expect(crashed.state.terminated).toBe(1);
  });

  it('an abort while it solves is an interruption (exit 130)', async () => {
    const controller = new AbortController();
    const w = worker(() => setTimeout(() => controller.abort(), 5));
    await expect(talk(w, { timeLimitSeconds: 60 }, controller.signal)).rejects.toMatchObject({ key: 'interrupted', exitCode: ExitCode.interrupted });
    expect(w.state.terminated).toBe(1);
  });

  it('past the limit and its grace: the best roster reported so far, or no roster in time (exit 1)', async () => {
    const options = { timeLimitSeconds: 0, watchdogGraceSeconds: 0.02 };
    const progressed = worker((emit) => emit({ progress: { ...report, objectiveValues: [2], proven: ['unmet_demand'] } }));
    const stopped = await talk(progressed, options);
    expect(stopped).toMatchObject({ status: 'time-limit', gap: 1, objectiveValues: [2], unproven: 'agent_hours' });
    expect(stopped.seconds).toBeGreaterThanOrEqual(0.015);
    expect(stopped.seconds).toBeLessThan(5);
    expect(progressed.state.terminated).toBe(1);
    const silent = worker(() => undefined);
    await expect(talk(silent, { timeLimitSeconds: 0.01, watchdogGraceSeconds: 0.01 })).rejects.toMatchObject({ key: 'roster.noSolutionInTime', exitCode: ExitCode.partial, params: { seconds: 0.01 } });
  });

  it('the watchdog waits the limit and 5 s of grace by default', async () => {
    const w = worker(() => undefined);
    const started = performance.now();
    // A limit of −4.95 s leaves the default grace 50 ms: the grace is 5 s (not less, and not a second more).
    await expect(talk(w, { timeLimitSeconds: -4.95 })).rejects.toMatchObject({ key: 'roster.noSolutionInTime' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
