import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-10-create-work-logs',
  up: () => [
    qb.schema
      .createTable('work_logs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes > 0`))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('')),
    qb.schema.createIndex('work_logs_agreement_date').on('work_logs').columns(['agreement_id', 'date']),
  ],
};
