import { useEffect, useRef, useState } from 'react';
import type { DatabaseStatus } from '../../shared/schemas/databaseStatus.ts';
import { api } from '../api/api.ts';
import { formatDate } from '../lib/formatDate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import './recovery.css';

type Props = {
  /** The backend's status, once known: it names the file and the newest backup. */
  status: DatabaseStatus | null;
  /** What the failing call said, until the status arrives. */
  reported: string | null;
};

/**
 * Shown instead of every screen once the database is found damaged: Rapport writes nothing more, and offers the
 * newest backup, the error to copy for support, and a way out, as Signal Desktop does.
 */
export function RecoveryScreen({ status, reported }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [shownNotice, setShownNotice] = useState<string | null>(null);
  const announce = useAnnounce();
  const setNotice = (text: string) => {
    setShownNotice(text);
    announce(text);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const message = status?.message ?? reported ?? 'Rapport’s database file is damaged.';

  // The screen replaced whatever had focus; a screen reader starts again from its heading.
  useEffect(() => heading.current?.focus(), []);
  const newest = status?.newestBackup ?? null;

  const restoreNewest = async () => {
    if (!newest) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.backups.restore({ name: newest.name });
      // Every screen and cache starts again from the restored file.
      window.location.reload();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  const copyError = async () => {
    try {
      await navigator.clipboard.writeText(
        `${message}\n\nDatabase file: ${status?.databaseFile ?? 'unknown'}`,
      );
      setNotice('The error was copied.');
    } catch {
      setNotice('The error could not be copied: select the text above and copy it.');
    }
  };

  const quit = async () => {
    try {
      const { quitting } = await api.app.quit({});
      setNotice(quitting ? 'Rapport is closing.' : 'Close this window to quit.');
    } catch {
      setNotice('Rapport has stopped. You can close this window.');
    }
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-card card">
        <h1 ref={heading} id="recovery-title" className="page-title" tabIndex={-1}>
          Rapport’s database is damaged
        </h1>
        <p>To keep what is left safe, Rapport has stopped saving.</p>
        <p className="recovery-message">{message}</p>
        {failure !== null && <ErrorAlert title="The backup was not restored." error={failure} />}
        <div className="recovery-actions">
          {newest && (
            <button
              type="button"
              className="button button-primary"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void restoreNewest()}
            >
              {busy ? 'Restoring…' : `Restore the newest backup (${formatDate(newest.createdAt, true)})`}
            </button>
          )}
          <button type="button" className="button" onClick={() => void copyError()}>
            Copy error
          </button>
          <button type="button" className="button" onClick={() => void quit()}>
            Quit
          </button>
        </div>
        {shownNotice && <p className="recovery-notice">{shownNotice}</p>}
        {!newest && status && (
          <p>
            There is no backup to restore. Keep a copy of the data directory before you try anything else.
          </p>
        )}
      </div>
    </main>
  );
}
