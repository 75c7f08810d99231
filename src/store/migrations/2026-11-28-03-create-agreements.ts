import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

export default {
  name: '2026-11-28-03-create-agreements',
  up: () => [
    qb.schema
      .createTable('agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('work', 'access', 'value', 'project')`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'sent', 'active', 'ended', 'cancelled')`))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull().check(sql`length(currency) = 3`))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('term_months', 'integer', (c) => c.check(sql`term_months is null or term_months >= 1`))
      .addColumn('auto_renew', 'integer', (c) => c.notNull().check(sql`auto_renew in (0, 1)`))
      .addColumn('notice_days', 'integer', (c) => c.notNull().check(sql`notice_days >= 0`))
      .addColumn('period_months', 'integer', (c) => c.notNull().check(sql`period_months in (1, 3)`))
      .addColumn('fee_minor', 'integer', (c) => c.notNull().check(sql`fee_minor >= 0`))
      .addColumn('included_minutes', 'integer')
      .addColumn('rollover_cap_minutes', 'integer')
      .addColumn('overage_rate_minor_per_hour', 'integer')
      .addColumn('overage_increment_minutes', 'integer', (c) =>
        c.check(sql`overage_increment_minutes is null or overage_increment_minutes >= 1`),
      )
      .addColumn('fair_use_minutes', 'integer')
      .addColumn('hourly_rate_minor', 'integer')
      .addColumn('agreed_value_minor', 'integer')
      .addColumn('renewal_probability', 'real', (c) => c.check(sql`renewal_probability is null or renewal_probability between 0 and 1`))
      .addColumn('sent_at', 'text')
      .addColumn('signed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('agreements_term_multiple', sql`term_months is null or term_months % period_months = 0`),
    qb.schema.createIndex('agreements_client').on('agreements').columns(['client_id', 'status']),
    qb.schema.createIndex('agreements_status_start').on('agreements').columns(['status', 'start_date']),
  ],
};
