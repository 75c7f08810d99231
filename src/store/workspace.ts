// Reading and writing a whole workspace (the version 1 file) in bulk.

import { invoiceStatus, invoiceTotalMinor } from '../domain/invoices.ts';
import type { Workspace, WorkspaceClient, WorkspaceInvoice, WorkspacePayment, WorkspaceSession } from '../domain/model.ts';
import { insertAgreements, readAgreements } from './agreements.ts';
import { groupBy, insertMany } from './bulk.ts';
import { clientToRow, toClient } from './clients.ts';
import { sessionFromRow, sessionToRow, workLogFromRow, workLogToRow } from './sessions.ts';
import { getSettings, writeSettings } from './settings.ts';
import type { Sql } from './sql.ts';
import { qb } from './sql.ts';

const DATA_TABLES = ['clients', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'] as const;

export interface WorkspaceCounts {
  clients: number;
  agreements: number;
  sessions: number;
  workLogs: number;
  invoices: number;
  payments: number;
}

export function countRecords(sql: Sql): WorkspaceCounts {
  const count = (table: (typeof DATA_TABLES)[number]) =>
    sql.first(qb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  return {
    clients: count('clients'),
    agreements: count('agreements'),
    sessions: count('sessions'),
    workLogs: count('work_logs'),
    invoices: count('invoices'),
    payments: count('payments'),
  };
}

export function isEmptyWorkspace(sql: Sql): boolean {
  return Object.values(countRecords(sql)).every((n) => n === 0);
}

/** Writes a checked workspace into an empty database. The caller opens the transaction. */
export function writeWorkspace(sql: Sql, file: Workspace, nowIso: string): void {
  // Absent optional settings (address, paper size) keep the new workspace's defaults.
  writeSettings(sql, { ...file.settings, onboarded: true }, nowIso);
  insertMany(
    sql,
    'clients',
    file.clients.map((c) => clientToRow({ ...c, createdAt: nowIso, updatedAt: nowIso })),
  );
  insertAgreements(sql, file.agreements, nowIso);
  insertMany(sql, 'sessions', file.sessions.map(sessionToRow));
  insertMany(sql, 'work_logs', file.workLogs.map(workLogToRow));
  writeInvoices(sql, file.invoices);
  insertMany(
    sql,
    'payments',
    file.payments.map((p) => ({ id: p.id, invoice_id: p.invoiceId, date: p.date, amount_minor: p.amountMinor, method: p.method })),
  );
}

function writeInvoices(sql: Sql, invoices: WorkspaceInvoice[]): void {
  insertMany(
    sql,
    'invoices',
    invoices.map((i) => ({
      id: i.id,
      number: i.number,
      client_id: i.clientId,
      currency: i.currency,
      issue_date: i.issueDate,
      due_date: i.dueDate,
      // `paid` is not stored: it follows from the payments.
      status: i.status === 'paid' ? ('issued' as const) : i.status,
    })),
  );
  insertMany(
    sql,
    'invoice_lines',
    invoices.flatMap((i) =>
      i.lines.map((l, position) => ({
        invoice_id: i.id,
        position,
        kind: l.kind,
        description: l.description,
        amount_minor: l.amountMinor,
        agreement_id: l.agreementId,
        period_start: l.periodStart,
        minutes: l.minutes,
      })),
    ),
  );
  // Keep the counters ahead of every imported number so none is ever issued twice.
  const highest = new Map<number, number>();
  for (const invoice of invoices) {
    const year = Number(invoice.number.slice(4, 8));
    const n = Number(invoice.number.slice(9));
    highest.set(year, Math.max(highest.get(year) ?? 0, n));
  }
  for (const [year, lastNumber] of highest) {
    sql.run(
      qb
        .insertInto('invoice_number_counters')
        .values({ year, last_number: lastNumber })
        .onConflict((oc) => oc.column('year').doUpdateSet({ last_number: lastNumber })),
    );
  }
}

/** The whole workspace in the version 1 shape, every array in id order. */
export function readWorkspace(sql: Sql): Workspace {
  const settings = getSettings(sql);
  const payments = readPayments(sql);
  return {
    settings: {
      businessName: settings.businessName,
      currency: settings.currency,
      timeZone: settings.timeZone,
      lateCancelHours: settings.lateCancelHours,
      paymentTermsDays: settings.paymentTermsDays,
      annualRetention: settings.annualRetention,
      winProbability: settings.winProbability,
      businessAddress: settings.businessAddress,
      paperSize: settings.paperSize,
    },
    clients: readClients(sql),
    agreements: readAgreements(sql),
    sessions: readSessions(sql),
    workLogs: sql.all(qb.selectFrom('work_logs').selectAll().orderBy('id')).map(workLogFromRow),
    invoices: readInvoices(sql, payments),
    payments,
  };
}

/** One table of the workspace file, as the file has it (the CSV export reads one at a time). */
export function readClients(sql: Sql): WorkspaceClient[] {
  return sql.all(qb.selectFrom('clients').selectAll().orderBy('id')).map((row) => {
    // The file carries no record times.
    const { createdAt: _created, updatedAt: _updated, ...client } = toClient(row);
    return client;
  });
}

export function readSessions(sql: Sql): WorkspaceSession[] {
  return sql.all(qb.selectFrom('sessions').selectAll().orderBy('id')).map(sessionFromRow);
}

export function readPayments(sql: Sql): WorkspacePayment[] {
  return sql
    .all(qb.selectFrom('payments').selectAll().orderBy('id'))
    .map((p) => ({ id: p.id, invoiceId: p.invoice_id, date: p.date, amountMinor: p.amount_minor, method: p.method }));
}

export function readInvoices(sql: Sql, payments: WorkspacePayment[] = readPayments(sql)): WorkspaceInvoice[] {
  const lines = groupBy(sql.all(qb.selectFrom('invoice_lines').selectAll().orderBy('invoice_id').orderBy('position')), (l) => l.invoice_id);
  const paidByInvoice = new Map<string, number>();
  for (const p of payments) paidByInvoice.set(p.invoiceId, (paidByInvoice.get(p.invoiceId) ?? 0) + p.amountMinor);
  return sql.all(qb.selectFrom('invoices').selectAll().orderBy('id')).map((i) => {
    const invoiceLines = lines.get(i.id) ?? [];
    const total = invoiceTotalMinor(invoiceLines.map((l) => ({ amountMinor: l.amount_minor })));
    const status = invoiceStatus(i.status, total, paidByInvoice.get(i.id) ?? 0);
    return {
      id: i.id,
      number: i.number,
      clientId: i.client_id,
      currency: i.currency,
      issueDate: i.issue_date,
      dueDate: i.due_date,
      status,
      lines: invoiceLines.map((l) => ({
        kind: l.kind,
        description: l.description,
        amountMinor: l.amount_minor,
        agreementId: l.agreement_id,
        periodStart: l.period_start,
        minutes: l.minutes,
      })),
    };
  });
}
