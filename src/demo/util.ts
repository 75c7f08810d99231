// Small helpers shared by the demo and benchmark generators.
import { addDays, addMonths, type CalendarDate } from '../domain/dates.ts';

/** Sortable fixed-width ids (`c001`, `s000042`): text order is creation order. */
export function fixedId(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/** Enough digits for `count` ids, never fewer than `min` (so small files still look alike). */
export function idWidth(count: number, min: number): number {
  return Math.max(min, String(Math.max(1, count)).length);
}

/** The first day of the month of `date`, `monthsBack` months earlier (negative: later). */
export function monthStart(date: CalendarDate, monthsBack = 0): CalendarDate {
  return addMonths(`${date.slice(0, 7)}-01`, -monthsBack);
}

/** Day `day` (1–28, so it exists in every month) of the month `monthsBack` months before `date`'s month. */
export function dayOfMonth(date: CalendarDate, monthsBack: number, day: number): CalendarDate {
  return addDays(monthStart(date, monthsBack), day - 1);
}

/** `date` at a UTC wall time, as an instant. */
export function atUtc(date: CalendarDate, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hour, minute));
}

/** Lower-case ASCII for email addresses ("Łukasz Søren" → "lukasz soren"). */
export function asciiFold(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase();
}
