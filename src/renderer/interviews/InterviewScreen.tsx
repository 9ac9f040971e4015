import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { noteDocumentEvidence } from '../../shared/notes/noteDocumentEvidence.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Note } from '../../shared/schemas/note.ts';
import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { noteSaveKey } from '../notes/noteSaveKey.ts';
import type { NoteRead } from '../notes/readNote.ts';
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
import { FollowUpDialog } from '../outreach/FollowUpDialog.tsx';
import { useCallOpenFor } from '../liveCall/useCallOpenFor.ts';
import { InterviewActions } from './InterviewActions.tsx';
import { LivePaneTabs, type LivePane } from './LivePaneTabs.tsx';
import { formatCallTime } from '../lib/formatCallTime.ts';
import { RecordingReplay } from './RecordingReplay.tsx';
import { callTimesOf } from '../../shared/recordings/callTimesOf.ts';
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
  // The call-time chips of the note as last saved: marks on the recording's timeline.
  const [callTimes, setCallTimes] = useState(() => callTimesOf(note.document));
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const [followUpQuote, setFollowUpQuote] = useState<string | null>(null);
  const editor = useRef<Editor | null>(null);
  const live = useCallOpenFor(interview.id);
  const [pane, setPane] = useState<LivePane>('notes');
  const notesId = useId();
  const scorecardId = useId();
  const scorecardPane = useRef<HTMLElement>(null);

  // Alt+S / Alt+N during a call: the scorecard (focus on its first rating) or back to the notes' caret.
  const showPane = useCallback((next: LivePane) => {
    setPane(next);
    window.requestAnimationFrame(() => {
      if (next === 'notes') editor.current?.view.focus();
      else scorecardPane.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
    });
  }, []);
  useEffect(() => {
    if (!live) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code !== 'KeyS' && event.code !== 'KeyN') return;
      event.preventDefault();
      showPane(event.code === 'KeyS' ? 'scorecard' : 'notes');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [live, showPane]);
  const attributes = useMemo(() => evidenceAttributesOf(interview), [interview]);
  const onReady = useCallback((value: Editor | null) => {
    editor.current = value;
  }, []);
  // The evidence shown is derived from exactly what is being saved, by the same code the server runs.
  const onDocumentRead = useCallback(
    ({ evidence: next, callTimes: times }: Pick<NoteRead, 'evidence' | 'callTimes'>) => {
      setEvidence((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
      setCallTimes((previous) => (previous.join() === times.join() ? previous : times));
    },
    [],
  );

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
    onDocumentRead({
      evidence: noteDocumentEvidence(restoredNote.document),
      callTimes: callTimesOf(restoredNote.document),
    });
  }

  // A call writes its connected time into the interview; show that, or (without a call) how long the interview ran.
  const refreshInterview = useCallback(() => {
    void api.interviews.get({ id: interview.id }).then(setInterview, () => {});
  }, [interview.id]);
  const shownSeconds = interview.callDurationSeconds ?? interview.durationSeconds;
  const duration = shownSeconds === null ? null : `Duration ${formatCallTime(shownSeconds)}`;
  const subtitle = [interview.kit?.name ?? 'No kit', interviewStatusLabels[interview.status], duration]
    .filter(Boolean)
    .join(' · ');
  const print = () => {
    appSaveQueue.flush();
    navigate({ name: 'interviewPrint', id: interview.id });
  };
  return (
    <section
      className={live ? 'page interview-page interview-page-live' : 'page interview-page'}
      aria-labelledby="interview-title"
    >
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
          <InterviewActions
            status={interview.status}
            inCall={live}
            busy={busy}
            onStart={() => setStatus('start')}
            onEnd={() => setStatus('end')}
            onRevisions={() => setRevisionsOpen(true)}
            onExportMarkdown={exportMarkdown}
            onExportHtml={exportHtml}
            onPrint={print}
          />
        </div>
      </header>
      {failure && <ErrorAlert title={failure.title} error={failure.error} />}
      {!live && (
        <RecordingReplay
          interviewId={interview.id}
          candidateName={interview.candidateName}
          callTimes={callTimes}
        />
      )}

      <InterviewCallArea interview={interview} onInterviewChanged={refreshInterview}>
        <div className="interview-layout">
          {live ? (
            <LivePaneTabs pane={pane} onChange={showPane} notesId={notesId} scorecardId={scorecardId} />
          ) : null}
          <section
            id={notesId}
            className="notes-pane"
            aria-label="Interview notes"
            hidden={live && pane !== 'notes'}
          >
            <NoteEditor
              noteId={note.id}
              document={note.document}
              sequence={note.sequence}
              attributes={attributes}
              onReady={onReady}
              onDocumentRead={onDocumentRead}
              onFollowUp={setFollowUpQuote}
            />
          </section>
          <aside
            ref={scorecardPane}
            id={scorecardId}
            className="scorecard-pane"
            aria-label="Scorecard"
            hidden={live && pane !== 'scorecard'}
          >
            <ScorecardPane
              interview={interview}
              scorecard={scorecard}
              evidence={evidence}
              onWriteFeedback={() =>
                act('The feedback could not be opened.', async () => {
                  const draft = await appSaveQueue.run(() =>
                    api.feedback.open({ candidateId: interview.candidateId, interviewId: interview.id }),
                  );
                  navigate({ name: 'feedback', id: draft.id });
                })
              }
            />
          </aside>
        </div>
      </InterviewCallArea>

      <FollowUpDialog
        open={followUpQuote !== null}
        candidateId={interview.candidateId}
        candidateName={interview.candidateName}
        interviewId={interview.id}
        quote={followUpQuote ?? ''}
        origin="note"
        onClose={() => setFollowUpQuote(null)}
        onCreated={(followUp) => {
          setFollowUpQuote(null);
          announce(`Follow-up added: ${followUp.title}.`);
        }}
      />
      <RevisionsDialog
        noteId={note.id}
        interviewId={interview.id}
        attributes={attributes}
        open={revisionsOpen}
        onClose={() => setRevisionsOpen(false)}
        onRestored={restored}
      />
    </section>
  );
}
