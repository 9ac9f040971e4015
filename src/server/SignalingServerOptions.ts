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
  /** How long a disconnected peer keeps its slot, queued messages and peerId. Default 120 s. */
  reconnectGraceSeconds?: number;
}
