#!/usr/bin/env node
// npm run bench — whole-process timings of cs-plan (median and spread over several runs), peak
// memory, and the solver's status and gap. Prints a table and writes bench/results.json.
// Runs per case: BENCH_RUNS (default: 10 for fast cases, 3 for solver cases).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDemand, makeEverydayTeam, makeHistory } from './make-demand.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'cs-plan.js');
const rssPreload = join(root, 'bench', 'report-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'cs-plan-bench-'));
const runsFor = (fallback) => (process.env.BENCH_RUNS ? Math.max(1, Number(process.env.BENCH_RUNS)) : fallback);

function timeProcess(args, { json = false } = {}) {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rssPreload, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CS_PLAN_BENCH_RSS: rssFile, NO_COLOR: '1' }, maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const [rssKb, cpuMs] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rssMb: rssKb / 1024, cpuMs, output: json ? JSON.parse(result.stdout) : undefined };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] / 2 + sorted[Math.ceil((sorted.length - 1) / 2)] / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values.length };
}

/** BENCH_ONLY=everyday runs only the cases whose name holds that text. */
const wanted = (name) => !process.env.BENCH_ONLY || name.includes(process.env.BENCH_ONLY);

/** The case's figures from its samples (whole-process runs of one command). */
function summarise(name, samples) {
  const last = samples[samples.length - 1].output;
  return {
    name,
    seconds: stats(samples.map((s) => s.seconds)),
    cpuMs: stats(samples.map((s) => s.cpuMs)),
    peakMemoryMb: Math.max(...samples.map((s) => s.rssMb)),
    ...(last?.changes ? { replan: { changes: last.changes.length, unmetBefore: last.unmet_agent_hours_before, unmetAfter: last.unmet_agent_hours_after, status: last.solver.status, proven: last.solver.proven, hiGHSSeconds: last.solver.seconds } } : {}),
    ...(last?.solver && !last?.changes ? { solver: last.solver, peakRequired: last.peak_required, peopleRostered: last.people_rostered, shortAgentSlots: last.short_agent_slots, modelColumns: last.solver.columns, modelRows: last.solver.rows } : {}),
  };
}

function measure(name, args, runs, options = {}) {
  if (!wanted(name)) return undefined;
  process.stderr.write(`· ${name} (${runs} run${runs === 1 ? '' : 's'})\n`);
  return summarise(name, Array.from({ length: runs }, () => timeProcess(args, options)));
}

/**
 * Two commands measured in turns (a, b, a, b, …), so that a slower or faster spell of the
 * machine weighs on both alike.
 */
function interleaved(runs, a, b) {
  const first = [];
  const second = [];
  for (let i = 0; i < runs; i++) {
    first.push(a());
    second.push(b());
  }
  return [first, second];
}

// The campaign alone (pre-sales), free shifts: the #7 target case.
const example = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'test/fixtures/double11-presales.config.json'];
// The example as `npm start` runs it: the campaign and its after-sales week.
const withAfterSales = ['--forecast', 'examples/double11/forecast.csv', '--history', 'examples/double11/history.csv', '--config', 'examples/double11/cs-plan.config.json'];
const bigDemand = join(work, 'demand-14d-15min.csv');
makeDemand(bigDemand, { days: 14, slot: 15, peakAgents: 500, hourlyCapacity: 25 });

const cases = [];
// Start-up: estimate against a bare node, in turns.
const estimateName = 'estimate with flags';
if (wanted(estimateName)) {
  process.stderr.write(`· ${estimateName} against node -e 0, in turns (${runsFor(20)} runs each)\n`);
  const [nodeRuns, estimateRuns] = interleaved(runsFor(20), () => timeProcess(['-e', '0']),
    () => timeProcess([bin, 'estimate', '--sales', '500000', '--cs-share', '20%', '--aov', '100', '--conversion', '40%', '--capacity', '576', '--format', 'csv']));
  const baseline = summarise('node -e 0 (baseline)', nodeRuns);
  const estimate = summarise(estimateName, estimateRuns);
  estimate.ratioToNode = estimate.seconds.median / baseline.seconds.median;
  estimate.cpuMsAboveNode = estimate.cpuMs.median - baseline.cpuMs.median;
  estimate.wallMsAboveNode = (estimate.seconds.median - baseline.seconds.median) * 1000;
  cases.push(baseline, estimate);
}

// The covering problem against a native solver: scipy's HiGHS (bench/native_reference.py) on
// the requirement cs-plan computed, unlimited people and no day rules, for 3, 7, 14 and 28 days
// of 15-minute slots. cs-plan is timed as a whole process, the reference on its solves alone.
const python = ['python3', 'python'].find((cmd) => spawnSync(cmd, ['-c', 'import scipy.optimize, numpy'], { stdio: 'ignore' }).status === 0);
const nativeNote = python ? undefined : 'native reference skipped: no Python with scipy and numpy on this machine';
for (const days of [3, 7, 14, 28]) {
  const name = `roster vs native HiGHS: ${days} days, 15-min slots, ~500 agents at peak, unlimited people, no day rules`;
  if (!wanted(name)) continue;
  const demand = join(work, `demand-${days}d-native.csv`);
  makeDemand(demand, { days, slot: 15, peakAgents: 500, hourlyCapacity: 25 });
  const coverage = join(work, `coverage-${days}d.csv`);
  const args = [bin, 'roster', '--demand', demand, '--hourly-capacity', '25', '--slot', '15', '--min-shift', '4', '--max-shift', '12', '--min-rest', '10',
    '--days-off-per-week', '0', '--time-limit', '300', '--format', 'json'];
  execFileSync(process.execPath, [...args, '--coverage', coverage], { cwd: root, stdio: 'ignore' });
  const runs = runsFor(days >= 28 ? 2 : 3);
  if (!python) {
    cases.push(measure(name, args, runs, { json: true }));
    continue;
  }
  process.stderr.write(`· ${name} (${runs} runs each, in turns)\n`);
  const nativeRun = () => {
    const started = process.hrtime.bigint();
    const out = execFileSync(python, [join(root, 'bench', 'native_reference.py'), coverage, '16', '48', '40'], { encoding: 'utf8' });
    return { ...JSON.parse(out), processSeconds: Number(process.hrtime.bigint() - started) / 1e9 };
  };
  const [ours, native] = interleaved(runs, () => timeProcess(args, { json: true }), nativeRun);
  const result = summarise(name, ours);
  const reference = native[native.length - 1];
  const slotsPerHour = 4;
  const proof = result.solver?.proof ?? [];
  result.native = {
    solveSeconds: stats(native.map((n) => n.seconds)),
    processSeconds: stats(native.map((n) => n.processSeconds)),
    agentSlots: reference.agent_slots, people: reference.people,
  };
  result.sameOptima = proof.length === 2 && proof.every((p) => p.proven)
    && Math.round((proof[0]?.value ?? 0) * slotsPerHour) === reference.agent_slots && proof[1]?.value === reference.people;
  result.ratioToNative = result.seconds.median / result.native.solveSeconds.median;
  cases.push(result);
}
cases.push(measure('roster: Double 11 campaign, pre-sales only (3 days, hourly, free shifts)', [bin, 'roster', ...example, '--format', 'json'], runsFor(5), { json: true }));
cases.push(measure('roster: Double 11 example with the after-sales week (9 days, hourly, the example\'s shift patterns)',
  [bin, 'roster', ...withAfterSales, '--shifts', 'examples/double11/shifts.csv', '--format', 'json'], runsFor(3), { json: true }));
cases.push(measure('roster: the same with free shifts (any start, 4–12 h)',
  [bin, 'roster', ...withAfterSales, '--time-limit', '60', '--format', 'json'], runsFor(1), { json: true }));
const unlimited = measure('roster: 14 days, 15-min slots, ~500 agents at peak, unlimited people',
  [bin, 'roster', '--demand', bigDemand, '--hourly-capacity', '25', '--slot', '15', '--time-limit', '120', '--format', 'json'], runsFor(3), { json: true });
cases.push(unlimited);
// The smallest team that covers every slot (--minimise people), then 85% of it: the headcount binds.
const fewest = measure('roster: the same, --minimise people (the smallest team that covers every slot)',
  [bin, 'roster', '--demand', bigDemand, '--hourly-capacity', '25', '--slot', '15', '--time-limit', '120', '--minimise', 'people', '--format', 'json'], runsFor(3), { json: true });
cases.push(fewest);
const headcount = Math.floor((fewest?.peopleRostered ?? 0) * 0.85);
cases.push(measure(`roster: the same with --headcount ${headcount} (85% of the minimum ${fewest?.peopleRostered})`,
  [bin, 'roster', '--demand', bigDemand, '--hourly-capacity', '25', '--slot', '15', '--time-limit', '120', '--headcount', String(headcount), '--format', 'json'], runsFor(3), { json: true }));
const hugeDemand = join(work, 'demand-7d-15min-5000.csv');
makeDemand(hugeDemand, { days: 7, slot: 15, peakAgents: 5000, hourlyCapacity: 25 });
cases.push(measure('roster: 7 days, 15-min slots, ~5,000 agents at peak, unlimited people',
  [bin, 'roster', '--demand', hugeDemand, '--hourly-capacity', '25', '--slot', '15', '--time-limit', '120', '--format', 'json'], runsFor(3), { json: true }));

// Everyday rosters: 31 days, 30-minute slots, the example's three shifts and rules, 30, 100 and 200 people.
function everydayInputs(people) {
  const { staff, demand } = makeEverydayTeam(work, root, people);
  return ['--demand', demand, '--shifts', 'examples/everyday/shifts.csv', '--staff', staff, '--config', 'examples/everyday/cs-plan.config.json'];
}
// With soft goals: the staff files here carry no preferences, so --stable and --fair give them.
for (const [people, runs] of [[30, runsFor(3)], [100, runsFor(3)], [200, runsFor(3)]]) {
  cases.push(measure(`roster, everyday: ${people} people × 31 days, 30-min slots, person-level rules`,
    [bin, 'roster', ...everydayInputs(people), '--time-limit', '60', '--format', 'json'], runs, { json: true }));
  cases.push(measure(`roster, everyday: ${people} people, with soft goals (--stable --fair nights,weekends)`,
    [bin, 'roster', ...everydayInputs(people), '--stable', '--fair', 'nights,weekends', '--time-limit', '60', '--format', 'json'], runsFor(1), { json: true }));
}

const volumes = Array.from({ length: 100 }, (_, i) => 50 + i * 10).join(',');
const ahts = Array.from({ length: 100 }, (_, i) => (1 + i * 0.1).toFixed(1)).join(',');
cases.push(measure('erlang: what-if grid of 10,000 combinations (Erlang C)', [bin, 'erlang', '--volume', volumes, '--aht', ahts, '--target', '80/20', '--format', 'csv'], runsFor(3)));
const history = join(work, 'history-1m.csv');
makeHistory(history, 1_000_000);
cases.push(measure('roster reading a 1,000,000-row hourly history (one day planned)',
  [bin, 'roster', '--sales', '1000000', '--date', '2026-11-10', '--cs-share', '30%', '--aov', '200', '--conversion', '50%', '--capacity', '200',
    '--history', history, '--profile', 'average', '--format', 'json'], runsFor(3), { json: true }));

// check on a 1,000,000-row roster: 50 people, 20,000 touching one-minute rows each (one long duty apiece).
const checkName = 'check: a 1,000,000-row roster (50 people, one long duty each)';
if (wanted(checkName)) {
  const bigRoster = join(work, 'roster-1m.csv');
  const rosterRows = ['agent,date,start,end'];
  const minuteText = (m) => new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  for (let i = 0; i < 1_000_000; i++) rosterRows.push(`P${i % 50},2026-01-01,${minuteText(i)},${minuteText(i + 1)}`);
  writeFileSync(bigRoster, `${rosterRows.join('\n')}\n`);
  cases.push(measure(checkName, [bin, 'check', bigRoster, '--format', 'json'], runsFor(3)));
}

// replan on the Double 11 night: the example's roster at 01:00 on 11-11, inquiries 30% above plan so far.
const nightShifts = join(work, 'night-shifts.csv');
const nightCoverage = join(work, 'night-coverage.csv');
const nightArgs = [...withAfterSales, '--shifts', 'examples/double11/shifts.csv'];
const replanName = 'replan: Double 11 night at 01:00, actuals ×1.3 (the example\'s patterns)';
if (wanted(replanName)) {
  execFileSync(process.execPath, [bin, 'roster', ...nightArgs, '--out', nightShifts, '--coverage', nightCoverage], { cwd: root, stdio: 'ignore' });
  const nightActuals = join(work, 'night-actuals.csv');
  const planned = readFileSync(nightCoverage, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1).map((line) => line.split(','));
  writeFileSync(nightActuals, `slot_start,inquiries\n${planned.filter(([at]) => at < '2026-11-11 01:00').map(([at, inquiries]) => `${at},${Number(inquiries) * 1.3}`).join('\n')}\n`);
  cases.push(measure(replanName,
    [bin, 'replan', '--roster', nightShifts, '--now', '2026-11-11 01:00', '--actuals', nightActuals, ...nightArgs, '--format', 'json'], runsFor(5), { json: true }));
}

/** Each objective's value and whether it is proven (or how much better a roster could be). */
function proofText(proof = []) {
  return proof.map((p) => `${p.objective} ${p.value} ${p.proven ? 'proven' : p.bound === null ? 'not proven' : `≥ ${p.bound}`}`).join(', ');
}
const fmt = (s) => `${s.median.toFixed(3)} s (${s.min.toFixed(3)}–${s.max.toFixed(3)}, n=${s.runs})`;
const measured = cases.filter(Boolean);
const lines = measured.map((c) => {
  const extra = [
    c.ratioToNode !== undefined ? `${c.ratioToNode.toFixed(2)}× node -e 0 (wall +${c.wallMsAboveNode.toFixed(0)} ms, CPU +${c.cpuMsAboveNode.toFixed(0)} ms)` : '',
    c.native ? `${c.ratioToNative.toFixed(2)}× native (scipy HiGHS solves ${fmt(c.native.solveSeconds)}, its process ${c.native.processSeconds.median.toFixed(3)} s); same optima: ${c.sameOptima ? 'yes' : 'NO'}` : '',
    c.replan ? `replan ${c.replan.status} (proven: ${c.replan.proven.join(', ')}), ${c.replan.hiGHSSeconds} s in HiGHS; ${c.replan.changes} changes; unmet ${c.replan.unmetBefore} → ${c.replan.unmetAfter} agent-hours` : '',
    c.solver ? `solver ${c.solver.status}${c.solver.method ? ` (${c.solver.method})` : ''}, ${c.solver.seconds} s in HiGHS; ${proofText(c.solver.proof)}; peak required ${c.peakRequired}, people ${c.peopleRostered}, short ${c.shortAgentSlots} agent-slots, model ${c.modelColumns} columns × ${c.modelRows} rows` : '',
  ].filter(Boolean).join('; ');
  return `${c.name.padEnd(72)} ${fmt(c.seconds).padEnd(34)} ${c.peakMemoryMb.toFixed(0).padStart(5)} MB  ${extra}`;
});
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`cs-plan benchmark — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} × ${cpu}`);
console.log(`${'case'.padEnd(72)} ${'wall time: median (min–max)'.padEnd(34)} peak RSS`);
for (const line of lines) console.log(line);
if (nativeNote) console.log(nativeNote);
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu, cases: measured }, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
