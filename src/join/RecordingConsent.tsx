import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import type { CallSnapshot } from '../renderer/callEngine/CallSnapshot.ts';
import { RecordingIndicator } from '../renderer/callViews/RecordingIndicator.tsx';

type Props = { machine: CallMachine; snapshot: CallSnapshot; host: string };

/**
 * The candidate's side of recording: the question (nothing is recorded unless they accept), then REC with
 * "Stop recording" for as long as it runs.
 */
export function RecordingConsent({ machine, snapshot, host }: Props) {
  const { consent, active, stoppedBy } = snapshot.recording;
  if (consent === 'asked') {
    return (
      <section className="recording-consent" role="alertdialog" aria-labelledby="recording-consent-text">
        <p id="recording-consent-text">
          This interview will be recorded on the interviewer’s computer. {host} keeps the recording; it is not
          uploaded anywhere.
        </p>
        <div className="recording-consent-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => machine.answerRecording(true)}
          >
            Accept
          </button>
          <button type="button" className="button" onClick={() => machine.answerRecording(false)}>
            Decline
          </button>
        </div>
      </section>
    );
  }
  if (active) {
    return (
      <div className="recording-consent-actions">
        <RecordingIndicator />
        <button type="button" className="button" onClick={() => machine.stopRecording()}>
          Stop recording
        </button>
      </div>
    );
  }
  if (consent === 'declined')
    return <p className="call-notice">You declined recording. This call is not recorded.</p>;
  if (stoppedBy) return <p className="call-notice">Recording stopped.</p>;
  return null;
}
