// Calendar dates are `YYYY-MM-DD` strings and are never converted between zones.
// Arithmetic on them is plain integer calendar math on UTC midnights, which have no DST:
// it runs in hot loops (forecasts over thousands of agreements), where going through a
// zone-aware date library costs a hundred times more.
import { zoneOffsetMinutes } from './zone-offset.ts';

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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar; 0 for a month that does not exist. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

// The forecast and the ledgers do date arithmetic hundreds of thousands of times on a large
// practice, so these read and write YYYY-MM-DD by character codes and integer math rather
// than through Date objects and string slicing (the results are the same; see the tests).
const DIGIT_0 = 48;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function digitAt(text: string, index: number): number {
  return text.charCodeAt(index) - DIGIT_0;
}

function parts(date: CalendarDate): [number, number, number] {
  return [
    digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3),
    digitAt(date, 5) * 10 + digitAt(date, 6),
    digitAt(date, 8) * 10 + digitAt(date, 9),
  ];
}

function pad(n: number, width = 2): string {
  return width === 2 && n >= 0 && n < 100 ? TWO_DIGITS[n]! : String(n).padStart(width, '0');
}

/** The civil date of a day count since 1970-01-01 (H. Hinnant's days-to-civil algorithm). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function fromUtcMs(ms: number): CalendarDate {
  const [year, month, day] = civilFromDays(Math.floor(ms / 86_400_000));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Anchored month arithmetic: always from the anchor, never chained, clamped to the
 * month's end (Jan 31 + 1 → Feb 28 or 29; + 2 → Mar 31).
 */
export function addMonths(anchor: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(anchor);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return fromUtcMs(Date.UTC(y, m - 1, d + days));
}

/** The Monday on or before a calendar date (weeks start on Monday, as in ISO 8601). */
export function mondayOf(date: CalendarDate): CalendarDate {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Days since 1970-01-01 of a calendar date: ordered and compared like the dates themselves. */
export function dayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** dayNumber(dateInZone(instant, zone)) without making the date's text. */
export function dayNumberInZone(instantMs: number, timeZone: string): number {
  return Math.floor((instantMs + zoneOffsetMinutes(timeZone, instantMs) * 60_000) / 86_400_000);
}

/** The calendar date of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const ms = instant.getTime();
  return fromUtcMs(ms + zoneOffsetMinutes(timeZone, ms) * 60_000);
}
