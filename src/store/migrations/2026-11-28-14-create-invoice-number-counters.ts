import { migrationQb as qb } from '../sql.ts';

// Invoice numbers are never reused, a voided one included: the counter only goes up.
export default {
  name: '2026-11-28-14-create-invoice-number-counters',
  up: () => [
    qb.schema
      .createTable('invoice_number_counters')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last_number', 'integer', (c) => c.notNull()),
  ],
};
