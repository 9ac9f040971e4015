import { describe, expect, it } from 'vitest';
import type { PeerConnection } from './PeerConnection.ts';
import { Room } from './Room.ts';
import { RoomRegistry } from './RoomRegistry.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

// Records what a room sends, as a socket would receive it.
class FakeConnection implements PeerConnection {
  readonly isOpen = true;
  readonly frames: Record<string, unknown>[] = [];
  closed: { code: number; reason: string } | null = null;

  send(text: string): void {
    this.frames.push(JSON.parse(text) as Record<string, unknown>);
  }

  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }

  ofType(type: string): Record<string, unknown>[] {
    return this.frames.filter((frame) => frame.type === type);
  }
}

function newRoom(): Room {
  return new Room({
    roomId: 'room-1',
    hostToken: 'host-token',
    guestToken: 'guest-token',
    hostName: 'Ann',
    intro: null,
    expiresAtMilliseconds: Date.now() + 3_600_000,
    createIceServers: () => [],
  });
}

function joinOrThrow(room: Room, role: 'host' | 'guest', name: string, connection: PeerConnection) {
  const outcome = room.join(role, name, undefined, connection);
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.peer;
}

describe('Room', () => {
  it(`remembers at most ${signalingServerLimits.maximumDroppedKnockersKept} guests who knocked and dropped`, () => {
    const room = newRoom();
    for (let index = 0; index < 40; index += 1) {
      const connection = new FakeConnection();
      const guest = joinOrThrow(room, 'guest', `Filler ${index}`, connection);
      room.disconnect(guest, connection, Date.now() + index);
    }
    const kept = room.record.peers.filter((peer) => !peer.admitted);
    // The one about to knock next makes room for itself, so the bound holds after every join.
    expect(kept.length).toBeLessThanOrEqual(signalingServerLimits.maximumDroppedKnockersKept);
    expect(kept.map((peer) => peer.name)).toContain('Filler 39');
    expect(kept.map((peer) => peer.name)).not.toContain('Filler 0');
  });

  it('reports refused knocks to a connected host, a few at once, not a flood', () => {
    const room = newRoom();
    const hostConnection = new FakeConnection();
    joinOrThrow(room, 'host', 'Ann', hostConnection);
    for (let index = 0; index < 50; index += 1) room.reportRefusedKnock('invalid_token', `Eve ${index}`);
    const reports = hostConnection.ofType('knock-refused');
    expect(reports).toHaveLength(signalingServerLimits.knockRefusalReportBurst);
    expect(reports[0]).toEqual({ type: 'knock-refused', reason: 'invalid_token', name: 'Eve 0' });
  });

  it('is empty from the moment its last connection goes, and not while anyone is there', () => {
    const room = newRoom();
    expect(room.emptySinceMilliseconds).toBeNull();
    const hostConnection = new FakeConnection();
    const host = joinOrThrow(room, 'host', 'Ann', hostConnection);
    const guestConnection = new FakeConnection();
    const guest = joinOrThrow(room, 'guest', 'Bob', guestConnection);
    room.disconnect(host, hostConnection, 1000);
    expect(room.emptySinceMilliseconds).toBeNull();
    room.disconnect(guest, guestConnection, 2000);
    expect(room.emptySinceMilliseconds).toBe(2000);
    room.join('host', 'Ann', { peerId: host.peerId, resumeToken: host.resumeToken }, new FakeConnection());
    expect(room.emptySinceMilliseconds).toBeNull();
  });

  it('is rebuilt from its record with every slot, so a peer resumes with its resumeToken and skips the lobby', () => {
    const room = newRoom();
    const host = joinOrThrow(room, 'host', 'Ann', new FakeConnection());
    const guest = joinOrThrow(room, 'guest', 'Bob', new FakeConnection());
    room.admit(host, guest.peerId);
    const restored = Room.restore(JSON.parse(JSON.stringify(room.record)), () => [], Date.now());
    const connection = new FakeConnection();
    const outcome = restored.join(
      'guest',
      'Bob',
      { peerId: guest.peerId, resumeToken: guest.resumeToken },
      connection,
    );
    expect(outcome).toMatchObject({ peer: { peerId: guest.peerId, admitted: true } });
    expect(connection.frames[0]).toMatchObject({
      type: 'joined',
      peerId: guest.peerId,
      resumeToken: guest.resumeToken,
    });
    // Without the token the slot stays shut, restored or not.
    const stranger = new FakeConnection();
    restored.join('guest', 'Mallory', { peerId: host.peerId, resumeToken: undefined }, stranger);
    expect(stranger.frames[0]).toMatchObject({ type: 'waiting' });
    expect(stranger.frames[0]?.peerId).not.toBe(host.peerId);
  });
});

describe('RoomRegistry', () => {
  it('closes a room everyone left once the grace period has passed, and remembers it as closed', () => {
    const registry = new RoomRegistry({ createIceServers: () => [], reconnectGraceMilliseconds: 1000 });
    const room = registry.create({ hostName: null, intro: null, ttlSeconds: 3600 }, 0);
    const quiet = registry.create({ hostName: null, intro: null, ttlSeconds: 3600 }, 0);
    if (room === null || quiet === null) throw new Error('no room');
    const connection = new FakeConnection();
    const host = joinOrThrow(room, 'host', 'Ann', connection);
    room.disconnect(host, connection, 10_000);
    registry.sweep(10_999);
    expect(registry.lookup(room.roomId, 10_999).status).toBe('active');
    registry.sweep(11_000);
    expect(registry.lookup(room.roomId, 11_000).status).toBe('closed');
    // Nobody ever joined this one: it waits for its host until it expires.
    expect(registry.lookup(quiet.roomId, 11_000).status).toBe('active');
  });
});
