#!/usr/bin/env node
// Writes demand.csv: chat inquiries per 30 minutes for December 2026, a store's ordinary month.
// Online 09:00–23:30 (the CS handbook's hours); a midday hump, an evening peak around 21:00,
// weekends 15% busier, 12 Dec (双12) twice as busy from 20:00. Deterministic.
import { writeFileSync } from 'node:fs';

const lines = ['datetime,inquiries'];
for (let day = 1; day <= 31; day++) {
  const date = `2026-12-${String(day).padStart(2, '0')}`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  for (let half = 0; half < 48; half++) {
    const hour = half / 2;
    let inquiries = 0;
    if (hour >= 9 && hour < 23.5) {
      inquiries = 55 * (0.5 + 0.35 * Math.exp(-((hour - 14) ** 2) / 8) + 0.6 * Math.exp(-((hour - 21) ** 2) / 5));
      if (weekday === 0 || weekday === 6) inquiries *= 1.15;
      if (day === 12 && hour >= 20) inquiries *= 2;
    }
    lines.push(`${date} ${String(Math.floor(hour)).padStart(2, '0')}:${half % 2 ? '30' : '00'},${inquiries.toFixed(1)}`);
  }
}
writeFileSync(new URL('./demand.csv', import.meta.url), `${lines.join('\n')}\n`);
