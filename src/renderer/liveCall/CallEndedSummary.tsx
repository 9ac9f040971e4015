import { useState } from 'react';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { describeCallProblem } from '../callViews/describeCallProblem.ts';
import { formatCallTime } from '../lib/formatCallTime.ts';
import { describeError } from '../ui/describeError.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import { FollowUpDialog } from '../outreach/FollowUpDialog.tsx';
import { callSession } from './appCallSession.ts';
import type { CallRoom } from './CallRoom.ts';

type Props = {
  snapshot: CallSnapshot;
  headingId: string;
  recorded: Interview | null;
  recordError: unknown;
  room: CallRoom;
  /** Says a created follow-up aloud (the panel's live region). */
  announce: (message: string) => void;
};

/** After the call: how it ended, how long it was, whether it was saved, a follow-up, and "Close call panel". */
export function CallEndedSummary({ snapshot, headingId, recorded, recordError, room, announce }: Props) {
  const [followingUp, setFollowingUp] = useState(false);
  const problem = snapshot.problem ? describeCallProblem(snapshot.problem, 'the candidate') : null;
  // The connected time (first connected → ended), never the interview's, which can start long before the call.
  const duration = recorded?.callDurationSeconds ?? (snapshot.startedAt ? snapshot.elapsedSeconds : null);
  return (
    <section className="call-panel call-panel-ended" aria-labelledby={headingId}>
      <h2 id={headingId} className="call-panel-title">
        {snapshot.state === 'failed' ? 'The call failed' : 'Call ended'}
      </h2>
      {problem && (
        <div role="alert" className="alert alert-error">
          <div className="alert-body">
            <p className="alert-title">{problem.title}</p>
            <p>{problem.detail}</p>
          </div>
        </div>
      )}
      <p role="status">
        {duration === null
          ? 'The candidate never joined, so nothing was recorded.'
          : recorded
            ? `Duration ${formatCallTime(duration)}, saved with the interview.`
            : `Duration ${formatCallTime(duration)}. Saving…`}
      </p>
      {snapshot.chat.length > 0 && (
        <p className="muted">
          The chat ({snapshot.chat.length === 1 ? '1 message' : `${snapshot.chat.length} messages`}) is kept
          with the interview.
        </p>
      )}
      {recordError !== null && recordError !== undefined && (
        <div role="alert" className="alert alert-error">
          <p>The call could not be saved with the interview: {describeError(recordError)}</p>
        </div>
      )}
      <div className="call-ended-actions">
        <button type="button" className="button" onClick={() => setFollowingUp(true)}>
          Add a follow-up
        </button>
        <button type="button" className="button" onClick={() => callSession.dismiss()}>
          Close call panel
        </button>
      </div>
      <FollowUpDialog
        open={followingUp}
        candidateId={room.candidateId}
        candidateName={room.candidateName}
        interviewId={recorded?.id ?? null}
        origin="call"
        onClose={() => setFollowingUp(false)}
        onCreated={(followUp) => {
          setFollowingUp(false);
          announce(`Follow-up added: ${followUp.title}.`);
        }}
      />
    </section>
  );
}
