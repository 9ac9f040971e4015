import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { AddressConnectionCounter } from './AddressConnectionCounter.ts';
import { clientAddressKey } from './clientAddressKey.ts';
import { clientAddressOf } from './clientAddressOf.ts';
import { closeCodes } from './closeCodes.ts';
import { createHttpRequestHandler } from './createHttpRequestHandler.ts';
import { createIceServers } from './createIceServers.ts';
import { createRoomService } from './createRoomService.ts';
import { isAllowedOrigin } from './isAllowedOrigin.ts';
import { JoinAttemptLimiter } from './JoinAttemptLimiter.ts';
import { requestPathname } from './requestPathname.ts';
import { SignalingConnection } from './SignalingConnection.ts';
import type { SignalingServer } from './SignalingServer.ts';
import type { SignalingServerOptions } from './SignalingServerOptions.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { startHeartbeat } from './startHeartbeat.ts';

const defaultJoinPageDirectory = path.resolve(import.meta.dirname, '../../out/join');
const shutdownGraceMilliseconds = 1000;
// The desktop app's renderer origin (a privileged custom scheme, see docs/security.md).
const appOrigin = 'app://rapport';

// Builds the whole server (HTTP API, join page, WebSocket relay) without starting it, so callers choose when to listen.
export function createSignalingServer(options: SignalingServerOptions): SignalingServer {
  if (options.apiKey.trim() === '') throw new Error('createSignalingServer: apiKey must not be empty');
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const iceServerSettings = {
    stunUrls: options.stunUrls ?? [],
    turnUrls: options.turnUrls ?? [],
    turnSecret: options.turnSecret,
    turnCredentialTtlSeconds: options.turnCredentialTtlSeconds ?? 24 * 60 * 60,
  };
  const rooms = createRoomService({
    createIceServers: () => createIceServers(iceServerSettings),
    reconnectGraceMilliseconds: (options.reconnectGraceSeconds ?? 120) * 1000,
    sweepIntervalMilliseconds: options.sweepIntervalMilliseconds ?? 1000,
    redisUrl: options.redisUrl,
    log,
  });
  const allowedOrigins = new Set(
    [
      appOrigin,
      ...(publicUrl === undefined ? [] : [new URL(publicUrl).origin]),
      ...(options.allowedOrigins ?? []),
    ].map((origin) => origin.toLowerCase()),
  );
  const trustProxy = options.trustProxy ?? false;
  const connectionsPerAddress = new AddressConnectionCounter(
    options.maximumConnectionsPerAddress ?? signalingServerLimits.defaultMaximumConnectionsPerAddress,
  );
  const joinAttempts = new JoinAttemptLimiter(
    options.joinAttemptsPerAddressPerMinute ?? signalingServerLimits.defaultJoinAttemptsPerAddressPerMinute,
  );
  let baseUrl: string | null = null;
  let stopHeartbeat: (() => void) | null = null;

  const httpServer = createServer(
    { requestTimeout: 15_000, headersTimeout: 10_000 },
    createHttpRequestHandler({
      rooms,
      apiKey: options.apiKey,
      publicUrl,
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

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Errors on a half-upgraded socket must not become uncaught exceptions.
    socket.on('error', () => socket.destroy());
    if (requestPathname(request) !== '/ws') {
      rejectUpgrade(socket, '404 Not Found');
      return;
    }
    if (!isAllowedOrigin(request.headers.origin, request.headers.host, allowedOrigins)) {
      rejectUpgrade(socket, '403 Forbidden');
      return;
    }
    if (webSocketServer.clients.size >= signalingServerLimits.maximumConnections) {
      rejectUpgrade(socket, '503 Service Unavailable');
      return;
    }
    const addressKey = clientAddressKey(clientAddressOf(request, trustProxy));
    if (!connectionsPerAddress.tryAdd(addressKey)) {
      rejectUpgrade(socket, '429 Too Many Requests');
      return;
    }
    let counted = true;
    const release = (): void => {
      if (counted) connectionsPerAddress.remove(addressKey);
      counted = false;
    };
    // A handshake that never completes must give its place back too.
    socket.once('close', release);
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      webSocket.once('close', release);
      new SignalingConnection(webSocket, { rooms, joinAttempts, addressKey, log });
      // The heartbeat listens for connections.
      webSocketServer.emit('connection', webSocket, request);
    });
  };
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(request, socket, head);
    } catch (error) {
      log(`a WebSocket upgrade failed: ${String(error)}`);
      socket.destroy();
    }
  });

  return {
    get url(): string {
      if (baseUrl === null) throw new Error('The signalling server is not listening yet.');
      return baseUrl;
    },

    async listen(): Promise<string> {
      await rooms.start();
      try {
        await new Promise<void>((resolve, reject) => {
          httpServer.once('error', reject);
          httpServer.listen(options.port ?? 0, host, () => {
            httpServer.off('error', reject);
            resolve();
          });
        });
      } catch (error) {
        await rooms.stop();
        throw error;
      }
      const { port } = httpServer.address() as AddressInfo;
      baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      stopHeartbeat = startHeartbeat(webSocketServer, options.heartbeatIntervalMilliseconds ?? 30_000);
      return baseUrl;
    },

    async close(): Promise<void> {
      stopHeartbeat?.();
      await Promise.all([...webSocketServer.clients].map(closeGracefully));
      webSocketServer.close();
      await rooms.stop();
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
    socket.close(closeCodes.goingAway, 'server shutting down');
  });
}
