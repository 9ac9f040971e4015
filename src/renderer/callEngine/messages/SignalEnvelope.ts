/**
 * What travels inside a signalling `signal` frame: a peer's SDP or ICE candidate, or a control word, tagged by the
 * session (one peer connection) it belongs to. `ice-restart` asks the host for an ICE restart on the same
 * connection; `restart` asks for a new connection.
 */
export type SignalEnvelope = {
  session: string;
  signal?: unknown;
  control?: 'restart' | 'ice-restart' | 'bye';
};
