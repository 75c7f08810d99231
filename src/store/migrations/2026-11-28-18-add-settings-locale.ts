import { migrationQb as qb } from '../sql.ts';

// Documents format money, dates and weekday names in this locale.
export default {
  name: '2026-11-28-18-add-settings-locale',
  up: () => [qb.schema.alterTable('settings').addColumn('locale', 'text', (c) => c.notNull().defaultTo('en-GB'))],
};
