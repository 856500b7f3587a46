import { describe, expect, it } from 'vitest';
import { looksLikeThousands } from './queue-options.js';

describe('looksLikeThousands', () => {
  it('tells one number with thousands separators from a what-if list', () => {
    for (const text of ['1,000', '10,000', '2,500', '1,200,000', ' 3,000 ']) expect(looksLikeThousands(text), text).toBe(true);
    for (const text of ['80,100,120', '800,1000,1200', '1, 500', '100,120', '5', '40,45,50']) expect(looksLikeThousands(text), text).toBe(false);
  });
});
