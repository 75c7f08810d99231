// Confirms a restore and says what happens to the data there is now (kept as an undo
// backup first). After it, a toast names the undo backup and offers to go back to it.
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatInstant, formatNumber } from '../../../lib/format.ts';
import { toast } from '../../../stores/toasts.ts';
import { useLongWork } from './longWork.ts';
import { type Backup, BUSY_ELSEWHERE, restoreBackup } from './restore.ts';

interface RestoreDialogProps {
  backup: Backup | null;
  timeZone: string;
  onClose: () => void;
  onRestored: () => void;
}

const plural = (n: number | null, one: string, many: string) => (n === null ? '' : `${formatNumber(n)} ${n === 1 ? one : many}`);

export function RestoreDialog({ backup, timeZone, onClose, onRestored }: RestoreDialogProps) {
  const when = backup ? formatInstant(backup.takenAt, timeZone) : '';
  const holds = backup
    ? [plural(backup.clients, 'client', 'clients'), plural(backup.sessions, 'session', 'sessions')].filter(Boolean).join(' and ')
    : '';

  const restore = async (name: string, undoOf: string | null): Promise<string | null> => {
    const announce = useLongWork.getState().announce;
    const result = await restoreBackup(name, 'backups');
    if (!result) return BUSY_ELSEWHERE;
    if (!result.ok) {
      announce('backups', '');
      return result.error.message;
    }
    const { undo } = result.value;
    const message = undoOf
      ? `Back to your data from before the restore. What you had a moment ago is kept as ${undo}.`
      : `Restored the backup from ${when}. Your data from before is kept as the undo backup ${undo}.`;
    announce('backups', message);
    toast(message, {
      action: {
        label: 'Undo',
        run: () => void restore(undo, name).then((problem) => problem && toast(problem, { tone: 'danger' })),
      },
    });
    onRestored();
    return null;
  };

  return (
    <ConfirmDialog
      open={backup !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Restore the backup from ${when}?`}
      description={
        <>
          Your workspace goes back to how it was then{holds ? ` (${holds})` : ''}. Your current data is kept as an undo backup first, so you
          can come back to it from the list.
        </>
      }
      confirmLabel="Restore this backup"
      tone="primary"
      onConfirm={() => (backup ? restore(backup.name, null) : Promise.resolve(null))}
    />
  );
}
