import { useSyncExternalStore } from 'react';
import { callSession } from './appCallSession.ts';
import type { CallSessionState } from './CallSession.ts';

export function useCallSession(): CallSessionState {
  return useSyncExternalStore(callSession.subscribe, callSession.getSnapshot);
}
