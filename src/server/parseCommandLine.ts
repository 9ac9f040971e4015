import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { SignalingServerOptions } from './SignalingServerOptions.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

interface ParsedCommandLine {
  help: boolean;
  options: SignalingServerOptions;
  /** True when no key was given and one was made up, so the CLI must show it to the operator. */
  keyWasGenerated: boolean;
}

// Flags win over SIGNAL_* environment variables; secrets are better passed through the environment,
// where other users cannot read them from the process list. Throws an Error with a readable message on bad input.
export function parseCommandLine(argumentList: string[], environment: NodeJS.ProcessEnv): ParsedCommandLine {
  const { values } = parseArgs({
    args: argumentList,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      key: { type: 'string' },
      'public-url': { type: 'string' },
      'room-ttl-hours': { type: 'string' },
      'stun-url': { type: 'string', multiple: true },
      'turn-url': { type: 'string', multiple: true },
      'turn-secret': { type: 'string' },
      'join-page-dir': { type: 'string' },
      'heartbeat-interval-seconds': { type: 'string' },
      'reconnect-grace-seconds': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'max-connections-per-ip': { type: 'string' },
      'join-attempts-per-ip-per-minute': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      redis: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

  const portText = values.port ?? environment.SIGNAL_PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) throw new Error(`Invalid port "${portText}".`);

  const host = values.host ?? environment.SIGNAL_HOST ?? '127.0.0.1';
  const givenKey = values.key ?? environment.SIGNAL_KEY;
  const apiKey = givenKey === undefined || givenKey === '' ? createRandomIdentifier(32) : givenKey;

  const publicUrl = values['public-url'] ?? environment.SIGNAL_PUBLIC_URL;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(publicUrl)) {
    throw new Error(`Invalid public URL "${publicUrl}": expected something like https://signal.example.com.`);
  }

  const ttlHoursText = values['room-ttl-hours'] ?? environment.SIGNAL_ROOM_TTL_HOURS ?? '24';
  const roomTtlSeconds = Math.round(Number(ttlHoursText) * 3600);
  if (!(roomTtlSeconds >= 1 && roomTtlSeconds <= signalingServerLimits.maximumRoomTtlSeconds)) {
    throw new Error(`Invalid room TTL "${ttlHoursText}" hours: expected a number from 0.001 to 720.`);
  }

  const stunUrls = values['stun-url'] ?? splitList(environment.SIGNAL_STUN_URL);
  const turnUrls = values['turn-url'] ?? splitList(environment.SIGNAL_TURN_URL);
  for (const url of stunUrls) {
    if (!/^stuns?:\S+$/.test(url)) throw new Error(`Invalid STUN URL "${url}": expected stun:host:port.`);
  }
  for (const url of turnUrls) {
    if (!/^turns?:\S+$/.test(url)) throw new Error(`Invalid TURN URL "${url}": expected turn:host:port.`);
  }
  const turnSecret = values['turn-secret'] ?? environment.SIGNAL_TURN_SECRET;
  if (turnSecret !== undefined && turnSecret !== '' && turnUrls.length === 0) {
    throw new Error('--turn-secret needs at least one --turn-url.');
  }

  const joinPageDirectory = values['join-page-dir'] ?? environment.SIGNAL_JOIN_PAGE_DIR;
  const heartbeatText = values['heartbeat-interval-seconds'] ?? '30';
  const heartbeatIntervalMilliseconds = Math.round(Number(heartbeatText) * 1000);
  if (!(heartbeatIntervalMilliseconds >= 50)) {
    throw new Error(`Invalid heartbeat interval "${heartbeatText}" seconds.`);
  }

  const graceText = values['reconnect-grace-seconds'] ?? environment.SIGNAL_RECONNECT_GRACE_SECONDS ?? '120';
  const reconnectGraceSeconds = Number(graceText);
  if (!(reconnectGraceSeconds >= 0.1 && reconnectGraceSeconds <= 3600)) {
    throw new Error(`Invalid reconnect grace "${graceText}" seconds: expected 0.1 to 3600.`);
  }

  const allowedOrigins = values['allow-origin'] ?? splitList(environment.SIGNAL_ALLOW_ORIGIN);
  for (const origin of allowedOrigins) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+$/i.test(origin)) {
      throw new Error(
        `Invalid origin "${origin}": expected scheme://host[:port], e.g. https://ats.example.com.`,
      );
    }
  }
  const maximumConnectionsPerAddress = positiveInteger(
    'connections per IP',
    values['max-connections-per-ip'] ?? environment.SIGNAL_MAX_CONNECTIONS_PER_IP,
    signalingServerLimits.defaultMaximumConnectionsPerAddress,
  );
  const joinAttemptsPerAddressPerMinute = positiveInteger(
    'join attempts per IP per minute',
    values['join-attempts-per-ip-per-minute'] ?? environment.SIGNAL_JOIN_ATTEMPTS_PER_IP_PER_MINUTE,
    signalingServerLimits.defaultJoinAttemptsPerAddressPerMinute,
  );
  const trustProxy =
    values['trust-proxy'] ?? ['1', 'true', 'yes'].includes(environment.SIGNAL_TRUST_PROXY ?? '');
  const redisUrl = values.redis ?? environment.SIGNAL_REDIS_URL;
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl)) {
    throw new Error(`Invalid Redis URL "${redisUrl}": expected redis://host:port or rediss://…`);
  }

  return {
    help: values.help ?? false,
    keyWasGenerated: apiKey !== givenKey,
    options: {
      apiKey,
      port,
      host,
      roomTtlSeconds,
      stunUrls,
      turnUrls,
      heartbeatIntervalMilliseconds,
      reconnectGraceSeconds,
      allowedOrigins,
      maximumConnectionsPerAddress,
      joinAttemptsPerAddressPerMinute,
      trustProxy,
      ...(redisUrl === undefined || redisUrl === '' ? {} : { redisUrl }),
      ...(publicUrl === undefined ? {} : { publicUrl }),
      ...(turnSecret === undefined || turnSecret === '' ? {} : { turnSecret }),
      ...(joinPageDirectory === undefined ? {} : { joinPageDirectory: path.resolve(joinPageDirectory) }),
    },
  };
}

function positiveInteger(what: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 1_000_000) throw new Error(`Invalid ${what} "${text}".`);
  return value;
}

function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
