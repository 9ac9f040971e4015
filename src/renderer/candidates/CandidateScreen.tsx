import { useState } from 'react';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { useRefocusAfterReload } from '../ui/useRefocusAfterReload.ts';
import { CandidateInterviews } from './CandidateInterviews.tsx';
import { CandidateDetails } from './CandidateDetails.tsx';
import { CandidatePipeline } from './CandidatePipeline.tsx';
import { CandidateTimeline } from './CandidateTimeline.tsx';
import { ExportCandidateButton } from './ExportCandidateButton.tsx';
import { formatDate } from '../lib/formatDate.ts';
import { loadStages } from '../lib/loadStages.ts';
import { CandidateFollowUps } from './CandidateFollowUps.tsx';
import { NextStepActions } from './NextStepActions.tsx';
import './candidateProfile.css';

type Pending = { action: 'trash' | 'restore'; error: unknown } | null;

/** `#/candidates/<id>`: one candidate, with Edit and Move to Trash (or Restore when already trashed). */
export function CandidateScreen({
  id,
  focus = null,
  navigate,
}: {
  id: string;
  /** A timeline item to open: a note found by search, a stage change. */
  focus?: string | null;
  navigate: Navigate;
}) {
  const query = useQuery(`candidate:${id}`, () =>
    Promise.all([api.candidates.get({ id }), loadStages(), api.interviews.list({ candidateId: id })]),
  );
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Pending>(null);
  // Scheduling, follow-ups and feedback change what the profile shows without touching the candidate row.
  const [version, setVersion] = useState(0);
  const data = query.status === 'ready' ? query.data : null;
  // After Restore its banner (and the focused button) goes away; land on the name instead of nowhere.
  const { target: heading, refocusAfterReload } = useRefocusAfterReload<HTMLHeadingElement>(data);

  const backLink = (
    <a className="back-link" href={routeHref({ name: 'candidates' })}>
      <Icon name="arrowLeft" />
      All candidates
    </a>
  );

  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <section className="page page-narrow">
        {backLink}
        <ErrorAlert title="This candidate could not be opened." error={query.error} onRetry={query.reload} />
      </section>
    );
  }
  const [candidate, stages, interviews] = query.data;
  const changed = () => {
    setVersion((value) => value + 1);
    query.reload();
  };
  const stage = stages.find((item) => item.id === candidate.stageId);

  async function moveToTrash() {
    setBusy(true);
    try {
      await api.candidates.delete({ id });
      announce(`${candidate.name} was moved to the Trash.`);
      navigate({ name: 'candidates' });
    } catch (error) {
      setFailure({ action: 'trash', error });
      setBusy(false);
    }
  }

  async function restore() {
    if (busy) return;
    setBusy(true);
    try {
      await api.candidates.restore({ id });
      announce(`${candidate.name} was restored.`);
      setFailure(null);
      refocusAfterReload();
      query.reload();
    } catch (error) {
      setFailure({ action: 'restore', error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page candidate-page" aria-labelledby="candidate-title">
      {backLink}
      <header className="page-header">
        <div>
          <h1 ref={heading} id="candidate-title" className="page-title" tabIndex={-1}>
            {candidate.name}
          </h1>
          {(candidate.role || candidate.pronouns) && (
            <p className="page-subtitle">
              {[candidate.role, candidate.pronouns].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
        {candidate.deletedAt === null && (
          <div className="page-actions">
            <NextStepActions
              candidate={candidate}
              stage={stage}
              interviews={interviews.items}
              navigate={navigate}
              onChanged={changed}
            />
            <button type="button" className="button" onClick={() => navigate({ name: 'editCandidate', id })}>
              <Icon name="pencil" />
              Edit
            </button>
            <ExportCandidateButton candidate={candidate} />
            <button
              type="button"
              className="button button-danger-quiet"
              onClick={() => {
                setFailure(null);
                setConfirming(true);
              }}
            >
              <Icon name="trash" />
              Move to Trash
            </button>
          </div>
        )}
      </header>

      {candidate.deletedAt !== null && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-title">In the Trash</p>
            <p>Moved to the Trash on {formatDate(candidate.deletedAt, true)}. Restore them to edit.</p>
          </div>
          <button type="button" className="button" onClick={restore} aria-disabled={busy || undefined}>
            <Icon name="restore" />
            Restore
          </button>
        </div>
      )}
      {failure?.action === 'restore' && <ErrorAlert title="Not restored." error={failure.error} />}

      <CandidateDetails candidate={candidate} stage={stage} />
      <div className="candidate-layout">
        <div className="candidate-main">
          <CandidateTimeline
            candidateId={candidate.id}
            refreshKey={`${candidate.updatedAt}:${version}`}
            focus={focus}
          />
        </div>
        <div className="candidate-side">
          <CandidatePipeline candidate={candidate} stages={stages} onChanged={changed} />
          <CandidateFollowUps
            candidateId={candidate.id}
            refreshKey={`${candidate.updatedAt}:${version}`}
            onChanged={changed}
          />
          <CandidateInterviews
            candidate={candidate}
            refreshKey={`${candidate.updatedAt}:${version}`}
            canStart={candidate.deletedAt === null}
            navigate={navigate}
            onChanged={changed}
          />
        </div>
      </div>

      <ConfirmDialog
        open={confirming}
        title={`Move ${candidate.name} to the Trash?`}
        confirmLabel="Move to Trash"
        destructive
        busy={busy}
        error={failure?.action === 'trash' && <ErrorAlert error={failure.error} />}
        onConfirm={moveToTrash}
        onClose={() => setConfirming(false)}
      >
        <p>They will leave the candidate list. You can restore them from the Trash at any time.</p>
      </ConfirmDialog>
    </section>
  );
}
