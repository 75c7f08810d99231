// Amounts are typed in major units ("1500", "1,500.50") and travel as integer minor units.
// Parsing works on the digits as text, so no floating point touches an amount.
import { fractionDigits } from '../../lib/format.ts';

export type ParsedAmount = { ok: true; minor: number | null } | { ok: false; message: string };

/** 150000 EUR → "1500.00": what an amount field starts with. */
export function minorToInput(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = fractionDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const SHAPE = 'must be an amount such as 1500 or 1500.00';

/**
 * "1,500.5" EUR → 150050; "" → null. The last "." or "," followed by one to the currency's
 * number of digits is the decimal mark; other marks group thousands.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const digits = fractionDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  if (!/^[\d.,]+$/.test(cleaned)) return { ok: false, message: SHAPE };
  const mark = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  const decimals = cleaned.length - mark - 1;
  let whole = cleaned;
  let fraction = '';
  if (mark >= 0 && decimals > 0 && decimals <= digits) {
    whole = cleaned.slice(0, mark);
    fraction = cleaned.slice(mark + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return { ok: false, message: SHAPE };
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'is too large' };
  return { ok: true, minor };
}
