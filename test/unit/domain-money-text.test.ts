// Amounts typed as text and shown as text: the one parser every amount field uses.
import { describe, expect, it } from 'vitest';
import { moneyText, parseMoney } from '../../src/domain/money-text.ts';

describe('parseMoney', () => {
  // Worked by hand: EUR has 2 minor digits, JPY 0, KWD 3.
  it.each([
    ['1500', 'EUR', 150000],
    ['1500.5', 'EUR', 150050],
    ['1500,50', 'EUR', 150050],
    ['1,500.50', 'EUR', 150050],
    ['1.500,50', 'EUR', 150050],
    ['1 500', 'EUR', 150000],
    ['1\u00a0500,5', 'EUR', 150050],
    ["1'500.25", 'CHF', 150025],
    ['1.500', 'EUR', 150000], // three digits after the mark: a thousands mark, not cents
    ['.5', 'EUR', 50],
    ['0', 'EUR', 0],
    ['-0', 'EUR', 0],
    ['5000', 'JPY', 5000],
    ['5,000', 'JPY', 5000],
    ['1.250', 'KWD', 1250],
    ['12.5', 'KWD', 12500],
  ])('reads %j in %s as %i minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ ok: true, minor });
  });

  it.each(['', '   '])('reads %j as nothing typed', (text) => {
    expect(parseMoney(text, 'EUR')).toEqual({ ok: true, minor: null });
  });

  // "-5" was 500 below zero for the agreement editor and "not an amount" for the payment
  // form; no amount a coach types may be negative, and both now say so in the core's words.
  it.each(['-5', '-5.00', '−5', '- 5'])('refuses %j as negative', (text) => {
    expect(parseMoney(text, 'EUR')).toEqual({ ok: false, message: 'must not be negative' });
  });

  it.each(['abc', '5-', '--5', '1.2.3a', '€5', ',', '.', '5e3'])('refuses %j as not an amount', (text) => {
    expect(parseMoney(text, 'EUR')).toEqual({ ok: false, message: 'must be an amount such as 1500 or 1500.00' });
  });

  it('refuses an amount beyond exact integers', () => {
    expect(parseMoney('999999999999999999', 'EUR')).toEqual({ ok: false, message: 'is too large' });
  });
});

describe('moneyText', () => {
  it.each([
    [150000, 'EUR', '1500.00'],
    [150050, 'EUR', '1500.50'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [-500, 'EUR', '-5.00'],
    [-5, 'EUR', '-0.05'],
    [5000, 'JPY', '5000'],
    [-5000, 'JPY', '-5000'],
    [1250, 'KWD', '1.250'],
    [null, 'EUR', ''],
  ])('writes %j %s as %j', (minor, currency, text) => {
    expect(moneyText(minor, currency)).toBe(text);
  });

  it('is read back by parseMoney as the same amount', () => {
    for (const [minor, currency] of [
      [123456, 'EUR'],
      [7, 'EUR'],
      [5000, 'JPY'],
      [1001, 'KWD'],
    ] as const) {
      expect(parseMoney(moneyText(minor, currency), currency)).toEqual({ ok: true, minor });
    }
  });
});
