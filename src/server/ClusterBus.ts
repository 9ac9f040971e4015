import type { Redis } from 'ioredis';
import type { BusMessage } from './BusMessage.ts';
import { busMessageCodec } from './busMessageCodec.ts';

const channelPrefix = 'rapport:signal:';
const roomsChannel = `${channelPrefix}rooms`;

interface ClusterBusHandlers {
  message: (message: BusMessage) => void;
  // `owner` is '' when the room was given up (its process is shutting down) rather than taken over.
  roomMoved: (roomId: string, owner: string) => void;
}

// Redis pub/sub between server processes: one channel per process, plus one where ownership changes are announced.
// A process is alive while its subscriber connection is: Redis drops the subscription the moment the process dies.
export class ClusterBus {
  readonly processId: string;
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly handlers: ClusterBusHandlers;

  constructor(commands: Redis, subscriber: Redis, processId: string, handlers: ClusterBusHandlers) {
    this.commands = commands;
    this.subscriber = subscriber;
    this.processId = processId;
    this.handlers = handlers;
    subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
  }

  async start(): Promise<void> {
    await this.subscriber.subscribe(processChannel(this.processId), roomsChannel);
  }

  // Resolves with the number of processes that got it: 0 means the addressee is gone.
  send(processId: string, message: Omit<BusMessage, 'from'>): Promise<number> {
    return this.commands.publish(
      processChannel(processId),
      busMessageCodec.encode({ ...message, from: this.processId }),
    );
  }

  async announceRoomMoved(roomId: string, owner: string): Promise<void> {
    await this.commands.publish(roomsChannel, `${roomId} ${owner}`);
  }

  async aliveProcesses(processIds: Iterable<string>): Promise<Set<string>> {
    const ids = [...new Set(processIds)];
    if (ids.length === 0) return new Set();
    const reply = (await this.commands.call('PUBSUB', 'NUMSUB', ...ids.map(processChannel))) as unknown[];
    const alive = new Set<string>();
    for (let index = 0; index < ids.length; index += 1) {
      if (Number(reply[index * 2 + 1]) > 0) alive.add(ids[index] as string);
    }
    return alive;
  }

  private receive(channel: string, text: string): void {
    if (channel === roomsChannel) {
      const [roomId, owner = ''] = text.split(' ');
      if (roomId !== undefined && roomId !== '') this.handlers.roomMoved(roomId, owner);
      return;
    }
    const message = busMessageCodec.decode(text);
    if (message !== null) this.handlers.message(message);
  }
}

function processChannel(processId: string): string {
  return `${channelPrefix}process:${processId}`;
}
