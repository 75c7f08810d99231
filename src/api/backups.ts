import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CadenceError, handler, type Context } from './contract.ts';
import { backupFolder, migrate } from '../store/open.ts';
import { DamagedBackupError, inspectBackup, listBackups, pruneBackups, restoreWithUndo, takeBackup } from '../store/backup.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';

const ALL_TABLES = ['settings', 'clients', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'] as const;

export function folderOf(ctx: Context): string {
  if (ctx.store.path === ':memory:')
    throw new CadenceError('conflict', 'This workspace lives in memory only; there is nothing to back up.');
  return getSettings(ctx.store.sql).backupFolder ?? backupFolder(ctx.store.path);
}

/** A backup now, then retention; used by the handlers and before imports and restores. */
export async function backupNow(ctx: Context, reason: string) {
  const folder = folderOf(ctx);
  const info = await takeBackup(ctx.store.sqlite, folder, reason, ctx.now());
  pruneBackups(folder, ctx.now(), getSettings(ctx.store.sql).backupRetention);
  return info;
}

export const backupHandlers = {
  'backups.list': handler({
    input: z.strictObject({}),
    writes: [],
    run: (ctx) => listBackups(folderOf(ctx)).map(({ file: _file, ...info }) => info),
  }),

  'backups.create': handler({
    long: 'A backup',
    input: z.strictObject({}),
    writes: [],
    run: async (ctx) => {
      const { file: _file, ...info } = await backupNow(ctx, 'manual');
      return info;
    },
  }),

  'backups.restore': handler({
    long: 'A restore',
    // The current database is kept as an undo backup first.
    input: z.strictObject({ name: z.string().regex(/^cadence-[\w.:-]+\.db$/, 'must be the name of a backup in the list') }),
    writes: ALL_TABLES,
    run: async (ctx, { name }) => {
      const folder = folderOf(ctx);
      const file = path.join(folder, name);
      if (!fs.existsSync(file)) throw new CadenceError('not_found', 'That backup is not in the backup folder.', { name: 'no such backup' });
      const damaged = () =>
        new CadenceError('invalid_input', 'name: that backup is damaged and cannot be restored', { name: 'is damaged' });
      if (!inspectBackup(file).ok) throw damaged();
      // The folder setting travels with the data; keep the coach's current choice.
      const keepFolder = getSettings(ctx.store.sql).backupFolder;
      let undo;
      try {
        undo = await restoreWithUndo(ctx.store.sqlite, file, ctx.store.path, folder, ctx.now());
      } catch (error) {
        throw error instanceof DamagedBackupError ? damaged() : error;
      }
      // The restored copy may predate the newest migrations.
      await migrate(ctx.store.sqlite, ctx.store.path);
      ctx.store.sql.run(qb.updateTable('settings').set({ backup_folder: keepFolder }).where('id', '=', 1));
      return { restored: name, undo: undo.name };
    },
  }),
};
