import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-06-create-agreement-installments',
  up: () => [
    qb.schema
      .createTable('agreement_installments')
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('amount_minor', 'integer', (c) => c.notNull().check(sql`amount_minor >= 0`))
      .addPrimaryKeyConstraint('agreement_installments_pk', ['agreement_id', 'position']),
    qb.schema.createIndex('agreement_installments_due').on('agreement_installments').column('due_date'),
  ],
};
