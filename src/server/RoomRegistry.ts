import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { IceServer } from '../shared/signaling/IceServer.ts';
import type { NewRoomDetails } from './NewRoomDetails.ts';
import { Room } from './Room.ts';
import type { RoomLookup } from './RoomLookup.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

interface RoomRegistrySettings {
  createIceServers: () => IceServer[];
  reconnectGraceMilliseconds: number;
  // Told after every change worth keeping (Redis mode writes the room through), and when a room ends.
  onRoomChanged?: (room: Room) => void;
  onRoomEnded?: (room: Room, status: 'expired' | 'closed') => void;
}

// The rooms this process runs, in memory: a restart without Redis forgets them but never touches calls that are
// already peer-to-peer.
export class RoomRegistry {
  readonly createIceServers: () => IceServer[];
  private readonly settings: RoomRegistrySettings;
  private readonly rooms = new Map<string, Room>();
  // Remembered for a while so late joiners hear "expired" or "closed" rather than "unknown", which a UI can explain.
  private readonly endedRooms = new Map<
    string,
    { status: 'expired' | 'closed'; endedAtMilliseconds: number }
  >();

  constructor(settings: RoomRegistrySettings) {
    this.settings = settings;
    this.createIceServers = settings.createIceServers;
  }

  get size(): number {
    return this.rooms.size;
  }

  roomIds(): string[] {
    return [...this.rooms.keys()];
  }

  create(details: NewRoomDetails, nowMilliseconds = Date.now()): Room | null {
    if (this.rooms.size >= signalingServerLimits.maximumActiveRooms) return null;
    const room = new Room({
      roomId: createRandomIdentifier(16),
      hostToken: createRandomIdentifier(32),
      guestToken: createRandomIdentifier(32),
      hostName: details.hostName,
      intro: details.intro,
      company: details.company ?? null,
      interviewTitle: details.interviewTitle ?? null,
      startsAt: details.startsAt ?? null,
      photo: details.photo ?? null,
      expiresAtMilliseconds: nowMilliseconds + details.ttlSeconds * 1000,
      createIceServers: this.createIceServers,
    });
    this.adopt(room);
    return room;
  }

  // Also used for a room taken over from another process.
  adopt(room: Room): void {
    room.onChange = () => this.settings.onRoomChanged?.(room);
    this.rooms.set(room.roomId, room);
  }

  // Expiry is also checked here, not only by the sweep, so nobody ever gets into a room past its time.
  lookup(roomId: string, nowMilliseconds = Date.now()): RoomLookup {
    const room = this.rooms.get(roomId);
    if (room !== undefined) {
      if (!room.isExpiredAt(nowMilliseconds)) return { status: 'active', room };
      this.end(room, 'expired', nowMilliseconds);
    }
    const ended = this.endedRooms.get(roomId);
    if (ended !== undefined) return { status: ended.status };
    return { status: 'unknown' };
  }

  // Closing twice is not an error, so a host whose first request timed out can simply ask again.
  close(roomId: string, nowMilliseconds = Date.now()): 'closed' | 'expired' | 'unknown' {
    const lookup = this.lookup(roomId, nowMilliseconds);
    if (lookup.status === 'active') {
      this.end(lookup.room, 'closed', nowMilliseconds);
      return 'closed';
    }
    return lookup.status;
  }

  // Another process owns the room now: let its sockets go (they resume there) without ending the room.
  forget(roomId: string): Room | undefined {
    const room = this.rooms.get(roomId);
    this.rooms.delete(roomId);
    return room;
  }

  sweep(nowMilliseconds = Date.now()): void {
    const grace = this.settings.reconnectGraceMilliseconds;
    for (const room of this.rooms.values()) {
      if (room.isExpiredAt(nowMilliseconds)) {
        this.end(room, 'expired', nowMilliseconds);
        continue;
      }
      room.releaseDisconnectedPeers(nowMilliseconds, grace);
      const emptySince = room.emptySinceMilliseconds;
      // Everyone left and nobody came back within the grace time: the guest link stops working.
      if (emptySince !== null && nowMilliseconds - emptySince >= grace) {
        this.end(room, 'closed', nowMilliseconds);
      }
    }
    // Insertion order is end order, so the first entry still remembered means every later one is too.
    for (const [roomId, ended] of this.endedRooms) {
      if (nowMilliseconds - ended.endedAtMilliseconds < signalingServerLimits.endedRoomMemoryMilliseconds)
        break;
      this.endedRooms.delete(roomId);
    }
  }

  private end(room: Room, status: 'expired' | 'closed', nowMilliseconds: number): void {
    room.end(status === 'expired' ? 'room_expired' : 'room_closed');
    this.rooms.delete(room.roomId);
    this.endedRooms.set(room.roomId, { status, endedAtMilliseconds: nowMilliseconds });
    this.settings.onRoomEnded?.(room, status);
  }
}
