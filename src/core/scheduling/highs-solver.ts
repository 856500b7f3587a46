/**
 * Solves a LinearModel with HiGHS (WebAssembly, loaded on first use), one objective after
 * another: each solved objective's optimum becomes a constraint for the next, and the
 * previous solution seeds the next solve (except after an LP first; see `run`).
 */
import { CsPlanError, ExitCode } from '../../errors.js';
import type { LinearModel } from './model.js';
import type { MessageKey } from '../../i18n.js';

/**
 * How a solve ended. `time-limit`: the best solution found in time, maybe not optimal.
 * `bounded`: a decomposition's roster, within `gap` of a proven bound but not proven optimal.
 */
export type SolveStatus = 'optimal' | 'time-limit' | 'bounded';

export interface SolveReport {
  status: SolveStatus;
  /** Relative optimality gap of the objective being solved when the solve ended (0 when proven optimal). */
  gap: number;
  /** Wall-clock seconds in the solver. */
  seconds: number;
  /** Optimal (or best) value of each objective solved, in priority order. */
  objectiveValues: number[];
  /** The objectives proven optimal, in priority order (all of them when status is optimal). */
  proven: string[];
  /** Every objective of the model, in priority order. */
  objectiveNames?: string[];
  /** The objective the time limit cut short, if any. */
  unproven?: string;
  /** How the roster was found when not by one exact model. */
  method?: 'decomposition';
  /**
   * With `decomposition`: the relaxed model's optimum of each objective, a lower bound on what
   * any roster keeping every rule can reach (`objectiveValues` are then the roster's own).
   */
  bounds?: number[];
  values: Float64Array;
}

/** A start for some columns only (e.g. the shift columns of a heuristic roster); HiGHS completes the rest. */
export interface SparseStart {
  indices: number[];
  values: number[];
}

export interface SolveOptions {
  /** Seconds for all objectives together. */
  timeLimitSeconds: number;
  /** Relative gap at which HiGHS may stop; 0 asks for a proven optimum. */
  relativeGap?: number;
  /** A feasible point to start from (same columns), e.g. the solution of a stricter model. */
  start?: ArrayLike<number> | SparseStart;
  /** Seconds past the time limit before solveInWorker stops the worker from outside (default 5). */
  watchdogGraceSeconds?: number;
}

interface HighsModule {
  infinity: number;
  constants: { modelStatus: Record<string, number> };
  createModel(data: unknown): HighsModel;
}
interface HighsModel {
  options: { set(values: Record<string, unknown>): void };
  info: { get(name: string): number | bigint };
  /** Callback 6 is HiGHS's mipInterrupt: called during the MIP, it may stop the solve. */
  run(callbacks?: { 6?: (event: { data: { mip_primal_bound?: number }; interrupt(): void }) => void }): { modelStatus: number };
  getSolution(): { colValue: Float64Array };
  getObjectiveValue(): number;
  changeColsCost(selection: unknown, costs: ArrayLike<number>): void;
  changeColsIntegrality(selection: unknown, integrality: ArrayLike<number>): void;
  addRow(lower: number, upper: number, entries: { indices: number[]; values: number[] }): void;
  setSolution(solution: { colValue: ArrayLike<number> } | SparseStart): void;
  /** Drops the solver's state (basis, solution) but keeps the model. */
  clearSolver(): void;
  dispose(): void;
}

let loaded: Promise<HighsModule> | undefined;

/** Loads the HiGHS WebAssembly module once per process. */
export function loadHighs(): Promise<HighsModule> {
  if (!loaded) {
    // The package's own types do not resolve under NodeNext; the shape used is declared above.
    loaded = import('highs').then((m) => (m as unknown as { default: () => Promise<HighsModule> }).default());
  }
  return loaded;
}

function toCsr(model: LinearModel, infinity: number) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const clamp = (v: number) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v);
  return {
    numCols: model.numCols,
    numRows: model.rows.length,
    colCost: new Array<number>(model.numCols).fill(0),
    colLower: model.colLower.map(clamp),
    colUpper: model.colUpper.map(clamp),
    rowLower: model.rows.map((r) => clamp(r.lower)),
    rowUpper: model.rows.map((r) => clamp(r.upper)),
    matrix: { format: 'csr', numRows: model.rows.length, numCols: model.numCols, starts, indices, values },
    integrality: model.integrality,
  };
}

/** HiGHS's `simplex_dual_edge_weight_strategy` values: let HiGHS choose, or devex pricing. */
const CHOOSE = -1;
const DEVEX = 1;

/** How far from a whole number an integer column of an LP optimum may be and still count as whole. */
const INTEGRAL_TOLERANCE = 1e-6;

/**
 * The LP optimum's values with the integer columns rounded, when every integer column is
 * whole within INTEGRAL_TOLERANCE; undefined when one is not. An integral LP optimum is
 * also the MIP's optimum (the LP's bound is reached by a point the MIP allows).
 *
 * @example integralValues([0.9999999, 2.5], [1, 0]) // Float64Array [1, 2.5]
 */
export function integralValues(values: ArrayLike<number>, integrality: readonly number[]): Float64Array | undefined {
  const result = Float64Array.from(values);
  for (let j = 0; j < result.length; j++) {
    if (integrality[j] !== 1) continue;
    const whole = Math.round(result[j] ?? 0);
    if (Math.abs((result[j] ?? 0) - whole) > INTEGRAL_TOLERANCE) return undefined;
    result[j] = whole;
  }
  return result;
}

/** Σ costs × values. */
function evaluate(costs: readonly number[], values: ArrayLike<number>): number {
  let sum = 0;
  costs.forEach((c, j) => {
    if (c !== 0) sum += c * (values[j] ?? 0);
  });
  return sum;
}

/** Weights above this make the combined costs too uneven for the solver's tolerances. */
const MAX_WEIGHT = 1e7;
/** First weight tried when an objective is weighted under the one proven before it. */
const FIRST_WEIGHT = 10;

/** One solve: minimise `weight × primary + secondary` (or `secondary` alone). */
interface Stage {
  secondary: number;
  primary?: number;
  weight: number;
  /** No point can score below this: a solution that reaches it is optimal, and the solve stops there. */
  floor?: number;
}

/**
 * Minimises the model's objectives lexicographically.
 *
 * With `relaxFirst`, each solve is tried as an LP first: when the LP optimum is integral it is
 * the MIP's optimum, and HiGHS's branch and bound is skipped (the MIP runs only when not).
 *
 * Each objective after the first is minimised as `weight × previous + this` with the previous
 * optimum known, rather than with the previous objective as a constraint row: that row is
 * dense and made HiGHS's LP slow (14-day bench case: 11 s for the second objective → 2 s).
 * The weighted optimum is lexicographically optimal whenever it keeps the previous optimum,
 * whatever the weight; that is checked, and the weight raised tenfold if not. A small first
 * weight matters: weights near the agent-slot scale made HiGHS stall past its time limit on
 * the 5,000-agent case. When the model gives `secondObjectiveBound`, the first two objectives
 * are solved in one weighted solve whose weight exceeds that bound, which is exact outright.
 *
 * @param onProgress called after each solve with the best roster so far (for watchdogs)
 * @throws CsPlanError (exit 3) when the model has no solution
 */
export async function solveLexicographic(model: LinearModel, options: SolveOptions, onProgress?: (report: SolveReport) => void): Promise<SolveReport> {
  const highs = await loadHighs();
  const status = highs.constants.modelStatus;
  const started = performance.now();
  const solver = highs.createModel(toCsr(model, highs.infinity));
  const names = model.objectiveNames;
  const count = model.objectives.length;
  const objective = (index: number) => model.objectives[index] ?? [];
  const whole = (index: number) => model.wholeObjectives?.[index] ?? true;
  /** How far a value may exceed an objective's optimum and still count as keeping it. */
  const slack = (index: number, optimum: number) => (whole(index) ? 0.5 : 1e-6 * Math.max(1, Math.abs(optimum)));
  /** A solved value put back on its grid: whole objectives are whole at integer points. */
  const settled = (index: number, value: number) => (whole(index) ? Math.round(value) : value);
  const elapsed = () => (performance.now() - started) / 1000;
  const objectiveValues: number[] = [];
  const proven: string[] = [];
  let values: Float64Array | undefined;
  const report = (extra: Partial<SolveReport> = {}): SolveReport => {
    const gap = extra.gap ?? 0;
    return {
      status: 'optimal', seconds: elapsed(), objectiveValues: [...objectiveValues], proven: [...proven], objectiveNames: [...names],
      values: values ?? new Float64Array(model.numCols), ...extra,
      // HiGHS reports an infinite gap before it has a bound; say 100%.
      gap: Number.isFinite(gap) ? Math.min(Math.max(gap, 0), 1) : 1,
    };
  };
  const stopped = (unproven: number, gap: number, value?: number): SolveReport => report({
    status: 'time-limit', gap, unproven: names[unproven] ?? String(unproven),
    ...(value !== undefined ? { objectiveValues: [...objectiveValues, value] } : {}),
  });
  const kept = new Set<number>();
  const keepOptimum = (index: number) => {
    if (kept.has(index)) return;
    kept.add(index);
    const entries = { indices: [] as number[], values: [] as number[] };
    objective(index).forEach((c, j) => {
      if (c !== 0) {
        entries.indices.push(j);
        entries.values.push(c);
      }
    });
    // For a whole objective, half a unit of slack admits no worse solution.
    const optimum = settled(index, objectiveValues[index] ?? 0);
    solver.addRow(-highs.infinity, optimum + slack(index, optimum), entries);
  };
  const continuous = new Array<number>(model.numCols).fill(0);
  const allColumns = { kind: 'range', from: 0, to: model.numCols - 1 };
  /**
   * The current stage solved as an LP: its optimum with the integer columns rounded when they
   * are all whole, else undefined (and the integrality is back for the MIP).
   */
  const solveRelaxation = (): Float64Array | undefined => {
    solver.changeColsIntegrality(allColumns, continuous);
    // Devex pricing instead of dual steepest edge: these interval-column LPs take about as many
    // iterations either way and devex's are cheaper (14 days: 1.43 → 1.20 s whole process).
    solver.options.set({ presolve: 'off', simplex_dual_edge_weight_strategy: DEVEX });
    try {
      const { modelStatus } = solver.run();
      if (modelStatus === status.infeasible) throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
      return modelStatus === status.optimal ? integralValues(solver.getSolution().colValue, model.integrality) : undefined;
    } finally {
      solver.changeColsIntegrality(allColumns, model.integrality);
      solver.options.set({ presolve: 'choose', simplex_dual_edge_weight_strategy: CHOOSE });
    }
  };
  /** Runs one stage; undefined when it stopped without any solution. */
  const run = (stage: Stage) => {
    const costs = objective(stage.secondary).map((c, j) => c + (stage.primary === undefined ? 0 : stage.weight * (objective(stage.primary)[j] ?? 0)));
    solver.changeColsCost(allColumns, costs);
    const timeLimit = () => Math.max(options.timeLimitSeconds - elapsed(), 0.1);
    solver.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0,
      // Whole objectives: a gap under one unit is proof.
      mip_abs_gap: (stage.primary === undefined || whole(stage.primary)) && whole(stage.secondary) ? 0.999 : 1e-6,
      time_limit: timeLimit(),
    });
    if (model.relaxFirst) {
      const relaxed = solveRelaxation();
      if (relaxed) return { optimal: true, solution: relaxed, bound: evaluate(costs, relaxed), gap: 0 };
      // The MIP starts from a clean solver: after a fractional LP, HiGHS's MIP reported an error
      // (status −1) on a tiny priced-outsourcing instance (model.test.ts, the cheapest mix).
      solver.clearSolver();
      solver.options.set({ time_limit: timeLimit() });
    }
    // A later stage starts from the previous stage's roster, except after an LP first: seeded,
    // HiGHS stalled for minutes on the 7-day, 15-minute bench case it proves in 1 s unseeded;
    // unseeded, the after-sales model (no LP first) lost its proof in 60 s (47 s seeded).
    const seed = model.relaxFirst && values ? undefined : values ?? options.start;
    if (seed) solver.setSolution('indices' in seed ? seed : { colValue: seed });
    // A solution at the floor cannot be beaten; HiGHS may still spend long proving it by its bound.
    const floor = stage.floor;
    const atFloor = (value: number | undefined) => floor !== undefined && value !== undefined && value <= floor + 0.5;
    const { modelStatus } = floor === undefined ? solver.run() : solver.run({
      6: (event) => {
        if (atFloor(event.data.mip_primal_bound)) event.interrupt();
      },
    });
    if (modelStatus === status.infeasible || modelStatus === status.unboundedOrInfeasible) {
      throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
    }
    const hasSolution = modelStatus === status.optimal || Number(solver.info.get('primal_solution_status')) === 2;
    if (!hasSolution) {
      if (values) return undefined;
      throw new CsPlanError(modelStatus === status.timeLimit ? 'roster.noSolutionInTime' : 'roster.solverFailed', {
        seconds: options.timeLimitSeconds, status: modelStatus,
      }, { exitCode: modelStatus === status.timeLimit ? ExitCode.partial : ExitCode.internal });
    }
    return {
      optimal: modelStatus === status.optimal || (modelStatus === status.interrupted && atFloor(solver.getObjectiveValue())),
      solution: solver.getSolution().colValue,
      bound: Number(solver.info.get('mip_dual_bound')),
      gap: Number(solver.info.get('mip_gap')),
    };
  };

  try {
    let next = 0;
    const firstStage = model.firstStage;
    if (firstStage && count > 1) {
      // The first objective on a smaller model with the same optimum (see coverStage).
      // Its own columns: a start given for this model's columns does not fit it.
      const first = await solveLexicographic(firstStage.model, {
        timeLimitSeconds: options.timeLimitSeconds, ...(options.relativeGap !== undefined ? { relativeGap: options.relativeGap } : {}),
      });
      values = new Float64Array(model.numCols);
      firstStage.columns.forEach((column, j) => {
        if (values) values[column] = first.values[j] ?? 0;
      });
      const value = evaluate(objective(0), values);
      if (first.status !== 'optimal') return stopped(0, first.gap, value);
      objectiveValues.push(value);
      proven.push(names[0] ?? '0');
      next = 1;
      onProgress?.(report());
    }
    while (next < count) {
      if (elapsed() >= options.timeLimitSeconds && values) return stopped(next, 1);
      // The first two objectives at once, with a weight above the second's bound.
      const bound = model.secondObjectiveBound;
      if (next === 0 && count > 1 && bound !== undefined && bound + 1 <= MAX_WEIGHT && whole(0) && whole(1)) {
        const weight = Math.floor(bound) + 1;
        const result = run({ primary: 0, secondary: 1, weight });
        if (!result) return stopped(0, 1);
        values = result.solution;
        const first = evaluate(objective(0), values);
        const second = evaluate(objective(1), values);
        if (result.optimal) {
          objectiveValues.push(first, second);
          proven.push(names[0] ?? '0', names[1] ?? '1');
          next = 2;
          onProgress?.(report());
          continue;
        }
        // A point one unit better in the first objective would score at most weight × (first − 1) + bound.
        if (result.bound > weight * Math.round(first) - 1 + 1e-6) {
          objectiveValues.push(first);
          proven.push(names[0] ?? '0');
          const secondBound = Math.max(0, result.bound - weight * Math.round(first));
          return stopped(1, second > 0 ? (second - secondBound) / second : 0, second);
        }
        const firstBound = Math.max(0, (result.bound - bound) / weight);
        return report({ status: 'time-limit', gap: first > 0 ? (first - firstBound) / first : 0, unproven: names[0] ?? '0', objectiveValues: [first, second] });
      }
      if (next === 0) {
        const result = run({ secondary: 0, weight: 1 });
        if (!result) return stopped(0, 1);
        values = result.solution;
        const value = evaluate(objective(0), values);
        if (!result.optimal) return stopped(0, result.gap, value);
        objectiveValues.push(value);
        proven.push(names[0] ?? '0');
        next = 1;
        onProgress?.(report());
        continue;
      }
      // Objective `next`, weighted under `next − 1` (whose optimum is known); earlier ones as rows.
      for (let i = 0; i < next - 1; i++) keepOptimum(i);
      const previousOptimum = settled(next - 1, objectiveValues[next - 1] ?? 0);
      let best = values;
      let bestValue = evaluate(objective(next), best ?? []);
      let done = false;
      for (let weight = FIRST_WEIGHT; weight <= MAX_WEIGHT && !done; weight *= 10) {
        const floor = model.objectiveFloors?.[next];
        // The half-unit test at the floor needs the combined objective to be whole.
        const wholeStage = whole(next - 1) && whole(next);
        const result = run({ primary: next - 1, secondary: next, weight, ...(floor !== undefined && wholeStage ? { floor: weight * previousOptimum + floor } : {}) });
        if (!result) return stopped(next, 1, bestValue);
        const keepsOptimum = evaluate(objective(next - 1), result.solution) <= previousOptimum + slack(next - 1, previousOptimum);
        if (keepsOptimum) {
          values = result.solution;
          bestValue = evaluate(objective(next), values);
          if (!result.optimal) {
            // Every point keeping the previous optimum scores weight × optimum + this objective.
            const lower = Math.max(0, result.bound - weight * previousOptimum);
            return stopped(next, bestValue > 0 ? (bestValue - lower) / bestValue : 0, bestValue);
          }
          done = true;
        } else if (!result.optimal) {
          values = best;
          return stopped(next, 1, bestValue);
        }
        best = values;
      }
      if (!done) {
        // No weight kept the previous optimum: hold it with a constraint row instead.
        keepOptimum(next - 1);
        const result = run({ secondary: next, weight: 1 });
        if (!result) return stopped(next, 1, bestValue);
        values = result.solution;
        bestValue = evaluate(objective(next), values);
        if (!result.optimal) return stopped(next, result.gap, bestValue);
      }
      objectiveValues.push(bestValue);
      proven.push(names[next] ?? String(next));
      next += 1;
      onProgress?.(report());
    }
    return report();
  } finally {
    solver.dispose();
  }
}

/** Seconds past the time limit before a solve that ignores it is stopped from outside. */
const WATCHDOG_GRACE_SECONDS = 5;

/**
 * The report when the watchdog stops a solve: the best roster reported so far, with the first
 * objective not yet proven named, its gap unknown (100%), and the seconds the solve really ran
 * (not those of the last report).
 *
 * @example stoppedByWatchdog(report, ['agent_hours', 'people'], 125).unproven // 'people' when agent_hours was proven
 */
export function stoppedByWatchdog(latest: SolveReport, objectiveNames: readonly string[], seconds: number): SolveReport {
  const unproven = objectiveNames[latest.proven.length];
  return { ...latest, status: 'time-limit', gap: 1, seconds, ...(unproven ? { unproven } : {}) };
}

type WorkerMessage =
  | { progress: SolveReport }
  | { ok: true; report: SolveReport }
  | { ok: false; key: MessageKey; params: Record<string, string | number>; exitCode: ExitCode };

/**
 * Solves in a worker thread, so an abort (Ctrl-C in the CLI) stops HiGHS at once: the worker
 * is terminated and the promise rejects with the `interrupted` error (exit code 130).
 * HiGHS checks its time limit between steps, and a long LP step can overrun it; a watchdog
 * stops the worker a few seconds after the limit and returns the best roster reported so far.
 */
export async function solveInWorker(model: LinearModel, options: SolveOptions, signal: AbortSignal): Promise<SolveReport> {
  const { Worker } = await import('node:worker_threads');
  const interrupted = () => new CsPlanError('interrupted', {}, { exitCode: ExitCode.interrupted });
  if (signal.aborted) throw interrupted();
  const started = performance.now();
  const worker = new Worker(new URL('./solve-worker.js', import.meta.url));
  let watchdog: NodeJS.Timeout | undefined;
  try {
    return await new Promise<SolveReport>((resolve, reject) => {
      let latest: SolveReport | undefined;
      const onAbort = () => reject(interrupted());
      signal.addEventListener('abort', onAbort, { once: true });
      watchdog = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        if (!latest) {
          reject(new CsPlanError('roster.noSolutionInTime', { seconds: options.timeLimitSeconds }, { exitCode: ExitCode.partial }));
          return;
        }
        resolve(stoppedByWatchdog(latest, model.objectiveNames, (performance.now() - started) / 1000));
      }, (options.timeLimitSeconds + (options.watchdogGraceSeconds ?? WATCHDOG_GRACE_SECONDS)) * 1000);
      worker.once('error', reject);
      worker.on('message', (message: WorkerMessage) => {
        if ('progress' in message) {
          latest = message.progress;
          return;
        }
        signal.removeEventListener('abort', onAbort);
        if (message.ok) resolve(message.report);
        else reject(new CsPlanError(message.key, message.params, { exitCode: message.exitCode }));
      });
      worker.postMessage({ model, options });
    });
  } finally {
    clearTimeout(watchdog);
    await worker.terminate();
  }
}
