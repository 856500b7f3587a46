// Preloaded into benchmarked processes (node --import): reports peak memory (KB) and the CPU
// time the process used (ms, user + system, worker threads included) on exit.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.CS_PLAN_BENCH_RSS;
  if (!file) return;
  const usage = process.resourceUsage();
  appendFileSync(file, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
});
