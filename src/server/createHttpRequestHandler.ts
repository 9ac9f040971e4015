import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyCorsHeaders } from './applyCorsHeaders.ts';
import { applySecurityHeaders } from './applySecurityHeaders.ts';
import { createRoomRequestSchema } from './createRoomRequestSchema.ts';
import { readRequestBody } from './readRequestBody.ts';
import { requestPathname } from './requestPathname.ts';
import type { RoomService } from './RoomService.ts';
import { sendJson } from './sendJson.ts';
import { serveJoinPage } from './serveJoinPage.ts';
import { signalingErrorMessages } from './signalingErrorMessages.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { tokensMatch } from './tokensMatch.ts';

interface HttpRequestHandlerSettings {
  rooms: RoomService;
  apiKey: string;
  publicUrl: string | undefined;
  defaultRoomTtlSeconds: number;
  joinPageDirectory: string;
  serverUrl: () => string;
}

const roomInfoPattern = /^\/api\/rooms\/([A-Za-z0-9_-]{1,128})\/info$/;
const roomPattern = /^\/api\/rooms\/([A-Za-z0-9_-]{1,128})$/;
const plausibleHostHeader = /^[A-Za-z0-9.\-[\]:]{1,255}$/;

// Routes plain HTTP: the room API, the health check and the join page. WebSocket upgrades never come through here.
export function createHttpRequestHandler(
  settings: HttpRequestHandlerSettings,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(request, response, settings).catch(() => {
      if (response.headersSent) {
        response.destroy();
      } else {
        sendJson(request, response, 500, { error: 'internal_error', message: 'Something went wrong.' });
      }
    });
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  settings: HttpRequestHandlerSettings,
): Promise<void> {
  const pathname = requestPathname(request);
  if (pathname === '/healthz') {
    if (!allowMethods(request, response, ['GET', 'HEAD'])) return;
    sendJson(request, response, 200, { status: 'ok' });
    return;
  }
  if (pathname === '/api/rooms') {
    applyCorsHeaders(response);
    if (!allowMethods(request, response, ['POST', 'OPTIONS'])) return;
    if (request.method === 'OPTIONS') {
      sendPreflight(response);
      return;
    }
    await createRoom(request, response, settings);
    return;
  }
  const infoMatch = roomInfoPattern.exec(pathname);
  if (infoMatch !== null) {
    applyCorsHeaders(response);
    if (!allowMethods(request, response, ['GET', 'HEAD', 'OPTIONS'])) return;
    if (request.method === 'OPTIONS') {
      sendPreflight(response);
      return;
    }
    await sendRoomInfo(request, response, settings.rooms, infoMatch[1] ?? '');
    return;
  }
  const roomMatch = roomPattern.exec(pathname);
  if (roomMatch !== null) {
    applyCorsHeaders(response);
    if (!allowMethods(request, response, ['DELETE', 'OPTIONS'])) return;
    if (request.method === 'OPTIONS') {
      sendPreflight(response);
      return;
    }
    await closeRoom(request, response, settings, roomMatch[1] ?? '');
    return;
  }
  if (pathname.startsWith('/join/')) {
    await serveJoinPage(request, response, pathname, settings.joinPageDirectory);
    return;
  }
  sendJson(request, response, 404, { error: 'not_found', message: 'No such endpoint.' });
}

async function createRoom(
  request: IncomingMessage,
  response: ServerResponse,
  settings: HttpRequestHandlerSettings,
): Promise<void> {
  if (!isAuthorized(request, response, settings.apiKey)) return;
  const body = await readRequestBody(request, signalingServerLimits.maximumRequestBodyBytes);
  if (body.status === 'too_large') {
    // The rest of the upload is discarded and the connection closed rather than read into memory.
    response.setHeader('Connection', 'close');
    request.resume();
    sendJson(request, response, 413, {
      error: 'payload_too_large',
      message: `The request body must be at most ${signalingServerLimits.maximumRequestBodyBytes} bytes.`,
    });
    return;
  }
  let value: unknown = {};
  if (body.text.trim() !== '') {
    try {
      value = JSON.parse(body.text) as unknown;
    } catch {
      sendJson(request, response, 400, {
        error: 'invalid_json',
        message: 'The request body is not valid JSON.',
      });
      return;
    }
  }
  const parsed = createRoomRequestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue !== undefined && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    sendJson(request, response, 400, {
      error: 'invalid_request',
      message: `${where}${issue?.message ?? 'invalid'}`,
    });
    return;
  }
  const room = await settings.rooms.createRoom({
    hostName: parsed.data.hostName ?? null,
    intro: parsed.data.intro || null,
    company: parsed.data.company || null,
    interviewTitle: parsed.data.interviewTitle || null,
    startsAt: parsed.data.startsAt ? new Date(parsed.data.startsAt).toISOString() : null,
    photo: parsed.data.photo ?? null,
    ttlSeconds: parsed.data.ttlSeconds ?? settings.defaultRoomTtlSeconds,
  });
  if (room === null) {
    sendJson(request, response, 503, {
      error: 'too_many_rooms',
      message: 'The server has too many open rooms.',
    });
    return;
  }
  const { hostToken, guestToken } = room;
  // The guest token goes in the fragment, which browsers never send to servers, so it stays out of access logs.
  const joinUrl = `${publicBaseOf(request, settings)}/join/${room.roomId}#token=${guestToken}`;
  sendJson(request, response, 201, {
    roomId: room.roomId,
    hostToken,
    guestToken,
    joinUrl,
    expiresAt: room.expiresAt,
  });
}

async function sendRoomInfo(
  request: IncomingMessage,
  response: ServerResponse,
  rooms: RoomService,
  roomId: string,
): Promise<void> {
  const description = await rooms.describeRoom(roomId);
  if (description.status !== 'active') {
    sendRoomGone(request, response, description.status);
    return;
  }
  const { hostName, intro, company, interviewTitle, startsAt, photo, expiresAt } = description;
  sendJson(request, response, 200, { hostName, intro, company, interviewTitle, startsAt, photo, expiresAt });
}

// Ends the room for everyone in it; from then on the guest link answers room_closed. Closing twice is fine.
async function closeRoom(
  request: IncomingMessage,
  response: ServerResponse,
  settings: HttpRequestHandlerSettings,
  roomId: string,
): Promise<void> {
  if (!isAuthorized(request, response, settings.apiKey)) return;
  const outcome = await settings.rooms.closeRoom(roomId);
  if (outcome !== 'closed') {
    sendRoomGone(request, response, outcome);
    return;
  }
  applySecurityHeaders(response, 'api');
  response.statusCode = 204;
  response.setHeader('Cache-Control', 'no-store');
  response.end();
}

function sendRoomGone(
  request: IncomingMessage,
  response: ServerResponse,
  status: 'unknown' | 'expired' | 'closed',
): void {
  if (status === 'unknown') {
    sendJson(request, response, 404, { error: 'unknown_room', message: signalingErrorMessages.unknown_room });
    return;
  }
  const code = status === 'expired' ? 'room_expired' : 'room_closed';
  sendJson(request, response, 410, { error: code, message: signalingErrorMessages[code] });
}

function isAuthorized(request: IncomingMessage, response: ServerResponse, apiKey: string): boolean {
  const authorization = request.headers.authorization ?? '';
  const presentedKey = authorization.startsWith('Bearer ')
    ? authorization.slice('Bearer '.length).trim()
    : '';
  if (tokensMatch(presentedKey, apiKey)) return true;
  response.setHeader('WWW-Authenticate', 'Bearer');
  sendJson(request, response, 401, { error: 'unauthorized', message: 'A valid API key is required.' });
  return false;
}

// Without --public-url the join link points wherever the desktop app reached us, which is right on a LAN.
function publicBaseOf(request: IncomingMessage, settings: HttpRequestHandlerSettings): string {
  if (settings.publicUrl !== undefined) return settings.publicUrl;
  const host = request.headers.host;
  if (host !== undefined && plausibleHostHeader.test(host)) return `http://${host}`;
  return settings.serverUrl();
}

function allowMethods(request: IncomingMessage, response: ServerResponse, methods: string[]): boolean {
  if (methods.includes(request.method ?? '')) return true;
  response.setHeader('Allow', methods.join(', '));
  sendJson(request, response, 405, { error: 'method_not_allowed', message: 'Method not allowed.' });
  return false;
}

function sendPreflight(response: ServerResponse): void {
  response.statusCode = 204;
  response.end();
}
