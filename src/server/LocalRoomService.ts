import type { CreatedRoom } from './CreatedRoom.ts';
import { describeLookup } from './describeLookup.ts';
import type { JoinFrame } from './JoinFrame.ts';
import { joinRoom } from './joinRoom.ts';
import type { NewRoomDetails } from './NewRoomDetails.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { RoomDescription } from './RoomDescription.ts';
import type { RoomMembership } from './RoomMembership.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import type { RoomService } from './RoomService.ts';
import { startSweeping } from './startSweeping.ts';

const nobody: RoomMembership = { handle: () => {}, disconnect: () => {} };

// Every room in this one process: the default, and all a single server needs.
export class LocalRoomService implements RoomService {
  private readonly registry: RoomRegistry;
  private readonly sweepIntervalMilliseconds: number;
  private readonly log: (message: string) => void;
  private stopSweeping: (() => void) | null = null;

  constructor(registry: RoomRegistry, sweepIntervalMilliseconds: number, log: (message: string) => void) {
    this.registry = registry;
    this.sweepIntervalMilliseconds = sweepIntervalMilliseconds;
    this.log = log;
  }

  start(): Promise<void> {
    this.stopSweeping = startSweeping(this.registry, this.sweepIntervalMilliseconds, this.log);
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.stopSweeping?.();
    return Promise.resolve();
  }

  join(frame: JoinFrame, _text: string, connection: PeerConnection): RoomMembership {
    return joinRoom(this.registry, frame, connection) ?? nobody;
  }

  createRoom(details: NewRoomDetails): Promise<CreatedRoom | null> {
    const room = this.registry.create(details);
    if (room === null) return Promise.resolve(null);
    return Promise.resolve({ roomId: room.roomId, ...room.tokens, expiresAt: room.expiresAt });
  }

  describeRoom(roomId: string): Promise<RoomDescription> {
    return Promise.resolve(describeLookup(this.registry.lookup(roomId)));
  }

  closeRoom(roomId: string): Promise<'closed' | 'expired' | 'unknown'> {
    return Promise.resolve(this.registry.close(roomId));
  }
}
