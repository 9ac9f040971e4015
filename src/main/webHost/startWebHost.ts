import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DatabaseStatus } from '../../shared/schemas/databaseStatus.ts';
import type { Backend } from '../backend/openBackend.ts';
import type { DatabaseKeySource } from '../backend/DatabaseKeySource.ts';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';
import { configuredSignalingSources } from '../services/calls/configuredSignalingSources.ts';
import { signalingConnectSources } from '../services/calls/signalingConnectSources.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';
import {
  startLocalSignalingServer,
  type LocalSignalingServer,
} from '../services/calls/startLocalSignalingServer.ts';
import { loadWebHostDatabaseKey } from './loadWebHostDatabaseKey.ts';
import { openWebHostBackend } from './openWebHostBackend.ts';
import { serveStaticFile } from './serveStaticFile.ts';
import { exportDownloadHeaders } from '../services/everythingExport/exportDownloadHeaders.ts';
import { exportPathPattern } from '../services/everythingExport/exportPathPattern.ts';
import {
  recordingPathPattern,
  recordingPlaybackResponse,
} from '../services/recordings/recordingPlaybackResponse.ts';

export type WebHost = {
  /** The full address to open, token included. */
  url: string;
  port: number;
  /** The signalling server calls use by default (the built-in one unless `signaling` was given). */
  signalingUrl: string;
  /** Where the database key is kept (null for RAPPORT_DB_KEY). */
  keyFile: string | null;
  databaseStatus(): DatabaseStatus;
  /** Called once if the database is found damaged while running. */
  onDatabaseDamaged(listener: (status: DatabaseStatus) => void): () => void;
  /** Stops serving, backs up when anything changed (unless the file is damaged), and closes the database. */
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
  /** The database key; by default RAPPORT_DB_KEY, else the key file (`keyFile`, or DIR.key beside the data directory). */
  databaseKey?: DatabaseKeySource;
  keyFile?: string;
  /** How long to wait for the check of the database file before serving (default 3 s); it goes on in the background. */
  checkWaitMs?: number;
  /** The recovery screen's "Quit". */
  onQuitRequested?: () => void;
  /** Now, for every handler; tests move it (retention). */
  clock?: () => Date;
};

const maximumBodyBytes = 32 * 1024 * 1024;
const maximumDrainBytes = 8 * maximumBodyBytes;

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

/**
 * The body as text, or null once it passes the limit. The rest of a too-large body is read and dropped, so the
 * client finishes sending and reads our 413 instead of a reset connection; past `maximumDrainBytes` it is cut.
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () => {
      chunks.length = 0;
      request.removeAllListeners('data');
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maximumDrainBytes) request.destroy();
      });
      resolve(null);
    };
    if (Number(request.headers['content-length']) > maximumBodyBytes) {
      tooLarge();
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumBodyBytes) tooLarge();
      else chunks.push(chunk);
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
  let backend: Backend;
  let databaseKeyFile: string | null;
  try {
    const databaseKey =
      options.databaseKey ??
      loadWebHostDatabaseKey({
        dataDirectory: options.dataDirectory,
        environment: process.env,
        ...(options.keyFile ? { keyFile: options.keyFile } : {}),
      });
    backend = await openWebHostBackend({
      dataDirectory: options.dataDirectory,
      version: options.version,
      databaseKey,
      localSignalingServer: signaling,
      checkWaitMs: options.checkWaitMs ?? 3000,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.onQuitRequested ? { onQuitRequested: options.onQuitRequested } : {}),
    });
    databaseKeyFile = databaseKey.keyFile;
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
    // Another name that resolves to 127.0.0.1 (DNS rebinding) must not reach the API, token or not.
    if (!ownHosts().includes(request.headers.host ?? '')) {
      sendJson(response, 421, {
        ok: false,
        error: { code: 'unauthorized', message: `Rapport answers only at ${ownHosts().join(' or ')}.` },
      });
      return;
    }
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
        (origin !== undefined && !ownHosts().some((host) => origin === `http://${host}`))
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
    // A recording, by byte range so the player can seek; same-origin only, like the API.
    const recordingMatch = recordingPathPattern.exec(url.pathname);
    if (recordingMatch) {
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        sendJson(response, 403, {
          ok: false,
          error: { code: 'unauthorized', message: 'Recordings play in Rapport’s own pages only.' },
        });
        return;
      }
      const answer = recordingPlaybackResponse(
        backend.recordingPlayback(recordingMatch[1]!),
        request.headers.range,
      );
      response.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(answer.body.length) });
      response.end(request.method === 'HEAD' ? undefined : answer.body);
      return;
    }
    // An "Export everything" file, streamed from disk (it may hold hundreds of MB of recordings) and deleted
    // once sent; same-origin only, like the API.
    const exportMatch = exportPathPattern.exec(url.pathname);
    if (exportMatch) {
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        sendJson(response, 403, {
          ok: false,
          error: { code: 'unauthorized', message: 'Exports download from Rapport’s own pages only.' },
        });
        return;
      }
      const download = backend.exportDownload(exportMatch[1]!);
      if (!download) {
        sendJson(response, 404, {
          ok: false,
          error: { code: 'not_found', message: 'This export was already downloaded, or has expired.' },
        });
        return;
      }
      response.writeHead(200, exportDownloadHeaders(download));
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      download.claim();
      const stream = createReadStream(download.file);
      // Sent or cut off, it is served: the file holds decrypted data, and another export is a click away.
      stream.once('close', () => download.served());
      stream.once('error', (error) => {
        console.error('Rapport could not send an export', error);
        response.destroy();
      });
      response.once('close', () => stream.destroy());
      stream.pipe(response);
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
  const ownHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
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
    keyFile: databaseKeyFile,
    databaseStatus: () => backend.status(),
    onDatabaseDamaged: (listener) => backend.onDamaged(listener),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void backend
            .closeWithBackup()
            .catch((error: unknown) => console.error('Rapport could not close its database cleanly', error))
            // Calls in progress are peer to peer; closing signalling only stops new rooms and reconnections.
            .then(() => ownSignaling?.close())
            .then(() => resolve());
        });
        server.closeIdleConnections();
        // A browser may hold a keep-alive socket open forever; every write is already committed, so cut it.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
