import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyCorsHeaders } from './applyCorsHeaders.ts';
import { createRoomRequestSchema } from './createRoomRequestSchema.ts';
import { readRequestBody } from './readRequestBody.ts';
import { requestPathname } from './requestPathname.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { sendJson } from './sendJson.ts';
import { serveJoinPage } from './serveJoinPage.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { tokensMatch } from './tokensMatch.ts';

interface HttpRequestHandlerSettings {
  registry: RoomRegistry;
  apiKey: string;
  publicUrl: string | undefined;
  defaultRoomTtlSeconds: number;
  joinPageDirectory: string;
  serverUrl: () => string;
}

const roomInfoPattern = /^\/api\/rooms\/([A-Za-z0-9_-]{1,128})\/info$/;
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
    sendRoomInfo(request, response, settings.registry, infoMatch[1] ?? '');
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
  const authorization = request.headers.authorization ?? '';
  const presentedKey = authorization.startsWith('Bearer ')
    ? authorization.slice('Bearer '.length).trim()
    : '';
  if (!tokensMatch(presentedKey, settings.apiKey)) {
    response.setHeader('WWW-Authenticate', 'Bearer');
    sendJson(request, response, 401, { error: 'unauthorized', message: 'A valid API key is required.' });
    return;
  }
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
  const room = settings.registry.create({
    hostName: parsed.data.hostName ?? null,
    intro: parsed.data.intro || null,
    ttlSeconds: parsed.data.ttlSeconds ?? settings.defaultRoomTtlSeconds,
  });
  if (room === null) {
    sendJson(request, response, 503, {
      error: 'too_many_rooms',
      message: 'The server has too many open rooms.',
    });
    return;
  }
  const { hostToken, guestToken } = room.tokens;
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

function sendRoomInfo(
  request: IncomingMessage,
  response: ServerResponse,
  registry: RoomRegistry,
  roomId: string,
): void {
  const lookup = registry.lookup(roomId);
  if (lookup.status === 'unknown') {
    sendJson(request, response, 404, { error: 'unknown_room', message: 'There is no such room.' });
    return;
  }
  if (lookup.status === 'expired') {
    sendJson(request, response, 410, { error: 'room_expired', message: 'This room has expired.' });
    return;
  }
  const { room } = lookup;
  sendJson(request, response, 200, { hostName: room.hostName, intro: room.intro, expiresAt: room.expiresAt });
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
