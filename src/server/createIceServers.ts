import { createTurnCredential } from './createTurnCredential.ts';
import type { IceServer } from '../shared/signaling/IceServer.ts';

interface IceServerSettings {
  stunUrls: readonly string[];
  turnUrls: readonly string[];
  turnSecret: string | undefined;
  turnCredentialTtlSeconds: number;
}

// Built per join so every peer gets fresh, independently expiring TURN credentials.
export function createIceServers(settings: IceServerSettings, nowMilliseconds = Date.now()): IceServer[] {
  const iceServers: IceServer[] = [];
  if (settings.stunUrls.length > 0) iceServers.push({ urls: [...settings.stunUrls] });
  if (settings.turnUrls.length > 0) {
    if (settings.turnSecret === undefined) {
      iceServers.push({ urls: [...settings.turnUrls] });
    } else {
      const expiresAtSeconds = Math.floor(nowMilliseconds / 1000) + settings.turnCredentialTtlSeconds;
      iceServers.push({
        urls: [...settings.turnUrls],
        ...createTurnCredential(settings.turnSecret, expiresAtSeconds),
      });
    }
  }
  return iceServers;
}
