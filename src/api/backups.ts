import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  type BackupInfo,
  DamagedBackupError,
  inspectBackup,
  listBackups,
  pruneBackups,
  restoreWithUndo,
  takeBackup,
} from '../store/backup.ts';
import { backupFolder, migrate } from '../store/open.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { CadenceError, type Context, handler, TABLES } from './contract.ts';

/**
 * Where backups go: the coach's chosen folder, else `backups/` beside the database. The one
 * answer to that question: the handlers, automatic backups and the desktop menu (through
 * `backups.folder`) all ask here.
 */
export function folderOf(ctx: Context): string {
  if (ctx.store.path === ':memory:')
    throw new CadenceError('conflict', 'This workspace lives in memory only; there is nothing to back up.');
  return getSettings(ctx.store.sql).backupFolder ?? backupFolder(ctx.store.path);
}

const fullPath = (what: string) =>
  z
    .string()
    .max(1000)
    .refine((value) => path.isAbsolute(value), `must be a full ${what} path`);

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
    // An automatic backup may follow any write, so any write may change the list.
    reads: TABLES,
    writes: [],
    run: (ctx) => listBackups(folderOf(ctx)).map(({ file: _file, ...info }) => info),
  }),

  'backups.folder': handler({
    input: z.strictObject({}),
    reads: ['settings'],
    writes: [],
    run: (ctx) => ({ folder: folderOf(ctx) }),
  }),

  'backups.create': handler({
    long: 'A backup',
    // `folder`: a one-off copy somewhere else (the command line's `backup --to DIR`). Retention
    // prunes only the backup folder: Cadence never deletes files in a folder it was only lent.
    input: z.strictObject({ folder: fullPath('folder').optional() }),
    reads: ['settings'],
    writes: [],
    run: async (ctx, { folder }) => {
      const { file, ...info } =
        folder === undefined ? await backupNow(ctx, 'manual') : await takeBackup(ctx.store.sqlite, folder, 'manual', ctx.now());
      return { ...info, folder: path.dirname(file) };
    },
  }),

  'backups.restore': handler({
    long: 'A restore',
    // The current database is kept as an undo backup first, in the backup folder. A backup is
    // named from the list (`name`), or given as a file anywhere (`file`: the command line's
    // `restore FILE`).
    input: z
      .strictObject({
        name: z
          .string()
          .regex(/^cadence-[\w.:-]+\.db$/, 'must be the name of a backup in the list')
          .optional(),
        file: fullPath('file').optional(),
      })
      .refine((input) => (input.name === undefined) !== (input.file === undefined), {
        message: 'give either the name of a backup in the list or a backup file',
        path: ['name'],
      }),
    reads: ['settings'],
    writes: TABLES,
    run: async (ctx, input) => {
      const folder = folderOf(ctx);
      const [field, file] = input.file === undefined ? ['name', path.join(folder, input.name ?? '')] : ['file', input.file];
      if (!fs.existsSync(file)) {
        if (field === 'name') throw new CadenceError('not_found', 'That backup is not in the backup folder.', { name: 'no such backup' });
        throw new CadenceError('not_found', 'That backup file does not exist.', { file: 'no such file' });
      }
      const damaged = () =>
        new CadenceError('invalid_input', `${field}: that backup is damaged and cannot be restored`, { [field]: 'is damaged' });
      if (!inspectBackup(file).ok) throw damaged();
      // The folder setting travels with the data; keep the coach's current choice.
      const keepFolder = getSettings(ctx.store.sql).backupFolder;
      let undo: BackupInfo;
      try {
        undo = await restoreWithUndo(ctx.store.sqlite, file, ctx.store.path, folder, ctx.now());
      } catch (error) {
        throw error instanceof DamagedBackupError ? damaged() : error;
      }
      // The restored copy may predate the newest migrations.
      await migrate(ctx.store.sqlite, ctx.store.path);
      ctx.store.sql.run(qb.updateTable('settings').set({ backup_folder: keepFolder }).where('id', '=', 1));
      return { restored: path.basename(file), undo: undo.name };
    },
  }),
};
