import type { BusMessage } from './BusMessage.ts';
import { closeCodes } from './closeCodes.ts';
import type { ClusterBus } from './ClusterBus.ts';
import { joinRoom } from './joinRoom.ts';
import { parseClientFrame } from './parseClientFrame.ts';
import { RemoteConnection } from './RemoteConnection.ts';
import type { RoomMember } from './RoomMember.ts';
import type { RoomRegistry } from './RoomRegistry.ts';

interface Entry {
  processId: string;
  connection: RemoteConnection;
  member: RoomMember | null;
}

// The owner's side of sockets that other processes hold for its rooms: their frames arrive here through Redis and
// go through the same join and room logic as local sockets.
export class RemoteMembers {
  private readonly registry: RoomRegistry;
  private readonly bus: ClusterBus;
  private readonly log: (message: string) => void;
  private readonly entries = new Map<string, Entry>();

  constructor(registry: RoomRegistry, bus: ClusterBus, log: (message: string) => void) {
    this.registry = registry;
    this.bus = bus;
    this.log = log;
  }

  processIds(): Set<string> {
    return new Set([...this.entries.values()].map((entry) => entry.processId));
  }

  handle(message: BusMessage): void {
    const key = `${message.from}/${message.id}`;
    const entry = this.entries.get(key);
    try {
      if (message.kind === 'join') this.join(key, message);
      else if (message.kind === 'frame') this.frame(entry, message.payload);
      else if (message.kind === 'gone') this.gone(key, entry);
    } catch (error) {
      // Same rule as for a local socket: a bug reached through one client's frame costs that client only.
      this.log(`a proxied connection's frame could not be handled: ${String(error)}`);
      (entry?.connection ?? new RemoteConnection(this.bus, message.from, message.id)).close(
        closeCodes.internalError,
        'internal_error',
      );
    }
  }

  // The process holding these sockets is gone, and so are the sockets.
  processDied(processId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.processId !== processId) continue;
      entry.member?.disconnect();
      this.entries.delete(key);
    }
  }

  private join(key: string, message: BusMessage): void {
    const connection = new RemoteConnection(this.bus, message.from, message.id);
    const parsed = parseClientFrame(message.payload);
    if (!('frame' in parsed) || parsed.frame.type !== 'join') {
      connection.close(closeCodes.internalError, 'internal_error');
      return;
    }
    // The sender thought we run this room but we do not (any more): let it look again.
    if (this.registry.lookup(parsed.frame.roomId).status === 'unknown') {
      connection.close(closeCodes.serviceRestart, 'room moved');
      return;
    }
    const member = joinRoom(this.registry, parsed.frame, connection);
    this.entries.set(key, { processId: message.from, connection, member });
  }

  private frame(entry: Entry | undefined, payload: string): void {
    if (entry?.member == null) return;
    const parsed = parseClientFrame(payload);
    if ('frame' in parsed) entry.member.handle(parsed.frame);
  }

  private gone(key: string, entry: Entry | undefined): void {
    entry?.member?.disconnect();
    this.entries.delete(key);
  }
}
