// Preloaded into benchmarked processes (node --import): reports peak memory on exit.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.CS_PLAN_BENCH_RSS;
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
