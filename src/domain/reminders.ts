// Call reminders: which reminders to show, and when, as a pure function of the calls, the
// clock, the lead time and the coach's zone. The desktop app's scheduler (main/notify.ts)
// asks the core for the calls and sets one timer per reminder this plan gives.
import type { CalendarItem } from './calendar.ts';
import { addDays, type CalendarDate, dateInZone } from './dates.ts';
import { wallTimeToInstant } from './slot.ts';

/** How long before a call its reminder may come, in whole minutes (settings.update and its form). */
export const CALL_REMINDER_MINUTES = { min: 1, max: 120 } as const;

/** A call as the plan needs it: the calendar's items have these fields. */
export type ReminderCall = Pick<CalendarItem, 'key' | 'clientId' | 'start' | 'status'>;

export interface CallReminder {
  /** The call and its start: a call moved to another time is a new reminder. */
  key: string;
  /** When to show it. */
  at: Date;
  /** When the call starts. */
  start: Date;
  title: string;
  body: string;
}

export interface ReminderPlanInput {
  calls: readonly ReminderCall[];
  /** Client names by id; a call whose client is unknown is "a client". */
  clients: Readonly<Record<string, { name: string } | undefined>>;
  /** The coach's zone: the time in the reminder's text is read there. */
  timeZone: string;
  now: Date;
  leadMinutes: number;
  locale: string;
  /** Reminders already shown (their keys): never shown twice. */
  shown?: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;

export function reminderKey(call: Pick<ReminderCall, 'key' | 'start'>): string {
  return `${call.key}@${call.start}`;
}

/**
 * Which reminders to show, and when: `leadMinutes` before each call that is still to come
 * (planned from an agreement's slot, or a scheduled session), earliest first. A call that
 * starts sooner than the lead time (the app was opened, or the call booked, at the last
 * minute) is reminded of at once; one that has started, or was cancelled, logged or missed,
 * is not.
 */
export function planCallReminders({
  calls,
  clients,
  timeZone,
  now,
  leadMinutes,
  locale,
  shown = new Set(),
}: ReminderPlanInput): CallReminder[] {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const reminders: CallReminder[] = [];
  for (const call of calls) {
    if (call.status !== 'planned' && call.status !== 'scheduled') continue;
    const start = new Date(call.start);
    if (!(start.getTime() > now.getTime())) continue;
    const key = reminderKey(call);
    if (shown.has(key)) continue;
    const at = new Date(Math.max(start.getTime() - leadMinutes * MINUTE_MS, now.getTime()));
    const minutesToGo = Math.round((start.getTime() - at.getTime()) / MINUTE_MS);
    const name = clients[call.clientId]?.name ?? 'a client';
    reminders.push({
      key,
      at,
      start,
      title: `Call with ${name}`,
      body: `At ${time.format(start)}, ${minutesToGo <= 1 ? 'in a minute' : `in ${minutesToGo} minutes`}.`,
    });
  }
  return reminders.sort((a, b) => a.at.getTime() - b.at.getTime() || a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
}

/** The days whose calls the plan needs at `now`: today in the coach's zone, and tomorrow, so a call just after midnight is reminded of before it. */
export function reminderDays(now: Date, timeZone: string): { from: CalendarDate; to: CalendarDate } {
  const today = dateInZone(now, timeZone);
  return { from: today, to: addDays(today, 1) };
}

/** The first instant of the day after `now` in the coach's zone: when the next day's calls are planned. */
export function nextMidnight(now: Date, timeZone: string): Date {
  return wallTimeToInstant(addDays(dateInZone(now, timeZone), 1), '00:00', timeZone);
}
