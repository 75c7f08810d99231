import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-12-create-invoice-lines',
  up: () => [
    qb.schema
      .createTable('invoice_lines')
      .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('fee', 'overage', 'installment', 'project')`))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('amount_minor', 'integer', (c) => c.notNull())
      .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
      .addColumn('period_start', 'text')
      .addColumn('minutes', 'integer', (c) => c.check(sql`minutes is null or minutes >= 0`))
      .addPrimaryKeyConstraint('invoice_lines_pk', ['invoice_id', 'position']),
    qb.schema.createIndex('invoice_lines_agreement').on('invoice_lines').columns(['agreement_id', 'kind', 'period_start']),
  ],
};
