// Shown instead of the app when the workspace file was damaged at open: the core moved it
// aside untouched and opened an empty workspace. The coach restores the newest backup that
// passed its check, or starts empty; with no good backup, starts empty or exports what is here.
import { ArchiveRestore, Download, ShieldAlert, SquarePen } from 'lucide-react';
import { useState } from 'react';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { formatInstant, formatNumber, isoDateLocal } from '../../lib/format.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import type { WorkspaceStatus } from '../../stores/status.ts';
import { downloadBlob } from '../revenue/csv.ts';
import { LongWorkStatus } from '../settings/backups/LongWorkStatus.tsx';
import { runLongWork, useLongWork } from '../settings/backups/longWork.ts';
import { BUSY_ELSEWHERE, restoreBackup } from '../settings/backups/restore.ts';
import { plainProblem } from './problem.ts';
import { useRecovery } from './recoveryStore.ts';
import './recovery.css';

type Recovery = NonNullable<WorkspaceStatus['recovery']>;

export function RecoveryScreen({ recovery, timeZone }: { recovery: Recovery; timeZone: string }) {
  const markHandled = useRecovery((state) => state.markHandled);
  const running = useLongWork((state) => state.running);
  const backups = useLiveQuery('backups.list', {});
  const [error, setError] = useState<string | null>(null);
  const newest = recovery.newestGoodBackup;
  const info = backups.data?.find((backup) => backup.name === newest);
  const when = info ? formatInstant(info.takenAt, timeZone) : null;

  const restore = async (name: string) => {
    setError(null);
    const result = await restoreBackup(name, 'recovery');
    if (!result) return setError(BUSY_ELSEWHERE);
    if (!result.ok) {
      useLongWork.getState().announce('recovery', '');
      return setError(result.error.message);
    }
    useLongWork.getState().announce('recovery', 'Restored. Opening your workspace…');
    markHandled(recovery.damagedFile);
    // A fresh start of the window: every screen reads the restored data from the beginning.
    window.location.reload();
  };

  const exportHere = async () => {
    setError(null);
    const outcome = await runLongWork('data-export', 'recovery', 'Exporting what this workspace holds…', () => api.call('data.export', {}));
    if (!outcome) return setError(BUSY_ELSEWHERE);
    const result = outcome.value;
    if (!result.ok) return setError(result.error.message);
    const fileName = `cadence-workspace-${isoDateLocal()}.json`;
    downloadBlob(fileName, new Blob([JSON.stringify(result.value, null, 2)], { type: 'application/json' }));
    useLongWork.getState().announce('recovery', `Exported as ${fileName}.`);
  };

  return (
    <main className="welcome recovery" data-ready={backups.loaded ? 'true' : 'false'}>
      <div className="welcome__panel recovery__panel">
        <ShieldAlert size={28} aria-hidden="true" className="recovery__icon" />
        <h1 className="recovery__title">Your workspace file was damaged</h1>
        <p className="recovery__lead">{plainProblem(recovery.problem)}</p>
        <p>
          Cadence did not change it. It moved the file aside, untouched, as <code className="recovery__file">{recovery.damagedFile}</code>{' '}
          in the same folder, and opened an empty workspace in its place.
        </p>
        {newest ? (
          <p>
            Your newest backup that passes its check is from <strong>{when ?? newest}</strong>
            {info && info.clients !== null && ` (${formatNumber(info.clients)} clients, ${formatNumber(info.sessions ?? 0)} sessions)`}.
            Restoring it brings back everything up to then.
          </p>
        ) : (
          <p>
            There is no backup that passes its check, so there is nothing to restore. You can start with an empty workspace, and keep the
            damaged file for a specialist to look at.
          </p>
        )}
        <div className="recovery__actions">
          {newest && (
            <Button
              variant="primary"
              icon={<ArchiveRestore size={14} />}
              busy={running === 'restore'}
              disabled={running !== null}
              onClick={() => void restore(newest)}
            >
              {`Restore the newest backup (${when ?? newest})`}
            </Button>
          )}
          <Button icon={<SquarePen size={14} />} disabled={running !== null} onClick={() => markHandled(recovery.damagedFile)}>
            Start with an empty workspace
          </Button>
          {!newest && (
            <Button
              icon={<Download size={14} />}
              busy={running === 'data-export'}
              disabled={running !== null}
              onClick={() => void exportHere()}
            >
              Export what is here
            </Button>
          )}
        </div>
        <LongWorkStatus scope="recovery" />
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <details className="recovery__detail">
          <summary>Technical detail</summary>
          <p>
            <code>{recovery.problem}</code>
          </p>
        </details>
      </div>
    </main>
  );
}
