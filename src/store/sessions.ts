// Sessions and work logs. Each table's rows turn into the model's records here and only here:
// the full records, and the few columns the usage ledger reads of many sessions at once.
import type { WorkspaceSession, WorkspaceWorkLog } from '../domain/model.ts';
import type { UsageSession } from '../domain/usage.ts';
import type { SessionsTable, WorkLogsTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

/** A session as the store keeps it: the model's record. */
export type StoredSession = WorkspaceSession;

export function sessionFromRow(row: SessionsTable): StoredSession {
  return {
    id: row.id,
    clientId: row.client_id,
    agreementId: row.agreement_id,
    start: row.start,
    plannedMinutes: row.planned_minutes,
    actualMinutes: row.actual_minutes,
    status: row.status,
    kind: row.kind,
    occurrenceStart: row.occurrence_start,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    notes: row.notes,
  };
}

export function sessionToRow(s: StoredSession): SessionsTable {
  return {
    id: s.id,
    client_id: s.clientId,
    agreement_id: s.agreementId,
    start: s.start,
    planned_minutes: s.plannedMinutes,
    actual_minutes: s.actualMinutes,
    status: s.status,
    kind: s.kind,
    occurrence_start: s.occurrenceStart,
    cancelled_at: s.cancelledAt,
    cancelled_by: s.cancelledBy,
    notes: s.notes,
  };
}

/** What the usage ledger reads of a session; reads of many sessions select only these columns. */
export const USAGE_SESSION_COLUMNS = ['start', 'planned_minutes', 'actual_minutes', 'status', 'cancelled_at', 'cancelled_by'] as const;

export function usageSessionFromRow(row: Pick<SessionsTable, (typeof USAGE_SESSION_COLUMNS)[number]>): UsageSession {
  return {
    start: row.start,
    plannedMinutes: row.planned_minutes,
    actualMinutes: row.actual_minutes,
    status: row.status,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
  };
}

export function workLogFromRow(row: WorkLogsTable): WorkspaceWorkLog {
  return { id: row.id, agreementId: row.agreement_id, date: row.date, minutes: row.minutes, description: row.description };
}

export function workLogToRow(w: WorkspaceWorkLog): WorkLogsTable {
  return { id: w.id, agreement_id: w.agreementId, date: w.date, minutes: w.minutes, description: w.description };
}

/** A client's newest sessions first. */
export function recentSessionsForClient(sql: Sql, clientId: string, limit: number): StoredSession[] {
  return sql
    .all(qb.selectFrom('sessions').selectAll().where('client_id', '=', clientId).orderBy('start', 'desc').limit(limit))
    .map(sessionFromRow);
}

export function sessionsForAgreement(sql: Sql, agreementId: string): UsageSession[] {
  return sql
    .all(qb.selectFrom('sessions').select(USAGE_SESSION_COLUMNS).where('agreement_id', '=', agreementId).orderBy('start'))
    .map(usageSessionFromRow);
}

export function workLogsForAgreement(sql: Sql, agreementId: string): { date: string; minutes: number }[] {
  return sql.all(qb.selectFrom('work_logs').select(['date', 'minutes']).where('agreement_id', '=', agreementId).orderBy('date'));
}

/** An agreement's work logs, newest first. */
export function listWorkLogs(sql: Sql, agreementId: string): WorkspaceWorkLog[] {
  return sql
    .all(qb.selectFrom('work_logs').selectAll().where('agreement_id', '=', agreementId).orderBy('date', 'desc'))
    .map(workLogFromRow);
}

export function insertWorkLog(sql: Sql, log: WorkspaceWorkLog): void {
  sql.run(qb.insertInto('work_logs').values(workLogToRow(log)));
}

export function findSession(sql: Sql, id: string): StoredSession | undefined {
  const row = sql.first(qb.selectFrom('sessions').selectAll().where('id', '=', id));
  return row ? sessionFromRow(row) : undefined;
}

export function findSessionByOccurrence(sql: Sql, agreementId: string, occurrenceStart: string): StoredSession | undefined {
  const row = sql.first(
    qb.selectFrom('sessions').selectAll().where('agreement_id', '=', agreementId).where('occurrence_start', '=', occurrenceStart),
  );
  return row ? sessionFromRow(row) : undefined;
}

export function saveSession(sql: Sql, session: StoredSession): void {
  const row = sessionToRow(session);
  const { id, ...values } = row;
  sql.run(
    qb
      .insertInto('sessions')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(values)),
  );
}

export function deleteSession(sql: Sql, id: string): void {
  sql.run(qb.deleteFrom('sessions').where('id', '=', id));
}

/** Sessions starting in [fromIso, toIso), or planned for an occurrence in it, by start. */
export function sessionsBetween(sql: Sql, fromIso: string, toIso: string, clientId?: string): StoredSession[] {
  // Two range reads, each along its own index: the sessions starting in the range (already
  // in start order), and the few moved out of it from an occurrence inside it. One query
  // with OR reads both indexes too, but then sorts every row again.
  let starting = qb.selectFrom('sessions').selectAll().where('start', '>=', fromIso).where('start', '<', toIso);
  let movedOut = qb
    .selectFrom('sessions')
    .selectAll()
    .where('occurrence_start', '>=', fromIso)
    .where('occurrence_start', '<', toIso)
    .where((eb) => eb.or([eb('start', '<', fromIso), eb('start', '>=', toIso)]));
  if (clientId) {
    starting = starting.where('client_id', '=', clientId);
    movedOut = movedOut.where('client_id', '=', clientId);
  }
  const rows = sql.all(starting.orderBy('start'));
  const moved = sql.all(movedOut);
  if (moved.length > 0) {
    rows.push(...moved);
    rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }
  return rows.map(sessionFromRow);
}
