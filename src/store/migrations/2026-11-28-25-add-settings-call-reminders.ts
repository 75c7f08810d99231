import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// A desktop notification shortly before each call: off until the coach turns it on (a
// notification nobody asked for is noise), and how many minutes before, kept while off so
// turning it back on restores the coach's choice.
export default {
  name: '2026-11-28-25-add-settings-call-reminders',
  up: () => [
    qb.schema
      .alterTable('settings')
      .addColumn('call_reminders', 'integer', (c) => c.notNull().defaultTo(0).check(sql`call_reminders in (0, 1)`)),
    qb.schema
      .alterTable('settings')
      .addColumn('call_reminder_minutes', 'integer', (c) => c.notNull().defaultTo(10).check(sql`call_reminder_minutes between 1 and 120`)),
  ],
};
