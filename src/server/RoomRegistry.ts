import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { IceServer } from '../shared/signaling/IceServer.ts';
import { Room } from './Room.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

interface RoomRegistrySettings {
  createIceServers: () => IceServer[];
  reconnectGraceMilliseconds: number;
}

interface NewRoomDetails {
  hostName: string | null;
  intro: string | null;
  ttlSeconds: number;
}

type RoomLookup =
  | { status: 'active'; room: Room }
  | { status: 'expired'; expiresAtMilliseconds: number }
  | { status: 'unknown' };

// All rooms of one server, in memory only: a restart forgets rooms but never touches calls that are already peer-to-peer.
export class RoomRegistry {
  private readonly settings: RoomRegistrySettings;
  private readonly rooms = new Map<string, Room>();
  // Remembered for a while so late joiners hear "expired" rather than "unknown", which a UI can explain better.
  private readonly expiredRooms = new Map<string, number>();

  constructor(settings: RoomRegistrySettings) {
    this.settings = settings;
  }

  create(details: NewRoomDetails, nowMilliseconds = Date.now()): Room | null {
    if (this.rooms.size >= signalingServerLimits.maximumActiveRooms) return null;
    const room = new Room({
      roomId: createRandomIdentifier(16),
      hostToken: createRandomIdentifier(32),
      guestToken: createRandomIdentifier(32),
      hostName: details.hostName,
      intro: details.intro,
      expiresAtMilliseconds: nowMilliseconds + details.ttlSeconds * 1000,
      createIceServers: this.settings.createIceServers,
    });
    this.rooms.set(room.roomId, room);
    return room;
  }

  // Expiry is also checked here, not only by the sweep, so nobody ever gets into a room past its time.
  lookup(roomId: string, nowMilliseconds = Date.now()): RoomLookup {
    const room = this.rooms.get(roomId);
    if (room !== undefined) {
      if (!room.isExpiredAt(nowMilliseconds)) return { status: 'active', room };
      this.expire(room);
    }
    const expiresAtMilliseconds = this.expiredRooms.get(roomId);
    if (expiresAtMilliseconds !== undefined) return { status: 'expired', expiresAtMilliseconds };
    return { status: 'unknown' };
  }

  sweep(nowMilliseconds = Date.now()): void {
    for (const room of this.rooms.values()) {
      if (room.isExpiredAt(nowMilliseconds)) {
        this.expire(room);
      } else {
        room.releaseDisconnectedPeers(nowMilliseconds, this.settings.reconnectGraceMilliseconds);
      }
    }
    for (const [roomId, expiresAtMilliseconds] of this.expiredRooms) {
      if (nowMilliseconds - expiresAtMilliseconds < signalingServerLimits.expiredRoomMemoryMilliseconds)
        break;
      this.expiredRooms.delete(roomId);
    }
  }

  private expire(room: Room): void {
    room.expire();
    this.rooms.delete(room.roomId);
    this.expiredRooms.set(room.roomId, room.expiresAtMilliseconds);
  }
}
