// Where backups go: beside the database by default, or a folder the coach names (a synced
// folder such as Dropbox or iCloud Drive works). The core checks the path is a full one.
import { useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { namedError } from '../../../lib/serverErrors.ts';
import { type Settings, useSettings } from '../../../stores/settings.ts';
import { toast } from '../../../stores/toasts.ts';

const LABEL = 'Backup folder';

export function BackupFolderForm({ settings }: { settings: Settings }) {
  const update = useSettings((state) => state.update);
  const [folder, setFolder] = useState(settings.backupFolder ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const stored = settings.backupFolder ?? '';

  const save = async (next: string) => {
    setError(undefined);
    setSaving(true);
    const result = await update({ backupFolder: next.trim() === '' ? null : next.trim() });
    setSaving(false);
    if (!result.ok) {
      setError(namedError(LABEL, result.error.fields?.backupFolder ?? result.error.message));
      return;
    }
    setFolder(result.value.backupFolder ?? '');
    toast(result.value.backupFolder ? 'Backups now go to the chosen folder' : 'Backups now go next to the database');
  };

  return (
    <form
      className="backup-folder"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(folder);
      }}
    >
      <TextField
        label={LABEL}
        placeholder="Next to the database, in backups/"
        description="A full path, such as a folder your cloud drive syncs. Empty for the default."
        autoComplete="off"
        spellCheck={false}
        value={folder}
        error={error}
        onChange={(event) => setFolder(event.target.value)}
      />
      <div className="form-actions">
        {stored && (
          <Button type="button" disabled={saving} onClick={() => void save('')}>
            Use the default
          </Button>
        )}
        <Button type="submit" disabled={folder.trim() === stored} busy={saving}>
          Save folder
        </Button>
      </div>
    </form>
  );
}
