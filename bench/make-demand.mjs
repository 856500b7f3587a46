// Deterministic per-slot demand for benchmarks: `days` days of `slot`-minute slots from
// 2026-11-01, a daytime plateau, an evening peak 20:00–24:00, the 00:00–02:00 burst, and a
// campaign day on 11 Nov, scaled so the busiest slot needs `peakAgents` at `hourlyCapacity`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeDemand(file, { days, slot, peakAgents, hourlyCapacity }) {
  const weights = [];
  const start = Date.UTC(2026, 10, 1);
  for (let i = 0; i < (days * 1440) / slot; i++) {
    const at = new Date(start + i * slot * 60_000);
    const hour = at.getUTCHours() + at.getUTCMinutes() / 60;
    let w = 0.15 + 0.6 * Math.exp(-((hour - 14) ** 2) / 18) + Math.exp(-((hour - 21.5) ** 2) / 4) + (hour < 2 ? 0.9 * Math.exp(-(hour ** 2) / 2) : 0);
    if (at.getUTCDate() === 11) w *= 2.2;
    if (at.getUTCDate() === 10 && hour >= 18) w *= 1.6;
    weights.push([at.toISOString().slice(0, 16).replace('T', ' '), w]);
  }
  const top = Math.max(...weights.map(([, w]) => w));
  const perSlotCapacity = (hourlyCapacity * slot) / 60;
  const lines = ['datetime,inquiries', ...weights.map(([at, w]) => `${at},${((w / top) * peakAgents * perSlotCapacity).toFixed(1)}`)];
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** `rows` hourly history records from 2020-01-01 with a daily shape: the 1M-row reading case. */
export function makeHistory(file, rows) {
  const start = Date.UTC(2020, 0, 1);
  const lines = ['datetime,inquiries'];
  for (let i = 0; i < rows; i++) {
    const at = new Date(start + i * 3_600_000);
    lines.push(`${at.toISOString().slice(0, 16).replace('T', ' ')},${50 + (i % 24) * 3}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Writes the everyday example's demand scaled to a team of `people` (30 people ↔ the example
 * as it is) and a staff file of that many names with no limits; returns both paths.
 */
export function makeEverydayTeam(dir, root, people) {
  const staff = join(dir, `staff-${people}.csv`);
  writeFileSync(staff, `name\n${Array.from({ length: people }, (_, i) => `P${String(i + 1).padStart(3, '0')}`).join('\n')}\n`);
  const rows = readFileSync(join(root, 'examples/everyday/demand.csv'), 'utf8').trim().split('\n');
  const demand = join(dir, `everyday-${people}.csv`);
  writeFileSync(demand, `${[rows[0], ...rows.slice(1).map((line) => {
    const [at, n] = line.split(',');
    return `${at},${(Number(n) * people / 30).toFixed(1)}`;
  })].join('\n')}\n`);
  return { staff, demand };
}
