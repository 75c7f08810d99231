// Value pricing (docs/domain.md, "Value pricing").
import { addMonths, type CalendarDate } from './dates.ts';
import { currencyFractionDigits } from './format.ts';
import { roundHalfAwayFromZero } from './money.ts';

/**
 * Two installments: half the fee (rounded up to the minor unit) on the start date, the rest
 * at addMonths(startDate, max(1, floor(termMonths / 2))).
 */
export function valueInstallments(
  feeMinor: number,
  startDate: CalendarDate,
  termMonths: number | null,
): { dueDate: CalendarDate; amountMinor: number }[] {
  const first = Math.ceil(feeMinor / 2);
  const secondDue = addMonths(startDate, Math.max(1, Math.floor((termMonths ?? 1) / 2)));
  return [
    { dueDate: startDate, amountMinor: first },
    { dueDate: secondDue, amountMinor: feeMinor - first },
  ];
}

export const TARGET_RETURNS = [10, 7, 4] as const;

/**
 * Three fee options at target returns of 10×, 7× and 4× the low estimate of annual value:
 * fee = low ÷ multiple, rounded to a whole currency unit. Option 1 is the smallest scope.
 */
export function valueOptions(valueLowMinor: number, currency: string): { option: number; multiple: number; feeMinor: number }[] {
  const unit = 10 ** currencyFractionDigits(currency);
  return TARGET_RETURNS.map((multiple, index) => ({
    option: index + 1,
    multiple,
    feeMinor: roundHalfAwayFromZero(valueLowMinor / multiple / unit) * unit,
  }));
}
