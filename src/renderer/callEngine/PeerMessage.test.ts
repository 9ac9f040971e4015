import { expect, it } from 'vitest';
import { isPeerMessage } from './PeerMessage.ts';

it('accepts the four message kinds and refuses anything malformed', () => {
  expect(isPeerMessage({ type: 'chat', id: 'a', text: 'hi', sentAt: 'now', name: 'Rita' })).toBe(true);
  expect(isPeerMessage({ type: 'mute-state', muted: true })).toBe(true);
  expect(isPeerMessage({ type: 'camera-state', off: false })).toBe(true);
  expect(isPeerMessage({ type: 'bye' })).toBe(true);
  for (const bad of [
    null,
    'chat',
    { type: 'chat', id: 'a', text: 5, sentAt: 'now', name: 'R' },
    { type: 'mute-state', muted: 'yes' },
    { type: 'camera-state' },
    { type: 'eval', code: 'alert(1)' },
  ]) {
    expect(isPeerMessage(bad)).toBe(false);
  }
});
