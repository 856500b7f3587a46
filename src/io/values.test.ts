import { describe, expect, it } from 'vitest';
import { wrapToWidth, parseAbsence, parseAmount, parseAmountRange, parseOnlineHours, parseMoment, parseBalanceRule, parseBreakRule, parseHours, parseInteger, parseMinutes, parseSeconds, parseTarget, parsePositiveAmount, parseRatio, toHalfWidth } from './values.js';
import { CsPlanError } from '../errors.js';

const keyOf = (fn: () => unknown): string => {
  try { fn(); } catch (e) { return (e as { key: string }).key; }
  return 'no error';
};

describe('parseAmount', () => {
  it.each([
    ['1000000', 1_000_000], ['1,000,000', 1_000_000], ['¥1,000,000', 1_000_000], ['￥500', 500],
    ['100万', 1_000_000], ['1.2亿', 120_000_000], ['0.7万', 7_000], ['12.5', 12.5], [' 300 ', 300],
    ['１２３，４５６', 123_456], ['50w', 500_000], ['1000元', 1000], ['3.14159万', 31_415.9],
  ])('reads %s as %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
  it.each([['abc', 'value.notNumber'], ['', 'value.notNumber'], ['1,00', 'value.notNumber'], ['-5', 'value.negative'], ['1e5', 'value.notNumber']])(
    'refuses %s with %s', (text, key) => expect(keyOf(() => parseAmount(text))).toBe(key));
  it('requires a positive value where asked', () => {
    expect(keyOf(() => parsePositiveAmount('0'))).toBe('value.mustBePositive');
  });
});

describe('parseRatio', () => {
  it.each([['0.4', 0.4], ['40%', 0.4], ['40 %', 0.4], ['４０％', 0.4], ['100%', 1], ['.35', 0.35], ['35.5%', 0.355]])(
    'reads %s as %d', (text, expected) => expect(parseRatio(text)).toBeCloseTo(expected, 12));
  it('refuses zero, above 100% and bare percentages with a hint', () => {
    expect(keyOf(() => parseRatio('0'))).toBe('value.ratioRange');
    expect(keyOf(() => parseRatio('120%'))).toBe('value.ratioRange');
    expect(keyOf(() => parseRatio('40'))).toBe('value.ratioAboveOne');
    expect(keyOf(() => parseRatio('forty'))).toBe('value.notRatio');
  });
  it('allows 0 but not 100% for the bot rate', () => {
    expect(parseRatio('0', 'bot')).toBe(0);
    expect(keyOf(() => parseRatio('100%', 'bot'))).toBe('value.botRateRange');
  });
});

describe('parseInteger', () => {
  it('reads whole numbers in range only', () => {
    expect(parseInteger('30', 1, 60)).toBe(30);
    expect(keyOf(() => parseInteger('0', 1, 60))).toBe('value.intRange');
    expect(keyOf(() => parseInteger('1.5', 1, 60))).toBe('value.intRange');
    expect(keyOf(() => parseInteger('x', 1, 60))).toBe('value.notNumber');
  });
});

describe('toHalfWidth', () => {
  it('maps full-width characters', () => expect(toHalfWidth('１２３，％　')).toBe('123,% '));
});

describe('parseHours', () => {
  it.each([['4', 4], ['4.5', 4.5], ['4h', 4], ['10小时', 10], ['90m', 1.5], ['３０分钟', 0.5]])('reads %s as %d h', (text, hours) =>
    expect(parseHours(text)).toBe(hours));
  it('refuses other text', () => expect(keyOf(() => parseHours('four'))).toBe('value.notHours'));
});

describe('queue durations and targets', () => {
  it('reads minutes and seconds', () => {
    expect(parseMinutes('3')).toBe(3);
    expect(parseMinutes('90s')).toBe(1.5);
    expect(parseSeconds('45')).toBe(45);
    expect(parseSeconds('2m')).toBe(120);
    expect(keyOf(() => parseMinutes('0'))).toBe('value.mustBePositive');
    expect(keyOf(() => parseMinutes('soon'))).toBe('value.notMinutes');
  });
  it('reads service-level targets as contact centres write them', () => {
    expect(parseTarget('80/20')).toEqual({ share: 0.8, seconds: 20 });
    expect(parseTarget('0.8/45')).toEqual({ share: 0.8, seconds: 45 });
    expect(parseTarget('90%/30s')).toEqual({ share: 0.9, seconds: 30 });
    expect(keyOf(() => parseTarget('80'))).toBe('value.notTarget');
    expect(keyOf(() => parseTarget('120/20'))).toBe('value.ratioRange');
  });
  it('bounds shrinkage below 100%', () => {
    expect(parseRatio('30%', 'below-one')).toBeCloseTo(0.3);
    expect(keyOf(() => parseRatio('100%', 'below-one'))).toBe('value.belowOne');
  });
});

describe('parseBreakRule', () => {
  it('reads a break and the longest stretch of work', () => {
    expect(parseBreakRule('60m-after-4h')).toEqual({ minutes: 60, maxWorkHours: 4 });
    expect(parseBreakRule('1h-after-4.5h')).toEqual({ minutes: 60, maxWorkHours: 4.5 });
    expect(parseBreakRule('30 min after 5')).toEqual({ minutes: 30, maxWorkHours: 5 });
    expect(parseBreakRule('６０m-after-４h')).toEqual({ minutes: 60, maxWorkHours: 4 });
  });
  it('refuses anything else with the expected form', () => {
    for (const bad of ['60m', 'after-4h', '0m-after-4h', 'lunch', '60m-after-4h@', '60m-after-4h@lunch', '60m-after-4h@11:00-11:00', '60m-after-4h@1@2']) {
      expect(() => parseBreakRule(bad)).toThrow(expect.objectContaining({ key: 'everyday.badBreak' }));
    }
  });
  it('reads meal windows after @, over midnight too, and refuses a window shorter than the break', () => {
    expect(parseBreakRule('60m-after-6h@11:00-13:30,17:00-19:30')).toEqual({ minutes: 60, maxWorkHours: 6, windows: [{ from: 660, to: 810 }, { from: 1020, to: 1170 }] });
    expect(parseBreakRule('30m-after-4h@23:30-01:00').windows).toEqual([{ from: 1410, to: 1500 }]);
    expect(() => parseBreakRule('60m-after-4h@12:00-12:30')).toThrow(expect.objectContaining({ key: 'everyday.breakWindowShort' }));
  });
});

describe('parseBalanceRule', () => {
  it('reads a limit, min, or both', () => {
    expect(parseBalanceRule('16')).toEqual({ hours: 16, minimise: false });
    expect(parseBalanceRule('min')).toEqual({ minimise: true });
    expect(parseBalanceRule('16,min')).toEqual({ hours: 16, minimise: true });
    expect(parseBalanceRule('最小，１６h')).toEqual({ hours: 16, minimise: true });
  });
  it('refuses two limits, nothing, or an unreadable duration', () => {
    expect(() => parseBalanceRule('16,20')).toThrow(expect.objectContaining({ key: 'everyday.badBalance' }));
    expect(() => parseBalanceRule(' ')).toThrow(expect.objectContaining({ key: 'everyday.badBalance' }));
    expect(() => parseBalanceRule('abc')).toThrow(CsPlanError);
  });
});

describe('parseOpenHours', () => {
  it('reads service hours, several ranges and ranges over midnight', async () => {
    const { parseOpenHours } = await import('./values.js');
    expect(parseOpenHours('09:00-24:00')).toEqual([[540, 1440]]);
    expect(parseOpenHours('08:00-12:00，13:00-24:00')).toEqual([[480, 720], [780, 1440]]);
    expect(parseOpenHours('20:00-02:00')).toEqual([[1200, 1440], [0, 120]]);
    for (const bad of ['', '9点到24点', '09:00', '09:00-09:00', '25:00-26:00']) expect(() => parseOpenHours(bad), bad).toThrow();
  });
});


describe('wrapToWidth', () => {
  it('breaks after spaces and separators, counts CJK as two columns, cuts a piece longer than a line', async () => {
    const { wrapToWidth } = await import('./values.js');
    expect(wrapToWidth('every slot covered — proven; agent-hours 982 — proven best', 30)).toEqual(['every slot covered — proven;', 'agent-hours 982 — proven best']);
    expect(wrapToWidth('缺口 8 人·时段 — 最多还能少 8; 总工时 985 — 未证明', 20).every((line) => [...line].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0) <= 20)).toBe(true);
    expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapToWidth('short', 80)).toEqual(['short']);
  });
});

describe('parseAbsence and parseMoment (replan)', () => {
  it('reads a person and a day or a range of days', () => {
    const day = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    expect(parseAbsence('小王:2026-12-10..2026-12-11')).toEqual({ name: '小王', days: [day('2026-12-10'), day('2026-12-11')] });
    expect(parseAbsence('A:B:2026/12/10')).toEqual({ name: 'A:B', days: [day('2026-12-10')] });
    expect(parseAbsence('小王：2026-12-10～2026-12-12').days).toHaveLength(3);
    for (const bad of ['小王', ':2026-12-10', '小王:2026-12-11..2026-12-10', '小王:tomorrow', '小王:12/10/2026']) {
      expect(() => parseAbsence(bad), bad).toThrow(CsPlanError);
    }
  });
  it('reads a date and time, and refuses anything else', () => {
    expect(parseMoment('2026-11-11 01:00')).toBe(Date.parse('2026-11-11T01:00:00Z') / 60_000);
    for (const bad of ['01:00', '2026-11-11 25:00', 'now', '12/10/2026 01:00']) expect(() => parseMoment(bad), bad).toThrow(CsPlanError);
  });
});

describe('parseAmountRange', () => {
  it('reads one figure or a range written as exports and people write them', () => {
    expect(parseAmountRange('500000')).toEqual({ low: 500_000, high: 500_000 });
    expect(parseAmountRange('300万..450万')).toEqual({ low: 3_000_000, high: 4_500_000 });
    expect(parseAmountRange('300万 ~ 450万')).toEqual({ low: 3_000_000, high: 4_500_000 });
    expect(parseAmountRange('¥1,000至¥2,000')).toEqual({ low: 1_000, high: 2_000 });
    expect(parseAmountRange('1.2亿–1.5亿')).toEqual({ low: 120_000_000, high: 150_000_000 });
  });
  it('refuses a range written backwards, half a range and junk', () => {
    for (const [text, key] of [['450万..300万', 'value.rangeOrder'], ['300万..', 'value.notRange'], ['..5', 'value.notRange'], ['1..2..3', 'value.notRange'], ['a..b', 'value.notNumber']] as const) {
      expect(() => parseAmountRange(text), text).toThrow(CsPlanError);
      try {
        parseAmountRange(text);
      } catch (error) {
        expect((error as CsPlanError).key, text).toBe(key);
      }
    }
  });
});

describe('parseOnlineHours', () => {
  it('reads time online as CS exports write it', () => {
    expect(parseOnlineHours('08:30:00')).toBe(8.5);
    expect(parseOnlineHours('8:15')).toBe(8.25);
    expect(parseOnlineHours('8小时30分')).toBe(8.5);
    expect(parseOnlineHours('8时30分36秒')).toBeCloseTo(8.51, 12);
    expect(parseOnlineHours('510分钟')).toBe(8.5);
    expect(parseOnlineHours('8.5')).toBe(8.5);
    expect(parseOnlineHours('8.5h')).toBe(8.5);
    expect(parseOnlineHours('90m')).toBe(1.5);
  });
  it('refuses what is no duration', () => {
    for (const text of ['eight', '8:75', '', '小时', '8h30x']) expect(() => parseOnlineHours(text), text).toThrow(CsPlanError);
  });
});

describe('wrapToWidth and numbers', () => {
  it('never breaks a number at its thousands separator, but still breaks after a comma in a list', () => {
    const lines = wrapToWidth('every slot covered — proven; cost ¥17,681.12 — proven best', 40);
    expect(lines).toEqual(['every slot covered — proven; cost', '¥17,681.12 — proven best']);
    expect(wrapToWidth('小王, 小李, 小张', 8)).toEqual(['小王,', '小李,', '小张']);
  });
});
