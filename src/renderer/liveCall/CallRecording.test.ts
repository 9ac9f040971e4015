import { describe, expect, it, vi } from 'vitest';
import type { Recording } from '../../shared/schemas/recording.ts';
import type { CallRecorderOptions } from '../callEngine/recording/CallRecorder.ts';
import { callTestBed } from '../callEngine/testing/callTestBed.ts';
import { FakeMediaStream } from '../callEngine/testing/fakeMedia.ts';
import { installFakeCallEnvironment } from '../callEngine/testing/installFakeCallEnvironment.ts';
import { CallRecording, type RecordingDependencies } from './CallRecording.ts';

installFakeCallEnvironment();

const interviewId = '018f0000-0000-7000-8000-000000000003';
/** Names for the fake remote streams, so the calls read as what happened. */
const streamNames = new WeakMap<MediaStream, string>();

function namedStream(name: string): MediaStream {
  const stream = new FakeMediaStream() as unknown as MediaStream;
  streamNames.set(stream, name);
  return stream;
}

function fakes(appendFailures = 0) {
  const calls: string[] = [];
  let recorderOptions: CallRecorderOptions | null = null;
  let failuresLeft = appendFailures;
  const dependencies: RecordingDependencies = {
    start: async (_id, offset) => void calls.push(`start offset=${offset}`),
    declined: async () => void calls.push('declined'),
    appendChunk: async (input) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        calls.push(`append ${input.sequence} failed`);
        throw new Error('network');
      }
      calls.push(`append ${input.sequence} ${input.data}`);
    },
    finish: async (input) => {
      calls.push(`finish ${input.durationMs} recruiter=${input.speech.recruiter.length}`);
      return { state: 'ready' } as Recording;
    },
    createRecorder: (options) => {
      recorderOptions = options;
      return {
        start: () => void calls.push('recorder start'),
        stop: async () => ({ durationMs: 20_000, speech: { local: [[0, 500]], remote: [] } }),
        replaceRemote: (remote) => void calls.push(`replace remote ${streamNames.get(remote) ?? '?'}`),
      };
    },
  };
  return {
    calls,
    dependencies,
    chunk(sequence: number, bytes: number[]) {
      recorderOptions!.onChunk({ sequence, elapsedMs: sequence * 1000, data: Uint8Array.from(bytes) });
    },
  };
}

async function recordingCall(appendFailures = 0) {
  const call = await callTestBed.connectedHost();
  call.peer.options.onStream(namedStream('first connection'));
  const fake = fakes(appendFailures);
  const recording = new CallRecording(call.machine, interviewId, fake.dependencies);
  const detach = recording.attach();
  call.machine.setRecordingWanted(true);
  return { call, fake, recording, detach };
}

describe('the recruiter’s recorder', () => {
  it('starts only after the candidate accepts, sends chunks in order, and seals the file when stopped', async () => {
    const { call, fake, recording } = await recordingCall();
    expect(fake.calls).toEqual([]);
    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    await vi.waitFor(() => expect(recording.getSnapshot().phase).toBe('recording'));
    expect(call.machine.getSnapshot().recording.active).toBe(true);
    fake.chunk(0, [1, 2, 3]);
    fake.chunk(1, [4]);
    call.machine.stopRecording();
    await vi.waitFor(() => expect(recording.getSnapshot().phase).toBe('saved'));
    expect(fake.calls).toEqual([
      'start offset=0',
      'recorder start',
      'append 0 AQID',
      'append 1 BA==',
      'finish 20000 recruiter=1',
    ]);
  });

  it('retries a chunk the backend did not take, and keeps going', async () => {
    const { call, fake, recording } = await recordingCall(1);
    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    await vi.waitFor(() => expect(recording.getSnapshot().phase).toBe('recording'));
    fake.chunk(0, [1]);
    await vi.advanceTimersByTimeAsync(1000);
    call.machine.end();
    await vi.waitFor(() => expect(recording.getSnapshot().phase).toBe('saved'));
    expect(fake.calls.filter((line) => line.startsWith('append'))).toEqual([
      'append 0 failed',
      'append 0 AQ==',
    ]);
  });

  it('goes on in the same recording with the candidate’s new tracks when the connection is rebuilt', async () => {
    const { call, fake, recording } = await recordingCall();
    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    await vi.waitFor(() => expect(recording.getSnapshot().phase).toBe('recording'));
    call.peer.options.onClose('ERR_ICE_CONNECTION_FAILURE');
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    const rebuilt = call.peer;
    rebuilt.options.onSignal({ type: 'offer', sdp: 'again' });
    call.server.emit({
      type: 'signal',
      from: 'g1',
      data: { session: 'id-2', signal: { type: 'answer', sdp: 'again' } },
    });
    rebuilt.options.onConnect();
    rebuilt.options.onStream(namedStream('rebuilt connection'));
    expect(call.machine.getSnapshot().state).toBe('connected');
    expect(recording.getSnapshot().phase).toBe('recording');
    expect(fake.calls).toEqual(['start offset=0', 'recorder start', 'replace remote rebuilt connection']);
  });

  it('keeps a decline with the interview and records nothing', async () => {
    const { call, fake, recording } = await recordingCall();
    call.peer.options.onMessage({ type: 'recording-consent', accepted: false });
    await vi.waitFor(() => expect(fake.calls).toEqual(['declined']));
    expect(recording.getSnapshot().phase).toBe('off');
  });
});
