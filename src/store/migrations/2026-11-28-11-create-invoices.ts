import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-11-create-invoices',
  up: () => [
    qb.schema
      .createTable('invoices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
      .addColumn('currency', 'text', (c) => c.notNull().check(sql`length(currency) = 3`))
      .addColumn('issue_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'issued', 'void')`))
      .addCheckConstraint('invoices_due_after_issue', sql`due_date >= issue_date`),
    qb.schema.createIndex('invoices_issue_date').on('invoices').column('issue_date'),
    qb.schema.createIndex('invoices_client').on('invoices').columns(['client_id', 'issue_date']),
  ],
};
