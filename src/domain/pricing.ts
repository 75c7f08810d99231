// Value pricing (domain.md, "Value pricing").
import { addMonths, type CalendarDate } from './dates.ts';

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
