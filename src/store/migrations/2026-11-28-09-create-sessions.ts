import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-09-create-sessions',
  up: () => [
    qb.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
      .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('planned_minutes', 'integer', (c) => c.notNull().check(sql`planned_minutes > 0`))
      .addColumn('actual_minutes', 'integer', (c) => c.check(sql`actual_minutes is null or actual_minutes >= 0`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'completed', 'cancelled', 'no_show')`))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('session', 'check_in', 'extended')`))
      .addColumn('occurrence_start', 'text')
      .addColumn('cancelled_at', 'text')
      .addColumn('cancelled_by', 'text', (c) => c.check(sql`cancelled_by is null or cancelled_by in ('client', 'coach')`))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addCheckConstraint('sessions_cancellation', sql`(status = 'cancelled') = (cancelled_at is not null and cancelled_by is not null)`),
    qb.schema.createIndex('sessions_start').on('sessions').column('start'),
    qb.schema.createIndex('sessions_client_start').on('sessions').columns(['client_id', 'start']),
    qb.schema.createIndex('sessions_agreement_start').on('sessions').columns(['agreement_id', 'start']),
    // A stored session keeps the occurrence it came from, so no slot is shown twice.
    qb.schema
      .createIndex('sessions_occurrence')
      .on('sessions')
      .columns(['agreement_id', 'occurrence_start'])
      .unique()
      .where(sql.ref('occurrence_start'), 'is not', null),
  ],
};
