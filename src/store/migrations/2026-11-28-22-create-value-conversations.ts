import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// The value conversation with a client: what they want, how success is measured, and the
// estimated annual value (low and high) that value-based fees are priced from.
export default {
  name: '2026-11-28-22-create-value-conversations',
  up: () => [
    qb.schema
      .createTable('value_conversations')
      .addColumn('client_id', 'text', (c) => c.primaryKey().references('clients.id').onDelete('cascade'))
      .addColumn('objectives', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('measures', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('currency', 'text', (c) => c.notNull().check(sql`length(currency) = 3`))
      .addColumn('value_low_minor', 'integer', (c) => c.check(sql`value_low_minor is null or value_low_minor >= 0`))
      .addColumn('value_high_minor', 'integer', (c) => c.check(sql`value_high_minor is null or value_high_minor >= 0`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint(
        'value_conversations_range',
        sql`value_low_minor is null or value_high_minor is null or value_low_minor <= value_high_minor`,
      ),
  ],
};
