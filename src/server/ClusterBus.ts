import type { Redis } from 'ioredis';
import type { BusMessage } from './BusMessage.ts';
import { busMessageCodec } from './busMessageCodec.ts';

const channelPrefix = 'rapport:signal:';
// A batch is sent at the end of the event-loop turn, or sooner once it holds this many messages or characters.
const batchMessages = 64;
const batchCharacters = 256 * 1024;

interface OutgoingBatch {
  messages: Omit<BusMessage, 'from'>[];
  characters: number;
  sent: Promise<number>;
  settle: (sending: Promise<number>) => void;
}
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
  /** By addressee: what this turn of the event loop has for each process, in the order it was sent. */
  private readonly outgoing = new Map<string, OutgoingBatch>();
  private flushScheduled = false;

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

  // Resolves with the number of processes that got it: 0 means the addressee is gone. Messages sent in the same turn of
  // the event loop go together, in order, as one PUBLISH: in a burst that is one Redis round trip for many frames.
  send(processId: string, message: Omit<BusMessage, 'from'>): Promise<number> {
    let batch = this.outgoing.get(processId);
    if (batch === undefined) {
      let settle!: OutgoingBatch['settle'];
      const sent = new Promise<number>((resolve, reject) => {
        settle = (sending) => sending.then(resolve, reject);
      });
      batch = { messages: [], characters: 0, sent, settle };
      this.outgoing.set(processId, batch);
    }
    batch.messages.push(message);
    batch.characters += message.payload.length;
    if (batch.messages.length >= batchMessages || batch.characters >= batchCharacters) {
      this.publishBatch(processId, batch);
    } else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return batch.sent;
  }

  async announceRoomMoved(roomId: string, owner: string): Promise<void> {
    // What was sent before the move reaches its process before the move is heard of.
    this.flush();
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
    for (const message of busMessageCodec.decode(text) ?? []) this.handlers.message(message);
  }

  /** Sends what is waiting for the end of this turn now: before a move is announced, and before quitting. */
  flush(): void {
    this.flushScheduled = false;
    for (const [processId, batch] of this.outgoing) this.publishBatch(processId, batch);
  }

  private publishBatch(processId: string, batch: OutgoingBatch): void {
    this.outgoing.delete(processId);
    const [only] = batch.messages;
    const text =
      batch.messages.length === 1 && only !== undefined
        ? busMessageCodec.encode({ ...only, from: this.processId })
        : busMessageCodec.encodeBatch(this.processId, batch.messages);
    batch.settle(this.commands.publish(processChannel(processId), text));
  }
}

function processChannel(processId: string): string {
  return `${channelPrefix}process:${processId}`;
}
