import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { RecordingIndicator } from '../callViews/RecordingIndicator.tsx';
import { useStoreSelector } from '../lib/useStoreSelector.ts';
import type { CallRecording } from './CallRecording.ts';
import { describeTalkTime } from '../lib/describeTalkTime.ts';
import { formatCallTime } from '../lib/formatCallTime.ts';

type Props = {
  machine: CallMachine;
  snapshot: CallSnapshot;
  recording: CallRecording;
  /** The candidate's first name, as the notices say it. */
  candidate: string;
};

const selectPhase = (state: ReturnType<CallRecording['getSnapshot']>) => state.phase;

/** In the lobby: "Record this interview", the recruiter's choice for this call. */
export function RecordingChoice({ machine, snapshot }: Pick<Props, 'machine' | 'snapshot'>) {
  const { wanted, consent } = snapshot.recording;
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={wanted}
        disabled={consent !== 'unasked'}
        onChange={(event) => machine.setRecordingWanted(event.target.checked)}
      />
      Record this interview (the candidate is asked first)
    </label>
  );
}

/** In the call: asking, the candidate's answer, REC with "Stop recording", and what became of the file. */
export function RecordingStatusBar({ machine, snapshot, recording, candidate }: Props) {
  const phase = useStoreSelector(recording, selectPhase);
  const { wanted, consent, active, stoppedBy } = snapshot.recording;
  // Not chosen in the lobby: the call bar stays as it is (the choice is made before the call starts).
  if (!wanted) return null;
  if (consent === 'asked') return <p className="call-notice">Asking {candidate} to agree to recording…</p>;
  if (consent === 'declined')
    return (
      <p className="call-notice" role="status">
        {candidate} declined recording
      </p>
    );
  if (active)
    return (
      <>
        <RecordingIndicator />
        <button type="button" className="button" onClick={() => machine.stopRecording()}>
          Stop recording
        </button>
      </>
    );
  if (phase === 'failed')
    return (
      <p className="call-notice" role="alert">
        The recording could not be saved completely.
      </p>
    );
  if (stoppedBy)
    return (
      <p className="call-notice" role="status">
        {stoppedBy === 'remote' ? `${candidate} stopped the recording` : 'Recording stopped'}
        {phase === 'saving' ? '; saving it…' : ''}
      </p>
    );
  return <p className="call-notice">Starting the recording…</p>;
}

const selectSaved = (state: ReturnType<CallRecording['getSnapshot']>) => state.saved;

/** After the call: the recording as saved, with its talk-time (the interview page has the replay). */
export function RecordingSummary({ recording }: { recording: CallRecording }) {
  const phase = useStoreSelector(recording, selectPhase);
  const saved = useStoreSelector(recording, selectSaved);
  if (phase === 'saving') return <p className="call-notice">Saving the recording…</p>;
  if (!saved || saved.state !== 'ready') return null;
  const talk = describeTalkTime(saved.talkTime);
  return (
    <p className="call-notice" role="status">
      Recording saved ({formatCallTime(saved.durationMs / 1000)}){talk ? `. ${talk}` : ''}
    </p>
  );
}
