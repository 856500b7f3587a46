import { describe, expect, it } from 'vitest';
import { formatMessage, isMessageKey, MESSAGE_KEYS, t, type MessageKey } from './i18n.js';
import { CHECK_RULES } from './core/rostering/check.js';

describe('formatMessage', () => {
  it('keeps one problem on one line, even when a cell holds a line break (a stray quote in a CSV)', () => {
    const line = formatMessage('en', 'error', 'csv.missingColumn', { column: 'name', aliases: 'name' }, { file: 's.csv', line: 2, value: '"a\nb\r\nc' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('error: s.csv:2, value ""a⏎b⏎c": has no column "name" (name); add it to the header line');
  });
});

describe('check rules in words', () => {
  it('every rule has a message in both languages and a Chinese name', () => {
    for (const rule of CHECK_RULES) {
      const message = `check.rule.${rule}`;
      const name = `check.ruleName.${rule}`;
      expect(isMessageKey(message) && isMessageKey(name), rule).toBe(true);
      expect(t('zh', message as MessageKey), message).not.toBe(t('en', message as MessageKey));
      expect(t('zh', name as MessageKey), rule).not.toBe(rule);
      expect(t('en', name as MessageKey), rule).toBe(rule);
    }
  });
});

describe('the message catalogue', () => {
  const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

  it('says every message in Chinese too, with the same placeholders', () => {
    // The compiler checks that both languages have the same keys; this checks what they hold.
    for (const key of MESSAGE_KEYS) {
      const en = t('en', key);
      const zh = t('zh', key);
      expect(zh.trim(), key).not.toBe('');
      // A setting is printed as its flag, the same in both languages.
      if (key !== 'proof.other' && !key.startsWith('setting.')) expect(zh, key).not.toBe(en);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('tells message keys from other text', () => {
    expect(isMessageKey('value.notNumber')).toBe(true);
    expect(isMessageKey('value.notANumber')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('a message inside another', () => {
  it('is translated where the outer one is printed, with its own params', () => {
    const params = { a: '--staff', b: '--headcount', why: { key: 'why.staffSaysWho' as const } };
    expect(t('en', 'options.conflict', params)).toBe('--staff conflicts with --headcount: the staff file already says who can work');
    expect(t('zh', 'options.conflict', params)).toContain('人员文件已经列出谁可以上班');
    const trend = { a: '--trend-min', b: '--trend-max', why: { key: 'why.trendOrder' as const, params: { min: 1.2, max: 0.9 } } };
    expect(t('zh', 'options.conflict', trend)).toContain('×1.2 大于 ×0.9');
  });
});
