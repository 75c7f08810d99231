import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-07-create-agreement-cancellations',
  up: () => [
    qb.schema
      .createTable('agreement_cancellations')
      .addColumn('agreement_id', 'text', (c) => c.primaryKey().references('agreements.id').onDelete('cascade'))
      .addColumn('notice_given_on', 'text', (c) => c.notNull())
      .addColumn('effective_date', 'text', (c) => c.notNull())
      .addCheckConstraint('agreement_cancellations_order', sql`notice_given_on <= effective_date`),
  ],
};
