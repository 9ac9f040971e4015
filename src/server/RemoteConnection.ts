import type { ClusterBus } from './ClusterBus.ts';
import type { PeerConnection } from './PeerConnection.ts';

// A socket held by another server process, as the room that owns it sees it: what the room sends travels
// through Redis to that process, which writes it to the real socket.
export class RemoteConnection implements PeerConnection {
  private readonly bus: ClusterBus;
  private readonly processId: string;
  private readonly socketId: string;
  // The socket's own process closes it and tells the owner with `gone`; until then it counts as open.
  readonly isOpen = true;

  constructor(bus: ClusterBus, processId: string, socketId: string) {
    this.bus = bus;
    this.processId = processId;
    this.socketId = socketId;
  }

  send(text: string): void {
    void this.bus.send(this.processId, { kind: 'send', id: this.socketId, payload: text }).catch(() => {});
  }

  close(code: number, reason: string): void {
    void this.bus
      .send(this.processId, { kind: 'close', id: this.socketId, payload: `${code} ${reason}` })
      .catch(() => {});
  }
}
