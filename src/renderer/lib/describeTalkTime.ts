import type { TalkTime } from '../../shared/schemas/talkTime.ts';
import { formatCallTime } from './formatCallTime.ts';

/** "Talk time: candidate 48%, you 52% · Longest monologue 00:41 (candidate)", or null when nobody spoke. */
export function describeTalkTime({ candidateShare, longestMonologue }: TalkTime): string | null {
  if (candidateShare === null) return null;
  const share = Math.round(candidateShare * 100);
  const longest = longestMonologue
    ? ` · Longest monologue ${formatCallTime(longestMonologue.ms / 1000)} (${longestMonologue.side === 'candidate' ? 'candidate' : 'you'})`
    : '';
  return `Talk time: candidate ${share}%, you ${100 - share}%${longest}`;
}
