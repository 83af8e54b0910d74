import { describe, expect, it } from 'vitest';

import { formatMoneyInput, parseMoney, sameAmount } from './money-input';

describe('parseMoney in English', () => {
  it.each([
    ['4,050,000', '4050000'],
    ['4050000.5', '4050000.5'],
    ['4050000', '4050000'],
    ['1,000.50', '1000.50'],
    ['  12.3 ', '12.3'],
    ['0', '0'],
    ['007', '7'],
    ['999', '999'],
  ])('reads %j as %j', (text, value) => {
    expect(parseMoney(text, 'en')).toEqual({ ok: true, value });
  });

  it('reads an empty field as no amount', () => {
    expect(parseMoney('  ', 'en')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1 000,50', 'separator'],
    ['1 000', 'separator'],
    ['1000,5', 'separator'],
    ['1,5', 'separator'],
    ['1.000.000', 'separator'],
    ['1.000,50', 'separator'],
    ['12,34,567', 'grouping'],
    ['1,0000', 'grouping'],
    ['12abc', 'format'],
    ['abc', 'format'],
    ['1e6', 'format'],
    ['$100', 'format'],
    [',5', 'format'],
    ['1,000,', 'format'],
    ['10.555', 'decimals'],
    ['-5', 'negative'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseMoney(text, 'en')).toEqual({ ok: false, problem });
  });
});

describe('parseMoney in Russian', () => {
  it.each([
    ['1 000,50', '1000.50'],
    ['1000,5', '1000.5'],
    ['4 050 000', '4050000'],
    ['4\u00a0050\u00a0000,25', '4050000.25'],
    ['4\u202f050\u202f000', '4050000'],
    ['4050000', '4050000'],
    ['1,00', '1.00'],
  ])('reads %j as %j', (text, value) => {
    expect(parseMoney(text, 'ru')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,000.50', 'separator'],
    ['1000.5', 'separator'],
    ['4,050,000', 'separator'],
    ['1 000,5 0', 'separator'],
    ['40 50 000', 'grouping'],
    ['1 0000', 'grouping'],
    ['сто рублей', 'format'],
    ['1 000 р.', 'format'],
    ['1,000', 'decimals'],
    ['−100', 'negative'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseMoney(text, 'ru')).toEqual({ ok: false, problem });
  });

  it('follows the language tag, not just its exact value', () => {
    expect(parseMoney('1 000,50', 'ru-RU')).toEqual({ ok: true, value: '1000.50' });
  });
});

describe('formatMoneyInput', () => {
  it('writes amounts the way each language reads them back', () => {
    expect(formatMoneyInput('4050000', 'en')).toBe('4,050,000');
    expect(formatMoneyInput('4050000.00', 'en')).toBe('4,050,000');
    expect(formatMoneyInput('4050000.5', 'en')).toBe('4,050,000.50');
    expect(formatMoneyInput('4050000.5', 'ru')).toBe('4\u00a0050\u00a0000,50');
    expect(formatMoneyInput(null, 'en')).toBe('');
  });

  it('keeps every digit of large amounts', () => {
    expect(formatMoneyInput('12345678901234567.89', 'en')).toBe('12,345,678,901,234,567.89');
  });

  it.each(['en', 'ru'])('round-trips through parseMoney in %s', (language) => {
    for (const value of ['0', '999', '1000', '4050000.50', '123456789.05']) {
      const parsed = parseMoney(formatMoneyInput(value, language), language);
      expect(parsed.ok && sameAmount(parsed.value, value)).toBe(true);
    }
  });
});

describe('sameAmount', () => {
  it('compares amounts, not their spelling', () => {
    expect(sameAmount('4050000.00', '4050000')).toBe(true);
    expect(sameAmount('0100.50', '100.5')).toBe(true);
    expect(sameAmount('100.5', '100.05')).toBe(false);
    expect(sameAmount(null, '')).toBe(true);
    expect(sameAmount(null, '0')).toBe(false);
  });
});
