// Capacity: booked hours against working hours, and weekly slots still free for a new client.
import { addDays, type CalendarDate } from './dates.ts';
import { isoWeekday, wallTimeToInstant } from './slot.ts';

export type WorkingHours = Partial<Record<string, [string, string][]>>;

export interface Busy {
  start: string;
  end: string;
}

const MINUTE = 60_000;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Working minutes in the seven days from weekStart. */
export function availableMinutes(hours: WorkingHours, weekStart: CalendarDate): number {
  let total = 0;
  for (let i = 0; i < 7; i += 1) {
    for (const [from, to] of hours[String(isoWeekday(addDays(weekStart, i)))] ?? []) total += minutesOf(to) - minutesOf(from);
  }
  return total;
}

/** Booked minutes of the busy intervals that start in the week. */
export function bookedMinutes(busy: Busy[]): number {
  return busy.reduce((sum, b) => sum + (Date.parse(b.end) - Date.parse(b.start)) / MINUTE, 0);
}

export interface FreeSlot {
  weekday: number;
  time: string;
}

/**
 * Weekly slots of `lengthMinutes` inside working hours (on a `stepMinutes` grid) that are free
 * in every one of the `weeks` weeks from weekStart, in the coach's zone.
 */
export function freeWeeklySlots(
  hours: WorkingHours,
  busy: Busy[],
  weekStart: CalendarDate,
  weeks: number,
  lengthMinutes: number,
  timeZone: string,
  stepMinutes = 30,
): FreeSlot[] {
  const intervals = busy.map((b) => [Date.parse(b.start), Date.parse(b.end)] as const).sort((a, b) => a[0] - b[0]);
  const overlaps = (start: number, end: number) => intervals.some(([s, e]) => s < end && start < e);
  const out: FreeSlot[] = [];
  for (let i = 0; i < 7; i += 1) {
    const firstDate = addDays(weekStart, i);
    const weekday = isoWeekday(firstDate);
    for (const [from, to] of hours[String(weekday)] ?? []) {
      for (let t = minutesOf(from); t + lengthMinutes <= minutesOf(to); t += stepMinutes) {
        const time = timeOf(t);
        const free = Array.from({ length: weeks }, (_, w) => addDays(firstDate, 7 * w)).every((date) => {
          const start = wallTimeToInstant(date, time, timeZone).getTime();
          return !overlaps(start, start + lengthMinutes * MINUTE);
        });
        if (free) out.push({ weekday, time });
      }
    }
  }
  return out.sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}
