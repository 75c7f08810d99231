// Display helpers for the Revenue screens: months, compact axis amounts, shares.
import { currencyFractionDigits } from '../../../src/domain/format.ts';
import { dateTimeFormat, numberFormat } from '../../lib/format.ts';

/** "2026-03" → "Mar 2026" (or "Mar 26" when short). */
export function formatMonth(month: string, short = false): string {
  const [year, monthIndex] = month.split('-').map(Number);
  if (!year || !monthIndex) return month;
  return dateTimeFormat(undefined, { month: 'short', year: short ? '2-digit' : 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthIndex - 1, 1),
  );
}

/** An axis tick: 1234500 EUR minor → "€12K". */
export function formatCompactMoney(amountMinor: number, currency: string): string {
  return numberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(
    amountMinor / 10 ** currencyFractionDigits(currency),
  );
}

/** 0.3191 → "31.9 %" in the user's locale. */
export function formatShare(share: number | null, digits = 1): string {
  if (share === null) return '—';
  return numberFormat(undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}
