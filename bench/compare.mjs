#!/usr/bin/env node
// node bench/compare.mjs OLD_CLONE [NEW_CLONE] — whole-process times of the same commands from two
// builds of cs-plan (each a clone with `npm ci && npm run build` done), run in turns (old, new,
// old, new, …) so drift on the machine hits both alike; prints each case's medians and the ratio
// new ÷ old. NEW_CLONE defaults to this clone. Runs per case: BENCH_RUNS (default 5).
// Example: git clone -q . /tmp/old && (cd /tmp/old && git checkout -q COMMIT && npm ci && npm run build)
//          node bench/compare.mjs /tmp/old
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDemand } from './make-demand.mjs';

const [oldRoot, newRoot = fileURLToPath(new URL('..', import.meta.url))] = process.argv.slice(2).map((p) => resolve(p));
if (!oldRoot) {
  console.error('usage: node bench/compare.mjs OLD_CLONE [NEW_CLONE]');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const work = mkdtempSync(join(tmpdir(), 'cs-plan-compare-'));
const E = 'examples/double11';
const big = join(work, 'demand-14d-15min.csv');
makeDemand(big, { days: 14, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
const D11 = ['--forecast', `${E}/forecast.csv`, '--history', `${E}/history.csv`, '--config', `${E}/cs-plan.config.json`];
const CASES = [
  ['estimate --forecast (start-up)', ['estimate', '--forecast', `${E}/forecast.csv`, '--config', `${E}/cs-plan.config.json`, '--format', 'csv']],
  ['roster, npm start (9 days, after-sales)', ['roster', ...D11, '--shifts', `${E}/shifts.csv`, '--format', 'json']],
  ['roster, pre-sales, free shifts', ['roster', ...D11, '--after-sales-rate', '0', '--format', 'json']],
  ['roster, --minimise people', ['roster', ...D11, '--shifts', `${E}/shifts.csv`, '--after-sales-rate', '0', '--minimise', 'people', '--format', 'json']],
  ['roster, npm run hire (cost, overtime)', ['roster', ...D11, '--shifts', `${E}/shifts.csv`, '--staff', `${E}/staff.csv`, '--after-sales-rate', '0', '--temps', '20',
    '--temp-daily-cost', '320', '--temp-min-hours', '8', '--outsource-price', '2.5', '--outsource-max', '10%', '--overtime-after', '40', '--minimise', 'cost', '--format', 'json']],
  ['roster, everyday month (30 people)', ['roster', '--demand', 'examples/everyday/demand.csv', '--shifts', 'examples/everyday/shifts.csv', '--staff', 'examples/everyday/staff.csv',
    '--config', 'examples/everyday/cs-plan.config.json', '--format', 'json']],
  ['roster, 14 days × 15 min, ~500 agents at peak', ['roster', '--demand', big, '--hourly-capacity', '25', '--slot', '15', '--format', 'json']],
];

function once(root, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'cs-plan.js'), ...args, '--no-input'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${root}: ${args.join(' ')} exited ${run.status}\n${run.stderr}`);
  return seconds;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  console.log(`old: ${oldRoot}\nnew: ${newRoot}\n${runs} runs each, in turns\n`);
  for (const [name, args] of CASES) {
    const times = { old: [], new: [] };
    for (let i = 0; i < runs; i++) {
      times.old.push(once(oldRoot, args));
      times.new.push(once(newRoot, args));
    }
    const [o, n] = [median(times.old), median(times.new)];
    console.log(`${name.padEnd(42)} old ${o.toFixed(3)} s  new ${n.toFixed(3)} s  new/old ${(n / o).toFixed(3)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
