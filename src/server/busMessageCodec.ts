import type { BusMessage } from './BusMessage.ts';

const kinds = new Set<string>(['join', 'frame', 'gone', 'send', 'close', 'close-room', 'room-closed']);

// One header line, then the payload untouched, newlines and all: relayed frames are already JSON, and wrapping them in
// another JSON string would escape every quote on the hot path.
export const busMessageCodec = {
  encode(message: BusMessage): string {
    return `${message.kind} ${message.from} ${message.id}\n${message.payload}`;
  },

  decode(text: string): BusMessage | null {
    const headerEnd = text.indexOf('\n');
    if (headerEnd === -1) return null;
    const [kind = '', from = '', id = '', extra] = text.slice(0, headerEnd).split(' ');
    if (!kinds.has(kind) || from === '' || id === '' || extra !== undefined) return null;
    return { kind: kind as BusMessage['kind'], from, id, payload: text.slice(headerEnd + 1) };
  },
};
