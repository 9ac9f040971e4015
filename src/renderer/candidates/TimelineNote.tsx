import type { NoteNode } from '../../shared/notes/NoteDocument.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import { NoteDocumentView } from '../notes/NoteDocumentView.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';

const noNames: ReadonlyMap<string, string> = new Map();

function hasContent(document: NoteNode): boolean {
  return Array.isArray(document.content) && document.content.length > 0;
}

/** A note opened in the timeline: its whole document, read-only, and a way to its interview. */
export function TimelineNote({
  noteId,
  interviewId,
  fallback,
}: {
  noteId: string;
  interviewId: string | null;
  fallback: string | null;
}) {
  const query = useQuery(`note:${noteId}`, () => api.notes.get({ id: noteId }));
  return (
    <div className="timeline-note">
      {query.status === 'loading' && <Loading label="Loading the note…" />}
      {query.status === 'error' && (
        <ErrorAlert title="The note could not be opened." error={query.error} onRetry={query.reload} />
      )}
      {query.status === 'ready' &&
        (hasContent(query.data.document) ? (
          <div className="note-document">
            <NoteDocumentView document={query.data.document} attributeNames={noNames} />
          </div>
        ) : (
          <p className="timeline-snippet">{fallback}</p>
        ))}
      {interviewId && (
        <a className="button button-small" href={routeHref({ name: 'interview', id: interviewId })}>
          Open the interview
        </a>
      )}
    </div>
  );
}
