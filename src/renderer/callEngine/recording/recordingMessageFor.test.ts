import { describe, expect, it } from 'vitest';
import type { RecordingStatus } from '../CallSnapshot.ts';
import { recordingMessageFor } from './recordingMessageFor.ts';

const status = (change: Partial<RecordingStatus>): RecordingStatus => ({
  wanted: true,
  consent: 'unasked',
  active: false,
  stoppedBy: null,
  ...change,
});

describe('recordingMessageFor', () => {
  it('asks until the guest answers, also after a reconnection while the question is open', () => {
    expect(recordingMessageFor(status({}))).toEqual({ type: 'recording-request' });
    expect(recordingMessageFor(status({ consent: 'asked' }))).toEqual({ type: 'recording-request' });
  });

  it('tells an accepting guest that REC is on, and says nothing once it stopped or was declined', () => {
    expect(recordingMessageFor(status({ consent: 'accepted', active: true }))).toEqual({
      type: 'recording-state',
      recording: true,
    });
    expect(
      recordingMessageFor(status({ consent: 'accepted', active: false, stoppedBy: 'remote' })),
    ).toBeNull();
    expect(recordingMessageFor(status({ consent: 'declined' }))).toBeNull();
  });

  it('sends nothing when the recruiter did not choose to record', () => {
    expect(recordingMessageFor(status({ wanted: false }))).toBeNull();
  });
});
