import type { Recording } from '../../shared/schemas/recording.ts';
import { formatCallTime } from '../lib/formatCallTime.ts';

export type TimelineMark = { kind: 'note' | 'chat'; seconds: number; label: string };

type Props = {
  recording: Recording;
  /** Marks in recording time (seconds). */
  marks: readonly TimelineMark[];
  onSeek(seconds: number): void;
};

const percent = (ms: number, durationMs: number) => `${Math.min(100, (ms / durationMs) * 100)}%`;

/**
 * Under the player: one track of marks (notes' chips, chat lines; each seeks) and one per speaker (talk-time).
 * Tracks are rows of the same shape, so a transcript can be added as one more.
 */
export function RecordingTimeline({ recording, marks, onSeek }: Props) {
  const durationMs = Math.max(1, recording.durationMs);
  const speakers = [
    { side: 'recruiter', label: 'Recruiter speaking', segments: recording.speech.recruiter },
    { side: 'candidate', label: 'Candidate speaking', segments: recording.speech.candidate },
  ] as const;
  return (
    <div className="recording-timeline">
      <div className="recording-track recording-track-marks" role="group" aria-label="Notes and chat">
        {marks.map((mark, index) => (
          <button
            key={`${mark.kind}-${index}`}
            type="button"
            className={`recording-mark recording-mark-${mark.kind}`}
            style={{ left: percent(mark.seconds * 1000, durationMs) }}
            title={mark.label}
            onClick={() => onSeek(mark.seconds)}
          >
            <span className="visually-hidden">{mark.label}</span>
          </button>
        ))}
      </div>
      {speakers.map((speaker) => (
        <div
          key={speaker.side}
          className={`recording-track recording-track-${speaker.side}`}
          aria-hidden="true"
        >
          <span className="recording-track-label">{speaker.side === 'recruiter' ? 'You' : 'Candidate'}</span>
          {speaker.segments.map(([start, end], index) => (
            <span
              key={index}
              className="recording-speech"
              style={{ left: percent(start, durationMs), width: percent(end - start, durationMs) }}
            />
          ))}
        </div>
      ))}
      <p className="visually-hidden">Recording length {formatCallTime(recording.durationMs / 1000)}</p>
    </div>
  );
}
