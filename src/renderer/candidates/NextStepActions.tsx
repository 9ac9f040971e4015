import { useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { api } from '../api/api.ts';
import { callSession } from '../liveCall/appCallSession.ts';
import { localToday } from '../lib/localToday.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { FollowUpDialog } from '../outreach/FollowUpDialog.tsx';
import { ScheduleDialog } from '../outreach/ScheduleDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { nextStepFor } from './nextStepFor.ts';

type Props = {
  candidate: Candidate;
  stage: Stage | undefined;
  interviews: readonly Interview[];
  navigate: Navigate;
  onChanged: () => void;
};

/** The profile's header leads with the next step: Start call, Write feedback, Follow up or Schedule. */
export function NextStepActions({ candidate, stage, interviews, navigate, onChanged }: Props) {
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<'schedule' | 'followUp' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // The moment the profile was opened: a call coming due while it stays open is on Today, which refreshes.
  const [openedAt] = useState(() => Date.now());
  const next = nextStepFor(candidate, stage, interviews, localToday(), openedAt);

  async function writeFeedback(interviewId: string | null) {
    setFailure(null);
    try {
      const draft = await api.feedback.open({ candidateId: candidate.id, interviewId });
      navigate({ name: 'feedback', id: draft.id });
    } catch (error) {
      setFailure(error);
    }
  }

  const primary = 'button button-primary';
  return (
    <>
      {next.kind === 'startCall' && (
        <button
          type="button"
          className={primary}
          onClick={() => {
            void callSession.start(next.interview.id);
            navigate({ name: 'interview', id: next.interview.id });
          }}
        >
          Start call
        </button>
      )}
      {next.kind === 'writeFeedback' && (
        <button type="button" className={primary} onClick={() => void writeFeedback(next.interviewId)}>
          Write feedback
        </button>
      )}
      <button
        type="button"
        className={next.kind === 'followUp' ? primary : 'button'}
        onClick={() => setDialog('followUp')}
      >
        Follow up
      </button>
      {stage?.kind !== 'rejected' && (
        <button
          type="button"
          className={next.kind === 'schedule' ? primary : 'button'}
          onClick={() => setDialog('schedule')}
        >
          Schedule interview
        </button>
      )}
      {failure !== null && (
        <div className="next-step-error">
          <ErrorAlert title="The feedback could not be opened." error={failure} />
        </div>
      )}
      <ScheduleDialog
        open={dialog === 'schedule'}
        candidate={candidate}
        onClose={() => setDialog(null)}
        onScheduled={() => onChanged()}
      />
      <FollowUpDialog
        open={dialog === 'followUp'}
        candidateId={candidate.id}
        candidateName={candidate.name}
        origin="profile"
        onClose={() => setDialog(null)}
        onCreated={(followUp) => {
          setDialog(null);
          announce(`Follow-up added: ${followUp.title}.`);
          onChanged();
        }}
      />
    </>
  );
}
