import { describe, expect, it } from 'vitest';
import { formatMessage } from './i18n.js';

describe('formatMessage', () => {
  it('keeps one problem on one line, even when a cell holds a line break (a stray quote in a CSV)', () => {
    const line = formatMessage('en', 'error', 'csv.missingColumn', { column: 'name', aliases: 'name' }, { file: 's.csv', line: 2, value: '"a\nb\r\nc' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('error: s.csv:2, value ""a⏎b⏎c": has no column "name" (name); add it to the header line');
  });
});
