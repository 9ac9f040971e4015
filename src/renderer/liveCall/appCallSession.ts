import { api } from '../api/api.ts';
import { createCallMachine } from '../callEngine/createCallMachine.ts';
import { callClock } from '../lib/callClock.ts';
import { callPresence } from '../lib/callPresence.ts';
import { CallSession } from './CallSession.ts';
import { CallRecorder } from '../callEngine/recording/CallRecorder.ts';

/** The app's call session, wired to the backend and the notes' call clock. */
export const callSession = new CallSession({
  createRoom: (interviewId) => api.calls.createRoom({ interviewId }),
  callConnected: (id) => api.interviews.callConnected({ id }),
  callEnded: (id) => api.interviews.callEnded({ id }),
  saveChat: (interviewId, messages) => api.calls.saveChat({ interviewId, messages }),
  createMachine: (name) => createCallMachine('host', name),
  setCallStartedAt: (milliseconds) => callClock.setStartedAt(milliseconds),
  recordings: {
    start: (interviewId, callOffsetMs) => api.recordings.start({ interviewId, callOffsetMs }),
    declined: (interviewId) => api.recordings.declined({ interviewId }),
    appendChunk: (input) => api.recordings.appendChunk(input),
    finish: (input) => api.recordings.finish(input),
    createRecorder: (options) => new CallRecorder(options),
  },
});

// The shell loads its call dock once a call is open; see lib/callPresence.
callSession.subscribe(() => callPresence.set(callSession.getSnapshot().phase === 'active'));

// Closing the window mid-call still tells the candidate the call is over.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    const state = callSession.getSnapshot();
    if (state.phase === 'active') state.machine.end();
  });
}
