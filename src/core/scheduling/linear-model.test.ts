import { describe, expect, it } from 'vitest';
import { columnAt, extendModel, modelBuilder, PLAIN, type LinearModel } from './linear-model.js';

describe('modelBuilder', () => {
  it('adds columns in [0, upper] and rows in each sense', () => {
    const b = modelBuilder();
    const x = b.addColumn(1, true);
    const y = b.addColumn(Infinity, false);
    expect([x, y]).toEqual([0, 1]);
    expect(b.colUpper).toEqual([1, Infinity]);
    expect(b.integrality).toEqual([1, 0]);
    b.atMost(1, [x, y]);
    b.atLeast(2, [y], [3]);
    b.equal(0, [x, y], [1, -1]);
    expect(b.rows).toEqual([
      { lower: -Infinity, upper: 1, indices: [0, 1], values: [1, 1] },
      { lower: 2, upper: Infinity, indices: [1], values: [3] },
      { lower: 0, upper: 0, indices: [0, 1], values: [1, -1] },
    ]);
  });

  it('refuses a column that was never added, and values that do not match the columns', () => {
    const b = modelBuilder();
    b.addColumn(1, true);
    expect(() => b.atMost(1, [1])).toThrow(/no column 1/);
    expect(() => b.atLeast(1, [-1])).toThrow(/no column -1/);
    expect(() => b.equal(1, [0.5])).toThrow(/no column 0.5/);
    expect(() => b.atMost(1, [0], [1, 2])).toThrow(/1 columns has 2 values/);
    expect(b.rows).toEqual([]);
  });

  it('drops an empty row only when 0 keeps it: one that 0 breaks stays, and makes the model infeasible', () => {
    const b = modelBuilder();
    b.atMost(0, []);
    b.atLeast(0, []);
    b.equal(0, []);
    expect(b.rows).toEqual([]);
    b.atLeast(1, []);
    b.equal(2, []);
    b.atMost(-1, []);
    expect(b.rows.map((r) => [r.lower, r.upper])).toEqual([[1, Infinity], [2, 2], [-Infinity, -1]]);
  });

  it('columnAt: the column at an index, or a throw — never column 0 for a missing one', () => {
    expect(columnAt([4, 7], 1)).toBe(7);
    expect(columnAt([0], 0)).toBe(0);
    expect(() => columnAt([4, 7], 2)).toThrow(/no column at 2 of 2/);
    expect(() => columnAt([], -1)).toThrow(RangeError);
  });

  it('extendModel: new columns get 0 in every objective and count in numCols; rows refuse a column the model lacks', () => {
    const model: LinearModel = { numCols: 1, colLower: [0], colUpper: [1], integrality: [1], rows: [], objectives: [[3], [1]], objectiveNames: ['cost', 'people'], strategy: PLAIN };
    const extend = extendModel(model);
    const y = extend.addColumn(5, false);
    expect(y).toBe(1);
    expect(model).toMatchObject({ numCols: 2, colLower: [0, 0], colUpper: [1, 5], integrality: [1, 0], objectives: [[3, 0], [1, 0]] });
    extend.between(1, 2, [0, y], [1, -1]);
    expect(model.rows).toEqual([{ lower: 1, upper: 2, indices: [0, 1], values: [1, -1] }]);
    expect(() => extend.atMost(1, [2])).toThrow(/no column 2 \(the model has 2\)/);
  });
});
