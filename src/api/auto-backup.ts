// Automatic backups: after changes, at most every 30 minutes. One at a time; a failure is
// logged and reported, and never removes a good backup.
import type { Context } from './contract.ts';
import { backupNow, folderOf } from './backups.ts';
import { listBackups } from '../store/backup.ts';

export const AUTO_BACKUP_INTERVAL_MS = 30 * 60_000;

export interface AutoBackup {
  /** Called after every successful write; resolves when any backup it started is done. */
  afterWrite(ctx: Context): Promise<void>;
  readonly lastError: string | null;
}

export function createAutoBackup(log: (message: string, error: unknown) => void, intervalMs = AUTO_BACKUP_INTERVAL_MS): AutoBackup {
  let lastAt: number | null = null;
  let running = false;
  let lastError: string | null = null;
  return {
    get lastError() {
      return lastError;
    },
    async afterWrite(ctx) {
      if (running || ctx.store.path === ':memory:' || ctx.store.readOnlyReason) return;
      const now = ctx.now().getTime();
      if (lastAt === null) {
        const newest = listBackups(folderOf(ctx))[0];
        lastAt = newest ? Date.parse(newest.takenAt) : 0;
      }
      if (now - lastAt < intervalMs) return;
      running = true;
      try {
        await backupNow(ctx, 'auto');
        lastAt = now;
        lastError = null;
      } catch (error) {
        lastError = (error as Error).message;
        log('The automatic backup failed', error);
      } finally {
        running = false;
      }
    },
  };
}
