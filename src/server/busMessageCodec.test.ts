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
      expect(busMessageCodec.decode(busMessageCodec.encode(message))).toEqual([message]);
  });

  it('round-trips a batch in order, payloads with newlines, digits and non-ASCII text included', () => {
    const messages = [
      { kind: 'send', id: '12', payload: '{"type":"signal","data":"a\nb"}' },
      { kind: 'frame', id: '7', payload: '12 3\n\n4\n' },
      { kind: 'gone', id: '7', payload: '' },
      { kind: 'send', id: '9', payload: '{"name":"Zoë 😀 مرحبا"}' },
    ] as const;
    const text = busMessageCodec.encodeBatch('processA', messages);
    expect(busMessageCodec.decode(text)).toEqual(
      messages.map((message) => ({ ...message, from: 'processA' })),
    );
  });

  it('drops a whole batch that is cut short or names an unknown kind', () => {
    const text = busMessageCodec.encodeBatch('processA', [
      { kind: 'send', id: '1', payload: '{"a":1}' },
      { kind: 'send', id: '2', payload: '{"b":2}' },
    ]);
    for (const broken of [
      text.slice(0, -1),
      text.replace('send 2', 'shout 2'),
      text.replace(' 7\n', ' x\n'),
      '*processA\n',
      '*\nsend 1 2\n{}',
    ]) {
      expect(busMessageCodec.decode(broken), broken).toBeNull();
    }
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
