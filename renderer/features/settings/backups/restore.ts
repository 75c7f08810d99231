// Restoring a backup, from Settings or from the recovery screen. The core keeps the current
// database as an undo backup first and then tells every store to refetch.
import { type ApiOutput, api, type Result } from '../../../api.ts';
import { type LongWorkScope, runLongWork } from './longWork.ts';

export type Backup = ApiOutput<'backups.list'>[number];
export type RestoreResult = Result<ApiOutput<'backups.restore'>>;

export const RESTORE_PROGRESS = 'Keeping your current data as an undo backup, then restoring…';

/** Null when other long work is running (nothing was started). */
export async function restoreBackup(name: string, scope: LongWorkScope): Promise<RestoreResult | null> {
  const outcome = await runLongWork('restore', scope, RESTORE_PROGRESS, () => api.call('backups.restore', { name }));
  return outcome?.value ?? null;
}

export const BUSY_ELSEWHERE = 'Other work on your data is still running; try again when it has finished.';
