#!/usr/bin/env node
// The CLI as one small bundle (esbuild), code-split so that each command, the solver, the
// workbook writer and the HTML report load only when used: start-up reads a few files instead
// of ~80 modules. `tsc` still writes dist/ for the library (dist/lib.js) and its types.
//
// dist/bundle/index.js          the entry bin/cs-plan.js imports
// dist/bundle/chunks/*.js       the commands and shared code; the solver's worker sits beside them,
//                            where highs-solver's `new URL('./solve-worker.js', import.meta.url)` looks
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'src/index.ts', out: 'index' },
    { in: 'src/core/scheduling/solve-worker.ts', out: 'chunks/solve-worker' },
  ],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Left to Node: the solver's WebAssembly (found by path), the workbook library and the prompts
  // (large, and loaded only when used).
  external: ['highs', 'exceljs', '@inquirer/prompts'],
  // Bundled CommonJS packages (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __csPlanRequire } from 'node:module'; const require = __csPlanRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
