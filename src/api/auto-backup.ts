// Automatic backups: after changes, at most every 30 minutes. One at a time; a failure is
// logged and reported, and never removes a good backup.

import { listBackups } from '../store/backup.ts';
import { backupNow, folderOf } from './backups.ts';
import type { Context } from './contract.ts';

export const AUTO_BACKUP_INTERVAL_MS = 30 * 60_000;

export interface AutoBackup {
  /** Called after every successful write; resolves when the backup it started, or the one running, is done. */
  afterWrite(ctx: Context): Promise<void>;
  readonly lastError: string | null;
}

export function createAutoBackup(log: (message: string, error: unknown) => void, intervalMs = AUTO_BACKUP_INTERVAL_MS): AutoBackup {
  let lastAt: number | null = null;
  let running: Promise<void> | null = null;
  let lastError: string | null = null;

  async function backUp(ctx: Context, now: number): Promise<void> {
    try {
      await backupNow(ctx, 'auto');
      lastAt = now;
      lastError = null;
    } catch (error) {
      lastError = (error as Error).message;
      log('The automatic backup failed', error);
    } finally {
      running = null;
    }
  }

  return {
    get lastError() {
      return lastError;
    },
    afterWrite(ctx) {
      // A write while a backup runs waits for that one; it is at most a few seconds old.
      if (running) return running;
      if (ctx.store.path === ':memory:' || ctx.store.readOnlyReason) return Promise.resolve();
      const now = ctx.now().getTime();
      if (lastAt === null) {
        const newest = listBackups(folderOf(ctx))[0];
        lastAt = newest ? Date.parse(newest.takenAt) : 0;
      }
      if (now - lastAt < intervalMs) return Promise.resolve();
      running = backUp(ctx, now);
      return running;
    },
  };
}
