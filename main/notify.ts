// A notification shortly before each of today's calls (Settings → Call reminders; off by
// default). The plan is a pure function of the calls, the clock and the lead time; the
// scheduler around it asks the core for the calls, sets one timer per reminder, and plans
// again when the data or the settings change, at midnight in the coach's zone, and when the
// computer wakes (electron.ts). Electron's Notification is passed in as `show`.
import type { Core } from '../src/api/core.ts';
import type { ApiOutput, ChangeEvent, Result, Table } from '../src/api/index.ts';
import type { Settings } from '../src/store/settings.ts';
import { addDays, dateInZone } from '../src/domain/dates.ts';
import { wallTimeToInstant } from '../src/domain/slot.ts';

type CalendarRange = ApiOutput<'calendar.range'>;

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
  range: Pick<CalendarRange, 'items' | 'clients' | 'timeZone'>;
  now: Date;
  leadMinutes: number;
  locale: string;
  /** Reminders already shown (their keys): never shown twice. */
  shown?: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;

export function reminderKey(item: { key: string; start: string }): string {
  return `${item.key}@${item.start}`;
}

/**
 * Which reminders to show, and when: `leadMinutes` before each call that is still to come
 * (planned from an agreement's slot, or a scheduled session), earliest first. A call that
 * starts sooner than the lead time (the app was opened, or the call booked, at the last
 * minute) is reminded of at once; one that has started, or was cancelled, logged or missed,
 * is not.
 */
export function planCallReminders({ range, now, leadMinutes, locale, shown = new Set() }: ReminderPlanInput): CallReminder[] {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: range.timeZone });
  const reminders: CallReminder[] = [];
  for (const item of range.items) {
    if (item.status !== 'planned' && item.status !== 'scheduled') continue;
    const start = new Date(item.start);
    if (!(start.getTime() > now.getTime())) continue;
    const key = reminderKey(item);
    if (shown.has(key)) continue;
    const at = new Date(Math.max(start.getTime() - leadMinutes * MINUTE_MS, now.getTime()));
    const minutesToGo = Math.round((start.getTime() - at.getTime()) / MINUTE_MS);
    const name = range.clients[item.clientId]?.name ?? 'a client';
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

/** The first instant of the day after `now` in the coach's zone: when tomorrow's calls are planned. */
export function nextMidnight(now: Date, timeZone: string): Date {
  return wallTimeToInstant(addDays(dateInZone(now, timeZone), 1), '00:00', timeZone);
}

export interface Timers {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export interface CallRemindersDeps {
  core: Pick<Core, 'call' | 'onChange'>;
  show(reminder: CallReminder): void;
  now?: () => Date;
  timers?: Timers;
  log?: (message: string) => void;
}

export interface CallReminders {
  /** Plans again from the data as it is now. Resolves once the timers are set. */
  replan(): Promise<void>;
  stop(): void;
}

/** The tables whose change can move, add or remove a call or a reminder. */
const PLAN_TABLES: readonly Table[] = ['settings', 'sessions', 'agreements', 'clients'];

const nodeTimers: Timers = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startCallReminders(deps: CallRemindersDeps): CallReminders {
  const now = deps.now ?? (() => new Date());
  const timers = deps.timers ?? nodeTimers;
  const log = deps.log ?? ((message) => console.warn(message));
  const shown = new Set<string>();
  let pending: unknown[] = [];
  // Plans overlap when changes come quickly; only the latest one sets timers.
  let generation = 0;
  let stopped = false;

  const clearAll = () => {
    for (const handle of pending) timers.clear(handle);
    pending = [];
  };

  async function replan(): Promise<void> {
    const mine = ++generation;
    const settings = (await deps.core.call('settings.get', {})) as Result<Settings>;
    if (mine !== generation || stopped) return;
    if (!settings.ok) {
      log(`Cadence: call reminders not planned: ${settings.error.message}`);
      return clearAll();
    }
    if (!settings.value.callReminders) {
      shown.clear();
      return clearAll();
    }
    const { timeZone, callReminderMinutes, locale } = settings.value;
    const today = dateInZone(now(), timeZone);
    // Tomorrow too: a call just after midnight is reminded of before it.
    const range = (await deps.core.call('calendar.range', { from: today, to: addDays(today, 1) })) as Result<CalendarRange>;
    if (mine !== generation || stopped) return;
    clearAll();
    if (!range.ok) {
      log(`Cadence: call reminders not planned: ${range.error.message}`);
      return;
    }
    // Forget reminders of calls that are gone, so the set stays a day's worth.
    const current = new Set(range.value.items.map(reminderKey));
    for (const key of shown) if (!current.has(key)) shown.delete(key);

    const at = now();
    for (const reminder of planCallReminders({ range: range.value, now: at, leadMinutes: callReminderMinutes, locale, shown })) {
      pending.push(
        timers.set(() => {
          if (shown.has(reminder.key)) return;
          shown.add(reminder.key);
          try {
            deps.show(reminder);
          } catch (error) {
            // A notification the system refused is not worth an error dialog in the main process.
            log(`Cadence: could not show a call reminder: ${String(error)}`);
          }
        }, reminder.at.getTime() - at.getTime()),
      );
    }
    pending.push(timers.set(() => void replan(), nextMidnight(at, timeZone).getTime() - at.getTime() + 1000));
  }

  const unsubscribe = deps.core.onChange((event: ChangeEvent) => {
    if (event.tables.some((table) => PLAN_TABLES.includes(table))) void replan();
  });
  void replan();

  return {
    replan,
    stop() {
      stopped = true;
      unsubscribe();
      clearAll();
    },
  };
}
