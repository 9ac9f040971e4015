import { describe, expect, it, vi } from 'vitest';
import type { PeerMessage } from '../messages/PeerMessage.ts';
import { FakeMediaStream } from '../testing/fakeMedia.ts';
import { callTestBed } from '../testing/callTestBed.ts';
import { installFakeCallEnvironment } from '../testing/installFakeCallEnvironment.ts';

const { room, iceServers, setUp, connectedHost, connectedGuest } = callTestBed;

installFakeCallEnvironment();

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
      { type: 'device-state', camera: 'working', microphone: 'working' },
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

  it('with the camera blocked, joins with nothing and tells the host, who can say so', async () => {
    const guest = await connectedGuest((call) => {
      call.media.failWith = new DOMException('Permission denied', 'NotAllowedError');
    });
    expect(guest.machine.getSnapshot()).toMatchObject({ mediaProblem: 'denied', localStream: null });
    expect(guest.peer.options.stream ?? null).toBeNull();
    expect(guest.peer.sent).toContainEqual({
      type: 'device-state',
      camera: 'blocked',
      microphone: 'blocked',
    });

    // Allowed meanwhile: "Try again" brings the devices and says they work now.
    guest.media.failWith = null;
    await guest.machine.retryMedia();
    expect(guest.peer.sent.at(-1)).toEqual({
      type: 'device-state',
      camera: 'working',
      microphone: 'working',
    });

    const host = await connectedHost();
    host.peer.options.onMessage({ type: 'device-state', camera: 'blocked', microphone: 'missing' });
    expect(host.machine.getSnapshot().remoteDevices).toEqual({ camera: 'blocked', microphone: 'missing' });
    // What arrives is untrusted until checked: an unknown state changes nothing.
    host.peer.options.onMessage({
      type: 'device-state',
      camera: 'on fire',
      microphone: 'working',
    } as unknown as PeerMessage);
    expect(host.machine.getSnapshot().remoteDevices).toEqual({ camera: 'blocked', microphone: 'missing' });
  });
});
