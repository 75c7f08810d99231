// The backups in the folder, newest first: when, what made it, what it holds, its size, and
// Restore. A copy that fails its check is marked and cannot be restored.
import { ArchiveRestore } from 'lucide-react';
import { Button } from '../../../components/Button.tsx';
import { Badge } from '../../../components/StatusChip.tsx';
import { formatInstant, formatNumber } from '../../../lib/format.ts';
import { backupKind, formatBytes } from './format.ts';
import type { Backup } from './restore.ts';

interface BackupListProps {
  backups: readonly Backup[];
  timeZone: string;
  /** Restore buttons are off while other long work runs. */
  disabled: boolean;
  onRestore: (backup: Backup) => void;
}

const count = (n: number | null) => (n === null ? '—' : formatNumber(n));

export function BackupList({ backups, timeZone, disabled, onRestore }: BackupListProps) {
  return (
    <div className="plain-table-wrap">
      <table className="table table--plain backup-list">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Backup</th>
            <th scope="col" className="num">
              Clients
            </th>
            <th scope="col" className="num">
              Sessions
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const when = formatInstant(backup.takenAt, timeZone);
            return (
              <tr key={backup.name}>
                <td>
                  <div className="backup-list__what">
                    <span>
                      {when} <span className="muted">· {backupKind(backup.reason)}</span>
                    </span>
                    <span className="backup-list__name muted">{backup.name}</span>
                  </div>
                </td>
                <td className="num">{count(backup.clients)}</td>
                <td className="num">{count(backup.sessions)}</td>
                <td className="num">{formatBytes(backup.sizeBytes)}</td>
                <td className="num">
                  {backup.ok ? (
                    <Button
                      size="sm"
                      icon={<ArchiveRestore size={14} />}
                      aria-label={`Restore the backup from ${when}`}
                      disabled={disabled}
                      onClick={() => onRestore(backup)}
                    >
                      Restore
                    </Button>
                  ) : (
                    <Badge tone="danger">Damaged: cannot be restored</Badge>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
