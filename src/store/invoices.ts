import { sql as raw } from 'kysely';
import type { CalendarDate } from '../domain/dates.ts';
import { type InvoiceStatus, invoiceMoney, isOpen, isOverdue, type StoredInvoiceStatus } from '../domain/invoices.ts';
import { groupBy, insertMany } from './bulk.ts';
import { clientNames } from './clients.ts';
import type { InvoicesTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

/** An invoice with its money: the stored status as the coach set it, the rest derived by the domain. */
export interface InvoiceSummary {
  id: string;
  number: string;
  clientId: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  storedStatus: StoredInvoiceStatus;
  status: InvoiceStatus;
  totalMinor: number;
  paidMinor: number;
  balanceMinor: number;
}

/** An invoices row with its line total and payments, as every invoice read selects it. */
type InvoiceRow = InvoicesTable & { total: number; paid: number };

/** The one mapper from an invoice row to what the store returns; the money is the domain's. */
function toInvoiceSummary(row: InvoiceRow): InvoiceSummary {
  return {
    id: row.id,
    number: row.number,
    clientId: row.client_id,
    currency: row.currency,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    storedStatus: row.status,
    ...invoiceMoney({ storedStatus: row.status, totalMinor: row.total, paidMinor: row.paid }),
  };
}

const invoiceColumns = ['i.id', 'i.number', 'i.client_id', 'i.currency', 'i.issue_date', 'i.due_date', 'i.status'] as const;

/** An invoice's line total and payments, summed beside its row. */
const totals = [
  raw<number>`coalesce((select sum(l.amount_minor) from invoice_lines l where l.invoice_id = i.id), 0)`.as('total'),
  raw<number>`coalesce((select sum(p.amount_minor) from payments p where p.invoice_id = i.id), 0)`.as('paid'),
] as const;

export function listInvoicesForClient(sql: Sql, clientId: string): InvoiceSummary[] {
  return sql
    .all(
      qb
        .selectFrom('invoices as i')
        .select([...invoiceColumns, ...totals])
        .where('i.client_id', '=', clientId)
        .orderBy('i.issue_date', 'desc')
        .orderBy('i.number', 'desc'),
    )
    .map(toInvoiceSummary);
}

export interface InvoiceLine {
  kind: 'fee' | 'overage' | 'installment' | 'project';
  description: string;
  amountMinor: number;
  agreementId: string | null;
  periodStart: string | null;
  minutes: number | null;
}

export interface Payment {
  id: string;
  invoiceId: string;
  date: string;
  amountMinor: number;
  method: 'bank_transfer' | 'card' | 'cash' | 'cheque' | 'other';
}

export interface InvoiceRecord extends InvoiceSummary {
  lines: InvoiceLine[];
  payments: Payment[];
}

/** Keys (agreement|kind|periodStart) of lines already billed on invoices that are not void. */
export function billedLineKeys(sql: Sql): Set<string> {
  const rows = sql.all(
    qb
      .selectFrom('invoice_lines as l')
      .innerJoin('invoices as i', 'i.id', 'l.invoice_id')
      .select(['l.agreement_id', 'l.kind', 'l.period_start'])
      .where('i.status', '!=', 'void'),
  );
  return new Set(rows.map((r) => `${r.agreement_id}|${r.kind}|${r.period_start}`));
}

/**
 * The next `count` numbers of a year, in order, taken in one step; counters only go up, so
 * a number is never issued twice.
 */
export function takeInvoiceNumbers(sql: Sql, year: number, count: number): number[] {
  if (count <= 0) return [];
  sql.run(
    qb
      .insertInto('invoice_number_counters')
      .values({ year, last_number: count })
      .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_number: eb('invoice_number_counters.last_number', '+', count) }))),
  );
  const last = sql.first(qb.selectFrom('invoice_number_counters').select('last_number').where('year', '=', year))!.last_number;
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}

export interface NewInvoice {
  invoice: {
    id: string;
    number: string;
    clientId: string;
    currency: string;
    issueDate: string;
    dueDate: string;
    status: 'draft' | 'issued';
  };
  lines: InvoiceLine[];
}

/** Inserts invoices with their lines, many rows per statement. */
export function insertInvoices(sql: Sql, invoices: readonly NewInvoice[]): void {
  insertMany(
    sql,
    'invoices',
    invoices.map(({ invoice }) => ({
      id: invoice.id,
      number: invoice.number,
      client_id: invoice.clientId,
      currency: invoice.currency,
      issue_date: invoice.issueDate,
      due_date: invoice.dueDate,
      status: invoice.status,
    })),
  );
  insertMany(
    sql,
    'invoice_lines',
    invoices.flatMap(({ invoice, lines }) =>
      lines.map((line, position) => ({
        invoice_id: invoice.id,
        position,
        kind: line.kind,
        description: line.description,
        amount_minor: line.amountMinor,
        agreement_id: line.agreementId,
        period_start: line.periodStart,
        minutes: line.minutes,
      })),
    ),
  );
}

export function listInvoices(sql: Sql, filter: { clientId?: string | undefined } = {}): (InvoiceSummary & { clientName: string })[] {
  let query = qb
    .selectFrom('invoices as i')
    .innerJoin('clients as c', 'c.id', 'i.client_id')
    .select([...invoiceColumns, 'c.name as client_name', ...totals])
    .orderBy('i.issue_date', 'desc')
    .orderBy('i.number', 'desc');
  if (filter.clientId) query = query.where('i.client_id', '=', filter.clientId);
  return sql.all(query).map((row) => ({ ...toInvoiceSummary(row), clientName: row.client_name }));
}

export function readInvoice(sql: Sql, id: string): InvoiceRecord | undefined {
  return readInvoices(sql, [id])[0];
}

/** Invoices with their lines and payments, in the order of `ids` (missing ones left out). */
export function readInvoices(sql: Sql, ids: readonly string[]): InvoiceRecord[] {
  const found = new Map<string, InvoiceRecord>();
  for (let start = 0; start < ids.length; start += READ_CHUNK) {
    const chunk = ids.slice(start, start + READ_CHUNK);
    const rows = sql.all(
      qb
        .selectFrom('invoices as i')
        .select([...invoiceColumns, ...totals])
        .where('i.id', 'in', chunk),
    );
    const lines = groupBy(
      sql.all(qb.selectFrom('invoice_lines').selectAll().where('invoice_id', 'in', chunk).orderBy('invoice_id').orderBy('position')),
      (l) => l.invoice_id,
    );
    const payments = groupBy(
      sql.all(qb.selectFrom('payments').selectAll().where('invoice_id', 'in', chunk).orderBy('invoice_id').orderBy('date').orderBy('id')),
      (p) => p.invoice_id,
    );
    for (const row of rows) {
      found.set(row.id, {
        ...toInvoiceSummary(row),
        lines: (lines.get(row.id) ?? []).map((l) => ({
          kind: l.kind,
          description: l.description,
          amountMinor: l.amount_minor,
          agreementId: l.agreement_id,
          periodStart: l.period_start,
          minutes: l.minutes,
        })),
        payments: (payments.get(row.id) ?? []).map((p) => ({
          id: p.id,
          invoiceId: p.invoice_id,
          date: p.date,
          amountMinor: p.amount_minor,
          method: p.method,
        })),
      });
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Ids per statement when reading many invoices (well under SQLite's parameter limit). */
const READ_CHUNK = 500;

export function setInvoiceStatus(sql: Sql, id: string, status: 'draft' | 'issued' | 'void'): void {
  sql.run(qb.updateTable('invoices').set({ status }).where('id', '=', id));
}

export function deleteDraftInvoice(sql: Sql, id: string): void {
  sql.run(qb.deleteFrom('invoice_lines').where('invoice_id', '=', id));
  sql.run(qb.deleteFrom('invoices').where('id', '=', id).where('status', '=', 'draft'));
}

export function insertPayment(sql: Sql, payment: Payment): void {
  sql.run(
    qb.insertInto('payments').values({
      id: payment.id,
      invoice_id: payment.invoiceId,
      date: payment.date,
      amount_minor: payment.amountMinor,
      method: payment.method,
    }),
  );
}

export function deletePayment(sql: Sql, id: string): number {
  return sql.run(qb.deleteFrom('payments').where('id', '=', id)).changes;
}

/**
 * An invoice whose payments do not match its line total, whatever its stored status: the
 * candidates for being open. Whether one is open is the domain's `isOpen`, never this.
 */
export type OpenInvoice = InvoiceSummary;

/**
 * Every invoice whose line total and payments differ. This is a pre-filter for speed: an
 * invoice whose payments equal its total has nothing due in any status, so no open invoice
 * is left out; drafts, void and overpaid invoices come through and the domain's `isOpen`
 * leaves them out. Lines and payments are read once each, in invoice order, from indexes
 * that hold the amounts (a merge, no per-invoice lookups), so the cost is one pass over
 * both tables however many invoices are settled; only the few left open are looked up.
 */
export function openInvoices(sql: Sql): OpenInvoice[] {
  const amounts = qb
    .selectFrom('invoice_lines')
    .select(['invoice_id', 'amount_minor as total', raw<number>`0`.as('paid')])
    .unionAll(qb.selectFrom('payments').select(['invoice_id', raw<number>`0`.as('total'), 'amount_minor as paid']))
    .orderBy('invoice_id');
  const rows = sql.all(
    qb
      .selectFrom(
        qb
          .selectFrom(amounts.as('a'))
          .select(['a.invoice_id', (eb) => eb.fn.sum<number>('a.total').as('total'), (eb) => eb.fn.sum<number>('a.paid').as('paid')])
          .groupBy('a.invoice_id')
          .having((eb) => eb(eb.fn.sum('a.total'), '<>', eb.fn.sum('a.paid')))
          .as('o'),
      )
      .innerJoin('invoices as i', 'i.id', 'o.invoice_id')
      .select([...invoiceColumns, 'o.total', 'o.paid']),
  );
  return rows.map(toInvoiceSummary);
}

/**
 * Open invoices (overdue on `overdueOn`, if given), in the order and shape of
 * `listInvoices`; open and overdue are the domain's `isOpen` and `isOverdue`. Found among
 * the candidates `openInvoices` reads instead of by summing every issued invoice's lines
 * and payments.
 */
export function listUnpaidInvoices(
  sql: Sql,
  filter: { clientId?: string | undefined; overdueOn?: CalendarDate | undefined } = {},
  open: readonly OpenInvoice[] = openInvoices(sql),
): (InvoiceSummary & { clientName: string })[] {
  const { clientId, overdueOn } = filter;
  const unpaid = open
    .filter((i) => (overdueOn ? isOverdue(i, overdueOn) : isOpen(i)) && (!clientId || i.clientId === clientId))
    // Newest first, as listInvoices orders them (binary order, as SQLite compares text).
    .sort((a, b) => (a.issueDate === b.issueDate ? compareText(b.number, a.number) : compareText(b.issueDate, a.issueDate)));
  const names = clientNames(sql, [...new Set(unpaid.map((i) => i.clientId))]);
  return unpaid.map((i) => ({ ...i, clientName: names.get(i.clientId)?.name ?? '' }));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
