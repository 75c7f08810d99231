import { Download } from 'lucide-react';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { useStatus } from '../../stores/status.ts';
import { toast } from '../../stores/toasts.ts';
import { LongWorkStatus } from './backups/LongWorkStatus.tsx';
import { runLongWork, useLongWork } from './backups/longWork.ts';
import { ImportWorkspace } from './ImportWorkspace.tsx';
import { SettingsSection } from './SettingsSection.tsx';

/** Saves a JSON value as a file through a temporary Blob URL (nothing leaves the computer). */
function download(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const status = useStatus((state) => state.status);
  const running = useLongWork((state) => state.running);

  const exportWorkspace = async () => {
    // One long job at a time (see longWork.ts): the button is busy and the row says so.
    const outcome = await runLongWork('data-export', 'data', 'Exporting your workspace…', () => api.call('data.export', {}));
    if (!outcome) return;
    const result = outcome.value;
    if (!result.ok) {
      toast(result.error.message, { tone: 'danger' });
      return;
    }
    const fileName = `cadence-workspace-${status?.today ?? ''}.json`;
    download(fileName, result.value);
    useLongWork.getState().announce('data', `Exported as ${fileName}.`);
  };

  return (
    <SettingsSection
      id="data"
      title="Data"
      description="Your workspace lives in one file on this computer. Export it to keep a copy or move to another computer."
    >
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Export</h3>
          <p className="muted">Everything (clients, agreements, sessions, invoices, payments and settings) as one JSON file.</p>
          <LongWorkStatus scope="data" />
        </div>
        <Button
          icon={<Download size={14} />}
          busy={running === 'data-export'}
          disabled={running !== null}
          onClick={() => void exportWorkspace()}
        >
          Export workspace
        </Button>
      </div>
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Import</h3>
          <p className="muted">
            {status?.empty
              ? 'Load a workspace file exported from Cadence into this empty workspace.'
              : 'Importing works only into an empty workspace, so nothing here is ever overwritten.'}
          </p>
        </div>
        <ImportWorkspace disabled={!status?.empty || running !== null} />
      </div>
    </SettingsSection>
  );
}
