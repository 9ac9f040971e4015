import { RecordingStore } from '../../services/recordings/RecordingStore.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

/** The store the session built; a context without one (a bare test context) gets one that cannot record. */
function storeOf(context: HandlerContext): RecordingStore {
  if (context.recordings) return context.recordings;
  const { recordings, settings, interviews } = context.repositories;
  return new RecordingStore({
    recordings,
    settings,
    requireInterview: (id) => void interviews.callFacts(id),
    dataDirectory: context.dataDirectory,
    databaseKey: null,
    clock: clockOf(context),
  });
}

export function recordingHandlers(context: HandlerContext): GroupHandlers<'recordings'> {
  const store = storeOf(context);
  return {
    'recordings.get': ({ interviewId }) => store.get(interviewId),
    'recordings.start': ({ interviewId, callOffsetMs }) => store.start(interviewId, callOffsetMs),
    'recordings.declined': ({ interviewId }) => store.declined(interviewId),
    'recordings.appendChunk': ({ interviewId, sequence, elapsedMs, data }) =>
      store.appendChunk(interviewId, { sequence, elapsedMs, data: Buffer.from(data, 'base64') }),
    'recordings.finish': ({ interviewId, durationMs, speech }) =>
      store.finish(interviewId, durationMs, speech),
    'recordings.delete': ({ interviewId }) => store.delete(interviewId),
    'recordings.retention': () => ({ days: store.retentionDays() }),
    'recordings.setRetention': ({ days }) => ({ days: store.setRetentionDays(days), deleted: store.purge() }),
    'recordings.purge': () => ({ deleted: store.purge() }),
    'recordings.totals': () => context.repositories.recordings.totals(),
  };
}
