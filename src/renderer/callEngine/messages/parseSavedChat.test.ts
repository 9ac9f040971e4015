import { describe, expect, it } from 'vitest';
import { parseSavedChat } from './parseSavedChat.ts';

const line = (fields: Record<string, unknown>) => ({
  id: 'a',
  from: 'local',
  name: 'Cara',
  text: 'Hello',
  sentAt: '2030-01-01T10:00:00.000Z',
  ...fields,
});

describe('parseSavedChat', () => {
  it('reads back both sides of a saved chat, in order', () => {
    expect(parseSavedChat([line({}), line({ id: 'b', from: 'remote', name: 'Rita', text: 'Hi' })])).toEqual([
      { id: 'a', from: 'local', name: 'Cara', text: 'Hello', sentAt: '2030-01-01T10:00:00.000Z' },
      { id: 'b', from: 'remote', name: 'Rita', text: 'Hi', sentAt: '2030-01-01T10:00:00.000Z' },
    ]);
  });

  it('drops what is not a sound line, repeats, and anything past the cap; never throws', () => {
    for (const bad of [null, 'chat', 42, {}, { length: 3 }]) expect(parseSavedChat(bad)).toEqual([]);
    expect(
      parseSavedChat([
        null,
        line({ from: 'system' }),
        line({ text: '' }),
        line({ text: 7 }),
        line({ id: 'x'.repeat(101) }),
        line({ type: 'bye' }),
        line({}),
        line({ text: 'again' }),
      ]).map((kept) => kept.text),
    ).toEqual(['Hello']);
    const many = Array.from({ length: 5000 }, (_, index) => line({ id: `m${index}` }));
    expect(parseSavedChat(many)).toHaveLength(2000);
  });

  it('cleans text as the data channel does', () => {
    expect(parseSavedChat([line({ text: '  Hi\u202e there  ' })])[0]?.text).toBe('Hi there');
  });
});
