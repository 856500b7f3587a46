// No function in src/ is longer than 80 lines (issue #21): every function, method and callback,
// named or not, measured from its first line to its last.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './helpers.js';

const MOST_LINES = 80;
const root = join(import.meta.dirname, '..');

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

  it(`no function in src/ is over ${MOST_LINES} lines`, () => {
    expect(functions.length).toBeGreaterThan(500);
    expect(functions.filter((f) => f.lines > MOST_LINES).map((f) => `${f.key}: ${f.lines} lines`)).toEqual([]);
  });
});
