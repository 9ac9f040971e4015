import { describe, expect, it, vi } from 'vitest';
import { FakeMediaStream } from '../testing/fakeMedia.ts';
import { inboundStats } from '../testing/inboundStats.ts';
import { callTestBed } from '../testing/callTestBed.ts';
import { installFakeCallEnvironment } from '../testing/installFakeCallEnvironment.ts';

const { connectedHost, connectedGuest } = callTestBed;

installFakeCallEnvironment();

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

  it('restarts ICE when it stays disconnected past the grace period, and rebuilds when that does not help', async () => {
    const call = await connectedHost();
    call.peer.options.onIceState('disconnected');
    vi.advanceTimersByTime(3_000);
    expect(call.peers.instances).toHaveLength(1);
    expect(call.peer.iceRestarts).toBe(1);
    vi.advanceTimersByTime(5_000);
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
});

describe('ICE restart before rebuilding', () => {
  it('host: restarts ICE on the same connection when it fails, and shows the candidate again once ICE is back', async () => {
    const call = await connectedHost();
    const remote = new FakeMediaStream() as unknown as MediaStream;
    call.peer.options.onStream(remote);
    call.peer.options.onIceState('failed');
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'reconnecting', remoteStream: null });
    expect(call.peer.iceRestarts).toBe(1);
    expect(call.peers.instances).toHaveLength(1);
    call.peer.options.onIceState('connected');
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connected', remoteStream: remote });
    expect(call.states.slice(-2)).toEqual(['reconnecting', 'connected']);
  });

  it('guest: asks the host for an ICE restart on its session; the host restarts the same connection', async () => {
    const guest = await connectedGuest();
    guest.peer.options.onIceState('failed');
    expect(guest.machine.getSnapshot().state).toBe('reconnecting');
    expect(guest.server.signals().at(-1)).toEqual({ session: 's1', control: 'ice-restart' });
    expect(guest.peers.instances).toHaveLength(1);

    const host = await connectedHost();
    host.peer.options.onIceState('failed');
    expect(host.peer.iceRestarts).toBe(1);
    // The guest noticed too: one restart answers both.
    host.server.emit({ type: 'signal', from: 'g1', data: { session: 'id-1', control: 'ice-restart' } });
    expect(host.peer.iceRestarts).toBe(1);
    expect(host.peers.instances).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    host.server.emit({ type: 'signal', from: 'g1', data: { session: 'id-1', control: 'ice-restart' } });
    expect(host.peer.iceRestarts).toBe(2);
  });

  it('guest: asks for a new connection when the ICE restart did not bring it back in time', async () => {
    const call = await connectedGuest();
    call.peer.options.onIceState('failed');
    vi.advanceTimersByTime(5_000);
    expect(call.server.signals().at(-1)).toEqual({ session: 's1', control: 'restart' });
    expect(call.peers.instances[0]!.destroyed).toBe(true);
  });

  it('follows the media: connected ICE with nothing coming in is reconnecting, and flowing media is connected', async () => {
    const call = await connectedHost();
    call.peer.options.onIceState('connected');
    call.peer.stats = inboundStats(100);
    await vi.advanceTimersByTimeAsync(1_000);
    call.peer.stats = inboundStats(150);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.machine.getSnapshot().quality.local).toMatchObject({ level: 'good', lossPercent: 0 });
    expect(call.peer.sent.at(-1)).toMatchObject({ type: 'quality', report: { level: 'good' } });

    // Nothing more arrives, though ICE never left "connected".
    await vi.advanceTimersByTimeAsync(2_000);
    expect(call.machine.getSnapshot().state).toBe('connected');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    expect(call.peer.iceRestarts).toBe(1);
    // ICE saying "connected" again is not enough; media must flow.
    call.peer.options.onIceState('connected');
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    call.peer.stats = inboundStats(200);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.machine.getSnapshot().state).toBe('connected');
    expect(call.peers.instances).toHaveLength(1);
  });

  it('does not take packets counted before ICE failed as proof that it recovered', async () => {
    const call = await connectedHost();
    call.peer.stats = inboundStats(100);
    await vi.advanceTimersByTimeAsync(1_000);
    call.peer.stats = inboundStats(150);
    await vi.advanceTimersByTimeAsync(500);
    call.peer.options.onIceState('failed');
    // This reading's second began before the failure.
    await vi.advanceTimersByTimeAsync(500);
    expect(call.machine.getSnapshot().state).toBe('reconnecting');
    call.peer.stats = inboundStats(200);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.machine.getSnapshot().state).toBe('connected');
  });

  it('shows the other side’s figures as they send them', async () => {
    const call = await connectedGuest();
    const report = {
      level: 'poor' as const,
      roundTripMilliseconds: 700,
      lossPercent: 12,
      jitterMilliseconds: 40,
      bitrateKilobits: 90,
      framesPerSecond: 6,
    };
    call.peer.options.onMessage({ type: 'quality', report });
    expect(call.machine.getSnapshot().quality.remote).toEqual(report);
  });

  it('renegotiates peer to peer over the data channel when the signalling server is gone', async () => {
    const call = await connectedHost();
    call.server.emit({ type: 'gave-up', reason: 'attempts' });
    expect(call.machine.getSnapshot().state).toBe('connected');
    call.peer.options.onIceState('failed');
    expect(call.peer.iceRestarts).toBe(1);
    call.peer.options.onSignal({ type: 'offer', sdp: 'restart' });
    expect(call.peer.sent.at(-1)).toEqual({
      type: 'signal',
      data: { session: 'id-1', signal: { type: 'offer', sdp: 'restart' } },
    });
    const sentToServer = call.server.sent.length;
    call.peer.options.onMessage({
      type: 'signal',
      data: { session: 'id-1', signal: { type: 'answer', sdp: 'a' } },
    });
    expect(call.peer.received.at(-1)).toEqual({ type: 'answer', sdp: 'a' });
    expect(call.server.sent).toHaveLength(sentToServer);
  });
});
