import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// One row (id = 1) holds the workspace settings and the defaults of docs/decisions.md, "Settings".
export default {
  name: '2026-11-28-01-create-settings',
  up: () => [
    qb.schema
      .createTable('settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('business_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('business_address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR').check(sql`length(currency) = 3`))
      .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
      .addColumn('late_cancel_hours', 'integer', (c) => c.notNull().defaultTo(24).check(sql`late_cancel_hours >= 0`))
      .addColumn('payment_terms_days', 'integer', (c) => c.notNull().defaultTo(14).check(sql`payment_terms_days >= 0`))
      .addColumn('annual_retention', 'real', (c) => c.notNull().defaultTo(0.7).check(sql`annual_retention between 0 and 1`))
      .addColumn('win_probability', 'real', (c) => c.notNull().defaultTo(0.5).check(sql`win_probability between 0 and 1`))
      .addColumn('paper_size', 'text', (c) => c.notNull().defaultTo('A4').check(sql`paper_size in ('A4', 'Letter')`))
      .addColumn('logo_data_url', 'text')
      .addColumn('onboarded', 'integer', (c) => c.notNull().defaultTo(0).check(sql`onboarded in (0, 1)`))
      .addColumn('updated_at', 'text', (c) => c.notNull()),
    // The row always exists, so reading settings never has to write.
    qb.insertInto('settings').values({
      id: 1,
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      updated_at: new Date().toISOString(),
    }),
  ],
};
