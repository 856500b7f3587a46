/**
 * Parsers for values as people type them into a terminal or a spreadsheet cell.
 * Each returns a number or throws a CsPlanError whose message says what was expected;
 * the caller adds where the value came from.
 */
import { CsPlanError } from '../errors.js';
import type { Alignment } from '../core/demand/align.js';
import { MINUTES_PER_DAY, parseClockRange, parseDate, parseDateTime, toEpochMinutes } from '../core/time/clock.js';
import { mealWindows, type MealWindow } from '../core/scheduling/meal-window.js';

/**
 * Turns full-width digits, letters and punctuation (１２３，％) into their ASCII forms,
 * and the ideographic space into a plain one.
 *
 * @example toHalfWidth('１２３，４５６％') // '123,456%'
 */
export function toHalfWidth(text: string): string {
  // Most cells are plain ASCII; skip the two replaces for them (1M-row history: −0.4 s).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Moves the decimal point of a plain decimal string `places` to the right, exactly. */
function shiftDecimal(digits: string, places: number): number {
  const [whole = '', fraction = ''] = digits.split('.');
  const padded = fraction.padEnd(places, '0');
  return Number(`${whole}${padded.slice(0, places)}.${padded.slice(places) || '0'}`);
}

const UNIT_PLACES: Record<string, number> = { 万: 4, w: 4, W: 4, 亿: 8 };

/**
 * Parses a money amount or count: `1000000`, `1,000,000`, `¥1,000,000`, `100万` (×10⁴),
 * `1.2亿` (×10⁸), full-width digits. Negative amounts are refused.
 *
 * @returns the amount as a number (yuan or count, as typed)
 * @throws CsPlanError `value.notNumber` or `value.negative`
 * @example parseAmount('¥1,200,000') // 1200000
 * @example parseAmount('1.2亿') // 120000000
 */
export function parseAmount(text: string): number {
  // Plain integers and decimals, the bulk of any export, need none of the steps below.
  if (/^\d+(\.\d+)?$/.test(text)) return finite(Number(text));
  let s = toHalfWidth(text).trim().replace(/\s+/g, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(/^(¥|￥|\$|RMB|CNY)/i, '').replace(/(元|RMB|CNY)$/i, '');
  let places = 0;
  const unit = s.slice(-1);
  if (unit in UNIT_PLACES) {
    places = UNIT_PLACES[unit] ?? 0;
    s = s.slice(0, -1);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) throw new CsPlanError('value.notNumber');
  const value = finite(shiftDecimal(s, places));
  if (negative && value !== 0) throw new CsPlanError('value.negative');
  return value;
}

/** Refuses a number too large to compute with (a 400-digit cell, 1e400). */
function finite(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) throw new CsPlanError('value.tooLarge');
  return value;
}

/**
 * Parses a sales figure or a range of them: `500000`, `300万..450万`, `300万~450万`, `300万至450万`.
 *
 * @returns both ends (equal for one figure), low ≤ high
 * @example parseAmountRange('300万..450万') // { low: 3000000, high: 4500000 }
 */
export function parseAmountRange(text: string): { low: number; high: number } {
  const parts = toHalfWidth(text).split(/\s*(?:\.\.|~|至|–|—)\s*/);
  if (parts.length === 1) {
    const value = parseAmount(text);
    return { low: value, high: value };
  }
  const [a = '', b = ''] = parts;
  if (parts.length !== 2 || a.trim() === '' || b.trim() === '') throw new CsPlanError('value.notRange');
  const low = parseAmount(a);
  const high = parseAmount(b);
  if (low > high) throw new CsPlanError('value.rangeOrder', { low: a.trim(), high: b.trim() });
  return { low, high };
}

/**
 * Whether a cell says "no data": a lone dash, as 生意参谋 and 赤兔 write it.
 *
 * @example isNoData('—') // true
 */
export function isNoData(text: string): boolean {
  return /^[-—–]$/.test(text.trim());
}

/**
 * Parses an amount that must be greater than zero (average order value, capacity).
 *
 * @example parsePositiveAmount('576') // 576
 */
export function parsePositiveAmount(text: string): number {
  const value = parseAmount(text);
  if (!(value > 0)) throw new CsPlanError('value.mustBePositive');
  return value;
}

/**
 * Parses a share written as `0.4`, `40%`, `40 %` or `４０％`. A bare number above 1 is refused
 * with a hint, since "40" most likely means 40% but could be a typo.
 *
 * @param bounds `open-zero` for shares that must be above 0 and at most 1 (CS share, conversion);
 *   `bot` for 0 ≤ share < 1 (bot deflection); `below-one` for other 0 ≤ share < 1 (shrinkage)
 * @returns the share as a fraction of 1
 * @example parseRatio('40%') // 0.4
 * @example parseRatio('0.35') // 0.35
 */
export function parseRatio(text: string, bounds: 'open-zero' | 'bot' | 'below-one' = 'open-zero'): number {
  const s = toHalfWidth(text).trim().replace(/\s+/g, '');
  let value: number;
  const percent = /^(\d+(\.\d*)?|\.\d+)%$/.exec(s);
  if (percent) {
    value = Number(percent[1]) / 100;
  } else if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    value = Number(s);
    if (value > 1) {
      throw new CsPlanError('value.ratioAboveOne', { percent: s, fraction: String(value / 100) });
    }
  } else {
    throw new CsPlanError('value.notRatio');
  }
  if (bounds === 'bot' || bounds === 'below-one') {
    if (!(value >= 0 && value < 1)) throw new CsPlanError(bounds === 'bot' ? 'value.botRateRange' : 'value.belowOne');
  } else if (!(value > 0 && value <= 1)) {
    throw new CsPlanError('value.ratioRange');
  }
  return value;
}

/**
 * Parses a whole number within bounds (slot minutes, hours, counts).
 *
 * @example parseInteger('12', 1, 12) // 12
 */
export function parseInteger(text: string, min: number, max: number): number {
  const s = toHalfWidth(text).trim();
  if (!/^-?\d+$/.test(s)) {
    if (/^-?\d*\.\d+$/.test(s)) throw new CsPlanError('value.intRange', { min, max });
    throw new CsPlanError('value.notNumber');
  }
  const value = Number(s);
  if (value < min || value > max) throw new CsPlanError('value.intRange', { min, max });
  return value;
}

/**
 * Parses a duration in hours: `4`, `4.5`, `4h`, `10小时`, or minutes as `90m` / `90分钟`.
 *
 * @returns hours, ≥ 0
 * @example parseHours('90m') // 1.5
 */
export function parseHours(text: string): number {
  const s = toHalfWidth(text).trim().toLowerCase().replace(/\s+/g, '');
  const minutes = /^(\d+(\.\d+)?)(m|min|分钟)$/.exec(s);
  if (minutes) return Number(minutes[1]) / 60;
  const hours = /^(\d+(\.\d+)?)(h|小时)?$/.exec(s);
  if (!hours) throw new CsPlanError('value.notHours');
  return Number(hours[1]);
}

/**
 * Parses time online as CS exports write it: hours (`8`, `8.5`, `8h`, `8小时`), `h:mm[:ss]`
 * (`08:30:00`), Chinese units (`8小时30分`, `8时30分15秒`, `510分钟`) or minutes (`90m`).
 *
 * @returns hours, ≥ 0
 * @example parseOnlineHours('08:30:00') // 8.5
 * @example parseOnlineHours('8小时30分') // 8.5
 */
export function parseOnlineHours(text: string): number {
  const s = toHalfWidth(text).trim().toLowerCase().replace(/\s+/g, '');
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600;
  const units =
    /^(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min))?(?:(\d+(?:\.\d+)?)(?:秒|s))?$/.exec(s);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    return Number(units[1] ?? 0) + Number(units[2] ?? 0) / 60 + Number(units[3] ?? 0) / 3600;
  }
  return parseHours(s);
}

/**
 * Parses a duration in minutes: `3`, `2.5`, `3m`, `3分钟`, or seconds as `180s` / `180秒`.
 *
 * @returns minutes, > 0
 * @example parseMinutes('90s') // 1.5
 */
export function parseMinutes(text: string): number {
  const s = toHalfWidth(text).trim().toLowerCase().replace(/\s+/g, '');
  const seconds = /^(\d+(\.\d+)?)(s|sec|秒)$/.exec(s);
  const minutes = /^(\d+(\.\d+)?)(m|min|分钟)?$/.exec(s);
  const value = seconds ? Number(seconds[1]) / 60 : minutes ? Number(minutes[1]) : NaN;
  if (Number.isNaN(value)) throw new CsPlanError('value.notMinutes');
  if (!(value > 0)) throw new CsPlanError('value.mustBePositive');
  return value;
}

/**
 * Parses a duration in seconds: `45`, `45s`, `1.5m`, `2分钟`.
 *
 * @example parseSeconds('2m') // 120
 */
export function parseSeconds(text: string): number {
  const s = toHalfWidth(text).trim().toLowerCase().replace(/\s+/g, '');
  const minutes = /^(\d+(\.\d+)?)(m|min|分钟)$/.exec(s);
  if (minutes) return parseMinutes(s) * 60;
  return parseMinutes(`${s.replace(/(s|sec|秒)$/, '')}s`) * 60;
}

/**
 * Parses a service-level target "share/seconds": `80/20`, `0.8/45`, `80%/30s`. A bare share
 * above 1 is read as a percentage, as contact centres write it.
 *
 * @example parseTarget('80/20') // { share: 0.8, seconds: 20 }
 */
export function parseTarget(text: string): { share: number; seconds: number } {
  const parts = toHalfWidth(text).trim().split('/');
  if (parts.length !== 2) throw new CsPlanError('value.notTarget');
  const [shareText = '', secondsText = ''] = parts.map((p) => p.trim());
  const bare = /^\d+(\.\d+)?$/.test(shareText) && Number(shareText) > 1;
  const share = parseRatio(bare ? `${shareText}%` : shareText);
  return { share, seconds: parseSeconds(secondsText) };
}

/**
 * Parses shift-pattern sequences one person may not work on consecutive days: `晚班>白班`,
 * several separated by commas (`→` works as well as `>`).
 *
 * @example parseForbidden('晚班>白班, 晚班>半白班') // [['晚班', '白班'], ['晚班', '半白班']]
 */
export function parseForbidden(text: string): (readonly [string, string])[] {
  return text.split(/[,，]/).map((pair) => {
    const [from, to, ...rest] = pair.split(/>|→/).map((name) => name.trim());
    if (!from || !to || rest.length > 0) throw new CsPlanError('everyday.badForbid');
    return [from, to] as const;
  });
}

/**
 * Parses a meal-break rule: `60m-after-4h` is a 60-minute break in every shift longer than
 * 4 hours, placed so that no stretch of work is longer than 4 hours. Units: `m`/`min` or `h`
 * for the break (default minutes), `h` for the work (default hours).
 *
 * With `@` and clock ranges, breaks go only inside those meal windows.
 *
 * @example parseBreakRule('60m-after-4h') // { minutes: 60, maxWorkHours: 4 }
 * @example parseBreakRule('60m-after-6h@11:00-13:30,17:00-19:30').windows // [{ from: 660, to: 810 }, { from: 1020, to: 1170 }]
 */
export function parseBreakRule(text: string): { minutes: number; maxWorkHours: number; windows?: MealWindow[] } {
  const [rule = '', windowText, ...extra] = toHalfWidth(text).trim().split('@');
  const match = /^(\d+(?:\.\d+)?)\s*(m|min|h)?\s*-?\s*after\s*-?\s*(\d+(?:\.\d+)?)\s*h?$/i.exec(rule.trim());
  const amount = Number(match?.[1]);
  const maxWorkHours = Number(match?.[3]);
  if (!match || !(amount > 0) || !(maxWorkHours > 0) || extra.length > 0) throw new CsPlanError('everyday.badBreak');
  const minutes = match[2]?.toLowerCase() === 'h' ? amount * 60 : amount;
  if (windowText === undefined) return { minutes, maxWorkHours };
  const ranges = windowText
    .split(/[,，;；]\s*/)
    .filter((p) => p.trim() !== '')
    .map((part) => parseClockRange(part.trim()));
  if (ranges.length === 0 || ranges.some((r) => !r || r.from === r.to || r.from >= MINUTES_PER_DAY))
    throw new CsPlanError('everyday.badBreak');
  const windows = mealWindows(ranges.flatMap((r) => (r ? [r] : [])));
  if (windows.some((w) => w.to - w.from < minutes)) throw new CsPlanError('everyday.breakWindowShort', { minutes });
  return { minutes, maxWorkHours, windows };
}

/**
 * Parses `--fair`: `nights`, `weekends` or both (`nights,weekends`; 夜班, 周末 too).
 *
 * @throws CsPlanError for anything else
 * @example parseFairKinds('nights,weekends') // ['nights', 'weekends']
 */
export function parseFairKinds(text: string): ('nights' | 'weekends')[] {
  const kinds = toHalfWidth(text)
    .split(/[,，;；\s]+/)
    .filter(Boolean)
    .map((word) => {
      const w = word.toLowerCase();
      if (['nights', 'night', '夜班', '夜'].includes(w)) return 'nights' as const;
      if (['weekends', 'weekend', '周末'].includes(w)) return 'weekends' as const;
      throw new CsPlanError('value.oneOf', { choices: 'nights, weekends' });
    });
  if (kinds.length === 0) throw new CsPlanError('value.oneOf', { choices: 'nights, weekends' });
  return [...new Set(kinds)];
}

const MINIMISE_WORD = /^(min|minimi[sz]e|最小)$/i;

/**
 * Parses `--balance-hours`: a limit in hours (`16`), `min` to make the spread a soft goal, or
 * both (`16,min`).
 *
 * @throws CsPlanError for an unreadable duration or neither a limit nor `min`
 * @example parseBalanceRule('16,min') // { hours: 16, minimise: true }
 */
export function parseBalanceRule(text: string): { hours?: number; minimise: boolean } {
  const parts = toHalfWidth(text)
    .split(/[,，\s]+/)
    .filter(Boolean);
  const limits = parts.filter((part) => !MINIMISE_WORD.test(part));
  const minimise = limits.length < parts.length;
  if (limits.length > 1 || parts.length === 0) throw new CsPlanError('everyday.badBalance');
  return { minimise, ...(limits[0] !== undefined ? { hours: parseHours(limits[0]) } : {}) };
}

/**
 * Columns a text takes in a terminal or a spreadsheet cell: CJK characters take two.
 *
 * @example displayWidth('峰值 peak') // 9
 */
export function displayWidth(text: string): number {
  return [...text].reduce((width, ch) => width + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
}

/**
 * Reads service hours: `09:00-24:00`, several ranges `08:00-12:00,13:00-24:00`; a range over
 * midnight (`20:00-02:00`) is open until 02:00 every night.
 *
 * @returns [from, to) minutes after midnight, to at most 1440
 * @example parseOpenHours('08:00-12:00,20:00-02:00') // [[480, 720], [1200, 1440], [0, 120]]
 */
export function parseOpenHours(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of text.split(/[,，;；]\s*/).filter((p) => p.trim() !== '')) {
    const range = parseClockRange(part.trim());
    if (!range || range.from === range.to || range.from >= MINUTES_PER_DAY) throw new CsPlanError('value.notOpenHours');
    const { from, to } = range;
    if (to > from) ranges.push([from, to]);
    else ranges.push([from, MINUTES_PER_DAY], ...(to > 0 ? [[0, to] as [number, number]] : []));
  }
  if (ranges.length === 0) throw new CsPlanError('value.notOpenHours');
  return ranges;
}

/**
 * Reads how history days are matched to forecast days (`--align`): `date`, `weekday`, `position`,
 * `average`, or `2026-11-11=2025-11-12` (forecast day = history day, shifting every day alike).
 *
 * @example parseAlignment('2026-11-11=2025-11-12') // { kind: 'offset', days: -364 }
 */
export function parseAlignment(text: string): Alignment {
  const value = text.trim().toLowerCase();
  if (value === 'date' || value === 'weekday' || value === 'position' || value === 'average') return { kind: value };
  const [forecast, history, ...rest] = value.split('=').map((part) => parseDate(part.trim()));
  if (forecast && history && rest.length === 0) {
    return { kind: 'offset', days: Math.round((toEpochMinutes(history) - toEpochMinutes(forecast)) / MINUTES_PER_DAY) };
  }
  throw new CsPlanError('value.notAlignment');
}

/**
 * Splits text into lines of at most `width` terminal columns (CJK characters take two), breaking
 * after spaces and separators (`; `, `, `, `·`) where it can, and anywhere when a piece is
 * longer than a line.
 *
 * @example wrapToWidth('every slot covered — proven; agent-hours 982 — proven best', 30) // ['every slot covered — proven;', 'agent-hours 982 — proven best']
 */
export function wrapToWidth(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  // A lone separator stays at the end of the line before it, never starts one.
  const pieces: string[] = [];
  for (const piece of text.split(/(?<=[ ;；，·、]|,(?!\d))/)) {
    if (/^[·;；，,、]\s*$/.test(piece) && pieces.length > 0) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  for (const piece of pieces) {
    if (displayWidth(line + piece.trimEnd()) <= limit) {
      line += piece;
      continue;
    }
    push();
    let rest = piece.trimStart();
    // A piece longer than a line: cut it at the width.
    while (displayWidth(rest.trimEnd()) > limit) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(cut + ch) > limit) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines.length > 0 ? lines : [''];
}

/**
 * Parses an absence: `NAME:DATE` or `NAME:DATE..DATE` (a person and the days they cannot work,
 * inclusive), as `--unavailable 小王:2026-12-10..2026-12-11`. The name is everything before the
 * last colon.
 *
 * @returns the name and the epoch days
 * @example parseAbsence('小王:2026-12-10..2026-12-11') // { name: '小王', days: [20797, 20798] }
 */
export function parseAbsence(text: string): { name: string; days: number[] } {
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  const name = colon > 0 ? text.slice(0, colon).trim() : '';
  const range = colon > 0 ? toHalfWidth(text.slice(colon + 1)).trim() : '';
  const [fromText = '', toText = fromText] = range.split(/\.\.|~|～|至/).map((s) => s.trim());
  const date = (t: string) => {
    try {
      return t ? parseDate(t) : undefined;
    } catch {
      return undefined; // 12/10/2026: month or day first is not known here
    }
  };
  const from = date(fromText);
  const to = date(toText);
  if (!name || !from || !to) throw new CsPlanError('value.notAbsence');
  const first = Math.floor(toEpochMinutes(from) / 1440);
  const last = Math.floor(toEpochMinutes(to) / 1440);
  if (last < first || last - first > 366) throw new CsPlanError('value.notAbsence');
  return { name, days: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}

/**
 * Parses a moment such as `2026-11-11 01:00` (date and time, as a roster file writes them).
 *
 * @returns epoch minutes
 * @example formatDateTime(parseMoment('2026-11-11 01:00')) // '2026-11-11 01:00'
 */
export function parseMoment(text: string): number {
  let value: number | undefined;
  try {
    value = parseDateTime(toHalfWidth(text).trim());
  } catch {
    value = undefined; // 12/10/2026 01:00: month or day first is not known here
  }
  if (value === undefined) throw new CsPlanError('value.notMoment');
  return value;
}

/**
 * Checks an encoding name against what the decoder knows.
 *
 * @throws CsPlanError naming the option
 */
export function checkEncoding(encoding: string): string {
  try {
    return new TextDecoder(encoding).encoding;
  } catch {
    throw new CsPlanError('value.unknownEncoding', {}, { location: { option: '--encoding', value: encoding } });
  }
}
