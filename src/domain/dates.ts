// Calendar dates are `YYYY-MM-DD` strings and are never converted between zones.
// Arithmetic on them goes through date-fns on UTC-midnight Dates, which have no DST.
// Per-function entry points: the package's index loads every function (over a second).
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { TZDate } from '@date-fns/tz';

export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function isUtcInstant(value: string): boolean {
  const match = INSTANT_RE.exec(value);
  if (!match) return false;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const [h, min, s] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  return isCalendarDate(date) && h < 24 && min < 60 && s < 60;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtcDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtcDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Anchored month arithmetic: always from the anchor, never chained, clamped to the
 * month's end (Jan 31 + 1 → Feb 28 or 29; + 2 → Mar 31).
 */
export function addMonths(anchor: CalendarDate, months: number): CalendarDate {
  // date-fns clamps to the month's end, which is exactly the anchored rule.
  return fromUtcDate(addMonthsFns(new TZDate(toUtcDate(anchor), 'UTC'), months));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(addDaysFns(new TZDate(toUtcDate(date), 'UTC'), days));
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(new TZDate(toUtcDate(to), 'UTC'), new TZDate(toUtcDate(from), 'UTC'));
}

/** The calendar date of an instant in a time zone. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  let formatter = dateFormats.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}
