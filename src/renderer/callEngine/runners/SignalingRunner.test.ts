import { describe, expect, it, vi } from 'vitest';

import { callTestBed } from '../testing/callTestBed.ts';
import { installFakeCallEnvironment } from '../testing/installFakeCallEnvironment.ts';

const { room, setUp, connectedGuest, connectedHost } = callTestBed;

installFakeCallEnvironment();

describe('the room on the signalling server', () => {
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

describe('a room that closes or a server that goes away', () => {
  it('keeps a call that is up when the room vanishes with a restarted server', async () => {
    const call = await connectedGuest();
    call.server.emit({ type: 'error', code: 'unknown_room', message: 'restarted' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'connected', signalingOnline: false });
    call.server.emit({ type: 'refused', code: 'unknown_room' });
    expect(call.machine.getSnapshot().state).toBe('connected');
  });

  it('tells a waiting guest that the interview has ended when the room was closed (frame or close reason)', async () => {
    for (const event of [
      { type: 'refused', code: 'room_closed' },
      { type: 'error', code: 'room_closed', message: 'closed' },
    ] as const) {
      const call = setUp('guest');
      await call.machine.openLobby();
      call.machine.connect({ ...room, token: 'guest-secret' });
      call.server.emit(event as never);
      expect(call.machine.getSnapshot()).toMatchObject({ state: 'failed', problem: 'room_closed' });
    }
  });

  it('closes the room when the recruiter ends the call, but not when the candidate leaves', async () => {
    const host = await connectedHost();
    host.machine.end();
    expect(host.server).toMatchObject({ closed: true, endedRoom: true });
    const guest = await connectedGuest();
    guest.machine.end();
    expect(guest.server).toMatchObject({ closed: true, endedRoom: false });
  });

  it('says the server is unreachable when it never answers the join, instead of waiting forever', async () => {
    const call = setUp('guest');
    await call.machine.openLobby();
    call.machine.connect(room);
    vi.advanceTimersByTime(4_900);
    expect(call.machine.getSnapshot().state).toBe('lobby');
    vi.advanceTimersByTime(100);
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'failed', problem: 'server_unreachable' });
  });

  it('does not give up on a server that answered', async () => {
    const call = setUp('guest');
    await call.machine.openLobby();
    call.machine.connect(room);
    call.server.emit({ type: 'waiting', peerId: 'g1' });
    vi.advanceTimersByTime(60_000);
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'lobby', admission: 'waiting' });
  });
});
