import { useEffect, useId, useState } from 'react';
import { useModalDialog } from '../ui/useModalDialog.ts';
import type { Note } from '../../shared/schemas/note.ts';
import type { NoteRevision } from '../../shared/schemas/noteRevision.ts';
import type { NoteRevisionReason } from '../../shared/schemas/noteRevisionReason.ts';
import type { NoteRevisionSummary } from '../../shared/schemas/noteRevisionSummary.ts';
import { api } from '../api/api.ts';
import { formatDate } from '../lib/formatDate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { ScorecardRevisionList } from './ScorecardRevisionList.tsx';
import './revisions.css';

const reasonLabels: Record<NoteRevisionReason, string> = {
  created: 'Started',
  autosave: 'While editing',
  before_restore: 'Before a restore',
  restore: 'Restored',
};

type Props = {
  noteId: string;
  /** The interview whose scorecard revisions are listed under the note's. */
  interviewId: string;
  /** The kit's attributes in card order, to name the scorecard's ratings. */
  attributes: readonly EvidenceAttribute[];
  open: boolean;
  onClose: () => void;
  /** Called with the note as it is after a restore, so the editor can show it. */
  onRestored: (note: Note) => void;
};

/**
 * Snapshots of the note, newest first: read one, and restore it (the current text is kept as a snapshot). Below
 * them, the scorecard's submitted revisions, to read.
 */
export function RevisionsDialog({ noteId, interviewId, attributes, open, onClose, onRestored }: Props) {
  const dialog = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog
      ref={dialog}
      className="dialog revisions-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        Revisions
      </h2>
      {/* Mounted per opening, so each opening lists the snapshots afresh. */}
      {open && <RevisionList noteId={noteId} idPrefix={titleId} onClose={onClose} onRestored={onRestored} />}
      {open && <ScorecardRevisionList interviewId={interviewId} attributes={attributes} idPrefix={titleId} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function RevisionList({
  noteId,
  idPrefix,
  onClose,
  onRestored,
}: {
  noteId: string;
  idPrefix: string;
  onClose: () => void;
  onRestored: (note: Note) => void;
}) {
  const [items, setItems] = useState<NoteRevisionSummary[] | null>(null);
  const [shown, setShown] = useState<NoteRevision | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    // Save what is typed first, so the list is up to date.
    appSaveQueue
      .run(() => api.notes.revisions({ id: noteId }))
      .then(
        (result) => current && setItems(result.items),
        (failure: unknown) => current && setError(failure),
      );
    return () => {
      current = false;
    };
  }, [noteId]);

  async function show(id: string) {
    setError(null);
    try {
      setShown(await api.notes.getRevision({ id }));
    } catch (failure) {
      setError(failure);
    }
  }

  async function restore(revisionId: string) {
    setBusy(true);
    setError(null);
    try {
      const note = await appSaveQueue.run(() => api.notes.restoreRevision({ noteId, revisionId }));
      onRestored(note);
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  const headingId = `${idPrefix}-notes`;
  return (
    <section className="dialog-body revision-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="revision-section-title">
        Notes
      </h3>
      <p className="muted">
        A snapshot is kept every few minutes while you write. Restoring one keeps the current notes as a
        snapshot too.
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {items === null && error === null && <Loading />}
      {items !== null && (
        <ol className="revision-list">
          {items.map((item) => {
            const describedBy = `${idPrefix}-${item.id}`;
            return (
              <li
                key={item.id}
                className="revision-item"
                data-shown={shown?.id === item.id ? 'true' : undefined}
              >
                <div className="revision-summary">
                  <p className="revision-time" id={describedBy}>
                    <time dateTime={item.createdAt}>{formatDate(item.createdAt, true)}</time>
                    <span className="muted"> · {reasonLabels[item.reason]}</span>
                    <span className="muted"> · {item.characterCount.toLocaleString()} characters</span>
                  </p>
                  <p className="revision-preview">{item.preview || <em>Empty</em>}</p>
                </div>
                <div className="revision-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-describedby={describedBy}
                    onClick={() => show(item.id)}
                  >
                    Show
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-describedby={describedBy}
                    onClick={() => restore(item.id)}
                  >
                    Restore
                  </button>
                </div>
                {shown?.id === item.id && (
                  <pre className="revision-text" tabIndex={0} aria-label="Revision text">
                    {shown.text || 'Empty'}
                  </pre>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
