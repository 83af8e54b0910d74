import { describe, expect, it } from 'vitest';

import { parseAmount } from './target';

describe('parseAmount', () => {
  it('accepts what people type: spaces, a decimal comma, up to two decimals', () => {
    expect(parseAmount('15150000.00')).toBe('15150000.00');
    expect(parseAmount('1 500 000,5')).toBe('1500000.5');
    expect(parseAmount('1\u00a0000\u00a0000')).toBe('1000000');
    expect(parseAmount('007')).toBe('7');
  });

  it('refuses zero, negatives, three decimals and text', () => {
    for (const text of ['', '0', '0.00', '-5', '1.234', 'abc', '1e6', '1,000,000']) expect(parseAmount(text)).toBeNull();
  });
});
