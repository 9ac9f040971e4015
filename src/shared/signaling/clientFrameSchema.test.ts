import { describe, expect, it } from 'vitest';
import { clientFrameSchema } from './clientFrameSchema.ts';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';

const { maximumIdentifierLength, maximumTokenLength, maximumNameLength } = signalingProtocolLimits;
const ofLength = (length: number) => 'x'.repeat(length);

const validFrames: Record<string, Record<string, unknown>> = {
  join: { type: 'join', roomId: 'room-1', token: 'guest-token', name: 'Cara' },
  signal: { type: 'signal', to: 'peer-1', data: { session: 's1', signal: { type: 'offer', sdp: 'v=0' } } },
  broadcast: { type: 'broadcast', data: ['any', 'json', 1] },
  admit: { type: 'admit', peerId: 'peer-1' },
  deny: { type: 'deny', peerId: 'peer-1' },
  leave: { type: 'leave' },
  end: { type: 'end' },
};

function without(frame: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...frame };
  delete copy[key];
  return copy;
}

describe('clientFrameSchema', () => {
  it.each(Object.entries(validFrames))('accepts a valid %s frame unchanged', (_type, frame) => {
    expect(clientFrameSchema.parse(frame)).toEqual(frame);
  });

  it('accepts a join that resumes a slot with its peerId and resumeToken', () => {
    const resume = { ...validFrames.join, peerId: 'peer-1', resumeToken: 'resume-1' };
    expect(clientFrameSchema.parse(resume)).toEqual(resume);
  });

  it('treats a null peerId and resumeToken as absent', () => {
    const frame = clientFrameSchema.parse({ ...validFrames.join, peerId: null, resumeToken: null });
    expect(frame).toMatchObject({ type: 'join', peerId: null, resumeToken: null });
  });

  it('trims the name, and strips fields it does not know so newer clients still get in', () => {
    expect(clientFrameSchema.parse({ ...validFrames.join, name: '  Cara  ', emoji: '👋' })).toEqual({
      type: 'join',
      roomId: 'room-1',
      token: 'guest-token',
      name: 'Cara',
    });
  });

  it('cleans bidi overrides and zero-width characters out of a name, and refuses a name made only of them', () => {
    expect(clientFrameSchema.parse({ ...validFrames.join, name: ' Mal\u202Elory\u200B ' })).toMatchObject({
      name: 'Mallory',
    });
    expect(clientFrameSchema.safeParse({ ...validFrames.join, name: '\u200B\u202E\u2066' }).success).toBe(
      false,
    );
  });

  it('accepts every field at its longest', () => {
    const join = {
      type: 'join',
      roomId: ofLength(maximumIdentifierLength),
      token: ofLength(maximumTokenLength),
      name: ofLength(maximumNameLength),
      peerId: ofLength(maximumIdentifierLength),
      resumeToken: ofLength(maximumIdentifierLength),
    };
    expect(clientFrameSchema.parse(join)).toEqual(join);
    expect(
      clientFrameSchema.safeParse({ ...validFrames.signal, to: ofLength(maximumIdentifierLength) }).success,
    ).toBe(true);
    expect(
      clientFrameSchema.safeParse({ type: 'admit', peerId: ofLength(maximumIdentifierLength) }).success,
    ).toBe(true);
  });

  it('accepts null and falsy JSON values as signal data: only a missing data key is refused', () => {
    for (const data of [null, 0, false, '']) {
      expect(clientFrameSchema.safeParse({ type: 'signal', to: 'peer-1', data }).success).toBe(true);
      expect(clientFrameSchema.safeParse({ type: 'broadcast', data }).success).toBe(true);
    }
  });

  const missing: Array<[string, unknown]> = [
    ['a frame without type', without(validFrames.join!, 'type')],
    ['a join without roomId', without(validFrames.join!, 'roomId')],
    ['a join without token', without(validFrames.join!, 'token')],
    ['a join without name', without(validFrames.join!, 'name')],
    ['a signal without to', without(validFrames.signal!, 'to')],
    ['a signal without data', without(validFrames.signal!, 'data')],
    ['a broadcast without data', without(validFrames.broadcast!, 'data')],
    ['an admit without peerId', without(validFrames.admit!, 'peerId')],
    ['a deny without peerId', without(validFrames.deny!, 'peerId')],
  ];
  const mistyped: Array<[string, unknown]> = [
    ['a frame of an unknown type', { type: 'kick', peerId: 'peer-1' }],
    ['a frame whose type is not a string', { ...validFrames.leave, type: 1 }],
    ['a join whose roomId is a number', { ...validFrames.join, roomId: 1 }],
    ['a join whose token is a number', { ...validFrames.join, token: 12345 }],
    ['a join whose name is a list', { ...validFrames.join, name: ['Cara'] }],
    ['a join whose peerId is a number', { ...validFrames.join, peerId: 7, resumeToken: 'resume-1' }],
    ['a join whose resumeToken is a boolean', { ...validFrames.join, peerId: 'peer-1', resumeToken: true }],
    ['a signal whose to is an object', { ...validFrames.signal, to: { peerId: 'peer-1' } }],
    ['an admit whose peerId is null', { type: 'admit', peerId: null }],
    ['a deny whose peerId is a list', { type: 'deny', peerId: ['peer-1'] }],
    ['a string instead of an object', 'join'],
    ['a list instead of an object', [validFrames.leave]],
    ['null', null],
  ];
  const empty: Array<[string, unknown]> = [
    ['a join with an empty roomId', { ...validFrames.join, roomId: '' }],
    ['a join with an empty token', { ...validFrames.join, token: '' }],
    ['a join whose name is only spaces', { ...validFrames.join, name: '   ' }],
    ['a join with an empty peerId', { ...validFrames.join, peerId: '', resumeToken: 'resume-1' }],
    ['a signal to an empty peerId', { ...validFrames.signal, to: '' }],
  ];
  const oversized: Array<[string, unknown]> = [
    ['a join with a roomId too long', { ...validFrames.join, roomId: ofLength(maximumIdentifierLength + 1) }],
    ['a join with a token too long', { ...validFrames.join, token: ofLength(maximumTokenLength + 1) }],
    ['a join with a name too long', { ...validFrames.join, name: ` ${ofLength(maximumNameLength + 1)} ` }],
    ['a join with a peerId too long', { ...validFrames.join, peerId: ofLength(maximumIdentifierLength + 1) }],
    [
      'a join with a resumeToken too long',
      { ...validFrames.join, peerId: 'peer-1', resumeToken: ofLength(maximumIdentifierLength + 1) },
    ],
    ['a signal to a peerId too long', { ...validFrames.signal, to: ofLength(maximumIdentifierLength + 1) }],
    ['an admit of a peerId too long', { type: 'admit', peerId: ofLength(maximumIdentifierLength + 1) }],
    ['a deny of a peerId too long', { type: 'deny', peerId: ofLength(maximumIdentifierLength + 1) }],
  ];

  it.each([...missing, ...mistyped, ...empty, ...oversized])('refuses %s', (_description, frame) => {
    expect(clientFrameSchema.safeParse(frame).success).toBe(false);
  });
});
