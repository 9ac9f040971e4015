import type { BusMessage } from './BusMessage.ts';

const kinds = new Set<string>(['join', 'frame', 'gone', 'send', 'close', 'close-room', 'room-closed']);
const batchMark = '*';
const idPattern = /^[^\s]+$/;

function decodeOne(text: string): BusMessage | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd === -1) return null;
  const [kind = '', from = '', id = '', extra] = text.slice(0, headerEnd).split(' ');
  if (!kinds.has(kind) || from === '' || id === '' || extra !== undefined) return null;
  return { kind: kind as BusMessage['kind'], from, id, payload: text.slice(headerEnd + 1) };
}

function decodeBatch(text: string): BusMessage[] | null {
  let at = text.indexOf('\n');
  const from = text.slice(batchMark.length, at);
  if (at === -1 || !idPattern.test(from)) return null;
  at += 1;
  const messages: BusMessage[] = [];
  while (at < text.length) {
    const headerEnd = text.indexOf('\n', at);
    if (headerEnd === -1) return null;
    const [kind = '', id = '', lengthText = '', extra] = text.slice(at, headerEnd).split(' ');
    const length = Number(lengthText);
    if (!kinds.has(kind) || id === '' || extra !== undefined || !/^\d+$/.test(lengthText)) return null;
    const end = headerEnd + 1 + length;
    if (end > text.length) return null;
    messages.push({ kind: kind as BusMessage['kind'], from, id, payload: text.slice(headerEnd + 1, end) });
    at = end;
  }
  return messages.length > 0 ? messages : null;
}

// One header line, then the payload untouched, newlines and all: relayed frames are already JSON, and wrapping them in
// another JSON string would escape every quote on the hot path. Several messages to one process go as one batch
// (`*from`, then `kind id length` and the payload for each), so a burst costs one Redis command, not one per frame.
export const busMessageCodec = {
  encode(message: BusMessage): string {
    return `${message.kind} ${message.from} ${message.id}\n${message.payload}`;
  },

  encodeBatch(from: string, messages: readonly Omit<BusMessage, 'from'>[]): string {
    let text = `${batchMark}${from}\n`;
    for (const message of messages)
      text += `${message.kind} ${message.id} ${message.payload.length}\n${message.payload}`;
    return text;
  },

  /** The messages in a text from Redis, one or a batch; null when any part of it is not ours. */
  decode(text: string): BusMessage[] | null {
    if (text.startsWith(batchMark)) return decodeBatch(text);
    const message = decodeOne(text);
    return message === null ? null : [message];
  },
};
