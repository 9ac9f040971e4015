import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Recording } from '../../shared/schemas/recording.ts';
import { api } from '../api/api.ts';
import { describeTalkTime } from '../lib/describeTalkTime.ts';
import { formatCallTime } from '../lib/formatCallTime.ts';
import { formatDate } from '../lib/formatDate.ts';
import { useCallSession } from '../liveCall/useCallSession.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { RecordingTimeline, type TimelineMark } from './RecordingTimeline.tsx';
import { replaySeekSeconds } from './replaySeekSeconds.ts';

type Props = {
  interviewId: string;
  candidateName: string;
  /** The call times (seconds) of the note's chips, as last saved: marks on the timeline. */
  callTimes: readonly number[];
};

type Loaded = {
  recording: Recording | null;
  retentionDays: number;
  chat: Array<{ sentAt: string; text: string }>;
};

async function load(interviewId: string): Promise<Loaded> {
  const [recording, retention, chat] = await Promise.all([
    api.recordings.get({ interviewId }),
    api.recordings.retention({}),
    api.calls.listChat({ interviewId }),
  ]);
  return { recording, retentionDays: retention.days, chat: chat.messages };
}

/**
 * The interview's recording: a player fed by byte range (so it seeks), a timeline of notes and chat under it,
 * talk-time, and "Delete recording". A click on any call-time chip in the notes plays from 5 s before it.
 */
export function RecordingReplay({ interviewId, candidateName, callTimes }: Props) {
  const query = useQuery(`recording:${interviewId}`, () => load(interviewId));
  const video = useRef<HTMLVideoElement>(null);
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A call of this interview that just saved its recording: show it.
  const session = useCallSession();
  const callRecording =
    session.phase === 'active' && session.interviewId === interviewId ? session.recording : null;
  const { reload } = query;
  useEffect(() => {
    if (!callRecording) return;
    let phase = callRecording.getSnapshot().phase;
    return callRecording.subscribe(() => {
      const next = callRecording.getSnapshot().phase;
      if (next !== phase && (next === 'saved' || next === 'failed' || next === 'recording')) reload();
      phase = next;
    });
  }, [callRecording, reload]);

  const recording = query.status === 'ready' ? query.data.recording : null;
  const seek = useCallback((seconds: number) => {
    const player = video.current;
    if (!player) return;
    player.currentTime = seconds;
    void player.play().catch(() => {});
  }, []);

  // Every call-time chip in the notes is a way into the recording.
  const offsetMs = recording?.state === 'ready' ? recording.callOffsetMs : null;
  useEffect(() => {
    if (offsetMs === null) return;
    const onClick = (event: MouseEvent) => {
      const chip = (event.target as Element | null)?.closest?.(
        '.notes-pane time[data-timestamp][data-seconds]',
      );
      if (!chip) return;
      const seconds = Number(chip.getAttribute('data-seconds'));
      if (Number.isFinite(seconds)) seek(replaySeekSeconds(seconds, offsetMs));
    };
    window.document.addEventListener('click', onClick);
    return () => window.document.removeEventListener('click', onClick);
  }, [offsetMs, seek]);

  const chat = query.status === 'ready' ? query.data.chat : null;
  const marks = useMemo((): TimelineMark[] => {
    if (!recording || recording.state !== 'ready') return [];
    const offset = recording.callOffsetMs / 1000;
    const started = recording.startedAt ? Date.parse(recording.startedAt) : null;
    const noteMarks = callTimes
      .map((seconds) => ({
        kind: 'note' as const,
        seconds: seconds - offset,
        label: `Note at ${formatCallTime(seconds)}`,
      }))
      .filter((mark) => mark.seconds >= 0);
    const chatMarks = (chat ?? []).flatMap((line) => {
      if (started === null) return [];
      const seconds = (Date.parse(line.sentAt) - started) / 1000;
      return seconds >= 0 && seconds * 1000 <= recording.durationMs
        ? [
            {
              kind: 'chat' as const,
              seconds,
              label: `Chat at ${formatCallTime(seconds)}: ${line.text.slice(0, 60)}`,
            },
          ]
        : [];
    });
    return [...noteMarks, ...chatMarks].sort((a, b) => a.seconds - b.seconds);
  }, [recording, callTimes, chat]);

  if (query.status !== 'ready' || !recording) return null;
  const firstName = candidateName.split(' ')[0] || candidateName;

  const remove = async () => {
    setDeleting(true);
    setFailure(null);
    try {
      await api.recordings.delete({ interviewId });
      setConfirming(false);
      announce('The recording was deleted.');
      reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(false);
    }
  };

  let body;
  if (recording.consent === 'declined' && recording.state === 'none') {
    body = <p className="muted">{firstName} declined recording, so this interview was not recorded.</p>;
  } else if (recording.state === 'deleted') {
    body = (
      <p className="muted">
        {recording.deletedReason === 'retention'
          ? `Recording deleted after ${query.data.retentionDays} days`
          : `Recording deleted${recording.deletedAt ? ` on ${formatDate(recording.deletedAt)}` : ''}`}
      </p>
    );
  } else if (recording.state === 'recording') {
    body = <p className="muted">Recording in progress…</p>;
  } else {
    const talk = describeTalkTime(recording.talkTime);
    body = (
      <>
        <video
          ref={video}
          className="recording-player"
          controls
          preload="metadata"
          src={`/recordings/${interviewId}.webm`}
          aria-label="Interview recording"
        />
        <RecordingTimeline recording={recording} marks={marks} onSeek={seek} />
        <p className="recording-facts">
          {formatCallTime(recording.durationMs / 1000)} recorded{talk ? ` · ${talk}` : ''}
        </p>
        <div className="recording-actions">
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            Delete recording
          </button>
        </div>
        <ConfirmDialog
          open={confirming}
          title="Delete this recording?"
          confirmLabel="Delete recording"
          destructive
          busy={deleting}
          error={failure ? <ErrorAlert title="The recording was not deleted." error={failure} /> : undefined}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        >
          The video file is removed from this computer now. Your notes stay.
        </ConfirmDialog>
      </>
    );
  }
  return (
    <section className="recording-replay" aria-label="Recording">
      <h2 className="recording-title">Recording</h2>
      {body}
    </section>
  );
}
