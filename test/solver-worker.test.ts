// The worker path of the solver, from the built files (the worker script is compiled JavaScript).
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript helper shared with the benchmark
import { makeDemand } from '../bench/make-demand.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.js';
import { buildScheduleModel } from '../dist/core/scheduling/model.js';
import { shiftCandidates } from '../dist/core/scheduling/candidates.js';
import { solveInWorker, stoppedByWatchdog } from '../dist/core/scheduling/highs-solver.js';

function bigModel() {
  const file = join(tempDir(), 'demand.csv');
  makeDemand(file, { days: 14, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
  const inquiries = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
  const required = inquiries.map((x) => Math.ceil(x / 6.25 - 1e-9));
  const rules = { slotMinutes: 15, minShiftSlots: 16, maxShiftSlots: 48, restSlots: 40 };
  return buildScheduleModel({ required, candidates: shiftCandidates(required.length, rules), restSlots: 40 }).model;
}

describe('solveInWorker', () => {
  it('a watchdog stops a solve that outruns its limit: with no roster yet, a clear error, not a hang', async () => {
    const started = performance.now();
    // A watchdog at 0.2 s, long before HiGHS finishes the first objective (about 3 s here).
    const error = await solveInWorker(bigModel(), { timeLimitSeconds: 10, watchdogGraceSeconds: -9.8 }, new AbortController().signal).catch((e: unknown) => e);
    expect((error as { key?: string }).key).toBe('roster.noSolutionInTime');
    expect((performance.now() - started) / 1000).toBeLessThan(5);
  });

  it('keeps the best roster reported so far, marked as stopped by the time limit', () => {
    const progress = { status: 'optimal' as const, gap: 0, seconds: 3, objectiveValues: [157701], proven: ['agent_hours'], values: new Float64Array(3) };
    const report = stoppedByWatchdog(progress, ['agent_hours', 'people'], 125);
    expect(report).toMatchObject({ status: 'time-limit', gap: 1, seconds: 125, proven: ['agent_hours'], unproven: 'people', objectiveValues: [157701] });
    expect(report.values).toBe(progress.values);
  });
});
