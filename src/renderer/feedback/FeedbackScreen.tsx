import { useCallback, useMemo, useState } from 'react';
import { feedbackNudges } from '../../shared/feedback/feedbackNudges.ts';
import { noteDocumentText } from '../../shared/notes/noteDocumentText.ts';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import type { Feedback } from '../../shared/schemas/feedback.ts';
import type { FeedbackDecision } from '../../shared/schemas/feedbackDecision.ts';
import { api } from '../api/api.ts';
import { copyText } from '../lib/copyText.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { routeHref } from '../lib/routeHref.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import type { NoteRead } from '../notes/readNote.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { feedbackSaveTarget } from '../saving/feedbackSaveTarget.ts';
import { SaveStatusIndicator } from '../saving/SaveStatusIndicator.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { mailtoLink } from './mailtoLink.ts';
import './feedback.css';

/** `#/feedback/<id>`: the draft in the notes editor, its nudges, and Copy / Open in mail app / Mark as sent. */
export function FeedbackScreen({ id, navigate }: { id: string; navigate: Navigate }) {
  const [version, setVersion] = useState(0);
  const query = useQuery(`feedback:${id}:${version}`, async () => {
    await appSaveQueue.settled();
    return api.feedback.get({ id });
  });
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <section className="page page-narrow">
        <ErrorAlert title="This feedback could not be opened." error={query.error} onRetry={query.reload} />
      </section>
    );
  }
  return (
    <LoadedFeedback
      key={`${query.data.id}:${version}`}
      feedback={query.data}
      navigate={navigate}
      onRedrafted={() => setVersion((value) => value + 1)}
    />
  );
}

function LoadedFeedback({
  feedback: loaded,
  navigate,
  onRedrafted,
}: {
  feedback: Feedback;
  navigate: Navigate;
  onRedrafted: () => void;
}) {
  const announce = useAnnounce();
  const [feedback, setFeedback] = useState(loaded);
  const [text, setText] = useState(loaded.text);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const [copyProblem, setCopyProblem] = useState(false);
  const key = `feedback:${loaded.id}`;
  const nudges = useMemo(() => feedbackNudges(text, loaded.specifics), [text, loaded.specifics]);
  const sent = feedback.sentAt !== null;
  const [saveAs] = useState(() => ({
    key,
    target: (read: () => NoteDocument) =>
      feedbackSaveTarget({ api, queue: appSaveQueue, key, feedbackId: loaded.id, read }),
  }));
  const onDocumentRead = useCallback((read: NoteRead) => setText(noteDocumentText(read.document)), []);

  async function act(title: string, action: () => Promise<void>) {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure({ title, error });
    }
  }
  const latestText = async () => {
    appSaveQueue.flush();
    return (await appSaveQueue.run(() => api.feedback.get({ id: loaded.id }))).text;
  };
  const redraft = (decision: FeedbackDecision) =>
    act('The draft was not redone.', async () => {
      await appSaveQueue.run(() => api.feedback.redraft({ id: loaded.id, decision }));
      announce(decision === 'advance' ? 'Redrafted to move them forward.' : 'Redrafted as a decline.');
      onRedrafted();
    });
  const copy = () =>
    act('The feedback was not copied.', async () => {
      const copied = await copyText(`Subject: ${feedback.subject}\n\n${await latestText()}`);
      setCopyProblem(!copied);
      if (copied) announce('The feedback was copied.');
    });
  const openMail = () =>
    act('The mail app could not be opened.', async () => {
      window.location.href = mailtoLink(feedback.candidateEmail, feedback.subject, await latestText());
    });
  const markSent = () =>
    act('The feedback was not marked as sent.', async () => {
      appSaveQueue.flush();
      const marked = await appSaveQueue.run(() => api.feedback.markSent({ id: loaded.id }));
      setFeedback(marked);
      announce(`Feedback to ${marked.candidateName} marked as sent.`);
    });

  return (
    <section className="page feedback-page" aria-labelledby="feedback-title">
      <a className="back-link" href={routeHref({ name: 'candidate', id: feedback.candidateId })}>
        <Icon name="arrowLeft" />
        {feedback.candidateName}
      </a>
      <header className="page-header">
        <div>
          <h1 id="feedback-title" className="page-title" tabIndex={-1}>
            Feedback to {feedback.candidateName}
          </h1>
          <p className="page-subtitle">
            {feedback.interviewTitle ? `After “${feedback.interviewTitle}” · ` : ''}
            {sent ? 'Sent' : 'Draft, saved as you type'}
          </p>
        </div>
        <div className="page-actions">
          {!sent && <SaveStatusIndicator />}
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button" onClick={() => void openMail()}>
            Open in mail app
          </button>
          {!sent && (
            <button type="button" className="button button-primary" onClick={() => void markSent()}>
              Mark as sent
            </button>
          )}
        </div>
      </header>
      {failure && <ErrorAlert title={failure.title} error={failure.error} />}
      {copyProblem && (
        <p role="alert" className="field-error">
          Copying is not allowed here. Select the text and copy it with Ctrl+C (⌘C on a Mac).
        </p>
      )}
      {sent && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-title">Sent</p>
            <p>
              “Feedback sent” is on {feedback.candidateName}’s timeline, and they are no longer waiting on
              you. <a href={routeHref({ name: 'today' })}>Back to Today</a>
            </p>
          </div>
        </div>
      )}
      <div className="feedback-layout">
        <div className="feedback-main">
          <p className="feedback-subject">
            <span className="muted">Subject:</span> {feedback.subject}
            {feedback.candidateEmail && <span className="muted"> · to {feedback.candidateEmail}</span>}
          </p>
          {sent ? (
            <pre className="feedback-sent-text">{feedback.text}</pre>
          ) : (
            <NoteEditor
              noteId={feedback.id}
              document={feedback.document}
              sequence={feedback.sequence}
              attributes={[]}
              saveAs={saveAs}
              label="Feedback"
              mode="message"
              onDocumentRead={onDocumentRead}
            />
          )}
        </div>
        <aside className="feedback-side" aria-label="About this draft">
          {!sent && (
            <fieldset className="fieldset feedback-decision">
              <legend>The answer</legend>
              {(['advance', 'decline'] as const).map((decision) => (
                <label key={decision} className="radio">
                  <input
                    type="radio"
                    name="decision"
                    checked={feedback.decision === decision}
                    onChange={() => void redraft(decision)}
                  />
                  {decision === 'advance' ? 'Move forward' : 'Decline'}
                </label>
              ))}
              <p className="field-hint">Changing it drafts the text again.</p>
            </fieldset>
          )}
          <section aria-labelledby="nudges-title" className="feedback-nudges">
            <h2 id="nudges-title" className="section-title">
              Is it honest and specific?
            </h2>
            <div aria-live="polite">
              {nudges.length === 0 ? (
                <p className="nudge-ok">
                  It names what you saw, with a next step. Ratings and your private note are not in it.
                </p>
              ) : (
                <ul className="nudge-list">
                  {nudges.map((nudge) => (
                    <li key={nudge}>{nudge}</li>
                  ))}
                </ul>
              )}
            </div>
          </section>
          <p className="field-hint">
            Drafted from the evidence on the submitted scorecard. Ratings, their words, your private note and
            anything from other interviews are never put in.
          </p>
          <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'today' })}>
            Back to Today
          </button>
        </aside>
      </div>
    </section>
  );
}
