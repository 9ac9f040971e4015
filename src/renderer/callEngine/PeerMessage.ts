/** What the two sides tell each other over the data channel, as JSON. */
export type PeerMessage =
  | { type: 'chat'; id: string; text: string; sentAt: string; name: string }
  | { type: 'mute-state'; muted: boolean }
  | { type: 'camera-state'; off: boolean }
  /** Sent just before hanging up, so the other side ends the call instead of trying to reconnect. */
  | { type: 'bye' };

const messageTypes = new Set(['chat', 'mute-state', 'camera-state', 'bye']);

/** Anything that came off the wire is untrusted: keep only well-formed messages. */
export function isPeerMessage(value: unknown): value is PeerMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (typeof message.type !== 'string' || !messageTypes.has(message.type)) return false;
  switch (message.type) {
    case 'chat':
      return (
        typeof message.id === 'string' &&
        typeof message.text === 'string' &&
        typeof message.sentAt === 'string' &&
        typeof message.name === 'string'
      );
    case 'mute-state':
      return typeof message.muted === 'boolean';
    case 'camera-state':
      return typeof message.off === 'boolean';
    default:
      return true;
  }
}
