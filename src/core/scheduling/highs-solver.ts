/**
 * Solves a LinearModel with HiGHS (WebAssembly, loaded on first use), one objective after
 * another: each solved objective's optimum becomes a constraint for the next, and the
 * previous solution seeds the next solve (except after an LP first; see `run`).
 */
import { CsPlanError, ExitCode } from '../../errors.js';
import type { LinearModel } from './linear-model.js';
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

/**
 * How a step that solves a model gets it solved: `solveLexicographic` in this thread, or
 * `solveInWorker` with an abort signal (tests pass a stand-in that records the models).
 */
export type SolveRun = (model: LinearModel, options: SolveOptions) => Promise<SolveReport>;

/** The part of the HiGHS module the solver uses (a stand-in in tests can script its answers). */
export interface HighsModule {
  infinity: number;
  constants: { modelStatus: Record<string, number> };
  createModel(data: unknown): HighsModel;
}
/** One HiGHS model, as the solver drives it. */
export interface HighsModel {
  options: { set(values: Record<string, unknown>): void };
  info: { get(name: string): number | bigint };
  /** Callback 6 is HiGHS's mipInterrupt: called during the MIP, it may stop the solve. */
  run(callbacks?: { 6?: (event: { data: { mip_primal_bound?: number }; interrupt(): void }) => void }): {
    modelStatus: number;
  };
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

/** What one stage's solve gave: its solution, whether proven, and HiGHS's bound and gap. */
interface StageResult {
  optimal: boolean;
  solution: Float64Array;
  bound: number;
  gap: number;
}

/**
 * Minimises the model's objectives lexicographically, following `model.strategy`.
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
 * the 5,000-agent case.
 *
 * @param onProgress called after each solve with the best roster so far (for watchdogs)
 * @throws CsPlanError (exit 3) when the model has no solution
 */
export async function solveLexicographic(
  model: LinearModel,
  options: SolveOptions,
  onProgress?: (report: SolveReport) => void,
): Promise<SolveReport> {
  return solveWith(await loadHighs(), model, options, onProgress);
}

/** solveLexicographic with a given HiGHS module (the loaded one, or a stand-in that scripts HiGHS's answers in tests). */
export async function solveWith(
  highs: HighsModule,
  model: LinearModel,
  options: SolveOptions,
  onProgress?: (report: SolveReport) => void,
): Promise<SolveReport> {
  if (model.numCols === 0) return emptySolve(model);
  const solve = new Lexicographic(highs, model, options, onProgress);
  try {
    return await solve.all();
  } finally {
    solve.dispose();
  }
}

/**
 * A model without columns (nothing left to decide, e.g. a replan after the last needed slot):
 * its one point, where every objective is 0, unless a row asks for more than nothing. HiGHS
 * refuses a model without columns, so it is not asked.
 */
function emptySolve(model: LinearModel): SolveReport {
  if (model.rows.some((row) => row.lower > 0 || row.upper < 0))
    throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
  return {
    status: 'optimal',
    gap: 0,
    seconds: 0,
    objectiveValues: model.objectives.map(() => 0),
    proven: [...model.objectiveNames],
    objectiveNames: [...model.objectiveNames],
    values: new Float64Array(0),
  };
}

/** One lexicographic solve in progress: the HiGHS model, the objectives proven so far and the best roster. */
class Lexicographic {
  private readonly started = performance.now();
  private readonly solver: HighsModel;
  private readonly status: Record<string, number>;
  private readonly names: readonly string[];
  private readonly objectiveValues: number[] = [];
  private readonly proven: string[] = [];
  private readonly kept = new Set<number>();
  private readonly allColumns: { kind: 'range'; from: number; to: number };
  /** Every column continuous: the integrality of an LP relaxation. */
  private readonly continuous: number[];
  private values: Float64Array | undefined;

  constructor(
    private readonly highs: HighsModule,
    private readonly model: LinearModel,
    private readonly options: SolveOptions,
    private readonly onProgress?: (report: SolveReport) => void,
  ) {
    this.solver = highs.createModel(toCsr(model, highs.infinity));
    this.status = highs.constants.modelStatus;
    this.names = model.objectiveNames;
    this.allColumns = { kind: 'range', from: 0, to: model.numCols - 1 };
    this.continuous = new Array<number>(model.numCols).fill(0);
  }

  dispose(): void {
    this.solver.dispose();
  }

  /** Every objective in turn: the first one(s) by the model's strategy, then each weighted under the one before. */
  async all(): Promise<SolveReport> {
    const count = this.model.objectives.length;
    const first = this.model.strategy.first;
    const bound = first.kind === 'withSecond' ? first.secondBound : undefined;
    let stop: SolveReport | undefined;
    if (first.kind === 'smallerModel' && count > 1) stop = await this.firstOnSmallerModel(first.model, first.columns);
    else if (bound !== undefined && count > 1 && bound + 1 <= MAX_WEIGHT && this.whole(0) && this.whole(1))
      stop = this.firstTwoAtOnce(bound);
    else stop = this.firstAlone();
    if (stop) return stop;
    for (let next = this.proven.length; next < count; next++) {
      if (this.elapsed() >= this.options.timeLimitSeconds && this.values) return this.stopped(next, 1);
      stop = this.weightedUnderPrevious(next);
      if (stop) return stop;
    }
    return this.report();
  }

  /** The first objective on a smaller model with the same optimum (see coverStage); its own columns, so no start. */
  private async firstOnSmallerModel(
    smaller: LinearModel,
    columns: readonly number[],
  ): Promise<SolveReport | undefined> {
    const { relativeGap } = this.options;
    const first = await solveWith(this.highs, smaller, {
      timeLimitSeconds: this.options.timeLimitSeconds,
      ...(relativeGap !== undefined ? { relativeGap } : {}),
    });
    const values = new Float64Array(this.model.numCols);
    columns.forEach((column, j) => (values[column] = first.values[j] ?? 0));
    this.values = values;
    const value = evaluate(this.objective(0), values);
    if (first.status !== 'optimal') return this.stopped(0, first.gap, value);
    this.prove(value);
    return undefined;
  }

  /** The first objective alone. */
  private firstAlone(): SolveReport | undefined {
    const result = this.run({ secondary: 0, weight: 1 });
    if (!result) return this.stopped(0, 1);
    this.values = result.solution;
    const value = evaluate(this.objective(0), result.solution);
    if (!result.optimal) return this.stopped(0, result.gap, value);
    this.prove(value);
    return undefined;
  }

  /** The first two objectives in one solve, weighted above the second's bound: exact outright. */
  private firstTwoAtOnce(bound: number): SolveReport | undefined {
    const weight = Math.floor(bound) + 1;
    const result = this.run({ primary: 0, secondary: 1, weight });
    if (!result) return this.stopped(0, 1);
    this.values = result.solution;
    const first = evaluate(this.objective(0), result.solution);
    const second = evaluate(this.objective(1), result.solution);
    if (result.optimal) {
      this.prove(first, second);
      return undefined;
    }
    // A point one unit better in the first objective would score at most weight × (first − 1) + bound.
    if (result.bound > weight * Math.round(first) - 1 + 1e-6) {
      this.prove(first);
      const secondBound = Math.max(0, result.bound - weight * Math.round(first));
      return this.stopped(1, second > 0 ? (second - secondBound) / second : 0, second);
    }
    const firstBound = Math.max(0, (result.bound - bound) / weight);
    return this.report({
      status: 'time-limit',
      gap: first > 0 ? (first - firstBound) / first : 0,
      unproven: this.name(0),
      objectiveValues: [first, second],
    });
  }

  /** Objective `next`, weighted under `next − 1` (whose optimum is known); earlier ones held as rows. */
  private weightedUnderPrevious(next: number): SolveReport | undefined {
    for (let i = 0; i < next - 1; i++) this.keepOptimum(i);
    const previousOptimum = this.settled(next - 1, this.objectiveValues[next - 1] ?? 0);
    let best = this.values;
    let bestValue = evaluate(this.objective(next), best ?? []);
    const floor = this.model.objectiveFloors?.[next];
    // The half-unit test at the floor needs the combined objective to be whole.
    const wholeStage = this.whole(next - 1) && this.whole(next);
    for (let weight = FIRST_WEIGHT; weight <= MAX_WEIGHT; weight *= 10) {
      const result = this.run({
        primary: next - 1,
        secondary: next,
        weight,
        ...(floor !== undefined && wholeStage ? { floor: weight * previousOptimum + floor } : {}),
      });
      if (!result) return this.stopped(next, 1, bestValue);
      const keepsOptimum =
        evaluate(this.objective(next - 1), result.solution) <= previousOptimum + this.slack(next - 1, previousOptimum);
      if (keepsOptimum) {
        this.values = result.solution;
        bestValue = evaluate(this.objective(next), result.solution);
        if (!result.optimal) {
          // Every point keeping the previous optimum scores weight × optimum + this objective.
          const lower = Math.max(0, result.bound - weight * previousOptimum);
          return this.stopped(next, bestValue > 0 ? (bestValue - lower) / bestValue : 0, bestValue);
        }
        this.prove(bestValue);
        return undefined;
      }
      if (!result.optimal) {
        this.values = best;
        return this.stopped(next, 1, bestValue);
      }
      best = this.values;
    }
    // No weight kept the previous optimum: hold it with a constraint row instead.
    this.keepOptimum(next - 1);
    const result = this.run({ secondary: next, weight: 1 });
    if (!result) return this.stopped(next, 1, bestValue);
    this.values = result.solution;
    bestValue = evaluate(this.objective(next), result.solution);
    if (!result.optimal) return this.stopped(next, result.gap, bestValue);
    this.prove(bestValue);
    return undefined;
  }

  /** Records the next objectives' optima as proven and reports progress. */
  private prove(...optima: number[]): void {
    for (const value of optima) {
      this.proven.push(this.name(this.objectiveValues.length));
      this.objectiveValues.push(value);
    }
    this.onProgress?.(this.report());
  }

  private objective(index: number): readonly number[] {
    return this.model.objectives[index] ?? [];
  }

  private name(index: number): string {
    return this.names[index] ?? String(index);
  }

  private whole(index: number): boolean {
    return this.model.wholeObjectives?.[index] ?? true;
  }

  /** How far a value may exceed an objective's optimum and still count as keeping it. */
  private slack(index: number, optimum: number): number {
    return this.whole(index) ? 0.5 : 1e-6 * Math.max(1, Math.abs(optimum));
  }

  /** A solved value put back on its grid: whole objectives are whole at integer points. */
  private settled(index: number, value: number): number {
    return this.whole(index) ? Math.round(value) : value;
  }

  private elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  private report(extra: Partial<SolveReport> = {}): SolveReport {
    const gap = extra.gap ?? 0;
    return {
      status: 'optimal',
      seconds: this.elapsed(),
      objectiveValues: [...this.objectiveValues],
      proven: [...this.proven],
      objectiveNames: [...this.names],
      values: this.values ?? new Float64Array(this.model.numCols),
      ...extra,
      // HiGHS reports an infinite gap before it has a bound; say 100%.
      gap: Number.isFinite(gap) ? Math.min(Math.max(gap, 0), 1) : 1,
    };
  }

  /** The report when objective `unproven` was not proven: its best `value` so far, if any. */
  private stopped(unproven: number, gap: number, value?: number): SolveReport {
    return this.report({
      status: 'time-limit',
      gap,
      unproven: this.name(unproven),
      ...(value !== undefined ? { objectiveValues: [...this.objectiveValues, value] } : {}),
    });
  }

  /** Holds objective `index` at its optimum with a row (once). */
  private keepOptimum(index: number): void {
    if (this.kept.has(index)) return;
    this.kept.add(index);
    const entries = { indices: [] as number[], values: [] as number[] };
    this.objective(index).forEach((c, j) => {
      if (c !== 0) {
        entries.indices.push(j);
        entries.values.push(c);
      }
    });
    // For a whole objective, half a unit of slack admits no worse solution.
    const optimum = this.settled(index, this.objectiveValues[index] ?? 0);
    this.solver.addRow(-this.highs.infinity, optimum + this.slack(index, optimum), entries);
  }

  /**
   * The current stage solved as an LP: its optimum with the integer columns rounded when they
   * are all whole, else undefined (and the integrality is back for the MIP).
   */
  private solveRelaxation(): Float64Array | undefined {
    const { solver, model } = this;
    solver.changeColsIntegrality(this.allColumns, this.continuous);
    // Devex pricing instead of dual steepest edge: these interval-column LPs take about as many
    // iterations either way and devex's are cheaper (14 days: 1.43 → 1.20 s whole process).
    solver.options.set({ presolve: 'off', simplex_dual_edge_weight_strategy: DEVEX });
    try {
      const { modelStatus } = solver.run();
      if (modelStatus === this.status.infeasible)
        throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
      return modelStatus === this.status.optimal
        ? integralValues(solver.getSolution().colValue, model.integrality)
        : undefined;
    } finally {
      solver.changeColsIntegrality(this.allColumns, model.integrality);
      solver.options.set({ presolve: 'choose', simplex_dual_edge_weight_strategy: CHOOSE });
    }
  }

  /** Runs one stage; undefined when it stopped without any solution. */
  private run(stage: Stage): StageResult | undefined {
    const { solver, options } = this;
    const relaxFirst = this.model.strategy.relaxFirst;
    const costs = this.objective(stage.secondary).map(
      (c, j) => c + (stage.primary === undefined ? 0 : stage.weight * (this.objective(stage.primary)[j] ?? 0)),
    );
    solver.changeColsCost(this.allColumns, costs);
    const timeLimit = () => Math.max(options.timeLimitSeconds - this.elapsed(), 0.1);
    solver.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0,
      // Whole objectives: a gap under one unit is proof.
      mip_abs_gap:
        (stage.primary === undefined || this.whole(stage.primary)) && this.whole(stage.secondary) ? 0.999 : 1e-6,
      time_limit: timeLimit(),
    });
    if (relaxFirst) {
      const relaxed = this.solveRelaxation();
      if (relaxed) return { optimal: true, solution: relaxed, bound: evaluate(costs, relaxed), gap: 0 };
      // The MIP starts from a clean solver: after a fractional LP, HiGHS's MIP reported an error
      // (status −1) on a tiny priced-outsourcing instance (model.test.ts, the cheapest mix).
      solver.clearSolver();
      solver.options.set({ time_limit: timeLimit() });
    }
    // A later stage starts from the previous stage's roster, except after an LP first: seeded,
    // HiGHS stalled for minutes on the 7-day, 15-minute bench case it proves in 1 s unseeded;
    // unseeded, the after-sales model (no LP first) lost its proof in 60 s (47 s seeded).
    const seed = relaxFirst && this.values ? undefined : (this.values ?? options.start);
    if (seed) solver.setSolution('indices' in seed ? seed : { colValue: seed });
    return this.mip(stage.floor);
  }

  /** Runs HiGHS's MIP on the stage set up; with a floor, stops once a solution reaches it. */
  private mip(floor: number | undefined): StageResult | undefined {
    const { solver, status, options } = this;
    // A solution at the floor cannot be beaten; HiGHS may still spend long proving it by its bound.
    const atFloor = (value: number | undefined) => floor !== undefined && value !== undefined && value <= floor + 0.5;
    const { modelStatus } =
      floor === undefined
        ? solver.run()
        : solver.run({
            6: (event) => {
              if (atFloor(event.data.mip_primal_bound)) event.interrupt();
            },
          });
    if (modelStatus === status.infeasible || modelStatus === status.unboundedOrInfeasible) {
      throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
    }
    const hasSolution = modelStatus === status.optimal || Number(solver.info.get('primal_solution_status')) === 2;
    if (!hasSolution) {
      if (this.values) return undefined;
      throw new CsPlanError(
        modelStatus === status.timeLimit ? 'roster.noSolutionInTime' : 'roster.solverFailed',
        {
          seconds: options.timeLimitSeconds,
          status: modelStatus,
        },
        { exitCode: modelStatus === status.timeLimit ? ExitCode.partial : ExitCode.internal },
      );
    }
    return {
      optimal:
        modelStatus === status.optimal || (modelStatus === status.interrupted && atFloor(solver.getObjectiveValue())),
      solution: solver.getSolution().colValue,
      bound: Number(solver.info.get('mip_dual_bound')),
      gap: Number(solver.info.get('mip_gap')),
    };
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
export function stoppedByWatchdog(
  latest: SolveReport,
  objectiveNames: readonly string[],
  seconds: number,
): SolveReport {
  const unproven = objectiveNames[latest.proven.length];
  return { ...latest, status: 'time-limit', gap: 1, seconds, ...(unproven ? { unproven } : {}) };
}

/** What the worker posts back: progress, the answer, or an error in its parts. */
export type WorkerMessage =
  | { progress: SolveReport }
  | { ok: true; report: SolveReport }
  | { ok: false; key: MessageKey; params: Record<string, string | number>; exitCode: ExitCode };

/** What solveInWorker needs of a worker thread (a stand-in in tests can play the worker's part). */
export interface WorkerLike {
  once(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown;
  postMessage(message: { model: LinearModel; options: SolveOptions }): void;
  terminate(): Promise<unknown>;
}

/** The error of a solve stopped by the user (Ctrl-C): exit 130. */
const interruptedError = () => new CsPlanError('interrupted', {}, { exitCode: ExitCode.interrupted });

/**
 * Solves in a worker thread, so an abort (Ctrl-C in the CLI) stops HiGHS at once: the worker
 * is terminated and the promise rejects with the `interrupted` error (exit code 130).
 * HiGHS checks its time limit between steps, and a long LP step can overrun it; a watchdog
 * stops the worker a few seconds after the limit and returns the best roster reported so far.
 */
export async function solveInWorker(
  model: LinearModel,
  options: SolveOptions,
  signal: AbortSignal,
): Promise<SolveReport> {
  if (signal.aborted) throw interruptedError();
  const { Worker } = await import('node:worker_threads');
  return talkToWorker(new Worker(new URL('./solve-worker.js', import.meta.url)), model, options, signal);
}

/**
 * The conversation with a solving worker: the model goes out; progress reports, the answer or
 * an error come back; an abort or the watchdog ends it; the worker is terminated in every case.
 */
export async function talkToWorker(
  worker: WorkerLike,
  model: LinearModel,
  options: SolveOptions,
  signal: AbortSignal,
): Promise<SolveReport> {
  const started = performance.now();
  let watchdog: NodeJS.Timeout | undefined;
  try {
    return await new Promise<SolveReport>((resolve, reject) => {
      let latest: SolveReport | undefined;
      const onAbort = () => reject(interruptedError());
      signal.addEventListener('abort', onAbort, { once: true });
      watchdog = setTimeout(
        () => {
          signal.removeEventListener('abort', onAbort);
          if (!latest) {
            reject(
              new CsPlanError(
                'roster.noSolutionInTime',
                { seconds: options.timeLimitSeconds },
                { exitCode: ExitCode.partial },
              ),
            );
            return;
          }
          resolve(stoppedByWatchdog(latest, model.objectiveNames, (performance.now() - started) / 1000));
        },
        (options.timeLimitSeconds + (options.watchdogGraceSeconds ?? WATCHDOG_GRACE_SECONDS)) * 1000,
      );
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
