// Instants shown in the coach's zone (the workspace `timeZone`, never the browser's).
// Formatting only: a wall time typed in becomes an instant by the core's rule
// (instantOfWallTime in src/domain/slot.ts), and which occurrences exist is the core's business.
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
