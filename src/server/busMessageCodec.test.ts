import { describe, expect, it } from 'vitest';
import { busMessageCodec } from './busMessageCodec.ts';

describe('busMessageCodec', () => {
  it('round-trips every kind, with payloads that hold spaces, escaped newlines and nothing at all', () => {
    const messages = [
      { kind: 'join', from: 'processA', id: '7', payload: '{"type":"join","name":"Ann Smith\\nPhD"}' },
      { kind: 'send', from: 'processB', id: '12', payload: '{"type":"signal","from":"x","data":"a b"}' },
      { kind: 'frame', from: 'processA', id: '7', payload: '{\n  "type": "leave"\n}\n' },
      { kind: 'gone', from: 'processA', id: '7', payload: '' },
      { kind: 'close', from: 'processB', id: '7', payload: '1012 room moved' },
    ] as const;
    for (const message of messages)
      expect(busMessageCodec.decode(busMessageCodec.encode(message))).toEqual(message);
  });

  it('refuses messages that are not ours', () => {
    for (const text of [
      '',
      'hello',
      'join processA\n{}',
      'shout processA 1\n{}',
      'join processA 1 extra\n{}',
    ]) {
      expect(busMessageCodec.decode(text), text).toBeNull();
    }
  });
});
