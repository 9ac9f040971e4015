import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openBackend } from '../backend/openBackend.ts';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';
import { configuredSignalingSources } from '../services/calls/configuredSignalingSources.ts';
import { signalingConnectSources } from '../services/calls/signalingConnectSources.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';
import {
  startLocalSignalingServer,
  type LocalSignalingServer,
} from '../services/calls/startLocalSignalingServer.ts';
import { serveStaticFile } from './serveStaticFile.ts';

export type WebHost = {
  /** The full address to open, token included. */
  url: string;
  port: number;
  /** The signalling server calls use by default (the built-in one unless `signaling` was given). */
  signalingUrl: string;
  close(): Promise<void>;
};

export type WebHostOptions = {
  dataDirectory: string;
  rendererDirectory: string;
  version: string;
  port?: number;
  /** Extra origins the renderer may connect to, e.g. the signalling server. */
  connectSources?: string[];
  /**
   * The signalling server calls use when Settings name none. Without it the web host starts its own, in this
   * process, on 127.0.0.1 with a random port and key.
   */
  signaling?: SignalingServerAccess;
};

const maximumBodyBytes = 32 * 1024 * 1024;

function sameToken(candidate: string | undefined, token: Buffer): boolean {
  if (!candidate) return false;
  const given = Buffer.from(candidate);
  return given.length === token.length && timingSafeEqual(given, token);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumBodyBytes) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves the built renderer and the same router the desktop app uses, on 127.0.0.1 only, behind a random
 * per-run token. The token arrives once in the URL and is then kept in an HttpOnly cookie (as Jupyter does).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const ownSignaling: LocalSignalingServer | null = options.signaling
    ? null
    : await startLocalSignalingServer();
  const signaling = options.signaling ?? ownSignaling!;
  let backend: ReturnType<typeof openBackend>;
  try {
    backend = openBackend({
      dataDirectory: options.dataDirectory,
      version: options.version,
      localSignalingServer: signaling,
    });
  } catch (error) {
    await ownSignaling?.close();
    throw error;
  }
  const tokenText = randomBytes(24).toString('base64url');
  const token = Buffer.from(tokenText);
  const rendererRoot = path.resolve(options.rendererDirectory);
  const baseConnectSources = [...(options.connectSources ?? []), ...signalingConnectSources(signaling.url)];
  // Settings may name another signalling server at any time; the next page load may then connect to it.
  const currentPolicy = (): string =>
    contentSecurityPolicy([...baseConnectSources, ...configuredSignalingSources(backend.settings)]);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    const queryToken = url.searchParams.get('token') ?? undefined;
    const authorized =
      sameToken(bearer, token) ||
      sameToken(cookieValue(request, tokenCookie()), token) ||
      sameToken(queryToken, token);
    if (!authorized) {
      sendJson(response, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Open the address the web host printed, token included.' },
      });
      return;
    }
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (sameToken(queryToken, token)) {
      response.setHeader('Set-Cookie', `${tokenCookie()}=${tokenText}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith('/api/')) {
      // Cookies ignore ports, so a page on another 127.0.0.1 port would carry ours: only our own pages may call.
      const site = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      if (
        (site !== undefined && site !== 'same-origin' && site !== 'none') ||
        (origin !== undefined && origin !== ownOrigin())
      ) {
        sendJson(response, 403, {
          ok: false,
          error: { code: 'unauthorized', message: 'Calls are accepted from Rapport’s own pages only.' },
        });
        return;
      }
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } });
        return;
      }
      const body = await readBody(request);
      if (body === null) {
        sendJson(response, 413, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request is too large.' },
        });
        return;
      }
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        sendJson(response, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request body is not valid JSON.' },
        });
        return;
      }
      const result = await backend.router.call(url.pathname.slice('/api/'.length), input);
      sendJson(response, 200, result);
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, {
        ok: false,
        error: { code: 'invalid_input', message: 'Method not allowed.' },
      });
      return;
    }
    response.setHeader('Content-Security-Policy', currentPolicy());
    response.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=(self)');
    if (url.pathname !== '/' && serveStaticFile(rendererRoot, url.pathname, response)) return;
    // Client-side routes all load the app shell.
    if (!serveStaticFile(rendererRoot, '/index.html', response)) {
      sendJson(response, 500, {
        ok: false,
        error: { code: 'internal', message: 'The renderer is not built. Run npm run build.' },
      });
    }
  }

  // Named per port: two web hosts on one machine must not overwrite each other's cookie.
  const tokenCookie = () => `rapport_token_${port}`;
  const ownOrigin = () => `http://127.0.0.1:${port}`;
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent)
        sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } });
      else response.destroy();
    });
  });
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${tokenText}`,
    port,
    signalingUrl: signaling.url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          backend.close();
          // Calls in progress are peer to peer; closing signalling only stops new rooms and reconnections.
          void (ownSignaling?.close() ?? Promise.resolve()).then(() => resolve());
        });
        server.closeIdleConnections();
        // A browser may hold a keep-alive socket open forever; every write is already committed, so cut it.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
