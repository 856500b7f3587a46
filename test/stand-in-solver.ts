// A stand-in for the solver in unit tests of the steps that solve a model (the strict seed, the
// solve within the limit, the working-days plan): it records each model and its options and
// answers as told. It pins what a step asks and what it does with the answer; the optimal
// rosters themselves are checked against HiGHS and brute force elsewhere.
import type { LinearModel } from '../src/core/scheduling/linear-model.js';
import type { SolveOptions, SolveReport, SolveRun } from '../src/core/scheduling/highs-solver.js';

/** An optimal report with these column values. */
export function solved(values: ArrayLike<number>): SolveReport {
  return { status: 'optimal', gap: 0, seconds: 0, objectiveValues: [0], proven: [], values: Float64Array.from(values) };
}

/**
 * A SolveRun that records its calls and answers the n-th one (from 0) with `answer(model, n)`;
 * an Error answer is thrown.
 */
export function recordingRun(answer: (model: LinearModel, call: number) => SolveReport | Error) {
  const calls: { model: LinearModel; options: SolveOptions }[] = [];
  const run: SolveRun = async (model, options) => {
    calls.push({ model, options });
    const given = answer(model, calls.length - 1);
    if (given instanceof Error) throw given;
    return given;
  };
  return { calls, run };
}
