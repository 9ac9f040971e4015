import { useEffect, useRef, type ReactNode } from 'react';
import type { Interview } from '../../shared/schemas/interview.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { CallPanel } from './CallPanel.tsx';
import { callSession } from './appCallSession.ts';
import { CallSplit } from './CallSplit.tsx';
import { SavedCallChat } from './SavedCallChat.tsx';
import '../callViews/call.css';
import './liveCall.css';
import './liveLayout.css';
import { useCallSession } from './useCallSession.ts';

type Props = {
  interview: Pick<Interview, 'id' | 'status' | 'candidateName' | 'updatedAt'>;
  /** The notes pane; it sits beside the call while one is open. */
  children: ReactNode;
  /** Called after a call was written into the interview (started, ended, duration), to reload it. */
  onInterviewChanged?: () => void;
};

/**
 * "Start call" for an interview, and while a call is open, the call beside the notes in a resizable split.
 * The interview screen wraps its notes pane in this; nothing else about the call lives in that screen.
 */
export function InterviewCallArea({ interview, children, onInterviewChanged }: Props) {
  const session = useCallSession();
  const announce = useAnnounce();
  const ours = session.phase !== 'idle' && session.interviewId === interview.id;
  const elsewhere = session.phase !== 'idle' && !ours && callSession.isBusy();
  const recorded = session.phase === 'active' && ours ? session.recorded : null;
  const notified = useRef<unknown>(null);

  useEffect(() => {
    if (!recorded || notified.current === recorded) return;
    notified.current = recorded;
    onInterviewChanged?.();
  }, [recorded, onInterviewChanged]);

  // The interview turns "in progress" when the call connects; let the screen show it.
  const machine = session.phase === 'active' && ours ? session.machine : null;
  useEffect(() => {
    if (!machine) return;
    let connected = false;
    let timer: number | undefined;
    const unsubscribe = machine.subscribe(() => {
      const { startedAt } = machine.getSnapshot();
      if (startedAt && !connected) {
        connected = true;
        announce('The candidate joined. The call has started.');
        timer = window.setTimeout(() => onInterviewChanged?.(), 500);
      }
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [machine, announce, onInterviewChanged]);

  const active = session.phase === 'active' && ours ? session : null;
  return (
    <CallSplit
      call={
        active ? (
          <CallPanel
            machine={active.machine}
            room={active.room}
            recorded={active.recorded}
            recordError={active.recordError}
            recording={active.recording}
          />
        ) : null
      }
      header={
        <>
          <div className="interview-call-bar">
            {/* Once the interview is done, Export leads (in the header); a new call is still possible, quietly. */}
            <button
              type="button"
              className={interview.status === 'done' ? 'button' : 'button button-primary'}
              disabled={session.phase === 'creating' || elsewhere}
              onClick={() => void callSession.start(interview.id)}
            >
              {session.phase === 'creating' && ours ? 'Starting call…' : 'Start call'}
            </button>
            {elsewhere && <p className="muted">Another interview’s call is still going on. End it first.</p>}
            {!elsewhere && interview.status === 'done' && (
              <p className="muted">This interview has ended; a new call will not change its recorded time.</p>
            )}
          </div>
          <SavedCallChat interviewId={interview.id} version={interview.updatedAt} />
          {session.phase === 'unavailable' && ours && (
            <ErrorAlert
              title="The call could not be started."
              error={session.error}
              onRetry={() => void callSession.start(interview.id)}
            />
          )}
        </>
      }
      notes={children}
    />
  );
}
