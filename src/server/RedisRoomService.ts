import { Redis } from 'ioredis';
import type { BusMessage } from './BusMessage.ts';
import { closeCodes } from './closeCodes.ts';
import { ClusterBus } from './ClusterBus.ts';
import type { CreatedRoom } from './CreatedRoom.ts';
import { createRandomIdentifier } from './createRandomIdentifier.ts';
import { DeferredMembership } from './DeferredMembership.ts';
import { describeLookup } from './describeLookup.ts';
import type { JoinFrame } from './JoinFrame.ts';
import { joinRoom } from './joinRoom.ts';
import type { NewRoomDetails } from './NewRoomDetails.ts';
import type { PeerConnection } from './PeerConnection.ts';
import { ProxiedConnections } from './ProxiedConnections.ts';
import { RedisRoomStore } from './RedisRoomStore.ts';
import { RemoteMembers } from './RemoteMembers.ts';
import { Room } from './Room.ts';
import type { RoomDescription } from './RoomDescription.ts';
import type { RoomMembership } from './RoomMembership.ts';
import type { RoomRecord } from './RoomRecord.ts';
import { RoomRegistry } from './RoomRegistry.ts';
import type { RoomService } from './RoomService.ts';
import { sendSignalingError } from './sendSignalingError.ts';
import { startSweeping } from './startSweeping.ts';

type Resolution =
  | { kind: 'local' }
  | { kind: 'remote'; owner: string }
  | { kind: 'gone'; code: 'unknown_room' | 'room_expired' | 'room_closed' };

interface RedisRoomServiceSettings {
  redisUrl: string;
  createIceServers: RoomRegistry['createIceServers'];
  reconnectGraceMilliseconds: number;
  sweepIntervalMilliseconds: number;
  log: (message: string) => void;
}

const livenessIntervalMilliseconds = 1000;
const closeRequestTimeoutMilliseconds = 3000;

// Rooms shared by every server process on one Redis. Each room is run by one process at a time, its owner, so the
// room logic stays single-threaded; sockets on other processes reach it through Redis pub/sub. The room's record
// (settings, peer slots, resume tokens) is written through to Redis, so when the owner dies the next process that
// needs the room claims it and carries on, and its sockets resume there with their peerId and resumeToken.
export class RedisRoomService implements RoomService {
  private readonly settings: RedisRoomServiceSettings;
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly store: RedisRoomStore;
  private readonly bus: ClusterBus;
  private readonly registry: RoomRegistry;
  private readonly remoteMembers: RemoteMembers;
  private readonly proxied = new ProxiedConnections();
  private readonly closeRequests = new Map<string, (outcome: string) => void>();
  // A room's end being written to Redis: a close is answered only once it is there, so no join can take it back.
  private readonly endings = new Map<string, Promise<void>>();
  private stopSweeping: (() => void) | null = null;
  private livenessTimer: NodeJS.Timeout | null = null;
  private started = false;

  constructor(settings: RedisRoomServiceSettings) {
    this.settings = settings;
    const redisOptions = { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 3 };
    // Not auto-pipelined: tried, and bench:signal showed no lower p99 and 100+ MB more peak RSS in the burst.
    this.commands = new Redis(settings.redisUrl, redisOptions);
    this.subscriber = new Redis(settings.redisUrl, redisOptions);
    for (const connection of [this.commands, this.subscriber]) {
      connection.on('error', (error: Error) => settings.log(`Redis: ${error.message}`));
    }
    this.store = new RedisRoomStore(this.commands);
    this.bus = new ClusterBus(this.commands, this.subscriber, createRandomIdentifier(12), {
      message: (message) => this.receive(message),
      roomMoved: (roomId, owner) => this.roomMoved(roomId, owner),
    });
    this.registry = new RoomRegistry({
      createIceServers: settings.createIceServers,
      reconnectGraceMilliseconds: settings.reconnectGraceMilliseconds,
      onRoomChanged: (room) => this.persist(room.record),
      onRoomEnded: (room, status) => this.roomEnded(room, status),
    });
    this.remoteMembers = new RemoteMembers(this.registry, this.bus, settings.log);
  }

  async start(): Promise<void> {
    try {
      await this.commands.connect();
      await this.subscriber.connect();
      await this.bus.start();
    } catch (error) {
      this.commands.disconnect();
      this.subscriber.disconnect();
      throw new Error(`cannot reach Redis at ${redactedUrl(this.settings.redisUrl)}: ${String(error)}`);
    }
    this.started = true;
    // After a lost Redis connection others may have taken our rooms, believing us dead.
    this.subscriber.on('ready', () => void this.giveUpRoomsTakenOver());
    this.stopSweeping = startSweeping(
      this.registry,
      this.settings.sweepIntervalMilliseconds,
      this.settings.log,
    );
    this.livenessTimer = setInterval(() => void this.checkLiveness(), livenessIntervalMilliseconds);
    this.livenessTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopSweeping?.();
    if (this.livenessTimer !== null) clearInterval(this.livenessTimer);
    if (!this.started) return;
    this.started = false;
    // Hand every room on: its record is in Redis already, and the others' sockets resume wherever it runs next.
    await Promise.allSettled(
      this.registry.roomIds().map(async (roomId) => {
        await this.store.release(roomId, this.bus.processId);
        await this.bus.announceRoomMoved(roomId, '');
      }),
    );
    this.bus.flush();
    await Promise.allSettled([this.subscriber.quit(), this.commands.quit()]);
  }

  join(frame: JoinFrame, text: string, connection: PeerConnection): RoomMembership {
    const membership = new DeferredMembership();
    this.resolve(frame.roomId).then(
      (resolution) => {
        if (membership.isDisconnected) {
          membership.resolve({ handle: () => {}, disconnect: () => {} });
          return;
        }
        membership.resolve(this.joinResolved(resolution, frame, text, connection));
      },
      (error: unknown) => {
        this.settings.log(`a join could not find its room: ${String(error)}`);
        connection.close(closeCodes.tryAgainLater, 'unavailable');
        membership.resolve({ handle: () => {}, disconnect: () => {} });
      },
    );
    return membership;
  }

  async createRoom(details: NewRoomDetails): Promise<CreatedRoom | null> {
    const room = this.registry.create(details);
    if (room === null) return null;
    // Written before anyone hears of the room, so any process can answer for it at once.
    try {
      await this.store.save(room.record);
      await this.store.claim(room.record, null, this.bus.processId);
    } catch (error) {
      this.registry.forget(room.roomId);
      throw error;
    }
    return { roomId: room.roomId, ...room.tokens, expiresAt: room.expiresAt };
  }

  async describeRoom(roomId: string): Promise<RoomDescription> {
    const local = this.registry.lookup(roomId);
    if (local.status !== 'unknown') return describeLookup(local);
    const { record } = await this.store.load(roomId);
    if (record === null) return { status: 'unknown' };
    if (record.status === 'closed') return { status: 'closed' };
    if (record.expiresAtMilliseconds <= Date.now()) return { status: 'expired' };
    return {
      status: 'active',
      hostName: record.hostName,
      intro: record.intro,
      company: record.company ?? null,
      interviewTitle: record.interviewTitle ?? null,
      startsAt: record.startsAt ?? null,
      photo: record.photo ?? null,
      expiresAt: new Date(record.expiresAtMilliseconds).toISOString(),
    };
  }

  async closeRoom(roomId: string): Promise<'closed' | 'expired' | 'unknown'> {
    const resolution = await this.resolve(roomId);
    if (resolution.kind === 'gone') {
      return resolution.code === 'unknown_room'
        ? 'unknown'
        : resolution.code === 'room_expired'
          ? 'expired'
          : 'closed';
    }
    if (resolution.kind === 'local') return this.closeHere(roomId);
    const requestId = createRandomIdentifier(9);
    const answer = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.closeRequests.delete(requestId);
        reject(new Error('the process running the room did not answer in time'));
      }, closeRequestTimeoutMilliseconds);
      this.closeRequests.set(requestId, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
    });
    await this.bus.send(resolution.owner, { kind: 'close-room', id: requestId, payload: roomId });
    const outcome = await answer;
    return outcome === 'expired' || outcome === 'unknown' ? outcome : 'closed';
  }

  // Which process runs the room, claiming it when its owner is gone. Tried a few times: a claim can lose a race.
  private async resolve(roomId: string): Promise<Resolution> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const local = this.registry.lookup(roomId);
      if (local.status === 'active') return { kind: 'local' };
      if (local.status === 'expired') return { kind: 'gone', code: 'room_expired' };
      if (local.status === 'closed') return { kind: 'gone', code: 'room_closed' };
      const { record, owner } = await this.store.load(roomId);
      if (record === null) return { kind: 'gone', code: 'unknown_room' };
      if (record.status === 'closed') return { kind: 'gone', code: 'room_closed' };
      if (record.expiresAtMilliseconds <= Date.now()) return { kind: 'gone', code: 'room_expired' };
      if (owner !== null && owner !== this.bus.processId) {
        const alive = await this.bus.aliveProcesses([owner]);
        if (alive.has(owner)) return { kind: 'remote', owner };
      }
      if ((await this.store.claim(record, owner, this.bus.processId)) === this.bus.processId) {
        this.takeOver(record);
        return { kind: 'local' };
      }
    }
    throw new Error(`could not settle who runs room ${roomId}`);
  }

  private takeOver(record: RoomRecord): void {
    // Another join in this process may have claimed it a moment ago.
    if (this.registry.lookup(record.roomId).status === 'active') return;
    this.registry.adopt(Room.restore(record, this.settings.createIceServers, Date.now()));
    void this.bus.announceRoomMoved(record.roomId, this.bus.processId).catch(() => {});
  }

  private joinResolved(
    resolution: Resolution,
    frame: JoinFrame,
    text: string,
    connection: PeerConnection,
  ): RoomMembership {
    const nobody: RoomMembership = { handle: () => {}, disconnect: () => {} };
    if (resolution.kind === 'gone') {
      sendSignalingError(connection, resolution.code, undefined, closeCodes.normal);
      return nobody;
    }
    if (resolution.kind === 'local') return joinRoom(this.registry, frame, connection) ?? nobody;
    const { owner } = resolution;
    const id = this.proxied.add(connection, frame.roomId, owner);
    const forward = (kind: 'join' | 'frame', payload: string): void => {
      this.bus.send(owner, { kind, id, payload }).then(
        (receivers) => {
          if (receivers === 0) this.proxied.moveAway((entry) => entry.owner === owner);
        },
        () => connection.close(closeCodes.tryAgainLater, 'unavailable'),
      );
    };
    // The owner validates again what it receives, so the client's own text is passed on rather than re-serialized.
    forward('join', text);
    return {
      handle: (_next, nextText) => forward('frame', nextText),
      disconnect: () => {
        this.proxied.remove(id);
        void this.bus.send(owner, { kind: 'gone', id, payload: '' }).catch(() => {});
      },
    };
  }

  private receive(message: BusMessage): void {
    try {
      switch (message.kind) {
        case 'join':
        case 'frame':
        case 'gone':
          this.remoteMembers.handle(message);
          return;
        case 'send':
        case 'close':
          this.proxied.deliver(message);
          return;
        case 'close-room': {
          // A room we do not run (any more) is answered from Redis by whoever asks again.
          void this.closeHere(message.payload)
            .then((outcome) =>
              this.bus.send(message.from, { kind: 'room-closed', id: message.id, payload: outcome }),
            )
            .catch(() => {});
          return;
        }
        case 'room-closed':
          this.closeRequests.get(message.id)?.(message.payload);
          this.closeRequests.delete(message.id);
          return;
      }
    } catch (error) {
      this.settings.log(`a message from another server process could not be handled: ${String(error)}`);
    }
  }

  private roomMoved(roomId: string, owner: string): void {
    // We believed we ran it, but someone else claimed it (we were cut off from Redis for a while): theirs now.
    if (owner !== '' && owner !== this.bus.processId && this.registry.lookup(roomId).status === 'active') {
      this.registry.forget(roomId)?.letGo();
    }
    // Sockets still pointed at the old owner resume at the new one, which may be this very process.
    this.proxied.moveAway((entry) => entry.roomId === roomId && entry.owner !== owner);
  }

  private persist(record: RoomRecord): void {
    this.store
      .save(record)
      .catch((error: unknown) => this.settings.log(`saving a room to Redis failed: ${String(error)}`));
  }

  /** Closes a room this process runs, answering once Redis says closed too. */
  private async closeHere(roomId: string): Promise<'closed' | 'expired' | 'unknown'> {
    const outcome = this.registry.close(roomId);
    await this.endings.get(roomId);
    return outcome;
  }

  private roomEnded(room: Room, status: 'expired' | 'closed'): void {
    const record = room.record;
    const ending = (async () => {
      if (status === 'closed') await this.store.save({ ...record, status: 'closed', peers: [] });
      await this.store.release(record.roomId, this.bus.processId);
    })()
      .catch((error: unknown) => this.settings.log(`ending a room in Redis failed: ${String(error)}`))
      .finally(() => this.endings.delete(record.roomId));
    this.endings.set(record.roomId, ending);
  }

  private async checkLiveness(): Promise<void> {
    try {
      const watched = new Set([...this.proxied.owners(), ...this.remoteMembers.processIds()]);
      const alive = await this.bus.aliveProcesses(watched);
      for (const processId of watched) {
        if (alive.has(processId)) continue;
        this.proxied.moveAway((entry) => entry.owner === processId);
        this.remoteMembers.processDied(processId);
      }
    } catch (error) {
      this.settings.log(`checking the other server processes failed: ${String(error)}`);
    }
  }

  private async giveUpRoomsTakenOver(): Promise<void> {
    try {
      const roomIds = this.registry.roomIds();
      const owners = await this.store.owners(roomIds);
      roomIds.forEach((roomId, index) => {
        const owner = owners[index];
        if (owner !== null && owner !== undefined && owner !== this.bus.processId) {
          this.registry.forget(roomId)?.letGo();
        }
      });
    } catch (error) {
      this.settings.log(`checking which rooms are still ours failed: ${String(error)}`);
    }
  }
}

function redactedUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//…@');
}
