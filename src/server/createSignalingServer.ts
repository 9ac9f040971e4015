import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { createHttpRequestHandler } from './createHttpRequestHandler.ts';
import { createIceServers } from './createIceServers.ts';
import { requestPathname } from './requestPathname.ts';
import { RoomRegistry } from './RoomRegistry.ts';
import { SignalingConnection } from './SignalingConnection.ts';
import type { SignalingServer } from './SignalingServer.ts';
import type { SignalingServerOptions } from './SignalingServerOptions.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { startHeartbeat } from './startHeartbeat.ts';

const defaultJoinPageDirectory = path.resolve(import.meta.dirname, '../../out/join');
const shutdownGraceMilliseconds = 1000;

// Builds the whole server (HTTP API, join page, WebSocket relay) without starting it, so callers choose when to listen.
export function createSignalingServer(options: SignalingServerOptions): SignalingServer {
  if (options.apiKey.trim() === '') throw new Error('createSignalingServer: apiKey must not be empty');
  const host = options.host ?? '127.0.0.1';
  const iceServerSettings = {
    stunUrls: options.stunUrls ?? [],
    turnUrls: options.turnUrls ?? [],
    turnSecret: options.turnSecret,
    turnCredentialTtlSeconds: options.turnCredentialTtlSeconds ?? 24 * 60 * 60,
  };
  const registry = new RoomRegistry({
    createIceServers: () => createIceServers(iceServerSettings),
    reconnectGraceMilliseconds: (options.reconnectGraceSeconds ?? 120) * 1000,
  });
  let baseUrl: string | null = null;
  let stopHeartbeat: (() => void) | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;

  const httpServer = createServer(
    { requestTimeout: 15_000, headersTimeout: 10_000 },
    createHttpRequestHandler({
      registry,
      apiKey: options.apiKey,
      publicUrl: options.publicUrl?.replace(/\/+$/, ''),
      defaultRoomTtlSeconds: options.roomTtlSeconds ?? 24 * 60 * 60,
      joinPageDirectory: options.joinPageDirectory ?? defaultJoinPageDirectory,
      serverUrl: () => baseUrl ?? 'http://localhost',
    }),
  );
  const webSocketServer = new WebSocketServer({
    noServer: true,
    maxPayload: signalingProtocolLimits.maximumFrameBytes,
    perMessageDeflate: false,
  });
  webSocketServer.on('connection', (socket) => new SignalingConnection(socket, registry));

  httpServer.on('upgrade', (request, socket: Duplex, head: Buffer) => {
    // Errors on a half-upgraded socket must not become uncaught exceptions.
    socket.on('error', () => socket.destroy());
    if (requestPathname(request) !== '/ws') {
      rejectUpgrade(socket, '404 Not Found');
      return;
    }
    if (webSocketServer.clients.size >= signalingServerLimits.maximumConnections) {
      rejectUpgrade(socket, '503 Service Unavailable');
      return;
    }
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      webSocketServer.emit('connection', webSocket, request);
    });
  });

  return {
    get url(): string {
      if (baseUrl === null) throw new Error('The signalling server is not listening yet.');
      return baseUrl;
    },

    listen(): Promise<string> {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(options.port ?? 0, host, () => {
          httpServer.off('error', reject);
          const { port } = httpServer.address() as AddressInfo;
          const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
          baseUrl = url;
          stopHeartbeat = startHeartbeat(webSocketServer, options.heartbeatIntervalMilliseconds ?? 30_000);
          sweepTimer = setInterval(() => registry.sweep(), options.sweepIntervalMilliseconds ?? 1000);
          sweepTimer.unref();
          resolve(url);
        });
      });
    },

    async close(): Promise<void> {
      stopHeartbeat?.();
      if (sweepTimer !== null) clearInterval(sweepTimer);
      await Promise.all([...webSocketServer.clients].map(closeGracefully));
      webSocketServer.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}

function rejectUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

// 1001 "going away" tells clients to reconnect later; terminate whoever does not finish the close handshake in time.
function closeGracefully(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) {
      resolve();
      return;
    }
    const timer = setTimeout(() => socket.terminate(), shutdownGraceMilliseconds);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.close(1001, 'server shutting down');
  });
}
