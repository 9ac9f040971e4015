import { expect, it } from 'vitest';
import { parseServerFrame } from './parseServerFrame.ts';

it('reads a server frame from its JSON text', () => {
  expect(parseServerFrame('{"type":"peer-left","peerId":"H2"}')).toEqual({ type: 'peer-left', peerId: 'H2' });
});

it('returns null, without throwing, for anything that is not a frame of the wire format', () => {
  const unreadable: unknown[] = [
    new ArrayBuffer(8),
    undefined,
    '',
    '{"type":"peer-left",',
    'null',
    '"peer-left"',
    '[{"type":"peer-left","peerId":"H2"}]',
    '{"type":"surprise","peerId":"H2"}',
    '{"type":"joined","peerId":"G1","role":"guest","peers":[],"iceServers":[],"expiresAt":"2030-01-01T00:00:00.000Z"}',
    '{"type":"error","code":"teapot","message":"I am one"}',
    '{"__proto__":{"type":"peer-left","peerId":"H2"}}',
  ];
  for (const data of unreadable) expect(parseServerFrame(data)).toBeNull();
});
