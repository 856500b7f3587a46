#!/usr/bin/env node
// Writes examples/double11/history.csv: last year's (2025) hourly pre-sales inquiries for
// 10–12 Nov of a mid-size Tmall apparel store, in the shape the domain brief describes:
//   10 Nov: a normal day until 18:00, then the eve of Double 11 climbs from 20:00;
//   11 Nov: 00:00–02:00 is the sharpest block, a lull before dawn, a busy day, a second wave 20:00–23:00;
//   12 Nov: an ordinary day with some post-campaign questions.
// Headers are Chinese (日期, 小时, 咨询量), as 生意参谋 exports them. Run: node examples/double11/make-history.mjs
import { writeFileSync } from 'node:fs';

const days = {
  '2025-11-10': [8, 4, 2, 1, 1, 1, 2, 4, 10, 22, 35, 38, 30, 34, 40, 42, 42, 45, 60, 85, 150, 170, 185, 210],
  '2025-11-11': [620, 480, 260, 90, 40, 30, 40, 70, 130, 200, 250, 240, 210, 230, 240, 230, 220, 230, 260, 300, 380, 420, 400, 380],
  '2025-11-12': [120, 60, 25, 10, 6, 5, 10, 25, 60, 110, 140, 135, 110, 125, 130, 125, 120, 115, 110, 120, 130, 125, 105, 70],
};
const lines = ['日期,小时,咨询量'];
for (const [date, weights] of Object.entries(days)) {
  weights.forEach((w, hour) => lines.push(`${date},${String(hour).padStart(2, '0')}:00,${w * 3}`));
}
writeFileSync(new URL('./history.csv', import.meta.url), `${lines.join('\n')}\n`);
