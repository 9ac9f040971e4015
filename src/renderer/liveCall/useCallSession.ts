import { useStoreSelector } from '../lib/useStoreSelector.ts';
import { callSession } from './appCallSession.ts';
import type { CallSessionState } from './CallSession.ts';

export function useCallSession(): CallSessionState {
  return useStoreSelector(callSession);
}
