import type { Redis } from 'ioredis';
import type { RoomRecord } from './RoomRecord.ts';
import { roomRecordSchema } from './roomRecordSchema.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

const keyPrefix = 'rapport:signal:';

// Takes the room only if its owner is still the one we saw (absent, or a process found dead): two processes that
// notice the same death cannot both win.
const claimScript = `
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[3])
  return ARGV[2]
end
if current == false then return '' end
return current`;

// Gives the room up only if it is still ours.
const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// The rooms as Redis keeps them: one JSON record per room (settings and peer slots) and one key naming the process
// that runs it. Both expire a day after the room, so Redis never fills up with old rooms.
export class RedisRoomStore {
  private readonly redis: Redis;

  constructor(redis: Redis) {
    this.redis = redis;
  }

  async save(record: RoomRecord, nowMilliseconds = Date.now()): Promise<void> {
    await this.redis.set(
      recordKey(record.roomId),
      JSON.stringify(record),
      'PXAT',
      forgetAt(record, nowMilliseconds),
    );
  }

  // A record that does not parse (another version, or tampering) is treated as absent, never trusted.
  async load(roomId: string): Promise<{ record: RoomRecord | null; owner: string | null }> {
    const [recordText, owner] = await this.redis.mget(recordKey(roomId), ownerKey(roomId));
    return { record: parseRecord(recordText ?? null), owner: owner ?? null };
  }

  // Resolves with whoever owns the room afterwards: `claimant` when the claim won.
  async claim(record: RoomRecord, expectedOwner: string | null, claimant: string): Promise<string | null> {
    const owner = await this.redis.eval(
      claimScript,
      1,
      ownerKey(record.roomId),
      expectedOwner ?? '',
      claimant,
      String(forgetAt(record, Date.now())),
    );
    return typeof owner === 'string' && owner !== '' ? owner : null;
  }

  async release(roomId: string, owner: string): Promise<void> {
    await this.redis.eval(releaseScript, 1, ownerKey(roomId), owner);
  }

  async owners(roomIds: string[]): Promise<(string | null)[]> {
    if (roomIds.length === 0) return [];
    return this.redis.mget(...roomIds.map(ownerKey));
  }
}

function recordKey(roomId: string): string {
  return `${keyPrefix}room:${roomId}`;
}

function ownerKey(roomId: string): string {
  return `${keyPrefix}owner:${roomId}`;
}

// Closed rooms and expired ones are remembered a day, so late joiners hear why rather than "unknown".
function forgetAt(record: RoomRecord, nowMilliseconds: number): number {
  const endedAt = record.status === 'closed' ? nowMilliseconds : record.expiresAtMilliseconds;
  return Math.max(nowMilliseconds, endedAt) + signalingServerLimits.endedRoomMemoryMilliseconds;
}

function parseRecord(text: string | null): RoomRecord | null {
  if (text === null) return null;
  try {
    const parsed = roomRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
