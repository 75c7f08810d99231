import { deliveredDays, recentLedgerFrom, recentUsageLedger, type UsagePeriod, usageLedgerOfDays } from '../domain/usage.ts';
import type { Agreement } from '../store/agreements.ts';
import { deliveredWorkSince } from '../store/revenue-reads.ts';
import { getSettings } from '../store/settings.ts';
import type { Context } from './contract.ts';

// Periods counted before the recent ones to settle the rollover carried into them.
const WARMUP_PERIODS = 3;

/**
 * The last `count` rows of an agreement's usage ledger on `asOf`, read from its recent
 * sessions and work logs only (the whole history when the rollover is not settled by then).
 * Kept per agreement, date and count until sessions, work logs, agreements or settings change.
 */
export function recentLedgerOf(ctx: Context, agreement: Agreement, asOf: string, count: number): UsagePeriod[] {
  const cache = ctx.memo('recent-ledgers', ['sessions', 'work_logs', 'agreements', 'settings'], () => new Map<string, UsagePeriod[]>());
  const key = `${agreement.id}|${asOf}|${count}`;
  let rows = cache.get(key);
  if (!rows) {
    const rules = ctx.memo('usage-rules', ['settings'], () => {
      const settings = getSettings(ctx.store.sql);
      return { timeZone: settings.timeZone, lateCancelHours: settings.lateCancelHours };
    });
    const daysSince = (from: string | null) => {
      const work = deliveredWorkSince(ctx.store.sql, agreement.id, from);
      return deliveredDays(work.sessions, work.workLogs, rules);
    };
    const from = recentLedgerFrom(agreement, asOf, count, WARMUP_PERIODS);
    rows =
      (from === null ? [] : recentUsageLedger(agreement, daysSince(from), asOf, count, WARMUP_PERIODS)) ??
      usageLedgerOfDays(agreement, daysSince(null), asOf).slice(-count);
    cache.set(key, rows);
  }
  return rows;
}
