import { migrationQb as qb } from '../sql.ts';

// Working hours per ISO weekday as JSON: {"1": [["09:00", "17:00"]], …}; the calendar shades
// them and capacity counts them. Default: Monday to Friday, 09:00 to 17:00.
const DEFAULT = JSON.stringify({
  1: [['09:00', '17:00']],
  2: [['09:00', '17:00']],
  3: [['09:00', '17:00']],
  4: [['09:00', '17:00']],
  5: [['09:00', '17:00']],
});

export default {
  name: '2026-11-28-20-add-settings-working-hours',
  up: () => [qb.schema.alterTable('settings').addColumn('working_hours', 'text', (c) => c.notNull().defaultTo(DEFAULT))],
};
