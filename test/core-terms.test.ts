// The core speaks in domain terms: no command-line flag in its code (errors name a setting,
// printed as its flag by i18n at the edge), and no import from the CLI, the commands or I/O.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './helpers.js';

const root = join(import.meta.dirname, '..');

describe('src/core', () => {
  const files = sourceFiles(join(root, 'src', 'core')).map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('names no command-line flag outside comments', () => {
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap(({ name, text }) => text.split('\n').flatMap((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '');
      return /^\s*\*/.test(line) || !/['"`]--[a-z]/.test(code) ? [] : [`${name}:${i + 1}: ${line.trim()}`];
    }));
    expect(found).toEqual([]);
  });

  it('imports nothing from the CLI, the commands, file I/O or the report (the solver runs in its own worker thread)', () => {
    const found = files.flatMap(({ name, text }) => [...text.matchAll(/from '([^']+)'/g)]
      .map((m) => m[1] ?? '')
      .filter((from) => /\/(cli|commands|io|report)\//.test(from) || /^node:(fs|fs\/promises|child_process)$/.test(from))
      .map((from) => `${name}: ${from}`));
    expect(found).toEqual([]);
  });
});
