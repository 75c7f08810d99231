// Small helpers shared by the demo and benchmark generators.
import type { CalendarDate } from '../domain/dates.ts';

/** Sortable fixed-width ids (`c001`, `s000042`): text order is creation order. */
export function fixedId(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/** Enough digits for `count` ids, never fewer than `min` (so small files still look alike). */
export function idWidth(count: number, min: number): number {
  return Math.max(min, String(Math.max(1, count)).length);
}

/** A UTC instant with whole seconds, as the export writes it (`2026-03-01T10:00:00Z`). */
export function iso(instant: Date | number): string {
  return new Date(instant).toISOString().slice(0, 19) + 'Z';
}

/** The first day of the month of `date`, `monthsBack` months earlier (negative: later). */
export function monthStart(date: CalendarDate, monthsBack = 0): CalendarDate {
  return plusMonths(`${date.slice(0, 7)}-01`, -monthsBack);
}

/** Day `day` (1–28, so it exists in every month) of the month `monthsBack` months before `date`'s month. */
export function dayOfMonth(date: CalendarDate, monthsBack: number, day: number): CalendarDate {
  return plusDays(monthStart(date, monthsBack), day - 1);
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

// Calendar arithmetic on plain UTC numbers. Same results as ../domain/dates.ts (anchored,
// clamped to the month's end; test/unit/demo.test.ts compares them), but the domain's
// versions go through date-fns and TZDate at ~40 µs a call, which made the 50,000-invoice
// benchmark practice take ten seconds to generate.
function parts(date: CalendarDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  const at = new Date(Date.UTC(y, m - 1, d + days));
  return format(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export function plusMonths(anchor: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(anchor);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, lastDay));
}

/** Billing period k (domain.md): from plusMonths(start, k × periodMonths) to the day before the next. */
export function periodOf(startDate: CalendarDate, periodMonths: number, k: number): { start: CalendarDate; end: CalendarDate } {
  return { start: plusMonths(startDate, k * periodMonths), end: plusDays(plusMonths(startDate, (k + 1) * periodMonths), -1) };
}

/** The index of the period containing `date` (on or after the start). */
export function periodIndexAt(startDate: CalendarDate, periodMonths: number, date: CalendarDate): number {
  const months = (Number(date.slice(0, 4)) - Number(startDate.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(startDate.slice(5, 7));
  let k = Math.max(0, Math.floor(months / periodMonths));
  while (k > 0 && plusMonths(startDate, k * periodMonths) > date) k -= 1;
  while (plusMonths(startDate, (k + 1) * periodMonths) <= date) k += 1;
  return k;
}
