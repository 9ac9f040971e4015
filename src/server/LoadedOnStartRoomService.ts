import type { CreatedRoom } from './CreatedRoom.ts';
import type { JoinFrame } from './JoinFrame.ts';
import type { NewRoomDetails } from './NewRoomDetails.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { RoomDescription } from './RoomDescription.ts';
import type { RoomMembership } from './RoomMembership.ts';
import type { RoomService } from './RoomService.ts';

// A room service whose code is only imported when the server starts: loading ioredis costs every start-up, the
// desktop app's built-in server included, a good part of a second, and only `--redis` needs it.
export class LoadedOnStartRoomService implements RoomService {
  private readonly load: () => Promise<RoomService>;
  private service: RoomService | null = null;

  constructor(load: () => Promise<RoomService>) {
    this.load = load;
  }

  async start(): Promise<void> {
    const service = await this.load();
    await service.start();
    this.service = service;
  }

  async stop(): Promise<void> {
    await this.service?.stop();
  }

  join(frame: JoinFrame, text: string, connection: PeerConnection): RoomMembership {
    return this.started().join(frame, text, connection);
  }

  createRoom(details: NewRoomDetails): Promise<CreatedRoom | null> {
    return this.started().createRoom(details);
  }

  describeRoom(roomId: string): Promise<RoomDescription> {
    return this.started().describeRoom(roomId);
  }

  closeRoom(roomId: string): Promise<'closed' | 'expired' | 'unknown'> {
    return this.started().closeRoom(roomId);
  }

  private started(): RoomService {
    if (this.service === null) throw new Error('The room service has not started yet.');
    return this.service;
  }
}
