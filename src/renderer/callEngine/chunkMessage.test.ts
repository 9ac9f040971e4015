import { describe, expect, it } from 'vitest';
import { chunkMessage, maximumFrameBytes } from './chunkMessage.ts';
import { MessageReassembler } from './MessageReassembler.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('chunkMessage and MessageReassembler', () => {
  it('sends a small message as one unchanged frame', () => {
    const text = JSON.stringify({ type: 'chat', text: 'hi' });
    expect(chunkMessage(text, 'a')).toEqual([text]);
    expect(new MessageReassembler().accept(text)).toEqual({ type: 'chat', text: 'hi' });
  });

  it.each([
    ['ASCII', 'x'.repeat(100_000)],
    ['quotes and backslashes (escaping doubles them)', '"\\'.repeat(30_000)],
    ['three-byte characters', '€'.repeat(40_000)],
    ['emoji (surrogate pairs)', '😀'.repeat(30_000)],
  ])(
    'splits a large message of %s into frames of at most 16 KiB and puts it back together',
    (_label, body) => {
      const message = { type: 'chat', id: 'm1', text: body };
      const frames = chunkMessage(JSON.stringify(message), 'm1');
      expect(frames.length).toBeGreaterThan(1);
      for (const frame of frames) expect(bytes(frame)).toBeLessThanOrEqual(maximumFrameBytes);
      const reassembler = new MessageReassembler();
      const results = frames.map((frame) => reassembler.accept(frame));
      expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
      expect(results.at(-1)).toEqual(message);
    },
  );

  it('reassembles chunks that arrive out of order and ignores a repeated chunk', () => {
    const message = { text: 'y'.repeat(50_000) };
    const frames = chunkMessage(JSON.stringify(message), 'z');
    const reassembler = new MessageReassembler();
    const shuffled = [...frames].reverse();
    expect(reassembler.accept(shuffled[0]!)).toBeNull();
    expect(reassembler.accept(shuffled[0]!)).toBeNull();
    let result: unknown = null;
    for (const frame of shuffled.slice(1)) result = reassembler.accept(frame);
    expect(result).toEqual(message);
  });

  it('returns null for garbage and for impossible chunk headers', () => {
    const reassembler = new MessageReassembler();
    expect(reassembler.accept('{not json')).toBeNull();
    expect(
      reassembler.accept(JSON.stringify({ type: 'chunk', id: 'q', index: 5, count: 2, part: '' })),
    ).toEqual({
      type: 'chunk',
      id: 'q',
      index: 5,
      count: 2,
      part: '',
    });
    expect(
      reassembler.accept(JSON.stringify({ type: 'chunk', id: 'q', index: 0, count: 1e9, part: '' })),
    ).not.toBeNull();
  });

  it('forgets the oldest partial message instead of growing without bound', () => {
    const reassembler = new MessageReassembler();
    const first = chunkMessage(JSON.stringify({ n: 'a'.repeat(40_000) }), 'first');
    reassembler.accept(first[0]!);
    for (let index = 0; index < 8; index += 1) {
      reassembler.accept(chunkMessage(JSON.stringify({ n: 'b'.repeat(40_000) }), `other-${index}`)[0]!);
    }
    let result: unknown = null;
    for (const frame of first.slice(1)) result = reassembler.accept(frame);
    expect(result).toBeNull();
  });
});

describe('MessageReassembler bounds', () => {
  const chunk = (id: string, index: number, count: number, part: string) =>
    JSON.stringify({ type: 'chunk', id, index, count, part });

  it('refuses a part longer than chunkMessage ever makes, and a frame over 64 KiB unparsed', () => {
    const reassembler = new MessageReassembler();
    expect(reassembler.accept(chunk('big', 0, 1, `"${'x'.repeat(200_000)}"`))).toBeNull();
    // Not put back together: what comes out is the chunk header itself, which no message schema accepts.
    expect(reassembler.accept(chunk('long', 0, 1, JSON.stringify('x'.repeat(5000))))).toMatchObject({
      type: 'chunk',
    });
    expect(reassembler.accept(JSON.stringify({ type: 'chat', text: 'y'.repeat(70_000) }))).toBeNull();
    expect(reassembler.accept(chunk('ok', 0, 1, '"fine"'))).toBe('fine');
  });

  it('gives up on a message whose parts add up to more than 256 KiB instead of holding 400 × 200k', () => {
    const reassembler = new MessageReassembler();
    const part = 'z'.repeat(4000);
    let result: unknown = 'unset';
    for (let index = 0; index < 127; index += 1)
      result = reassembler.accept(chunk('flood', index, 128, part));
    expect(result).toBeNull();
    // The flood was dropped at the limit: its last part no longer completes anything.
    expect(reassembler.accept(chunk('flood', 127, 128, part))).toBeNull();
  });

  it('refuses more than 128 parts', () => {
    const reassembler = new MessageReassembler();
    const header = { type: 'chunk', id: 'many', index: 0, count: 129, part: '"a"' };
    expect(reassembler.accept(JSON.stringify(header))).toEqual(header);
  });
});
