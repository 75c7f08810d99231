import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-13-create-payments',
  up: () => [
    qb.schema
      .createTable('payments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('amount_minor', 'integer', (c) => c.notNull().check(sql`amount_minor > 0`))
      .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('bank_transfer', 'card', 'cash', 'cheque', 'other')`)),
    qb.schema.createIndex('payments_date').on('payments').column('date'),
    qb.schema.createIndex('payments_invoice').on('payments').column('invoice_id'),
  ],
};
