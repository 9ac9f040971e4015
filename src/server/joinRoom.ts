import { closeCodes } from './closeCodes.ts';
import type { JoinFrame } from './JoinFrame.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { RoomMember } from './RoomMember.ts';
import { sendSignalingError } from './sendSignalingError.ts';

// A join against a room this process runs: refusals are answered (and the socket closed) here, so the caller
// only ever gets a member or nothing.
export function joinRoom(
  registry: RoomRegistry,
  frame: JoinFrame,
  connection: PeerConnection,
): RoomMember | null {
  const lookup = registry.lookup(frame.roomId);
  if (lookup.status === 'unknown') {
    sendSignalingError(connection, 'unknown_room', undefined, closeCodes.normal);
    return null;
  }
  if (lookup.status === 'expired') {
    sendSignalingError(connection, 'room_expired', undefined, closeCodes.normal);
    return null;
  }
  if (lookup.status === 'closed') {
    sendSignalingError(connection, 'room_closed', undefined, closeCodes.normal);
    return null;
  }
  const room = lookup.room;
  const role = room.roleForToken(frame.token);
  if (role === null) {
    // Someone has the room's address but a broken or altered token: the host should know a candidate is stuck.
    room.reportRefusedKnock('invalid_token', frame.name);
    sendSignalingError(connection, 'invalid_token', undefined, closeCodes.policyViolation);
    return null;
  }
  const peerId = frame.peerId ?? undefined;
  const resume = peerId === undefined ? undefined : { peerId, resumeToken: frame.resumeToken ?? undefined };
  const outcome = room.join(role, frame.name, resume, connection);
  if ('error' in outcome) {
    sendSignalingError(connection, outcome.error, undefined, closeCodes.normal);
    return null;
  }
  return new RoomMember(registry, room, outcome.peer, connection);
}
