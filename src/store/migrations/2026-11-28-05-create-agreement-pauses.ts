import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-05-create-agreement-pauses',
  up: () => [
    qb.schema
      .createTable('agreement_pauses')
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('from_date', 'text', (c) => c.notNull())
      .addColumn('to_date', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('agreement_pauses_pk', ['agreement_id', 'position'])
      .addCheckConstraint('agreement_pauses_order', sql`from_date <= to_date`),
  ],
};
