import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { noteDocumentEvidence } from '../../shared/notes/noteDocumentEvidence.ts';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Note } from '../../shared/schemas/note.ts';
import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { noteSaveKey } from '../notes/noteSaveKey.ts';
import { RevisionsDialog } from '../notes/RevisionsDialog.tsx';
import { SaveStatusIndicator } from '../saving/SaveStatusIndicator.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { evidenceAttributesOf } from './evidenceAttributesOf.ts';
import { interviewStatusLabels } from '../lib/interviewStatusLabels.ts';
import { loadInterview } from './loadInterview.ts';
import { ScorecardPane } from './ScorecardPane.tsx';
import { InterviewCallArea } from '../liveCall/InterviewCallArea.tsx';
import { formatCallTime } from '../callViews/formatCallTime.ts';
import './interviews.css';

/** `#/interviews/<id>`: the notes beside the scorecard, with save status, revisions and export. */
export function InterviewScreen({ id, navigate }: { id: string; navigate: Navigate }) {
  const query = useQuery(`interview:${id}`, () => loadInterview(id));
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <section className="page">
        <a className="back-link" href={routeHref({ name: 'candidates' })}>
          <Icon name="arrowLeft" />
          All candidates
        </a>
        <ErrorAlert title="This interview could not be opened." error={query.error} onRetry={query.reload} />
      </section>
    );
  }
  return <LoadedInterview key={id} {...query.data} navigate={navigate} />;
}

function LoadedInterview({
  interview: loaded,
  note,
  scorecard,
  navigate,
}: {
  interview: Interview;
  note: Note;
  scorecard: Scorecard;
  navigate: Navigate;
}) {
  const announce = useAnnounce();
  const [interview, setInterview] = useState(loaded);
  const [evidence, setEvidence] = useState(scorecard.evidence);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const editor = useRef<Editor | null>(null);
  const attributes = useMemo(() => evidenceAttributesOf(interview), [interview]);
  const onReady = useCallback((value: Editor | null) => {
    editor.current = value;
  }, []);
  // The evidence shown is derived from exactly what is being saved, by the same code the server runs.
  const onDocumentRead = useCallback((document: NoteDocument) => {
    const next = noteDocumentEvidence(document);
    setEvidence((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
  }, []);

  async function act(title: string, action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure({ title, error });
    } finally {
      setBusy(false);
    }
  }

  const exportMarkdown = () =>
    act('The notes were not exported.', async () => {
      const { fileName, markdown } = await appSaveQueue.run(() =>
        api.interviews.exportMarkdown({ id: interview.id }),
      );
      downloadFile(fileName, markdown, 'text/markdown;charset=utf-8');
      announce(`Exported ${fileName}.`);
    });

  const exportHtml = () =>
    act('The notes were not exported.', async () => {
      const { fileName, html } = await appSaveQueue.run(() =>
        api.interviews.exportHtml({ id: interview.id }),
      );
      downloadFile(fileName, html, 'text/html;charset=utf-8');
      announce(`Exported ${fileName}.`);
    });

  const setStatus = (change: 'start' | 'end') =>
    act(change === 'start' ? 'The interview was not started.' : 'The interview was not ended.', async () => {
      const next = await (change === 'start'
        ? api.interviews.start({ id: interview.id })
        : api.interviews.end({ id: interview.id }));
      setInterview(next);
    });

  function restored(restoredNote: Note) {
    const current = editor.current;
    if (current) {
      current.commands.setContent(restoredNote.document, { emitUpdate: false });
      appSaveQueue.setSequence(noteSaveKey(restoredNote.id), restoredNote.sequence);
    }
    onDocumentRead(restoredNote.document);
  }

  // A call writes started/ended/duration into the interview; show what it saved.
  const refreshInterview = useCallback(() => {
    void api.interviews.get({ id: interview.id }).then(setInterview, () => {});
  }, [interview.id]);
  const duration =
    interview.durationSeconds === null ? null : `Duration ${formatCallTime(interview.durationSeconds)}`;
  const subtitle = [interview.kit?.name ?? 'No kit', interviewStatusLabels[interview.status], duration]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="page interview-page" aria-labelledby="interview-title">
      <a className="back-link" href={routeHref({ name: 'candidate', id: interview.candidateId })}>
        <Icon name="arrowLeft" />
        {interview.candidateName}
      </a>
      <header className="page-header interview-header">
        <div>
          <h1 id="interview-title" className="page-title" tabIndex={-1}>
            {interview.title}
          </h1>
          <p className="page-subtitle" aria-live="polite">
            {interview.candidateName} · {subtitle}
          </p>
        </div>
        <div className="interview-actions">
          <SaveStatusIndicator />
          {interview.status === 'planned' && (
            <button type="button" className="button" disabled={busy} onClick={() => setStatus('start')}>
              Start interview
            </button>
          )}
          {interview.status === 'in_progress' && (
            <button type="button" className="button" disabled={busy} onClick={() => setStatus('end')}>
              End interview
            </button>
          )}
          <button type="button" className="button" onClick={() => setRevisionsOpen(true)}>
            Revisions
          </button>
          <button type="button" className="button" disabled={busy} onClick={exportMarkdown}>
            Export Markdown
          </button>
          <button type="button" className="button" disabled={busy} onClick={exportHtml}>
            Export HTML
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              appSaveQueue.flush();
              navigate({ name: 'interviewPrint', id: interview.id });
            }}
          >
            Print / PDF
          </button>
        </div>
      </header>
      {failure && <ErrorAlert title={failure.title} error={failure.error} />}

      <InterviewCallArea interview={interview} onInterviewChanged={refreshInterview}>
        <div className="interview-layout">
          <section className="notes-pane" aria-label="Interview notes">
            <NoteEditor
              noteId={note.id}
              document={note.document}
              sequence={note.sequence}
              attributes={attributes}
              onReady={onReady}
              onDocumentRead={onDocumentRead}
            />
          </section>
          <aside className="scorecard-pane" aria-label="Scorecard">
            <ScorecardPane interview={interview} scorecard={scorecard} evidence={evidence} />
          </aside>
        </div>
      </InterviewCallArea>

      <RevisionsDialog
        noteId={note.id}
        open={revisionsOpen}
        onClose={() => setRevisionsOpen(false)}
        onRestored={restored}
      />
    </section>
  );
}
