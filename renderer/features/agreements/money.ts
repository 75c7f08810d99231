// Amounts are typed in major units ("1500" or "1,500.50") and travel as integer minor
// units. Parsing works on the digits as text, so no floating point touches an amount.
import { fractionDigits } from '../../lib/format.ts';

export type ParsedAmount = { ok: true; minor: number | null } | { ok: false; message: string };

/** 150000 EUR → "1500.00": the text an amount field starts with. */
export function minorToInput(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = fractionDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** "1,500.5" EUR → 150050; "" → null. The last "." or "," followed by up to the currency's digits is the decimal mark. */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const digits = fractionDigits(currency);
  const cleaned = text.replace(/[\s\u00a0'’]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  const match = /^(-?)([\d.,]+)$/.exec(cleaned);
  if (!match) return { ok: false, message: 'must be an amount such as 1500 or 1500.00' };
  const [, sign, body] = match as unknown as [string, string, string];
  const lastMark = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  let whole = body;
  let fraction = '';
  if (lastMark >= 0 && body.length - lastMark - 1 <= digits && body.length - lastMark - 1 > 0) {
    whole = body.slice(0, lastMark);
    fraction = body.slice(lastMark + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) {
    return { ok: false, message: 'must be an amount such as 1500 or 1500.00' };
  }
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'is too large' };
  return { ok: true, minor: sign ? -minor : minor };
}
