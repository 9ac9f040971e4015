import type { MessageChunk } from './chunkMessage.ts';

const maximumPendingMessages = 8;
const maximumChunksPerMessage = 128;
/** chunkMessage's parts are about 2,700 code units; a longer one did not come from it. */
const maximumPartLength = 4096;
/** The largest whole message we put back together (a 4,000-character chat line is at most ~25,000). */
const maximumMessageLength = 256 * 1024;
/** No frame of ours is longer than 16 KiB; a peer's 256 KiB frame is not even parsed. */
const maximumFrameLength = 64 * 1024;

function isChunk(value: unknown): value is MessageChunk {
  if (!value || typeof value !== 'object') return false;
  const chunk = value as Record<string, unknown>;
  return (
    chunk.type === 'chunk' &&
    typeof chunk.id === 'string' &&
    typeof chunk.part === 'string' &&
    chunk.part.length <= maximumPartLength &&
    chunk.id.length <= 100 &&
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
 * is whole (null until then, or for garbage). Each part and each whole message is bounded, and at most a few
 * partial messages are held, so a peer cannot make it hold more than about 2 MB.
 */
export class MessageReassembler {
  private readonly pending = new Map<
    string,
    { parts: (string | undefined)[]; received: number; length: number }
  >();

  accept(text: string): unknown {
    if (text.length > maximumFrameLength) return null;
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
      entry = { parts: new Array<string | undefined>(value.count).fill(undefined), received: 0, length: 0 };
      this.pending.set(value.id, entry);
    }
    if (entry.parts.length !== value.count) return null;
    const previous = entry.parts[value.index];
    if (previous === undefined) entry.received += 1;
    entry.length += value.part.length - (previous?.length ?? 0);
    entry.parts[value.index] = value.part;
    if (entry.length > maximumMessageLength) {
      // Bigger than any message of ours: forget it rather than keep collecting.
      this.pending.delete(value.id);
      return null;
    }
    if (entry.received < value.count) return null;
    this.pending.delete(value.id);
    try {
      return JSON.parse(entry.parts.join('')) as unknown;
    } catch {
      return null;
    }
  }
}
