/** Data-channel messages above this size are split: larger ones are not reliably delivered by every browser. */
export const maximumFrameBytes = 16 * 1024;

/** A piece of a message too large for one data-channel frame. */
export type MessageChunk = { type: 'chunk'; id: string; index: number; count: number; part: string };

const encoder = new TextEncoder();

/**
 * Turns one JSON text into frames of at most 16 KiB each. Small texts go out unchanged; large ones become
 * chunk frames that MessageReassembler puts back together. Splitting is by UTF-16 code unit, never inside a
 * surrogate pair, and sized so that even all-4-byte text fits.
 */
export function chunkMessage(text: string, id: string): string[] {
  if (encoder.encode(text).length <= maximumFrameBytes) return [text];
  // Each code unit is at most 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 units), and JSON escaping
  // of the part may double backslashes and quotes: leave room for the envelope and the worst case.
  const unitsPerChunk = Math.floor((maximumFrameBytes - 256) / 6);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + unitsPerChunk);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.map((part, index) =>
    JSON.stringify({ type: 'chunk', id, index, count: parts.length, part } satisfies MessageChunk),
  );
}
