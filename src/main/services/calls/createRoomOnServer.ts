import { ApiFailure } from '../../api/ApiFailure.ts';
import type { SignalingServerAccess } from './SignalingServerAccess.ts';

export type CreatedRoom = { roomId: string; hostToken: string; joinUrl: string; expiresAt: string };

const timeoutMilliseconds = 10_000;

function isCreatedRoom(value: unknown): value is CreatedRoom {
  if (!value || typeof value !== 'object') return false;
  const room = value as Record<string, unknown>;
  return ['roomId', 'hostToken', 'joinUrl', 'expiresAt'].every((key) => typeof room[key] === 'string');
}

/**
 * POST /api/rooms on the signalling server with the key as a bearer token. Every failure becomes an
 * ApiFailure a recruiter can act on ("check the address in Settings"), never a raw network error.
 */
export async function createRoomOnServer(
  server: SignalingServerAccess,
  details: {
    hostName?: string;
    intro?: string;
    company?: string;
    interviewTitle?: string;
    startsAt?: string;
    photo?: string;
    ttlSeconds?: number;
  },
): Promise<CreatedRoom> {
  let response: Response;
  try {
    response = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(details),
      signal: AbortSignal.timeout(timeoutMilliseconds),
      redirect: 'error',
    });
  } catch {
    throw new ApiFailure(
      'unavailable',
      `The signalling server at ${server.url} could not be reached. Check its address in Settings and that it is running.`,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiFailure(
      'unavailable',
      'The signalling server refused the key. Check the server key in Settings.',
    );
  }
  if (response.status !== 201 && response.status !== 200) {
    throw new ApiFailure(
      'unavailable',
      `The signalling server could not open a room (HTTP ${response.status}). Try again in a moment.`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!isCreatedRoom(body)) {
    throw new ApiFailure(
      'unavailable',
      'The signalling server answered with something that is not a room. Is the address right?',
    );
  }
  return { roomId: body.roomId, hostToken: body.hostToken, joinUrl: body.joinUrl, expiresAt: body.expiresAt };
}
