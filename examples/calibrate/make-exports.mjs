#!/usr/bin/env node
// Writes last year's exports of a mid-size Tmall store, 2025-10-25 … 2025-11-13, for `cs-plan calibrate`:
//   agents-2025.csv  one row per agent per day, as 赤兔 / 千牛 客服绩效 exports it: GBK, Chinese
//                    headers, columns calibrate does not use, 在线时长 as h:mm:ss, a 合计 row at the end;
//   store-2025.csv   one row per day, as 生意参谋 exports it (UTF-8 with BOM): 销售额, 支付买家数,
//                    售后咨询人数 and the bot's 机器人接待人数;
//   ground-truth.json the figures the files were made from, which calibrate must recover.
// The truth per kind of day (ordinary, the eve 11-10, the campaign day 11-11):
//   - saturation: on every day the busiest ~40% of agents received exactly C buyers and were online
//     exactly H hours, everyone else fewer (a part-timer online 3 h on ordinary days), so the 80th
//     percentile of 接待人数 per agent-day is C and of 接待人数 ÷ hours is C ÷ H;
//   - the ratios vary from day to day around the kind's value; the truth is each kind's ratio of
//     sums over the generated whole numbers (what predicts a total), written below.
// Deterministic (seeded). Run: node examples/calibrate/make-exports.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

let seed = 20251111;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const between = (a, b) => a + (b - a) * random();

const KINDS = {
  ordinary: { csShare: 0.28, aov: 180, conversion: 0.42, bot: 0.24, capacity: 120, hours: 8, storeAov: 150, afterSales: 0.06, buyers: [300, 520] },
  eve: { csShare: 0.33, aov: 210, conversion: 0.45, bot: 0.3, capacity: 260, hours: 10, storeAov: 170, afterSales: 0.05, buyers: [1800, 1800] },
  campaign: { csShare: 0.36, aov: 230, conversion: 0.48, bot: 0.36, capacity: 360, hours: 12, storeAov: 190, afterSales: 0.09, buyers: [4800, 4800] },
};
const names = ['阿美', '小雪', '晓峰', '丽丽', '阿杰', '小婷', '大伟', '思思', '小鹏', '佳佳', '阿强', '小云', '莉莉', '明明', '小凡', '静静',
  '阿豪', '小敏', '文文', '阿飞', '小琪', '晨晨', '阿宁', '小月', '子涵', '一帆', '若曦', '浩然', '嘉怡', '书瑶', '梓萱', '晓彤', '俊杰', '欣怡', '宇航', '雨桐'];
const agentName = (i) => `优衣小铺:${names[i]}`;

/** Splits a whole number into parts in proportion to weights (largest remainder). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) parts[i] += 1;
  return parts;
}

const hms = (hours) => {
  const seconds = Math.round(hours * 3600);
  return `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

const agentRows = [];
const storeRows = [];
const sums = {};
for (let day = new Date('2025-10-25T00:00:00Z'); day <= new Date('2025-11-13T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
  const date = day.toISOString().slice(0, 10);
  const kind = date === '2025-11-11' ? 'campaign' : date === '2025-11-10' ? 'eve' : 'ordinary';
  const k = KINDS[kind];
  const wiggle = kind === 'ordinary' ? 0.06 : 0;
  const buyers = Math.round(between(k.buyers[0], k.buyers[1]));
  const aov = k.aov * between(1 - wiggle, 1 + wiggle);
  const csSales = Math.round(buyers * aov * 100) / 100;
  const storeSales = Math.round((csSales / (k.csShare * between(1 - wiggle, 1 + wiggle))) * 100) / 100;
  const inquiries = Math.round(buyers / (k.conversion * between(1 - wiggle, 1 + wiggle)));
  const bot = Math.round(inquiries * k.bot * between(1 - wiggle, 1 + wiggle));
  const human = inquiries - bot;
  const orders = Math.round(storeSales / (k.storeAov * between(1 - wiggle, 1 + wiggle)));
  const afterSales = Math.round(orders * k.afterSales * between(1 - wiggle, 1 + wiggle));

  // Agents: the saturated ones received exactly C in exactly H hours; the others fewer.
  const team = Math.ceil((1.5 * human) / k.capacity);
  const saturated = Math.ceil(0.4 * team);
  const received = Array.from({ length: team }, (_, i) => (i < saturated ? k.capacity : Math.round(k.capacity * between(0.55, 0.95))));
  const hours = received.map((_, i) => (i < saturated ? k.hours : k.hours * between(0.9, 1)));
  if (kind === 'ordinary') {
    // A part-timer: 3 hours online, left out of the capacities by --min-online 4.
    received.push(Math.round(k.capacity * 0.3));
    hours.push(3);
  }
  const agentInquiries = apportion(human, received);
  const agentBuyers = apportion(buyers, agentInquiries);
  const agentSales = apportion(Math.round(csSales * 100), agentBuyers).map((cents) => cents / 100);
  const offset = kind === 'ordinary' ? Math.floor(random() * 4) : 0;
  received.forEach((r, i) => {
    if (agentInquiries[i] > r || agentBuyers[i] > agentInquiries[i]) throw new Error(`inconsistent agent-day ${date} ${i}`);
    const consults = r + Math.round(r * between(0.02, 0.08));
    agentRows.push([date, agentName(offset + i), consults, r, agentInquiries[i], agentBuyers[i], agentSales[i].toFixed(2),
      Math.round(between(12, 40)), hms(hours[i]), `${(between(0.9, 0.99) * 100).toFixed(1)}%`]);
  });
  storeRows.push([date, Math.round(storeSales / 60 * between(0.9, 1.1)), storeSales.toFixed(2), orders, afterSales, bot]);
  sums[kind] ??= { storeSales: 0, csSales: 0, buyers: 0, inquiries: 0, bot: 0, orders: 0, afterSales: 0 };
  const s = sums[kind];
  s.storeSales += storeSales; s.csSales += csSales; s.buyers += buyers; s.inquiries += inquiries; s.bot += bot; s.orders += orders; s.afterSales += afterSales;
}

const truth = Object.fromEntries(Object.entries(sums).map(([kind, s]) => [kind, {
  csShare: s.csSales / s.storeSales, aov: s.csSales / s.buyers, conversion: s.buyers / s.inquiries, botRate: s.bot / s.inquiries,
  capacity: KINDS[kind].capacity, hourlyCapacity: KINDS[kind].capacity / KINDS[kind].hours,
  storeAov: s.storeSales / s.orders, afterSalesRate: s.afterSales / s.orders,
}]));

const agentsHeader = ['日期', '客服(旺旺)', '咨询人数', '接待人数', '询单人数', '询单→最终付款人数', '询单→最终付款金额', '平均响应时间(秒)', '在线时长', '客服满意度'];
const totalRow = ['合计', '', ...[2, 3, 4, 5].map((c) => agentRows.reduce((a, r) => a + Number(r[c]), 0)), '', '', '', ''];
const agentsCsv = [agentsHeader, ...agentRows, totalRow].map((r) => r.join(',')).join('\r\n');
writeFileSync(new URL('./agents-2025.csv', import.meta.url), iconv.encode(`${agentsCsv}\r\n`, 'gbk'));
const storeCsv = [['日期', '访客数', '销售额', '支付买家数', '售后咨询人数', '机器人接待人数'], ...storeRows].map((r) => r.join(',')).join('\r\n');
writeFileSync(new URL('./store-2025.csv', import.meta.url), `\uFEFF${storeCsv}\r\n`);
writeFileSync(new URL('./ground-truth.json', import.meta.url), `${JSON.stringify(truth, null, 2)}\n`);
