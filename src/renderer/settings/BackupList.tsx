import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import { formatDate } from '../lib/formatDate.ts';
import { Icon } from '../ui/Icon.tsx';
import { backupKindLabels } from './backupKindLabels.ts';
import { formatBytes } from './formatBytes.ts';

type Props = {
  backups: readonly BackupInfo[];
  labelledBy: string;
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
};

/** The backups, newest first, each with a Restore button whose name says which one ("Restore the backup from …"). */
export function BackupList({ backups, labelledBy, busy, onRestore }: Props) {
  if (backups.length === 0) {
    return (
      <p className="backup-empty">
        There are no backups yet. Rapport makes the first one within a minute, or when you quit.
      </p>
    );
  }
  return (
    <div className="table-frame">
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Why</th>
            <th scope="col" className="cell-number">
              Size
            </th>
            <th scope="col" className="cell-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const when = formatDate(backup.createdAt, true);
            return (
              <tr key={backup.name}>
                <th scope="row">
                  <time dateTime={backup.createdAt}>{when}</time>
                </th>
                <td>{backupKindLabels[backup.kind]}</td>
                <td className="cell-number">{formatBytes(backup.bytes)}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Restore the backup from ${when}`}
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && onRestore(backup)}
                  >
                    <Icon name="restore" />
                    Restore
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
