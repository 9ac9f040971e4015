import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallMachine } from './CallMachine.ts';
import { callTransitions, type CallState } from './CallState.ts';
import type { CallRole } from './CallSnapshot.ts';
import { fakeMedia, FakeMediaStream, type FakeTrack } from './testing/fakeMedia.ts';
import { fakePeerFactory } from './testing/FakePeer.ts';
import { fakeSignalingFactory } from './testing/FakeSignaling.ts';

const room = {
  webSocketUrl: 'ws://signal.test/ws',
  roomId: 'room-1',
  token: 'secret',
  name: 'Rita Recruiter',
};
const iceServers = [{ urls: ['turn:turn.test:3478'], username: 'u', credential: 'c' }];

function setUp(role: CallRole) {
  const signaling = fakeSignalingFactory();
  const peers = fakePeerFactory();
  const media = fakeMedia();
  let id = 0;
  const machine = new CallMachine({
    role,
    createSignaling: signaling,
    createPeer: peers,
    media,
    createId: () => `id-${(id += 1)}`,
    reconnectTimeoutMilliseconds: 30_000,
    disconnectedGraceMilliseconds: 3_000,
  });
  const states: CallState[] = [];
  machine.subscribe(() => {
    const { state } = machine.getSnapshot();
    if (states.at(-1) !== state) states.push(state);
  });
  return {
    machine,
    media,
    peers,
    states,
    get server() {
      return signaling.instances.at(-1)!;
    },
    get peer() {
      return peers.instances.at(-1)!;
    },
  };
}

/** Host in a call with guest "g1": lobby, admitted, offer made, connected. */
async function connectedHost() {
  const call = setUp('host');
  await call.machine.openLobby();
  call.machine.connect(room);
  call.server.emit({ type: 'joined', peerId: 'h1', role: 'host', peers: [], iceServers });
  call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara Candidate' });
  call.machine.admit('g1');
  call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
  call.peer.options.onConnect();
  return call;
}

async function connectedGuest() {
  const call = setUp('guest');
  await call.machine.openLobby();
  call.machine.connect({ ...room, name: 'Cara Candidate', token: 'guest-secret' });
  call.server.emit({ type: 'waiting', peerId: 'g1' });
  call.server.emit({
    type: 'joined',
    peerId: 'g1',
    role: 'guest',
    peers: [{ peerId: 'h1', role: 'host', name: 'Rita Recruiter' }],
    iceServers,
  });
  call.server.emit({
    type: 'signal',
    from: 'h1',
    data: { session: 's1', signal: { type: 'offer', sdp: 'x' } },
  });
  call.peer.options.onConnect();
  return call;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('MediaStream', FakeMediaStream);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the transition table', () => {
  it('lets nothing leave ended or failed, and everything reach them', () => {
    expect(callTransitions.ended).toEqual([]);
    expect(callTransitions.failed).toEqual([]);
    for (const state of ['idle', 'lobby', 'connecting', 'connected', 'reconnecting'] as const) {
      expect(callTransitions[state]).toContain('ended');
      expect(callTransitions[state]).toContain('failed');
    }
  });
});

describe('the lobby', () => {
  it('starts idle and moves to lobby with a camera preview and the device lists', async () => {
    const { machine } = setUp('guest');
    expect(machine.getSnapshot().state).toBe('idle');
    await machine.openLobby();
    const snapshot = machine.getSnapshot();
    expect(snapshot.state).toBe('lobby');
    expect(snapshot.localStream?.getTracks().map((track) => track.kind)).toEqual(['video', 'audio']);
    expect(snapshot.devices.cameras).toHaveLength(2);
    expect(snapshot.cameraId).toBe('cam-1');
    expect(snapshot.microphoneId).toBe('mic-1');
  });

  it('explains a blocked camera and recovers when the person allows it and tries again', async () => {
    const { machine, media } = setUp('guest');
    media.failWith = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    await machine.openLobby();
    expect(machine.getSnapshot()).toMatchObject({
      state: 'lobby',
      mediaProblem: 'denied',
      localStream: null,
    });
    expect(machine.getSnapshot().mediaMessage).toMatch(/blocked/i);
    media.failWith = null;
    await machine.retryMedia();
    expect(machine.getSnapshot()).toMatchObject({ mediaProblem: null, mediaMessage: null });
    expect(machine.getSnapshot().localStream).not.toBeNull();
  });

  it('stops a camera that is granted only after the machine was disposed, instead of keeping it on', async () => {
    const { machine, media } = setUp('guest');
    const acquire = media.acquire.bind(media);
    let grant: () => void = () => {};
    const granted = new Promise<void>((resolve) => (grant = resolve));
    let stream: MediaStream | null = null;
    media.acquire = async (request) => {
      await granted;
      stream = await acquire(request);
      return stream;
    };
    const opening = machine.openLobby();
    machine.dispose();
    grant();
    await opening;
    expect(stream).not.toBeNull();
    expect(stream!.getTracks().every((track) => (track as unknown as { stopped: boolean }).stopped)).toBe(
      true,
    );
    expect(machine.getSnapshot().localStream).toBeNull();
  });

  it('says so when there is no camera or microphone at all', async () => {
    const { machine, media } = setUp('guest');
    media.failWith = Object.assign(new Error('Requested device not found'), { name: 'NotFoundError' });
    await machine.openLobby();
    expect(machine.getSnapshot().mediaProblem).toBe('no-devices');
    expect(machine.getSnapshot().mediaMessage).toMatch(/no camera or microphone/i);
  });
});

describe('the host', () => {
  it('waits in the lobby, offers to the waiting guest at once, admits, and connects, starting the timer', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    expect(call.server.options).toMatchObject({ url: room.webSocketUrl, roomId: 'room-1', token: 'secret' });
    expect(call.server.connected).toBe(true);
    call.server.emit({ type: 'joined', peerId: 'h1', role: 'host', peers: [], iceServers });
    expect(call.machine.getSnapshot().state).toBe('lobby');
    // The offer is made in the lobby, before anyone waits; its signals are held until a guest arrives.
    const peer = call.peer;
    expect(peer.options.initiator).toBe(true);
    expect(peer.options.iceServers).toEqual(iceServers);
    expect(peer.options.stream?.getTracks()).toHaveLength(2);
    peer.options.onSignal({ type: 'offer', sdp: 'v=0' });
    peer.options.onSignal({ candidate: 'c1' });
    expect(call.server.signals()).toEqual([]);

    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara Candidate' });
    expect(call.machine.getSnapshot().waitingGuests).toEqual([{ peerId: 'g1', name: 'Cara Candidate' }]);
    // Addressed to the waiting guest now; the server holds them until the guest is admitted.
    expect(call.server.sent.slice(-2)).toEqual([
      { type: 'signal', to: 'g1', data: { session: 'id-1', signal: { type: 'offer', sdp: 'v=0' } } },
      { type: 'signal', to: 'g1', data: { session: 'id-1', signal: { candidate: 'c1' } } },
    ]);
    peer.options.onSignal({ candidate: 'c2' });
    expect(call.server.sent.at(-1)).toEqual({
      type: 'signal',
      to: 'g1',
      data: { session: 'id-1', signal: { candidate: 'c2' } },
    });
    expect(call.machine.getSnapshot().state).toBe('lobby');
    expect(call.peers.instances).toHaveLength(1);

    call.machine.admit('g1');
    expect(call.server.sent.at(-1)).toEqual({ type: 'admit', peerId: 'g1' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connecting', waitingGuests: [] });
    expect(call.machine.getSnapshot().remote.name).toBe('Cara Candidate');
    call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
    expect(call.peers.instances).toHaveLength(1);

    call.server.emit({
      type: 'signal',
      from: 'g1',
      data: { session: 'id-1', signal: { type: 'answer', sdp: 'v=0' } },
    });
    expect(peer.received).toEqual([{ type: 'answer', sdp: 'v=0' }]);

    peer.options.onConnect();
    const remoteStream = new FakeMediaStream() as unknown as MediaStream;
    peer.options.onStream(remoteStream);
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connected', remoteStream, elapsedSeconds: 0 });
    expect(call.machine.getSnapshot().startedAt).not.toBeNull();
    expect(peer.sent).toEqual([
      { type: 'mute-state', muted: false },
      { type: 'camera-state', off: false },
    ]);
    expect(call.states).toEqual(['lobby', 'connecting', 'connected']);

    vi.advanceTimersByTime(65_000);
    expect(call.machine.getSnapshot().elapsedSeconds).toBe(65);
  });

  it('drops the prepared offer when that guest is turned away or leaves, and prepares one for the next', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'First' });
    call.server.emit({ type: 'guest-waiting', peerId: 'g2', name: 'Second' });
    call.server.emit({ type: 'guest-waiting', peerId: 'g3', name: 'Third' });
    expect(call.peers.instances).toHaveLength(1);
    const first = call.peer;
    first.options.onSignal({ candidate: 'c1' });
    expect(call.server.signals().at(-1)).toEqual({ session: 'id-1', signal: { candidate: 'c1' } });

    call.machine.deny('g1');
    expect(first.destroyed).toBe(true);
    const second = call.peer;
    second.options.onSignal({ type: 'offer' });
    expect(call.server.sent.at(-1)).toMatchObject({ type: 'signal', to: 'g2' });

    call.server.emit({ type: 'peer-left', peerId: 'g2' });
    expect(second.destroyed).toBe(true);
    call.peer.options.onSignal({ type: 'offer' });
    expect(call.server.sent.at(-1)).toMatchObject({ type: 'signal', to: 'g3' });
    expect(call.machine.getSnapshot().state).toBe('lobby');
  });

  it('admitting someone other than the prepared guest starts a fresh offer for them', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'First' });
    call.server.emit({ type: 'guest-waiting', peerId: 'g2', name: 'Second' });
    const prepared = call.peer;
    call.machine.admit('g2');
    expect(prepared.destroyed).toBe(true);
    call.server.emit({ type: 'peer-joined', peerId: 'g2', role: 'guest', name: 'Second' });
    expect(call.peers.instances).toHaveLength(2);
    call.peer.options.onSignal({ type: 'offer' });
    expect(call.server.sent.at(-1)).toMatchObject({ type: 'signal', to: 'g2' });
  });

  it('makes a new offer when the prepared one broke while the guest waited', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara' });
    call.peer.options.onClose('ERR_CONNECTION_FAILURE');
    expect(call.machine.getSnapshot().state).toBe('lobby');
    call.machine.admit('g1');
    call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara' });
    expect(call.peers.instances).toHaveLength(2);
    expect(call.peer.destroyed).toBe(false);
  });

  it('ignores signals from anyone but the admitted guest, and from stale sessions', async () => {
    const call = await connectedHost();
    call.server.emit({
      type: 'signal',
      from: 'intruder',
      data: { session: 'id-1', signal: { candidate: 'x' } },
    });
    call.server.emit({ type: 'signal', from: 'g1', data: { session: 'old', signal: { candidate: 'y' } } });
    call.server.emit({ type: 'signal', from: 'g1', data: 'not an envelope' });
    expect(call.peer.received).toEqual([]);
  });

  it('turns a guest away with deny', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'guest-waiting', peerId: 'g9', name: 'Spammer' });
    call.machine.deny('g9');
    expect(call.server.sent).toContainEqual({ type: 'deny', peerId: 'g9' });
    expect(call.machine.getSnapshot().waitingGuests).toEqual([]);
    expect(call.machine.getSnapshot().state).toBe('lobby');
  });

  it('drops a waiting guest who left before being admitted', async () => {
    const call = setUp('host');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara' });
    call.server.emit({ type: 'peer-left', peerId: 'g1' });
    expect(call.machine.getSnapshot().waitingGuests).toEqual([]);
  });

  it('goes back to the lobby when the guest hangs up, keeping the call clock', async () => {
    const call = await connectedHost();
    vi.advanceTimersByTime(10_000);
    const inCall = call.peer;
    inCall.options.onMessage({ type: 'bye' });
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'lobby',
      remoteLeft: true,
      remoteStream: null,
    });
    expect(inCall.destroyed).toBe(true);
    // Ready for the candidate to come back: a fresh offer is prepared, held until someone waits.
    expect(call.peers.instances).toHaveLength(2);
    call.peer.options.onSignal({ type: 'offer' });
    expect(call.server.signals().at(-1)).not.toMatchObject({ signal: { type: 'offer' } });
    call.server.emit({ type: 'guest-waiting', peerId: 'g7', name: 'Cara again' });
    expect(call.server.sent.at(-1)).toMatchObject({
      type: 'signal',
      to: 'g7',
      data: { signal: { type: 'offer' } },
    });
    vi.advanceTimersByTime(5_000);
    expect(call.machine.getSnapshot().elapsedSeconds).toBe(15);
  });
});

describe('the guest', () => {
  it('waits to be let in, then answers the host’s offer and connects', async () => {
    const call = setUp('guest');
    await call.machine.openLobby();
    call.machine.connect({ ...room, name: 'Cara Candidate', token: 'guest-secret' });
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'lobby',
      admission: 'waiting',
      localName: 'Cara Candidate',
    });
    call.server.emit({ type: 'waiting', peerId: 'g1' });
    expect(call.machine.getSnapshot().admission).toBe('waiting');

    call.server.emit({
      type: 'joined',
      peerId: 'g1',
      role: 'guest',
      peers: [{ peerId: 'h1', role: 'host', name: 'Rita Recruiter' }],
      iceServers,
    });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connecting', admission: 'admitted' });
    expect(call.machine.getSnapshot().remote.name).toBe('Rita Recruiter');
    expect(call.peers.instances).toHaveLength(0);

    call.server.emit({
      type: 'signal',
      from: 'h1',
      data: { session: 's1', signal: { type: 'offer', sdp: 'v=0' } },
    });
    expect(call.peer.options.initiator).toBe(false);
    expect(call.peer.received).toEqual([{ type: 'offer', sdp: 'v=0' }]);
    // The host's media arrives while the answer is being made; it is shown once the answer is out.
    const remoteStream = new FakeMediaStream() as unknown as MediaStream;
    call.peer.options.onStream(remoteStream);
    expect(call.machine.getSnapshot().remoteStream).toBeNull();
    call.peer.options.onSignal({ type: 'answer', sdp: 'v=0' });
    expect(call.machine.getSnapshot().remoteStream).toBe(remoteStream);
    expect(call.server.sent.at(-1)).toEqual({
      type: 'signal',
      to: 'h1',
      data: { session: 's1', signal: { type: 'answer', sdp: 'v=0' } },
    });
    call.peer.options.onConnect();
    expect(call.machine.getSnapshot().state).toBe('connected');
    expect(call.states).toEqual(['lobby', 'connecting', 'connected']);
  });

  it('ends when the host ends the call, whichever way the goodbye arrives', async () => {
    const viaDataChannel = await connectedGuest();
    viaDataChannel.peer.options.onMessage({ type: 'bye' });
    expect(viaDataChannel.machine.getSnapshot()).toMatchObject({ state: 'ended', endedBy: 'remote' });

    const viaSignaling = await connectedGuest();
    viaSignaling.server.emit({ type: 'signal', from: 'h1', data: { session: 's1', control: 'bye' } });
    expect(viaSignaling.machine.getSnapshot()).toMatchObject({ state: 'ended', endedBy: 'remote' });
  });

  it.each([
    ['room_expired', 'room_expired'],
    ['room_full', 'room_full'],
    ['unknown_room', 'unknown_room'],
    ['invalid_token', 'invalid_token'],
    ['denied', 'denied'],
  ] as const)('fails with %s when the server refuses the room', async (code, problem) => {
    const call = setUp('guest');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'error', code, message: 'no' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'failed', problem, localStream: null });
    expect(call.server.closed).toBe(true);
  });

  it('shrugs off errors that are not about the room', async () => {
    const call = await connectedGuest();
    call.server.emit({ type: 'error', code: 'rate_limited', message: 'slow down' });
    call.server.emit({ type: 'error', code: 'unknown_peer', message: 'who' });
    expect(call.machine.getSnapshot().state).toBe('connected');
  });

  it('fails as unreachable when signalling gives up before the call connected', async () => {
    const call = setUp('guest');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'gave-up', reason: 'attempts' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'failed', problem: 'server_unreachable' });
  });

  it('keeps a connected call when only signalling goes away', async () => {
    const call = await connectedGuest();
    call.server.emit({ type: 'connection', online: false, attempt: 1 });
    call.server.emit({ type: 'gave-up', reason: 'attempts' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connected', signalingOnline: false });
  });
});

describe('in the call', () => {
  it('sends and receives chat over the data channel, ignoring duplicates', async () => {
    const call = await connectedHost();
    expect(call.machine.sendChat('  Hello Cara  ')).toBe(true);
    expect(call.machine.sendChat('   ')).toBe(false);
    expect(call.peer.sent.at(-1)).toMatchObject({ type: 'chat', text: 'Hello Cara', name: 'Rita Recruiter' });
    const incoming = {
      type: 'chat' as const,
      id: 'm-remote',
      text: 'Hi Rita',
      sentAt: '2030-01-01T00:00:00.000Z',
      name: 'Cara',
    };
    call.peer.options.onMessage(incoming);
    call.peer.options.onMessage(incoming);
    expect(call.machine.getSnapshot().chat.map((line) => [line.from, line.text])).toEqual([
      ['local', 'Hello Cara'],
      ['remote', 'Hi Rita'],
    ]);
  });

  it('mutes by disabling the microphone track and tells the other side; shows the other side’s mute', async () => {
    const call = await connectedHost();
    call.machine.setMuted(true);
    const audio = call.peer.options.stream!.getAudioTracks()[0]!;
    expect(audio.enabled).toBe(false);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'mute-state', muted: true });
    call.machine.setCameraOff(true);
    expect(call.peer.options.stream!.getVideoTracks()[0]!.enabled).toBe(false);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'camera-state', off: true });

    call.peer.options.onMessage({ type: 'mute-state', muted: true });
    call.peer.options.onMessage({ type: 'camera-state', off: true });
    expect(call.machine.getSnapshot().remote).toMatchObject({ muted: true, cameraOff: true });
  });

  it('switches camera and microphone mid-call with replaceTrack, on the same stream, without a new peer', async () => {
    const call = await connectedHost();
    const stream = call.peer.options.stream!;
    const oldVideo = stream.getVideoTracks()[0] as unknown as FakeTrack;
    call.machine.setCameraOff(true);
    await call.machine.selectCamera('cam-2');
    expect(call.peer.replaced).toHaveLength(1);
    const { oldTrack, newTrack, stream: passedStream } = call.peer.replaced[0]!;
    expect(oldTrack).toBe(oldVideo);
    expect(passedStream).toBe(stream);
    expect((newTrack as unknown as FakeTrack).deviceId).toBe('cam-2');
    expect(newTrack.enabled).toBe(false);
    expect(oldVideo.stopped).toBe(true);
    expect(stream.getVideoTracks()).toEqual([newTrack]);

    await call.machine.selectMicrophone('mic-2');
    expect(call.peer.replaced).toHaveLength(2);
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      cameraId: 'cam-2',
      microphoneId: 'mic-2',
    });
    expect(call.peers.instances).toHaveLength(1);
  });

  it('keeps the old device when the new one cannot be opened', async () => {
    const call = await connectedHost();
    call.media.failWith = Object.assign(new Error('busy'), { name: 'NotReadableError' });
    await call.machine.selectCamera('cam-2');
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      cameraId: 'cam-1',
      mediaProblem: 'in-use',
    });
    expect(call.peer.replaced).toHaveLength(0);
  });

  it('ends on hang-up: says bye both ways, leaves the room, releases devices and stops the clock', async () => {
    const call = await connectedHost();
    const tracks = call.peer.options.stream!.getTracks() as unknown as FakeTrack[];
    vi.advanceTimersByTime(3_500);
    call.machine.end();
    const snapshot = call.machine.getSnapshot();
    expect(snapshot).toMatchObject({
      state: 'ended',
      endedBy: 'local',
      elapsedSeconds: 3,
      localStream: null,
    });
    expect(snapshot.endedAt).not.toBeNull();
    expect(call.peer.sent).toContainEqual({ type: 'bye' });
    expect(call.server.signals().at(-1)).toEqual({ session: 'id-1', control: 'bye' });
    expect(call.server.closed).toBe(true);
    expect(call.peer.destroyed).toBe(true);
    expect(tracks.every((track) => track.stopped)).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(call.machine.getSnapshot().elapsedSeconds).toBe(3);
  });

  it('ignores every late event once ended', async () => {
    const call = await connectedHost();
    const peer = call.peer;
    call.machine.end();
    peer.options.onConnect();
    peer.options.onClose('closed');
    call.server.emit({ type: 'guest-waiting', peerId: 'g2', name: 'Late' });
    call.server.emit({ type: 'error', code: 'room_expired', message: 'gone' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'ended', waitingGuests: [], problem: null });
  });
});

describe('reconnection', () => {
  it('host: a dropped peer is rebuilt as a new session; the old session’s signals are ignored', async () => {
    const call = await connectedHost();
    const first = call.peer;
    const startedAt = call.machine.getSnapshot().startedAt;
    first.options.onClose('ERR_ICE_CONNECTION_FAILURE');
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'reconnecting', remoteStream: null });
    expect(first.destroyed).toBe(true);
    const second = call.peer;
    expect(second).not.toBe(first);
    expect(second.options.initiator).toBe(true);
    second.options.onSignal({ type: 'offer', sdp: 'again' });
    expect(call.server.signals().at(-1)).toEqual({
      session: 'id-2',
      signal: { type: 'offer', sdp: 'again' },
    });
    call.server.emit({
      type: 'signal',
      from: 'g1',
      data: { session: 'id-1', signal: { type: 'answer', sdp: 'old' } },
    });
    expect(second.received).toEqual([]);
    second.options.onConnect();
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connected', startedAt });
    expect(call.states).toEqual(['lobby', 'connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('guest: a dropped peer asks the host for a new offer and follows the new session', async () => {
    const call = await connectedGuest();
    const first = call.peer;
    first.options.onClose('ERR_CONNECTION_FAILURE');
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    expect(call.server.signals().at(-1)).toEqual({ session: 's1', control: 'restart' });
    call.server.emit({
      type: 'signal',
      from: 'h1',
      data: { session: 's2', signal: { type: 'offer', sdp: 'new' } },
    });
    const second = call.peer;
    expect(second).not.toBe(first);
    expect(second.options.initiator).toBe(false);
    expect(second.received).toEqual([{ type: 'offer', sdp: 'new' }]);
    second.options.onConnect();
    expect(call.machine.getSnapshot().state).toBe('connected');
  });

  it('host: answers a guest’s restart request for the current session only', async () => {
    const call = await connectedHost();
    call.server.emit({ type: 'signal', from: 'g1', data: { session: 'stale', control: 'restart' } });
    expect(call.peers.instances).toHaveLength(1);
    call.server.emit({ type: 'signal', from: 'g1', data: { session: 'id-1', control: 'restart' } });
    expect(call.peers.instances).toHaveLength(2);
  });

  it('waits out a short ICE blip without rebuilding', async () => {
    const call = await connectedHost();
    call.peer.options.onIceState('disconnected');
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    call.peer.options.onIceState('connected');
    expect(call.machine.getSnapshot().state).toBe('connected');
    vi.advanceTimersByTime(10_000);
    expect(call.peers.instances).toHaveLength(1);
  });

  it('rebuilds when ICE stays disconnected past the grace period', async () => {
    const call = await connectedHost();
    call.peer.options.onIceState('disconnected');
    vi.advanceTimersByTime(3_000);
    expect(call.peers.instances).toHaveLength(2);
    expect(call.peers.instances[0]!.destroyed).toBe(true);
  });

  it('fails as connection lost when no new connection comes up in time', async () => {
    const call = await connectedHost();
    call.peer.options.onClose('closed');
    vi.advanceTimersByTime(29_000);
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'failed', problem: 'connection_lost' });
  });

  it('host: rebuilds when the guest comes back to signalling while the media path is down', async () => {
    const call = await connectedHost();
    call.peer.options.onClose('closed');
    const afterDrop = call.peers.instances.length;
    call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
    expect(call.peers.instances.length).toBe(afterDrop + 1);
    call.peer.options.onConnect();
    call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
    expect(call.peers.instances.length).toBe(afterDrop + 1);
  });

  it('adds media that arrived after the connection was made', async () => {
    const call = setUp('guest');
    call.machine.connect({ ...room, name: 'Cara' });
    call.server.emit({
      type: 'joined',
      peerId: 'g1',
      role: 'guest',
      peers: [{ peerId: 'h1', role: 'host', name: 'R' }],
      iceServers,
    });
    call.server.emit({ type: 'signal', from: 'h1', data: { session: 's1', signal: { type: 'offer' } } });
    expect(call.peer.options.stream).toBeNull();
    await call.machine.retryMedia();
    expect(call.peer.added.map((track) => track.kind)).toEqual(['video', 'audio']);
  });
});
