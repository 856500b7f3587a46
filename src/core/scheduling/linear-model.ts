/**
 * The linear model every roster model is built as, the builder they share, and the explicit
 * strategy the solver follows (highs-solver.ts). Plain data: a model crosses to the solver's
 * worker thread as it is.
 */

/** The roster's objectives, in the words reports use. */
export type ObjectiveName = 'unmet_demand' | 'agent_hours' | 'people' | 'soft_goals' | 'changes' | 'cost';

/** One row: lower ≤ Σ values × columns ≤ upper. */
export interface LinearRow {
  lower: number;
  upper: number;
  indices: number[];
  values: number[];
}

/**
 * How the solver reaches the optimum of the first objective(s); every later objective is
 * minimised weighted under the one before it (see highs-solver).
 * - `alone`: the first objective by itself.
 * - `withSecond`: the first two in one solve, weighted above `secondBound`, an upper bound on
 *   the second objective over every feasible point (exact outright; the solver falls back to
 *   `alone` when the bound is too large or either objective is not whole).
 * - `smallerModel`: the first objective on a smaller model with the same optimum (its only
 *   objective); `columns[j]` is the column of this model its column j stands for.
 */
export type FirstObjectives =
  | { kind: 'alone' }
  | { kind: 'withSecond'; secondBound: number }
  | { kind: 'smallerModel'; model: LinearModel; columns: number[] };

export interface SolveStrategy {
  first: FirstObjectives;
  /**
   * Solve each stage as an LP first and keep the LP's optimum when it is integral (exact either
   * way): pays where the rows make LP optima mostly integral, as interval shifts do.
   */
  relaxFirst: boolean;
}

/** The strategy of a model that says nothing special: each objective alone, no LP first. */
export const PLAIN: SolveStrategy = { first: { kind: 'alone' }, relaxFirst: false };

/** A linear model in row form, ready for any MIP solver. */
export interface LinearModel {
  numCols: number;
  colLower: number[];
  colUpper: number[];
  /** 1 for integer columns, 0 for continuous. */
  integrality: number[];
  rows: LinearRow[];
  /** Objectives in priority order (minimised), each a dense cost vector. */
  objectives: number[][];
  /** Names for the objectives (snake_case, stable), for reports. */
  objectiveNames: ObjectiveName[];
  /**
   * Whether each objective takes whole values at integer points (default: all do). Only
   * whole objectives are combined in one weighted solve and proven with a gap under one unit.
   */
  wholeObjectives?: boolean[];
  /** A value each objective can never go below, when known (e.g. 0): reaching it proves the objective. */
  objectiveFloors?: (number | undefined)[];
  /** How the solver works through the objectives. */
  strategy: SolveStrategy;
}

/**
 * Columns and rows of a model under construction (every column ≥ 0). Rows refuse a column
 * that was never added, so an index slip fails at once instead of building a wrong model.
 *
 * @example
 * const b = modelBuilder();
 * const x = b.addColumn(1, true), y = b.addColumn(1, true);
 * b.atMost(1, [x, y]); // x + y ≤ 1
 */
export function modelBuilder() {
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: number[] = [];
  const rows: LinearRow[] = [];
  return {
    colLower,
    colUpper,
    integrality,
    rows,
    /** A new column in [lower, upper] (lower ≥ 0, 0 unless given); its index. */
    addColumn(upper: number, integer: boolean, lower = 0): number {
      colLower.push(lower);
      colUpper.push(upper);
      integrality.push(integer ? 1 : 0);
      return colLower.length - 1;
    },
    /** The model's columns and rows so far (a `LinearModel` without its objectives and strategy). */
    columnsAndRows(): Pick<LinearModel, 'numCols' | 'colLower' | 'colUpper' | 'integrality' | 'rows'> {
      return { numCols: colLower.length, colLower, colUpper, integrality, rows };
    },
    ...rowAdders(rows, () => colLower.length),
  };
}

/**
 * A builder over a model already built (the day rules and the people paid overtime added to the
 * group model): new columns get 0 in every objective, and rows refuse a column the model lacks.
 */
export function extendModel(model: LinearModel) {
  return {
    /** A new column in [0, upper], with 0 in every objective; its index. */
    addColumn(upper: number, integer: boolean): number {
      model.colLower.push(0);
      model.colUpper.push(upper);
      model.integrality.push(integer ? 1 : 0);
      for (const objective of model.objectives) objective.push(0);
      model.numCols += 1;
      return model.numCols - 1;
    },
    ...rowAdders(model.rows, () => model.numCols),
  };
}

/** atMost / atLeast / equal / between over `rows`, refusing any column not below `columns()`. */
function rowAdders(rows: LinearRow[], columns: () => number) {
  const push = (lower: number, upper: number, indices: number[], values?: number[]) => {
    if (values && values.length !== indices.length)
      throw new RangeError(`a row of ${indices.length} columns has ${values.length} values`);
    const count = columns();
    for (const j of indices) {
      if (!Number.isInteger(j) || j < 0 || j >= count) throw new RangeError(`no column ${j} (the model has ${count})`);
    }
    // An empty row is dropped only when 0 keeps it; otherwise it stays, and the model is infeasible.
    if (indices.length > 0 || lower > 0 || upper < 0)
      rows.push({ lower, upper, indices, values: values ?? indices.map(() => 1) });
  };
  return {
    /** Σ values × columns ≤ limit (values default to 1); no row when it has no columns and 0 keeps it. */
    atMost(limit: number, indices: number[], values?: number[]): void {
      push(-Infinity, limit, indices, values);
    },
    /** Σ values × columns ≥ limit (values default to 1); no row when it has no columns and 0 keeps it. */
    atLeast(limit: number, indices: number[], values?: number[]): void {
      push(limit, Infinity, indices, values);
    },
    /** lower ≤ Σ values × columns ≤ upper (values default to 1); no row when it has no columns and 0 keeps it. */
    between(lower: number, upper: number, indices: number[], values?: number[]): void {
      push(lower, upper, indices, values);
    },
    /** Σ values × columns = value (values default to 1); no row when it has no columns and 0 keeps it. */
    equal(value: number, indices: number[], values?: number[]): void {
      push(value, value, indices, values);
    },
  };
}

/**
 * The column at `list[i]`, which must be there: a model builder's index slip throws here instead
 * of falling back to column 0 and building a wrong model.
 *
 * @example columnAt([4, 7], 1) // 7
 */
export function columnAt(list: readonly number[], i: number): number {
  const column = list[i];
  if (column === undefined) throw new RangeError(`no column at ${i} of ${list.length}`);
  return column;
}

/** A model under construction, as `modelBuilder` returns it. */
export type ModelBuilder = ReturnType<typeof modelBuilder>;
