/**
 * Solves a LinearModel with HiGHS (WebAssembly, loaded on first use), one objective after
 * another: each solved objective's optimum becomes a constraint for the next, and the
 * previous solution seeds the next solve.
 */
import { setFlagsFromString } from 'node:v8';
import { CsPlanError, ExitCode } from '../../errors.js';
import type { LinearModel } from './model.js';

/** How a solve ended. `time-limit`: the best solution found in time, maybe not optimal. */
export type SolveStatus = 'optimal' | 'time-limit';

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
  /** The objective the time limit cut short, if any. */
  unproven?: string;
  values: Float64Array;
}

export interface SolveOptions {
  /** Seconds for all objectives together. */
  timeLimitSeconds: number;
  /** Relative gap at which HiGHS may stop; 0 asks for a proven optimum. */
  relativeGap?: number;
}

interface HighsModule {
  infinity: number;
  constants: { modelStatus: Record<string, number> };
  createModel(data: unknown): HighsModel;
}
interface HighsModel {
  options: { set(values: Record<string, unknown>): void };
  info: { get(name: string): number | bigint };
  run(): { modelStatus: number };
  getSolution(): { colValue: Float64Array };
  getObjectiveValue(): number;
  changeColsCost(selection: unknown, costs: ArrayLike<number>): void;
  addRow(lower: number, upper: number, entries: { indices: number[]; values: number[] }): void;
  setSolution(solution: { colValue: ArrayLike<number> }): void;
  dispose(): void;
}

let loaded: Promise<HighsModule> | undefined;

/** Loads the HiGHS WebAssembly module once per process. */
export function loadHighs(): Promise<HighsModule> {
  if (!loaded) {
    // V8 tiers hot WebAssembly up to optimised code in background threads; on small models
    // that work outlasts the solve and delays exit. A larger budget tiers up only code that
    // runs long (measured: Double 11 example 0.78 s → 0.58 s whole process, 14-day case unchanged).
    setFlagsFromString('--wasm-tiering-budget=20000000');
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

/**
 * Minimises the model's objectives lexicographically.
 *
 * @throws CsPlanError (exit 3) when the model has no solution
 */
export async function solveLexicographic(model: LinearModel, options: SolveOptions): Promise<SolveReport> {
  const highs = await loadHighs();
  const status = highs.constants.modelStatus;
  const started = performance.now();
  const solver = highs.createModel(toCsr(model, highs.infinity));
  try {
    const objectiveValues: number[] = [];
    let values: Float64Array | undefined;
    let gap = 0;
    let finalStatus: SolveStatus = 'optimal';
    const proven: string[] = [];
    let unproven: string | undefined;
    for (const [index, costs] of model.objectives.entries()) {
      const remaining = options.timeLimitSeconds - (performance.now() - started) / 1000;
      if (remaining <= 0 && values) {
        finalStatus = 'time-limit';
        unproven = model.objectiveNames[index];
        gap = 1;
        break;
      }
      solver.changeColsCost({ kind: 'range', from: 0, to: model.numCols - 1 }, costs);
      solver.options.set({
        output_flag: false,
        mip_rel_gap: options.relativeGap ?? 0,
        mip_abs_gap: 1e-6,
        time_limit: Math.max(remaining, 0.1),
      });
      if (values) solver.setSolution({ colValue: values });
      const { modelStatus } = solver.run();
      if (modelStatus === status.infeasible || modelStatus === status.unboundedOrInfeasible) {
        throw new CsPlanError('roster.infeasible', {}, { exitCode: ExitCode.infeasible });
      }
      const hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
      if (modelStatus !== status.optimal && !hasSolution) {
        if (values) {
          finalStatus = 'time-limit';
          unproven = model.objectiveNames[index];
          gap = 1;
          break;
        }
        throw new CsPlanError(modelStatus === status.timeLimit ? 'roster.noSolutionInTime' : 'roster.solverFailed', {
          seconds: options.timeLimitSeconds, status: modelStatus,
        }, { exitCode: modelStatus === status.timeLimit ? ExitCode.partial : ExitCode.internal });
      }
      values = solver.getSolution().colValue;
      const objective = costs.reduce((sum, c, j) => sum + c * (values?.[j] ?? 0), 0);
      objectiveValues.push(objective);
      if (modelStatus !== status.optimal) {
        gap = Number(solver.info.get('mip_gap'));
        finalStatus = 'time-limit';
        unproven = model.objectiveNames[index];
        break;
      }
      proven.push(model.objectiveNames[index] ?? String(index));
      if (index < model.objectives.length - 1) {
        // Keep this optimum while the next objective is minimised. Objectives take whole-number
        // values at integer points, so half a unit of slack admits no worse solution.
        const entries = { indices: [] as number[], values: [] as number[] };
        costs.forEach((c, j) => {
          if (c !== 0) {
            entries.indices.push(j);
            entries.values.push(c);
          }
        });
        solver.addRow(-highs.infinity, Math.round(objective) + 0.5, entries);
      }
    }
    return {
      status: finalStatus,
      // HiGHS reports an infinite gap before it has a bound; say 100%.
      gap: Number.isFinite(gap) ? Math.min(gap, 1) : 1,
      seconds: (performance.now() - started) / 1000,
      objectiveValues,
      proven,
      ...(unproven ? { unproven } : {}),
      values: values ?? new Float64Array(model.numCols),
    };
  } finally {
    solver.dispose();
  }
}

/**
 * Solves in a worker thread, so an abort (Ctrl-C in the CLI) stops HiGHS at once: the worker
 * is terminated and the promise rejects with the `interrupted` error (exit code 130).
 */
export async function solveInWorker(model: LinearModel, options: SolveOptions, signal: AbortSignal): Promise<SolveReport> {
  const { Worker } = await import('node:worker_threads');
  const interrupted = () => new CsPlanError('interrupted', {}, { exitCode: ExitCode.interrupted });
  if (signal.aborted) throw interrupted();
  const worker = new Worker(new URL('./solve-worker.js', import.meta.url));
  try {
    return await new Promise<SolveReport>((resolve, reject) => {
      const onAbort = () => reject(interrupted());
      signal.addEventListener('abort', onAbort, { once: true });
      worker.once('error', reject);
      worker.once('message', (message: { ok: true; report: SolveReport } | { ok: false; key: string; params: Record<string, string | number>; exitCode: ExitCode }) => {
        signal.removeEventListener('abort', onAbort);
        if (message.ok) resolve(message.report);
        else reject(new CsPlanError(message.key, message.params, { exitCode: message.exitCode }));
      });
      worker.postMessage({ model, options });
    });
  } finally {
    await worker.terminate();
  }
}
