import { describe, expect, it } from 'vitest';
import { parsePeerMessage } from './messages/parsePeerMessage.ts';
import { callTestBed } from './testing/callTestBed.ts';
import { installFakeCallEnvironment } from './testing/installFakeCallEnvironment.ts';

const { connectedHost, connectedGuest, setUp, room, iceServers } = callTestBed;

installFakeCallEnvironment();

describe('recording consent', () => {
  it('the host asks once the call connects; nothing records until the candidate accepts', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.setRecordingWanted(true);
    call.machine.connect(room);
    call.server.emit({ type: 'joined', peerId: 'h1', role: 'host', peers: [], iceServers });
    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara Candidate' });
    call.machine.admit('g1');
    call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
    call.peer.options.onConnect();
    expect(call.peer.sent).toContainEqual({ type: 'recording-request' });
    expect(call.machine.getSnapshot().recording).toMatchObject({ consent: 'asked', active: false });

    // Not yet agreed: the recorder cannot be marked running.
    call.machine.recordingStarted();
    expect(call.machine.getSnapshot().recording.active).toBe(false);

    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    call.machine.recordingStarted();
    expect(call.machine.getSnapshot().recording).toMatchObject({ consent: 'accepted', active: true });
    expect(call.peer.sent.at(-1)).toEqual({ type: 'recording-state', recording: true });
  });

  it('a decline is final, and the candidate cannot switch recording on', async () => {
    const call = await connectedHost();
    call.machine.setRecordingWanted(true);
    call.peer.options.onMessage({ type: 'recording-consent', accepted: false });
    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    expect(call.machine.getSnapshot().recording.consent).toBe('declined');
    call.peer.options.onMessage({ type: 'recording-state', recording: true });
    call.machine.recordingStarted();
    expect(call.machine.getSnapshot().recording.active).toBe(false);
  });

  it('the candidate’s "Stop recording" stops the host’s recording for the rest of the call', async () => {
    const call = await connectedHost();
    call.machine.setRecordingWanted(true);
    call.peer.options.onMessage({ type: 'recording-consent', accepted: true });
    call.machine.recordingStarted();
    call.peer.options.onMessage({ type: 'recording-state', recording: false });
    expect(call.machine.getSnapshot().recording).toMatchObject({ active: false, stoppedBy: 'remote' });
    call.machine.recordingStarted();
    expect(call.machine.getSnapshot().recording.active).toBe(false);
  });

  it('the guest is asked, answers, shows REC only after agreeing, and can stop it', async () => {
    const call = await connectedGuest();
    call.peer.options.onMessage({ type: 'recording-state', recording: true });
    expect(call.machine.getSnapshot().recording.active).toBe(false);
    call.peer.options.onMessage({ type: 'recording-request' });
    expect(call.machine.getSnapshot().recording.consent).toBe('asked');
    call.machine.answerRecording(true);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'recording-consent', accepted: true });
    call.peer.options.onMessage({ type: 'recording-state', recording: true });
    expect(call.machine.getSnapshot().recording.active).toBe(true);
    call.machine.stopRecording();
    expect(call.peer.sent.at(-1)).toEqual({ type: 'recording-state', recording: false });
    expect(call.machine.getSnapshot().recording).toMatchObject({ active: false, stoppedBy: 'local' });
  });

  it('checks the recording messages like every other', () => {
    expect(parsePeerMessage({ type: 'recording-consent', accepted: 'yes' })).toBeNull();
    expect(parsePeerMessage({ type: 'recording-state' })).toBeNull();
    expect(parsePeerMessage({ type: 'recording-request', extra: 'x'.repeat(10) })).toEqual({
      type: 'recording-request',
    });
  });
});
