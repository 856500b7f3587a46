/**
 * Worker-thread entry: solves one model and posts the report back, so the main thread stays
 * free to notice Ctrl-C while HiGHS runs (its solve blocks the thread it runs on).
 */
import { parentPort } from 'node:worker_threads';
import { CsPlanError } from '../../errors.js';
import { loadHighs, solveLexicographic, type SolveOptions } from './highs-solver.js';
import type { LinearModel } from './linear-model.js';

// HiGHS loads as soon as the worker starts, while the model is still being copied to it; a
// failure here surfaces again, as a message, when the solve asks for it.
loadHighs().catch(() => undefined);

parentPort?.once('message', async ({ model, options }: { model: LinearModel; options: SolveOptions }) => {
  try {
    const report = await solveLexicographic(model, options, (progress) => parentPort?.postMessage({ progress }));
    parentPort?.postMessage({ ok: true, report });
  } catch (error) {
    parentPort?.postMessage(
      error instanceof CsPlanError
        ? { ok: false, key: error.key, params: error.params, exitCode: error.exitCode }
        : {
            ok: false,
            key: 'internal',
            params: { message: error instanceof Error ? error.message : String(error) },
            exitCode: 70,
          },
    );
  }
});
