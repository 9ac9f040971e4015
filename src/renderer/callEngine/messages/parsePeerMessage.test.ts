import { describe, expect, it } from 'vitest';
import type { PeerMessage } from './PeerMessage.ts';
import { parsePeerMessage } from './parsePeerMessage.ts';

const arrived = () => new Date('2030-01-01T10:00:00.000Z');
const chat = (fields: Record<string, unknown>) =>
  parsePeerMessage(
    { type: 'chat', id: 'a', text: 'hi', sentAt: '2030-01-01T09:59:00Z', name: 'Rita', ...fields },
    arrived,
  ) as Extract<PeerMessage, { type: 'chat' }> | null;

describe('parsePeerMessage', () => {
  it('accepts every message kind and refuses anything malformed', () => {
    expect(chat({})).toEqual({
      type: 'chat',
      id: 'a',
      text: 'hi',
      sentAt: '2030-01-01T09:59:00.000Z',
      name: 'Rita',
    });
    expect(parsePeerMessage({ type: 'mute-state', muted: true })).toEqual({
      type: 'mute-state',
      muted: true,
    });
    expect(parsePeerMessage({ type: 'camera-state', off: false })).toEqual({
      type: 'camera-state',
      off: false,
    });
    expect(parsePeerMessage({ type: 'screen-share', sharing: true })).toEqual({
      type: 'screen-share',
      sharing: true,
    });
    expect(parsePeerMessage({ type: 'bye' })).toEqual({ type: 'bye' });
    expect(parsePeerMessage({ type: 'device-state', camera: 'blocked', microphone: 'missing' })).toEqual({
      type: 'device-state',
      camera: 'blocked',
      microphone: 'missing',
    });
    for (const bad of [
      null,
      'chat',
      42,
      [],
      { type: 'chat', id: 'a', text: 5, sentAt: 'now', name: 'R' },
      { type: 'mute-state', muted: 'yes' },
      { type: 'device-state', camera: 'on fire', microphone: 'working' },
      { type: 'device-state', camera: 'blocked' },
      { type: 'device-state', camera: 'x'.repeat(100_000), microphone: 'working' },
      { type: 'camera-state' },
      { type: 'eval', code: 'alert(1)' },
      { type: 'quality', report: { level: 'superb' } },
      {
        type: 'quality',
        report: {
          level: 'good',
          roundTripMilliseconds: -1,
          lossPercent: null,
          jitterMilliseconds: null,
          bitrateKilobits: null,
          framesPerSecond: null,
        },
      },
      { type: 'signal', data: { session: 'x'.repeat(200) } },
      { type: 'signal', data: { session: 's', control: 'format-disk' } },
    ]) {
      expect(parsePeerMessage(bad)).toBeNull();
    }
  });

  it('drops chat lines with no text or no id left once cleaned, and oversized fields before cleaning', () => {
    expect(chat({ text: '' })).toBeNull();
    expect(chat({ text: '   \u200b\u202e ' })).toBeNull();
    expect(chat({ id: '\u200b' })).toBeNull();
    expect(chat({ text: 'x'.repeat(8001) })).toBeNull();
    expect(chat({ id: 'i'.repeat(101) })).toBeNull();
    expect(chat({ name: 'n'.repeat(321) })).toBeNull();
  });

  it('turns a date that does not parse into the time the line arrived, and any date into ISO 8601 UTC', () => {
    expect(chat({ sentAt: 'not-a-date' })?.sentAt).toBe('2030-01-01T10:00:00.000Z');
    expect(chat({ sentAt: '2030-01-01T11:00:00+02:00' })?.sentAt).toBe('2030-01-01T09:00:00.000Z');
  });

  it('strips bidi overrides, zero-width and control characters from names and text, and cuts them to size', () => {
    const line = chat({
      name: '\u202eu\u200boY\u0007\nCara',
      text: 'line one\r\nline\u2066 two\u0000',
    });
    expect(line).toMatchObject({ name: 'uoY Cara', text: 'line one\nline two' });
    expect(chat({ text: 'é'.repeat(5000) })?.text).toHaveLength(4000);
    expect(chat({ name: 'N'.repeat(200) })?.name).toHaveLength(80);
  });
});
