import { describe, expect, it } from 'vitest';
import { formatMessage, t } from './i18n.js';
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
      for (const key of [`check.rule.${rule}`]) {
        expect(t('en', key), key).not.toBe(key);
        expect(t('zh', key), key).not.toBe(t('en', key));
      }
      expect(t('zh', `check.ruleName.${rule}`), rule).not.toBe(`check.ruleName.${rule}`);
    }
  });
});
