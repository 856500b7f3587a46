import { describe, expect, it } from 'vitest';
import { validatorFor } from './prompt.js';
import { displayWidth } from './render.js';
import { parseRatio } from '../io/values.js';

describe('validatorFor', () => {
  it('accepts what the parser accepts and explains the rest in the user language', () => {
    expect(validatorFor(parseRatio, 'en')('40%')).toBe(true);
    expect(validatorFor(parseRatio, 'en')('40')).toBe('is above 100%; if you meant 40%, write "40%" or 0.4');
    expect(validatorFor(parseRatio, 'zh')('abc')).toBe('不是比例;请写成 40% 或 0.4');
  });
});

describe('displayWidth', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('peak')).toBe(4);
    expect(displayWidth('峰值 peak')).toBe(9);
  });
});
