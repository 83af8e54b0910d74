import { describe, expect, it } from 'vitest';

import {
  DASH,
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatMonth,
  formatMonthShort,
  formatPercent,
} from './format';

// Intl separates groups with U+00A0 / U+202F in Russian; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('writes roubles the Russian way', () => {
    expect(plain(formatMoney('1234567.50', 'RUB', 'ru'))).toBe('1 234 567,50 ₽');
  });

  it('writes roubles the English way', () => {
    expect(formatMoney('1234567.50', 'RUB', 'en')).toBe('₽1,234,567.50');
  });

  it('keeps every digit of an exact decimal string', () => {
    expect(formatMoney('9007199254740993.01', 'RUB', 'en')).toBe('₽9,007,199,254,740,993.01');
  });

  it('shows negative margins instead of hiding them', () => {
    expect(plain(formatMoney('-5000.00', 'RUB', 'ru'))).toBe('-5 000,00 ₽');
    expect(formatMoney('-5000.00', 'RUB', 'en')).toBe('-₽5,000.00');
  });

  it('uses the company currency', () => {
    expect(formatMoney('10', 'USD', 'en')).toBe('$10.00');
    expect(plain(formatMoney('10', 'EUR', 'ru'))).toBe('10,00 €');
  });

  it('shows a dash for undefined values, never 0', () => {
    expect(formatMoney(null, 'RUB', 'ru')).toBe(DASH);
    expect(formatMoney(undefined, 'RUB', 'en')).toBe(DASH);
    expect(formatMoney('', 'RUB', 'en')).toBe(DASH);
    expect(formatMoney('not a number', 'RUB', 'en')).toBe(DASH);
  });

  it('abbreviates for chart axes', () => {
    expect(plain(formatMoneyCompact('2278323', 'RUB', 'ru'))).toBe('2,3 млн ₽');
    expect(formatMoneyCompact('2278323', 'RUB', 'en')).toBe('₽2.3M');
  });
});

describe('formatPercent', () => {
  it('reads 1.0 as 100 % in both languages', () => {
    expect(plain(formatPercent(0.89346, 'ru'))).toBe('89,3 %');
    expect(formatPercent(0.89346, 'en')).toBe('89.3%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });

  it('accepts the API ratio strings', () => {
    expect(formatPercent('0.2500', 'en')).toBe('25%');
  });

  it('goes above 100 % and below 0', () => {
    expect(formatPercent(1.619851, 'en', 0)).toBe('162%');
    expect(formatPercent(-1, 'en')).toBe('-100%');
  });

  it('shows a dash for null', () => {
    expect(formatPercent(null, 'ru')).toBe(DASH);
  });
});

describe('formatCount', () => {
  it('groups thousands per language', () => {
    expect(plain(formatCount('12345', 'ru'))).toBe('12 345');
    expect(formatCount('12345', 'en')).toBe('12,345');
  });

  it('keeps one decimal when asked (forecasts of counts)', () => {
    expect(plain(formatCount('7.53', 'ru', 1))).toBe('7,5');
    expect(formatCount(null, 'en')).toBe(DASH);
  });
});

describe('formatMonth', () => {
  it('names the month in the chosen language, capitalised', () => {
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('2026-11', 'ru')).toBe('Ноябрь 2026 г.');
    expect(formatMonthShort('2026-06', 'en')).toBe('Jun');
    expect(formatMonthShort('2026-11', 'ru')).toBe('Нояб.');
  });
});
