import { type DeliveredDays, deliveredDays } from '../domain/usage.ts';
import { allDeliveredWork } from '../store/revenue.ts';
import { getSettings } from '../store/settings.ts';
import type { Context } from './contract.ts';

/** Every agreement's sessions and work logs, read once per change to them. */
export function deliveredWorkOf(ctx: Context) {
  return ctx.memo('delivered-work', ['sessions', 'work_logs', 'agreements'], () => allDeliveredWork(ctx.store.sql));
}

/**
 * An agreement's delivered minutes per day, counted once and kept until its sessions, work
 * logs or the settings (zone, late-cancel hours) change: Today and Revenue read the ledgers
 * of every retainer, and counting 200,000 sessions each time would cost a third of a second.
 */
export function deliveredDaysOf(ctx: Context, agreementId: string): DeliveredDays {
  const cache = ctx.memo('delivered-days', ['sessions', 'work_logs', 'agreements', 'settings'], () => new Map<string, DeliveredDays>());
  let days = cache.get(agreementId);
  if (!days) {
    const work = deliveredWorkOf(ctx);
    const settings = getSettings(ctx.store.sql);
    days = deliveredDays(work.sessions.get(agreementId) ?? [], work.workLogs.get(agreementId) ?? [], {
      timeZone: settings.timeZone,
      lateCancelHours: settings.lateCancelHours,
    });
    cache.set(agreementId, days);
  }
  return days;
}
