// Delivered work of recent periods only: Today's usage warnings and Revenue's over-servicing
// need the last few periods of each retainer, not the 200,000 sessions of a large practice.
import { sql as raw } from 'kysely';
import { addDays, type CalendarDate } from '../domain/dates.ts';
import { utcInstantText } from '../domain/instants.ts';
import type { UsageSession, UsageWorkLog } from '../domain/usage.ts';
import type { SessionsTable } from './schema.ts';
import { USAGE_SESSION_COLUMNS, usageSessionFromRow } from './sessions.ts';
import { qb, type Sql } from './sql.ts';

/**
 * An agreement's sessions and work logs dated on or after `fromDate` (null: all of them).
 * Sessions are taken from a day earlier in UTC, which covers every zone's local dates; the
 * ledger skips days before the periods it counts.
 */
export function deliveredWorkSince(
  sql: Sql,
  agreementId: string,
  fromDate: CalendarDate | null,
): { sessions: UsageSession[]; workLogs: UsageWorkLog[] } {
  const fromInstant = fromDate === null ? '' : utcInstantText(addDays(fromDate, -1));
  const sessions = sql
    .all(qb.selectFrom('sessions').select(USAGE_SESSION_COLUMNS).where('agreement_id', '=', agreementId).where('start', '>=', fromInstant))
    .map(usageSessionFromRow);
  const workLogs = sql
    .all(
      qb
        .selectFrom('work_logs')
        .select(['date', 'minutes'])
        .where('agreement_id', '=', agreementId)
        .where('date', '>=', fromDate ?? ''),
    )
    .map((row) => ({ date: row.date, minutes: row.minutes }));
  return { sessions, workLogs };
}

/** Per agreement: whether any session or work log falls in a window, and their delivered minutes there. */
export interface WindowWork {
  present: boolean;
  minutes: number;
}

/**
 * Delivered minutes per agreement of sessions and work logs dated from `firstDate` through
 * `lastDate` (sessions by their start's date in the workspace zone), summed in SQL. Only
 * sessions whose UTC start is within a day of either edge (their local date depends on the
 * zone) and client cancellations (late or not depends on the hours before the start) are
 * read one by one and counted in JS by the ledger's own rule.
 */
export function deliveredInWindow(
  sql: Sql,
  firstDate: CalendarDate,
  lastDate: CalendarDate,
  count: (session: UsageSession) => { date: CalendarDate; minutes: number },
): Map<string, WindowWork> {
  const out = new Map<string, WindowWork>();
  const add = (agreementId: string, minutes: number) => {
    const work = out.get(agreementId) ?? { present: false, minutes: 0 };
    work.present = true;
    work.minutes += minutes;
    out.set(agreementId, work);
  };
  // Any zone's offset is within ±14 hours: a start from the day after the first date up to
  // the last date (UTC) falls on a local date inside the window.
  const interiorFrom = utcInstantText(addDays(firstDate, 1));
  const interiorTo = utcInstantText(lastDate);
  const edgeFrom = utcInstantText(addDays(firstDate, -1));
  const edgeTo = utcInstantText(addDays(lastDate, 2));
  const columns = ['agreement_id', ...USAGE_SESSION_COLUMNS] as const;
  const oneByOne = (row: Pick<SessionsTable, (typeof columns)[number]>) => {
    const { date, minutes } = count(usageSessionFromRow(row));
    if (date >= firstDate && date <= lastDate) add(row.agreement_id!, minutes);
  };
  if (interiorFrom < interiorTo) {
    for (const row of sql.all(
      qb
        .selectFrom('sessions')
        .select([
          'agreement_id',
          raw<number>`sum(case status when 'completed' then coalesce(actual_minutes, planned_minutes) when 'no_show' then planned_minutes else 0 end)`.as(
            'minutes',
          ),
        ])
        .where('agreement_id', 'is not', null)
        .where('start', '>=', interiorFrom)
        .where('start', '<', interiorTo)
        .groupBy('agreement_id'),
    )) {
      add(row.agreement_id!, row.minutes);
    }
    for (const row of sql.all(
      qb
        .selectFrom('sessions')
        .select([...columns])
        .where('agreement_id', 'is not', null)
        .where('start', '>=', interiorFrom)
        .where('start', '<', interiorTo)
        .where('status', '=', 'cancelled')
        .where('cancelled_by', '=', 'client'),
    )) {
      // Counted present above; only the minutes of a late cancel are added.
      const { minutes } = count(usageSessionFromRow(row));
      add(row.agreement_id!, minutes);
    }
  }
  // The edges as two ranges of the start index (an OR of them would scan the table).
  const edges: [string, string][] =
    interiorFrom < interiorTo
      ? [
          [edgeFrom, interiorFrom],
          [interiorTo, edgeTo],
        ]
      : [[edgeFrom, edgeTo]];
  for (const [from, before] of edges) {
    for (const row of sql.all(
      qb
        .selectFrom('sessions')
        .select([...columns])
        .where('agreement_id', 'is not', null)
        .where('start', '>=', from)
        .where('start', '<', before),
    ))
      oneByOne(row);
  }
  for (const row of sql.all(
    qb
      .selectFrom('work_logs')
      .select(['agreement_id', raw<number>`sum(minutes)`.as('minutes')])
      .where('date', '>=', firstDate)
      .where('date', '<=', lastDate)
      .groupBy('agreement_id'),
  )) {
    add(row.agreement_id, row.minutes);
  }
  return out;
}

/** Collected (payments of non-void invoices, by payment date) per currency and month, dates in the range. */
export function collectedPerMonth(
  sql: Sql,
  firstDate: CalendarDate,
  lastDate: CalendarDate,
): { currency: string; month: string; amountMinor: number }[] {
  return sql.all(
    qb
      .selectFrom('payments as p')
      .innerJoin('invoices as i', 'i.id', 'p.invoice_id')
      .select(['i.currency', raw<string>`substr(p.date, 1, 7)`.as('month'), raw<number>`sum(p.amount_minor)`.as('amountMinor')])
      .where('i.status', '!=', 'void')
      .where('p.date', '>=', firstDate)
      .where('p.date', '<=', lastDate)
      .groupBy(['i.currency', raw`substr(p.date, 1, 7)`]),
  );
}

/** Invoiced (line totals of issued invoices, by issue date) per currency and month, dates in the range. */
export function invoicedPerMonth(
  sql: Sql,
  firstDate: CalendarDate,
  lastDate: CalendarDate,
): { currency: string; month: string; amountMinor: number }[] {
  return sql.all(
    qb
      .selectFrom('invoices as i')
      .innerJoin('invoice_lines as l', 'l.invoice_id', 'i.id')
      .select(['i.currency', raw<string>`substr(i.issue_date, 1, 7)`.as('month'), raw<number>`sum(l.amount_minor)`.as('amountMinor')])
      .where('i.status', '=', 'issued')
      .where('i.issue_date', '>=', firstDate)
      .where('i.issue_date', '<=', lastDate)
      .groupBy(['i.currency', raw`substr(i.issue_date, 1, 7)`]),
  );
}
