import { useCallSession } from './useCallSession.ts';

/** A call (lobby, live or just ended) is open on this interview, so its screen takes the live layout. */
export function useCallOpenFor(interviewId: string): boolean {
  const session = useCallSession();
  return session.phase === 'active' && session.interviewId === interviewId;
}
