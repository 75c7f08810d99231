// Billing periods (docs/domain.md, "Billing periods and usage"): period k starts at
// addMonths(startDate, k × periodMonths) and ends the day before period k+1 starts.
import { addDays, addMonths, type CalendarDate } from './dates.ts';

export interface Period {
  index: number;
  start: CalendarDate;
  /** The period's last day (inclusive). */
  end: CalendarDate;
}

export function period(startDate: CalendarDate, periodMonths: number, index: number): Period {
  return {
    index,
    start: addMonths(startDate, index * periodMonths),
    end: addDays(addMonths(startDate, (index + 1) * periodMonths), -1),
  };
}

/** The index of the period containing `date` (negative before the start). */
export function periodIndexOn(startDate: CalendarDate, periodMonths: number, date: CalendarDate): number {
  if (date < startDate) return -1;
  // Estimate from the month difference, then settle: anchored periods can shift by a day.
  const [y1, m1] = startDate.split('-').map(Number) as [number, number];
  const [y2, m2] = date.split('-').map(Number) as [number, number];
  let index = Math.max(0, Math.floor(((y2 - y1) * 12 + (m2 - m1)) / periodMonths));
  while (index > 0 && period(startDate, periodMonths, index).start > date) index -= 1;
  while (period(startDate, periodMonths, index).end < date) index += 1;
  return index;
}

/** Whether a date falls inside any of the pauses (inclusive ranges). */
export function isPaused(date: CalendarDate, pauses: { from: CalendarDate; to: CalendarDate }[]): boolean {
  return pauses.some((p) => p.from <= date && date <= p.to);
}
