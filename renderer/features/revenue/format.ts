// Display helpers for the Revenue screens: months, compact axis amounts, shares.
import { fractionDigits } from '../../lib/format.ts';

/** "2026-03" → "Mar 2026" (or "Mar 26" when short). */
export function formatMonth(month: string, short = false): string {
  const [year, monthIndex] = month.split('-').map(Number);
  if (!year || !monthIndex) return month;
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: short ? '2-digit' : 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, monthIndex - 1, 1));
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** An axis tick: 1234500 EUR minor → "€12K". */
export function formatCompactMoney(amountMinor: number, currency: string): string {
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(currency, format);
  }
  return format.format(amountMinor / 10 ** fractionDigits(currency));
}

/** 0.3191 → "31.9 %" in the user's locale. */
export function formatShare(share: number | null, digits = 1): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

