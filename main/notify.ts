// A notification shortly before each of today's calls (Settings → Call reminders; off by
// default). The plan is the domain's (src/domain/reminders.ts); the scheduler here asks the
// core for the calls, sets one timer per reminder, and plans again when the data or the
// settings change, at midnight in the coach's zone, and when the computer wakes
// (electron.ts). Electron's Notification is passed in as `show`.
import type { Core } from '../src/api/core.ts';
import type { ApiOutput, ChangeEvent, Result } from '../src/api/index.ts';
import { type CallReminder, nextMidnight, planCallReminders, reminderDays, reminderKey } from '../src/domain/reminders.ts';
import type { Settings } from '../src/store/settings.ts';

export type { CallReminder } from '../src/domain/reminders.ts';

type CalendarRange = ApiOutput<'calendar.range'>;

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

/**
 * The reads the plan is made of: a write that touches what either declares it reads (the
 * core names those handlers in the event) can move, add or remove a call or a reminder.
 */
const PLAN_READS = ['settings.get', 'calendar.range'] as const;

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
    const range = (await deps.core.call('calendar.range', reminderDays(now(), timeZone))) as Result<CalendarRange>;
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
    const { items: calls, clients, timeZone: callZone } = range.value;
    const plan = planCallReminders({ calls, clients, timeZone: callZone, now: at, leadMinutes: callReminderMinutes, locale, shown });
    for (const reminder of plan) {
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
    if (PLAN_READS.some((name) => event.handlers.includes(name))) void replan();
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
