// The rows the revenue metrics read: payments of non-void invoices, issued project lines,
// invoice totals, and delivered work per agreement.
import { sql as raw } from 'kysely';
import type { CollectedPayment, ProjectLine } from '../domain/metrics.ts';
import type { UsageSession, UsageWorkLog } from '../domain/usage.ts';
import { groupBy } from './bulk.ts';
import { USAGE_SESSION_COLUMNS, usageSessionFromRow } from './sessions.ts';
import { qb, type Sql } from './sql.ts';

export function collectedPayments(sql: Sql): CollectedPayment[] {
  return sql
    .all(
      qb
        .selectFrom('payments as p')
        .innerJoin('invoices as i', 'i.id', 'p.invoice_id')
        .select(['i.client_id', 'i.currency', 'p.date', 'p.amount_minor'])
        .where('i.status', '!=', 'void'),
    )
    .map((row) => ({ clientId: row.client_id, currency: row.currency, date: row.date, amountMinor: row.amount_minor }));
}

/** Totals of issued (or paid) invoices by issue date; of one client when given. */
export function invoicedTotals(sql: Sql, clientId?: string): { currency: string; date: string; amountMinor: number }[] {
  let query = qb
    .selectFrom('invoices as i')
    .select([
      'i.currency',
      'i.issue_date as date',
      raw<number>`coalesce((select sum(l.amount_minor) from invoice_lines l where l.invoice_id = i.id), 0)`.as('amountMinor'),
    ])
    .where('i.status', '=', 'issued');
  if (clientId) query = query.where('i.client_id', '=', clientId);
  return sql.all(query);
}

export function projectLines(sql: Sql): ProjectLine[] {
  return sql
    .all(
      qb
        .selectFrom('invoice_lines as l')
        .innerJoin('invoices as i', 'i.id', 'l.invoice_id')
        .select(['i.client_id', 'i.currency', 'i.issue_date', 'l.amount_minor', 'l.minutes'])
        .where('l.kind', '=', 'project')
        .where('i.status', '=', 'issued'),
    )
    .map((row) => ({
      clientId: row.client_id,
      currency: row.currency,
      issueDate: row.issue_date,
      amountMinor: row.amount_minor,
      minutes: row.minutes,
    }));
}

export function invoiceCurrencies(sql: Sql): string[] {
  return sql.all(qb.selectFrom('invoices').select('currency').distinct()).map((row) => row.currency);
}

/** Sessions and work logs of every agreement, grouped by agreement (one scan of each table). */
export function allDeliveredWork(sql: Sql): { sessions: Map<string, UsageSession[]>; workLogs: Map<string, UsageWorkLog[]> } {
  const sessionRows = groupBy(
    sql.all(
      qb
        .selectFrom('sessions')
        .select(['agreement_id', ...USAGE_SESSION_COLUMNS])
        .where('agreement_id', 'is not', null),
    ),
    (row) => row.agreement_id!,
  );
  const sessions = new Map([...sessionRows].map(([agreementId, rows]) => [agreementId, rows.map(usageSessionFromRow)]));
  const workLogs = sql
    .all(qb.selectFrom('work_logs').select(['agreement_id', 'date', 'minutes']))
    .map((row) => ({ agreementId: row.agreement_id, date: row.date, minutes: row.minutes }));
  return { sessions, workLogs: groupBy(workLogs, (w) => w.agreementId) };
}
