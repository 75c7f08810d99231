import { qb, type Sql } from './sql.ts';
import type { SessionsTable } from './schema.ts';

export interface SessionSummary {
  id: string;
  agreementId: string | null;
  start: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: SessionsTable['status'];
  kind: SessionsTable['kind'];
  cancelledBy: SessionsTable['cancelled_by'];
  notes: string;
}

export function recentSessionsForClient(sql: Sql, clientId: string, limit: number): SessionSummary[] {
  return sql
    .all(
      qb
        .selectFrom('sessions')
        .select(['id', 'agreement_id', 'start', 'planned_minutes', 'actual_minutes', 'status', 'kind', 'cancelled_by', 'notes'])
        .where('client_id', '=', clientId)
        .orderBy('start', 'desc')
        .limit(limit),
    )
    .map((row) => ({
      id: row.id,
      agreementId: row.agreement_id,
      start: row.start,
      plannedMinutes: row.planned_minutes,
      actualMinutes: row.actual_minutes,
      status: row.status,
      kind: row.kind,
      cancelledBy: row.cancelled_by,
      notes: row.notes,
    }));
}

export function sessionsForAgreement(sql: Sql, agreementId: string) {
  return sql
    .all(
      qb
        .selectFrom('sessions')
        .select(['start', 'planned_minutes', 'actual_minutes', 'status', 'cancelled_at', 'cancelled_by'])
        .where('agreement_id', '=', agreementId)
        .orderBy('start'),
    )
    .map((row) => ({
      start: row.start,
      plannedMinutes: row.planned_minutes,
      actualMinutes: row.actual_minutes,
      status: row.status,
      cancelledAt: row.cancelled_at,
      cancelledBy: row.cancelled_by,
    }));
}

export function workLogsForAgreement(sql: Sql, agreementId: string): { date: string; minutes: number }[] {
  return sql.all(qb.selectFrom('work_logs').select(['date', 'minutes']).where('agreement_id', '=', agreementId).orderBy('date'));
}
