// Everything createSignalingServer accepts; only apiKey is required, the rest have defaults suited to a LAN.
export interface SignalingServerOptions {
  /** Key the desktop app presents as `Authorization: Bearer <key>` to create rooms. */
  apiKey: string;
  /** TCP port; 0 picks a free one. Default 0. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 so nothing is exposed unless asked for. */
  host?: string;
  /** Public base URL (e.g. https://signal.example.com) used in joinUrl when behind a TLS proxy. */
  publicUrl?: string;
  /** Room lifetime when POST /api/rooms gives no ttlSeconds. Default 24 hours. */
  roomTtlSeconds?: number;
  stunUrls?: string[];
  turnUrls?: string[];
  /** coturn `static-auth-secret`; when set, every join gets time-limited TURN REST credentials. */
  turnSecret?: string;
  /** Lifetime of generated TURN credentials. Default 24 hours, longer than any interview. */
  turnCredentialTtlSeconds?: number;
  /** Folder holding the built join page (index.html and assets/). Default <repo>/out/join. */
  joinPageDirectory?: string;
  /** How often sockets are pinged; a socket that misses one ping is dropped. Default 30 s. */
  heartbeatIntervalMilliseconds?: number;
  /** How often expired rooms and abandoned peer slots are cleaned up. Default 1 s. */
  sweepIntervalMilliseconds?: number;
  /** How long a disconnected peer keeps its slot, queued messages and peerId, and an empty room stays open. Default 120 s. */
  reconnectGraceSeconds?: number;
  /** Browser origins allowed to open the WebSocket besides app://rapport, loopback pages and the server's own. */
  allowedOrigins?: string[];
  /** Open WebSockets per client IPv4 address or IPv6 /64. Default 50. */
  maximumConnectionsPerAddress?: number;
  /** Join frames per client address per minute, in bursts of as many. Default 100. */
  joinAttemptsPerAddressPerMinute?: number;
  /** Take the client address from the last X-Forwarded-For entry: only behind a reverse proxy that sets it. */
  trustProxy?: boolean;
  /** redis:// or rediss:// URL: serve the same rooms as every other process using this Redis. */
  redisUrl?: string;
  /** Where operational messages go (never frame contents). Default: stderr. */
  log?: (message: string) => void;
}
