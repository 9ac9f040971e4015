import type { SpeechSegments } from '../schemas/speechSegments.ts';
import type { TalkTime } from '../schemas/talkTime.ts';

/** Pauses shorter than this (a breath, a short "mm") keep one side's monologue going. */
export const monologueJoinGapMs = 1500;

function total(segments: readonly (readonly [number, number])[]): number {
  return segments.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** The longest run of one side's segments whose gaps are all under the join gap, and the other side silent. */
function longestRun(
  own: readonly (readonly [number, number])[],
  other: readonly (readonly [number, number])[],
) {
  let longest = 0;
  let runStart: number | null = null;
  let runEnd = 0;
  const otherSpeaksBetween = (from: number, to: number) =>
    other.some(([start, end]) => start < to && end > from);
  for (const [start, end] of own) {
    if (runStart === null || start - runEnd >= monologueJoinGapMs || otherSpeaksBetween(runEnd, start)) {
      runStart = start;
    }
    runEnd = Math.max(runEnd, end);
    longest = Math.max(longest, runEnd - runStart);
  }
  return longest;
}

/** Talk ratio, the candidate's share and the longest monologue, from each side's speech segments. */
export function summarizeTalkTime(speech: SpeechSegments): TalkTime {
  const recruiterMs = total(speech.recruiter);
  const candidateMs = total(speech.candidate);
  const both = recruiterMs + candidateMs;
  const recruiterRun = longestRun(speech.recruiter, speech.candidate);
  const candidateRun = longestRun(speech.candidate, speech.recruiter);
  return {
    recruiterMs,
    candidateMs,
    candidateShare: both === 0 ? null : candidateMs / both,
    longestMonologue:
      both === 0
        ? null
        : candidateRun >= recruiterRun
          ? { side: 'candidate', ms: candidateRun }
          : { side: 'recruiter', ms: recruiterRun },
  };
}
