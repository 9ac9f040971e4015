import type { BusMessage } from './BusMessage.ts';
import { closeCodes } from './closeCodes.ts';
import type { PeerConnection } from './PeerConnection.ts';

interface Entry {
  connection: PeerConnection;
  roomId: string;
  owner: string;
}

// This process's sockets whose rooms another process runs: what the owner sends for them arrives here.
export class ProxiedConnections {
  private readonly entries = new Map<string, Entry>();
  private nextId = 0;

  add(connection: PeerConnection, roomId: string, owner: string): string {
    this.nextId += 1;
    const id = String(this.nextId);
    this.entries.set(id, { connection, roomId, owner });
    return id;
  }

  remove(id: string): void {
    this.entries.delete(id);
  }

  owners(): Set<string> {
    return new Set([...this.entries.values()].map((entry) => entry.owner));
  }

  deliver(message: BusMessage): void {
    const entry = this.entries.get(message.id);
    // Only the process we joined through may speak for the room.
    if (entry === undefined || entry.owner !== message.from) return;
    if (message.kind === 'send') {
      entry.connection.send(message.payload);
      return;
    }
    const space = message.payload.indexOf(' ');
    const code = Number(message.payload.slice(0, space));
    entry.connection.close(
      Number.isInteger(code) ? code : closeCodes.internalError,
      message.payload.slice(space + 1),
    );
  }

  // The room's owner died or handed the room on: the sockets resume (peerId and resumeToken) wherever it runs now.
  moveAway(matches: (entry: Entry) => boolean): void {
    for (const [id, entry] of this.entries) {
      if (!matches(entry)) continue;
      this.entries.delete(id);
      entry.connection.close(closeCodes.serviceRestart, 'room moved');
    }
  }
}
