import { sql as raw } from 'kysely';
import { qb, type Sql } from './sql.ts';
import { invoiceStatus, type InvoiceStatus } from '../domain/invoices.ts';

export interface InvoiceSummary {
  id: string;
  number: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  status: InvoiceStatus;
  totalMinor: number;
  paidMinor: number;
  balanceMinor: number;
}

export function listInvoicesForClient(sql: Sql, clientId: string): InvoiceSummary[] {
  return sql
    .all(
      qb
        .selectFrom('invoices as i')
        .select([
          'i.id',
          'i.number',
          'i.currency',
          'i.issue_date',
          'i.due_date',
          'i.status',
          raw<number>`coalesce((select sum(l.amount_minor) from invoice_lines l where l.invoice_id = i.id), 0)`.as('total'),
          raw<number>`coalesce((select sum(p.amount_minor) from payments p where p.invoice_id = i.id), 0)`.as('paid'),
        ])
        .where('i.client_id', '=', clientId)
        .orderBy('i.issue_date', 'desc')
        .orderBy('i.number', 'desc'),
    )
    .map((row) => ({
      id: row.id,
      number: row.number,
      currency: row.currency,
      issueDate: row.issue_date,
      dueDate: row.due_date,
      status: invoiceStatus(row.status, row.total, row.paid),
      totalMinor: row.total,
      paidMinor: row.paid,
      balanceMinor: row.status === 'void' ? 0 : row.total - row.paid,
    }));
}
