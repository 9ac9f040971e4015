import { api } from '../api/api.ts';
import { createCallMachine } from '../callEngine/createCallMachine.ts';
import { callClock } from '../lib/callClock.ts';
import { CallSession } from './CallSession.ts';

/** The app's call session, wired to the backend and the notes' call clock. */
export const callSession = new CallSession({
  createRoom: (interviewId) => api.calls.createRoom({ interviewId }),
  startInterview: (id) => api.interviews.start({ id }),
  endInterview: (id) => api.interviews.end({ id }),
  saveChat: (interviewId, messages) => api.calls.saveChat({ interviewId, messages }),
  createMachine: (name) => createCallMachine('host', name),
  setCallStartedAt: (milliseconds) => callClock.setStartedAt(milliseconds),
});

// Closing the window mid-call still tells the candidate the call is over.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    const state = callSession.getSnapshot();
    if (state.phase === 'active') state.machine.end();
  });
}
