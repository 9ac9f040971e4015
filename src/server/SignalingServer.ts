// A running (or ready to run) signalling server, whether started by the CLI or inside the desktop app.
export interface SignalingServer {
  /** Base URL such as http://127.0.0.1:43123; throws before listen() has resolved. */
  readonly url: string;
  /** Starts listening and resolves with the base URL. */
  listen(): Promise<string>;
  /** Closes every WebSocket (code 1001) and the HTTP server, then resolves. */
  close(): Promise<void>;
}
