import type { IceServer } from '../shared/signaling/IceServer.ts';
import { LocalRoomService } from './LocalRoomService.ts';
import { LoadedOnStartRoomService } from './LoadedOnStartRoomService.ts';
import { RoomRegistry } from './RoomRegistry.ts';
import type { RoomService } from './RoomService.ts';

interface RoomServiceSettings {
  createIceServers: () => IceServer[];
  reconnectGraceMilliseconds: number;
  sweepIntervalMilliseconds: number;
  redisUrl: string | undefined;
  log: (message: string) => void;
}

// One process keeps its rooms to itself; with a Redis URL, every process on that Redis serves the same rooms.
export function createRoomService(settings: RoomServiceSettings): RoomService {
  const { redisUrl } = settings;
  if (redisUrl !== undefined) {
    return new LoadedOnStartRoomService(async () => {
      const { RedisRoomService } = await import('./RedisRoomService.ts');
      return new RedisRoomService({ ...settings, redisUrl });
    });
  }
  const registry = new RoomRegistry(settings);
  return new LocalRoomService(registry, settings.sweepIntervalMilliseconds, settings.log);
}
