/** How long the peer session waits before each step of recovery, and how often it reads the statistics. */
export type PeerSessionTimings = {
  reconnectTimeoutMilliseconds: number;
  disconnectedGraceMilliseconds: number;
  iceRestartTimeoutMilliseconds: number;
  statsIntervalMilliseconds: number;
};
