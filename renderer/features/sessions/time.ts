// Instants shown and entered in the coach's zone (the workspace `timeZone`, never the
// browser's). Formatting only: which occurrences exist is the core's business.
import { TZDate } from '@date-fns/tz';
import { dateTimeFormat } from '../../lib/format.ts';

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(undefined, { ...options, timeZone: zone });
}

/** "10:00 AM" in the zone. */
export function timeIn(instant: string | Date, zone: string): string {
  return format(zone, { timeStyle: 'short' }).format(new Date(instant));
}

/** "Tue, Mar 4" in the zone. */
export function dayIn(instant: string | Date, zone: string): string {
  return format(zone, { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(instant));
}

/** "Tue, Mar 4, 10:00 – 10:45 AM" in the zone. */
export function whenIn(start: string, end: string, zone: string): string {
  const range = format(zone, { hour: 'numeric', minute: '2-digit' }).formatRange(new Date(start), new Date(end));
  return `${dayIn(start, zone)}, ${range}`;
}

/**
 * The client's wall time when their zone shows the instant differently from the coach's
 * ("3:00 PM their time", with the day when that differs too); null when it reads the same.
 */
export function theirTime(instant: string, coachZone: string, clientZone: string | undefined): string | null {
  if (!clientZone || clientZone === coachZone) return null;
  const theirs = timeIn(instant, clientZone);
  const theirDay = dayIn(instant, clientZone);
  if (theirs === timeIn(instant, coachZone) && theirDay === dayIn(instant, coachZone)) return null;
  return theirDay === dayIn(instant, coachZone) ? theirs : `${theirDay}, ${theirs}`;
}

/** The calendar date (YYYY-MM-DD) and wall time (HH:mm) of an instant in the zone, for date and time inputs. */
export function wallParts(instant: string | Date, zone: string): { date: string; time: string } {
  const d = new TZDate(new Date(instant).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The UTC instant ("…Z") of a wall time in the zone; null if the inputs are not a date and a time. */
export function instantFromWall(date: string, time: string, zone: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, y, m, d] = dateMatch.map(Number) as [number, number, number, number];
  const [, h, min] = timeMatch.map(Number) as [number, number, number];
  const when = new TZDate(y, m - 1, d, h, min, 0, 0, zone);
  const ms = when.getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A calendar date moved by whole days (no zone involved). */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday on or before a calendar date (weeks start on Monday, ISO). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return shiftDate(date, -((weekday + 6) % 7));
}
