// Settings → Backups: where they go and how long they are kept, "Back up now", and the list
// with Restore. The list is read again after any write: backups.list declares it reads every
// table, as an automatic backup may follow any write.
import { DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useLiveQuery } from '../../../lib/useLiveQuery.ts';
import type { Settings } from '../../../stores/settings.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { BackupFolderForm } from './BackupFolderForm.tsx';
import { BackupList } from './BackupList.tsx';
import { BackupRetentionForm } from './BackupRetentionForm.tsx';
import { LongWorkStatus } from './LongWorkStatus.tsx';
import { runLongWork, useLongWork } from './longWork.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import type { Backup } from './restore.ts';
import './backups.css';

export function BackupsSection({ settings }: { settings: Settings }) {
  const backups = useLiveQuery('backups.list', {});
  const running = useLongWork((state) => state.running);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const backUpNow = async () => {
    setError(null);
    const outcome = await runLongWork('backup', 'backups', 'Backing up and checking the copy…', () => api.call('backups.create', {}));
    if (!outcome) return;
    const result = outcome.value;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    backups.refetch();
    useLongWork.getState().announce('backups', `Backed up and checked: ${formatInstant(result.value.takenAt, settings.timeZone)}.`);
  };

  const list = backups.data ?? [];
  return (
    <SettingsSection
      id="backups"
      title="Backups"
      description="Cadence backs up your workspace by itself after changes, at most every 30 minutes, and checks every copy it makes."
    >
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Where they go</h3>
          <p className="muted">
            {settings.backupFolder ? (
              <>
                In <code className="backups__folder">{settings.backupFolder}</code>
              </>
            ) : (
              <>
                Next to the database, in <code className="backups__folder">backups/</code>
              </>
            )}
          </p>
          <p className="muted">
            Kept: every backup of the last day (up to {settings.backupRetention.recent}), then one a day for{' '}
            {settings.backupRetention.daily} days, then one a week for {settings.backupRetention.weekly} weeks.
          </p>
          <LongWorkStatus scope="backups" />
        </div>
        <Button
          variant="primary"
          icon={<DatabaseBackup size={14} />}
          busy={running === 'backup'}
          disabled={running !== null}
          onClick={() => void backUpNow()}
        >
          {running === 'backup' ? 'Backing up…' : 'Back up now'}
        </Button>
      </div>
      <BackupFolderForm settings={settings} />
      <BackupRetentionForm settings={settings} />
      {(error ?? backups.error) && (
        <p role="alert" className="form-error">
          {error ?? backups.error?.message}
        </p>
      )}
      {backups.loaded && list.length === 0 && !backups.error && (
        <p className="muted">No backups yet. The first is taken after your next change, or now with Back up now.</p>
      )}
      {list.length > 0 && <BackupList backups={list} timeZone={settings.timeZone} disabled={running !== null} onRestore={setRestoring} />}
      <RestoreDialog backup={restoring} timeZone={settings.timeZone} onClose={() => setRestoring(null)} onRestored={backups.refetch} />
    </SettingsSection>
  );
}
