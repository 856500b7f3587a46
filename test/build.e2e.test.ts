/**
 * What `npm run build` leaves: the library (tsc's dist/) and the CLI bundle (dist/bundle/)
 * side by side, neither clobbering the other.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('the build', () => {
  it('keeps the library and every compiled module importable beside the bundle', () => {
    for (const file of ['dist/lib.js', 'dist/program.js', 'dist/cli/options.js', 'dist/bundle/index.js', 'dist/bundle/chunks/solve-worker.js']) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
    const out = execFileSync(process.execPath, ['-e', "Promise.all([import('./dist/lib.js'), import('./dist/program.js')]).then(([lib]) => console.log(typeof lib.replan, typeof lib.planRoster))"], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe('function function');
  });
});
