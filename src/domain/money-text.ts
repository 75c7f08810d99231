// Amounts as people type and read them: major units as text ("1500", "1,500.50") on one
// side, integer minor units on the other. The digits are handled as text, so no floating
// point ever touches an amount. Every amount a coach types (a fee, a rate, an installment,
// a payment, a value range) is a price or a sum received, never a debt, so "-5" is refused
// here with the same words the core's schemas use for a negative amount.
import { currencyFractionDigits } from './format.ts';

export type ParsedMoney = { ok: true; minor: number | null } | { ok: false; message: string };

const SHAPE = 'must be an amount such as 1500 or 1500.00';
export const NEGATIVE_AMOUNT = 'must not be negative';

/**
 * 150000 EUR → "1500.00", 5000 JPY → "5000", -500 EUR → "-5.00", null → "": the text an
 * amount field starts with, and a CSV cell (no grouping, "." as the decimal mark).
 */
export function moneyText(amountMinor: number | null, currency: string): string {
  if (amountMinor === null) return '';
  const digits = currencyFractionDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * "1,500.5" EUR → 150050; "" → null (nothing typed); "-5" → "must not be negative".
 * The last "." or "," followed by one to the currency's number of digits is the decimal
 * mark; other marks (and spaces, apostrophes) group thousands.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const digits = currencyFractionDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  const match = /^([-\u2212]?)([\d.,]+)$/.exec(cleaned);
  if (!match) return { ok: false, message: SHAPE };
  const [, sign, body] = match as unknown as [string, string, string];
  const mark = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  const decimals = body.length - mark - 1;
  let whole = body;
  let fraction = '';
  if (mark >= 0 && decimals > 0 && decimals <= digits) {
    whole = body.slice(0, mark);
    fraction = body.slice(mark + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return { ok: false, message: SHAPE };
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'is too large' };
  // "-0" is zero, not a negative amount.
  if (sign && minor !== 0) return { ok: false, message: NEGATIVE_AMOUNT };
  return { ok: true, minor };
}
