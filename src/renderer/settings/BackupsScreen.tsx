import { useState } from 'react';
import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import { api } from '../api/api.ts';
import { formatDate } from '../lib/formatDate.ts';
import { loadStages } from '../lib/loadStages.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { BackupList } from './BackupList.tsx';
import { EncryptionNotice } from './EncryptionNotice.tsx';
import { ExportEverything } from './ExportEverything.tsx';
import './settings.css';

/** `#/settings/backups`: the backups, "Back up now", restore (asked first), encryption, and "Export everything". */
export function BackupsScreen() {
  const query = useQuery('backups', () => api.backups.list({}));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const announce = useAnnounce();

  const backUpNow = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const backup = await api.backups.create({});
      query.reload();
      announce(`Backed up: ${formatDate(backup.createdAt, true)}.`);
    } catch (error) {
      setFailure({ title: 'The backup was not made.', error });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    setRestoreError(null);
    try {
      const { savedAs } = await api.backups.restore({ name: backup.name });
      // Every screen reads the restored file from now on; the few cached lists must ask again too.
      loadStages.forget();
      setRestoring(null);
      query.reload();
      announce(
        `The backup from ${formatDate(backup.createdAt, true)} was restored.${savedAs ? ' What was there before is kept as a backup.' : ''}`,
      );
    } catch (error) {
      setRestoreError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          Backups
        </h1>
        <a className="button" href={routeHref({ name: 'settings' })}>
          Settings
        </a>
      </header>
      <EncryptionNotice full />
      <section className="card settings-section" aria-labelledby="backups-title">
        <div className="section-header">
          <h2 id="backups-title" className="section-title">
            Backups on this computer
          </h2>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void backUpNow()}
          >
            Back up now
          </button>
        </div>
        <p>
          Rapport backs up every day and when you quit, and keeps the newest backup of each of the last 7 days
          and of each of the last 4 weeks. Backups are encrypted with the same key as the database.
          {query.status === 'ready' && (
            <>
              {' '}
              They are in <code className="path">{query.data.directory}</code>.
            </>
          )}
        </p>
        {failure && <ErrorAlert title={failure.title} error={failure.error} />}
        {query.status === 'loading' && <Loading />}
        {query.status === 'error' && (
          <ErrorAlert title="The backups could not be listed." error={query.error} onRetry={query.reload} />
        )}
        {query.status === 'ready' && (
          <BackupList
            backups={query.data.backups}
            labelledBy="backups-title"
            busy={busy}
            onRestore={(backup) => {
              setRestoreError(null);
              setRestoring(backup);
            }}
          />
        )}
      </section>
      <ExportEverything />
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore the backup from ${restoring ? formatDate(restoring.createdAt, true) : ''}?`}
        confirmLabel="Restore"
        busy={busy}
        error={
          restoreError !== null ? (
            <ErrorAlert title="Nothing was restored." error={restoreError} />
          ) : undefined
        }
        onConfirm={() => restoring && void restore(restoring)}
        onClose={() => setRestoring(null)}
      >
        <p>
          Everything changed since then is replaced by the backup. Rapport first saves what is there now as a
          backup of its own, so you can come back to it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
