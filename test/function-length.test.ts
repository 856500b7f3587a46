// No function in src/ longer than 80 lines, except those still listed below, which may only
// shrink: the list is what is left of splitting them (issue #21). Remove a line when its
// function is split; the test fails if a listed function is gone or now fits, so it stays true.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MOST_LINES = 80;
const root = join(import.meta.dirname, '..');

/** Functions over the limit today: "file function" → its length now (it may not grow). */
const STILL_LONG: Record<string, number> = {
  'src/commands/replan.ts replanCommand': 259,
  'src/commands/roster.ts rosterCommand': 237,
  'src/commands/calibrate.ts calibrateCommand': 132,
  'src/core/rostering/assign.ts assignShifts': 120,
  'src/core/rostering/check.ts checkRoster': 113,
  'src/commands/check.ts checkCommand': 112,
  'src/cli/formula-inputs.ts resolveFormulaDays': 108,
  'src/core/staffing/calibrate.ts calibrate': 97,
  'src/core/rostering/assign-days.ts assignDays': 90,
  'src/core/rostering/replan.ts replan': 90,
  'src/io/workbook-write.ts addGridSheet': 84,
  'src/cli/roster-output.ts summaryJson': 83,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every function, arrow function and method of a file with its name and length in lines. */
function functionsOf(path: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const parent = node.parent;
      const name = 'name' in node && node.name ? node.name.getText()
        : ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) ? parent.name.getText()
          : `(function at line ${first + 1})`;
      found.push({ name, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length', () => {
  const functions = sourceFiles(join(root, 'src')).flatMap((path) => functionsOf(path).map((f) => ({ ...f, key: `${relative(root, path)} ${f.name}` })));

  it(`no function in src/ is over ${MOST_LINES} lines, except the listed ones, which do not grow`, () => {
    // An action's inner callback is measured with the command around it: only named functions are listed.
    const tooLong = functions.filter((f) => f.lines > MOST_LINES && !(f.key in STILL_LONG) && !f.name.startsWith('(function'));
    expect(tooLong.map((f) => `${f.key}: ${f.lines} lines`)).toEqual([]);
    for (const f of functions) {
      const allowed = STILL_LONG[f.key];
      if (allowed !== undefined) expect(f.lines, f.key).toBeLessThanOrEqual(allowed);
    }
  });

  it('every listed function still exists and is still too long (remove it from the list once split)', () => {
    for (const key of Object.keys(STILL_LONG)) {
      const longest = Math.max(0, ...functions.filter((f) => f.key === key).map((f) => f.lines));
      expect(longest, key).toBeGreaterThan(MOST_LINES);
    }
  });
});
