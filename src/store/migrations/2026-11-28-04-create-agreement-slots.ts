import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// The weekly call slot: at most one per agreement.
export default {
  name: '2026-11-28-04-create-agreement-slots',
  up: () => [
    qb.schema
      .createTable('agreement_slots')
      .addColumn('agreement_id', 'text', (c) => c.primaryKey().references('agreements.id').onDelete('cascade'))
      .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
      .addColumn('time', 'text', (c) => c.notNull().check(sql`time glob '[0-2][0-9]:[0-5][0-9]'`))
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(45).check(sql`duration_minutes > 0`))
      .addColumn('interval_weeks', 'integer', (c) => c.notNull().defaultTo(1).check(sql`interval_weeks in (1, 2)`)),
  ],
};
