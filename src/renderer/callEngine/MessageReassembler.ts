import type { MessageChunk } from './chunkMessage.ts';

const maximumPendingMessages = 8;
const maximumChunksPerMessage = 1024;

function isChunk(value: unknown): value is MessageChunk {
  if (!value || typeof value !== 'object') return false;
  const chunk = value as Record<string, unknown>;
  return (
    chunk.type === 'chunk' &&
    typeof chunk.id === 'string' &&
    typeof chunk.part === 'string' &&
    Number.isInteger(chunk.index) &&
    Number.isInteger(chunk.count) &&
    (chunk.count as number) > 0 &&
    (chunk.count as number) <= maximumChunksPerMessage &&
    (chunk.index as number) >= 0 &&
    (chunk.index as number) < (chunk.count as number)
  );
}

/**
 * The receiving half of chunkMessage: takes each incoming frame's text and returns the parsed message once it
 * is whole (null until then, or for garbage). A peer cannot make it hold more than a few partial messages.
 */
export class MessageReassembler {
  private readonly pending = new Map<string, { parts: (string | undefined)[]; received: number }>();

  accept(text: string): unknown {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    if (!isChunk(value)) return value;
    let entry = this.pending.get(value.id);
    if (!entry) {
      if (this.pending.size >= maximumPendingMessages) {
        const oldest = this.pending.keys().next().value;
        if (oldest !== undefined) this.pending.delete(oldest);
      }
      entry = { parts: new Array<string | undefined>(value.count).fill(undefined), received: 0 };
      this.pending.set(value.id, entry);
    }
    if (entry.parts.length !== value.count) return null;
    if (entry.parts[value.index] === undefined) entry.received += 1;
    entry.parts[value.index] = value.part;
    if (entry.received < value.count) return null;
    this.pending.delete(value.id);
    try {
      return JSON.parse(entry.parts.join('')) as unknown;
    } catch {
      return null;
    }
  }
}
