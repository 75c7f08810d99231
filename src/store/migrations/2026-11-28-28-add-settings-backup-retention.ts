import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// How many backups to keep, which the coach may change: every backup of the last day up
// to `recent`, then one a day for `daily` days, then one a week for `weekly` weeks.
export default {
  name: '2026-11-28-28-add-settings-backup-retention',
  up: () => [
    qb.schema
      .alterTable('settings')
      .addColumn('backup_keep_recent', 'integer', (c) => c.notNull().defaultTo(5).check(sql`backup_keep_recent between 1 and 50`)),
    qb.schema
      .alterTable('settings')
      .addColumn('backup_keep_daily', 'integer', (c) => c.notNull().defaultTo(14).check(sql`backup_keep_daily between 0 and 366`)),
    qb.schema
      .alterTable('settings')
      .addColumn('backup_keep_weekly', 'integer', (c) => c.notNull().defaultTo(8).check(sql`backup_keep_weekly between 0 and 260`)),
  ],
};
