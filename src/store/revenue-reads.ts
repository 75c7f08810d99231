// Delivered work of recent periods only: Today's usage warnings and Revenue's over-servicing
// need the last few periods of each retainer, not the 200,000 sessions of a large practice.
import { qb, type Sql } from './sql.ts';
import type { UsageSession, UsageWorkLog } from '../domain/usage.ts';
import { addDays, type CalendarDate } from '../domain/dates.ts';

/**
 * An agreement's sessions and work logs dated on or after `fromDate` (null: all of them).
 * Sessions are taken from a day earlier in UTC, which covers every zone's local dates; the
 * ledger skips days before the periods it counts.
 */
export function deliveredWorkSince(sql: Sql, agreementId: string, fromDate: CalendarDate | null): { sessions: UsageSession[]; workLogs: UsageWorkLog[] } {
  const fromInstant = fromDate === null ? '' : `${addDays(fromDate, -1)}T00:00:00Z`;
  const sessions = sql
    .all(
      qb
        .selectFrom('sessions')
        .select(['start', 'planned_minutes', 'actual_minutes', 'status', 'cancelled_at', 'cancelled_by'])
        .where('agreement_id', '=', agreementId)
        .where('start', '>=', fromInstant),
    )
    .map((row) => ({
      start: row.start,
      plannedMinutes: row.planned_minutes,
      actualMinutes: row.actual_minutes,
      status: row.status,
      cancelledAt: row.cancelled_at,
      cancelledBy: row.cancelled_by,
    }));
  const workLogs = sql
    .all(qb.selectFrom('work_logs').select(['date', 'minutes']).where('agreement_id', '=', agreementId).where('date', '>=', fromDate ?? ''))
    .map((row) => ({ date: row.date, minutes: row.minutes }));
  return { sessions, workLogs };
}
