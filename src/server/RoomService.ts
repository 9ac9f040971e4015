import type { CreatedRoom } from './CreatedRoom.ts';
import type { JoinFrame } from './JoinFrame.ts';
import type { NewRoomDetails } from './NewRoomDetails.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { RoomDescription } from './RoomDescription.ts';
import type { RoomMembership } from './RoomMembership.ts';

// Where rooms live: in this process only, or shared with other processes through Redis. The sockets and the HTTP
// API see only this.
export interface RoomService {
  start(): Promise<void>;
  stop(): Promise<void>;
  // Answers (and closes) the connection itself when the join is refused, now or once the room's owner replies.
  join(frame: JoinFrame, text: string, connection: PeerConnection): RoomMembership;
  createRoom(details: NewRoomDetails): Promise<CreatedRoom | null>;
  describeRoom(roomId: string): Promise<RoomDescription>;
  closeRoom(roomId: string): Promise<'closed' | 'expired' | 'unknown'>;
}
