import { migrationQb as qb } from '../sql.ts';

// Where backups go (null: backups/ beside the database). A synced folder works.
export default {
  name: '2026-11-28-23-add-settings-backup-folder',
  up: () => [qb.schema.alterTable('settings').addColumn('backup_folder', 'text')],
};
