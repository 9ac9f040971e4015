import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';
import type { Peer } from './Peer.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { Room } from './Room.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { sendSignalingError } from './sendSignalingError.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';

// One joined connection as its room sees it: turns the connection's validated frames into room operations.
export class RoomMember {
  private readonly registry: RoomRegistry;
  private readonly room: Room;
  private readonly peer: Peer;
  private readonly connection: PeerConnection;

  constructor(registry: RoomRegistry, room: Room, peer: Peer, connection: PeerConnection) {
    this.registry = registry;
    this.room = room;
    this.peer = peer;
    this.connection = connection;
  }

  handle(frame: ClientFrame): void {
    // A socket whose slot was taken over, or whose room ended, speaks for nobody any more.
    if (this.room.hasEnded || this.peer.connection !== this.connection) return;
    switch (frame.type) {
      case 'join':
        sendSignalingError(
          this.connection,
          'invalid_message',
          'Already joined; open a new connection to join again.',
        );
        return;
      case 'leave':
        this.room.leave(this.peer);
        return;
      case 'end':
        // Checked before admission: no guest may end the call, waiting or admitted.
        if (this.peer.role !== 'host') {
          sendSignalingError(this.connection, 'forbidden', 'Only hosts may end the call.');
          return;
        }
        this.registry.close(this.room.roomId);
        return;
    }
    if (!this.peer.admitted) {
      sendSignalingError(this.connection, 'not_joined', 'Wait until a host admits you.');
      return;
    }
    const error = this.apply(frame);
    if (error !== null) sendSignalingError(this.connection, error);
  }

  disconnect(): void {
    this.room.disconnect(this.peer, this.connection);
  }

  private apply(
    frame: Extract<ClientFrame, { type: 'signal' | 'broadcast' | 'admit' | 'deny' }>,
  ): SignalingErrorCode | null {
    switch (frame.type) {
      case 'signal':
        return this.room.relaySignal(this.peer, frame.to, frame.data);
      case 'broadcast':
        return this.room.broadcast(this.peer, frame.data);
      case 'admit':
        return this.room.admit(this.peer, frame.peerId);
      case 'deny':
        return this.room.deny(this.peer, frame.peerId);
    }
  }
}
