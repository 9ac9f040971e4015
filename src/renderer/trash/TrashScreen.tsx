import { useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import { api } from '../api/api.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { useRefocusAfterReload } from '../ui/useRefocusAfterReload.ts';
import { TrashList } from './TrashList.tsx';

// The Trash shows its first page; it rarely holds more, and purging keeps it short.
const pageSize = 500;

type Failure = { action: 'restore' | 'delete'; name: string; error: unknown };

/** `#/trash`: restore trashed candidates or destroy them for good, after a confirmation. */
export function TrashScreen() {
  const query = useQuery('trash', () => api.candidates.list({ trashed: true, limit: pageSize }));
  const announce = useAnnounce();
  const [busyId, setBusyId] = useState<string | null>(null);
  // The target outlives the dialog's closing so its title never flickers to an empty name.
  const [deleting, setDeleting] = useState<Candidate | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const data = query.status === 'ready' ? query.data : null;
  // The row whose button had focus is gone once the list reloads; the heading is a stable place to land.
  const { target: heading, refocusAfterReload } = useRefocusAfterReload<HTMLHeadingElement>(data);

  async function restore(candidate: Candidate) {
    if (busyId) return;
    setBusyId(candidate.id);
    setFailure(null);
    try {
      await api.candidates.restore({ id: candidate.id });
      announce(`${candidate.name} was restored.`);
      refocusAfterReload();
      query.reload();
    } catch (error) {
      setFailure({ action: 'restore', name: candidate.name, error });
    } finally {
      setBusyId(null);
    }
  }

  async function deleteForever(candidate: Candidate) {
    setBusyId(candidate.id);
    setFailure(null);
    try {
      await api.candidates.purge({ id: candidate.id });
      setConfirming(false);
      announce(`${candidate.name} was deleted forever.`);
      refocusAfterReload();
      query.reload();
    } catch (error) {
      setFailure({ action: 'delete', name: candidate.name, error });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="page" aria-labelledby="trash-title">
      <header className="page-header">
        <div>
          <h1 ref={heading} id="trash-title" className="page-title" tabIndex={-1}>
            Trash
          </h1>
          <p className="page-subtitle">
            Candidates here are kept until you restore them or delete them forever.
          </p>
        </div>
      </header>
      {failure?.action === 'restore' && (
        <ErrorAlert title={`${failure.name} was not restored.`} error={failure.error} />
      )}
      {query.status === 'loading' && <Loading />}
      {query.status === 'error' && (
        <ErrorAlert title="The Trash could not be loaded." error={query.error} onRetry={query.reload} />
      )}
      {query.status === 'ready' && query.data.total === 0 && (
        <div className="empty">
          <div className="empty-mark" aria-hidden="true">
            <Icon name="trash" />
          </div>
          <p className="empty-title">The Trash is empty</p>
          <p className="muted">Candidates you move to the Trash appear here.</p>
        </div>
      )}
      {query.status === 'ready' && query.data.total > 0 && (
        <TrashList
          candidates={query.data.items}
          labelledBy="trash-title"
          busyId={busyId}
          onRestore={restore}
          onDelete={(candidate) => {
            if (busyId) return;
            setFailure(null);
            setDeleting(candidate);
            setConfirming(true);
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete ${deleting?.name ?? ''} forever?`}
        confirmLabel="Delete forever"
        destructive
        busy={busyId !== null}
        error={failure?.action === 'delete' && <ErrorAlert error={failure.error} />}
        onConfirm={() => deleting && deleteForever(deleting)}
        onClose={() => setConfirming(false)}
      >
        <p>
          This cannot be undone. Their details, interviews, notes and stage history will be destroyed and
          cannot be recovered.
        </p>
      </ConfirmDialog>
    </section>
  );
}
