import { describe, expect, it } from 'vitest';
import { serverFrameSchema } from './serverFrameSchema.ts';
import { signalingErrorCodeSchema } from './signalingErrorCodeSchema.ts';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';

const { maximumIdentifierLength, maximumNameLength } = signalingProtocolLimits;
const ofLength = (length: number) => 'x'.repeat(length);

const iceServers = [
  { urls: ['stun:turn.example.com:3478'] },
  { urls: ['turn:turn.example.com:3478?transport=udp'], username: '1795306857:rapport', credential: 'q3y0=' },
];
const joined = {
  type: 'joined',
  peerId: 'G1',
  resumeToken: 'gR',
  role: 'guest',
  peers: [{ peerId: 'H1', role: 'host', name: 'Rita' }],
  iceServers,
  expiresAt: '2026-11-22T02:40:57.502Z',
};
const validFrames: Record<string, Record<string, unknown>> = {
  joined,
  waiting: { type: 'waiting', peerId: 'G1', resumeToken: 'gR' },
  'guest-waiting': { type: 'guest-waiting', peerId: 'G1', name: 'Cara' },
  'peer-joined': { type: 'peer-joined', peerId: 'H2', role: 'host', name: 'Sam' },
  'peer-left': { type: 'peer-left', peerId: 'H2' },
  signal: { type: 'signal', from: 'H1', data: { session: 's1', signal: { type: 'offer', sdp: 'v=0' } } },
  broadcast: { type: 'broadcast', from: 'H1', data: 'hello' },
  error: { type: 'error', code: 'room_full', message: 'The room is full.' },
  'knock-refused': { type: 'knock-refused', reason: 'lobby_full', name: 'Cara' },
};

function without(frame: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...frame };
  delete copy[key];
  return copy;
}

describe('serverFrameSchema', () => {
  it.each(Object.entries(validFrames))('accepts a valid %s frame unchanged', (_type, frame) => {
    expect(serverFrameSchema.parse(frame)).toEqual(frame);
  });

  it('accepts every error code the server sends', () => {
    for (const code of signalingErrorCodeSchema.options) {
      expect(serverFrameSchema.safeParse({ type: 'error', code, message: 'no' }).success).toBe(true);
    }
  });

  it('accepts a host alone in its room with no ICE servers', () => {
    const alone = { ...joined, role: 'host', peers: [], iceServers: [] };
    expect(serverFrameSchema.parse(alone)).toEqual(alone);
  });

  it('strips fields it does not know, so a newer server does not break older clients', () => {
    expect(serverFrameSchema.parse({ ...validFrames['peer-left'], reason: 'network' })).toEqual({
      type: 'peer-left',
      peerId: 'H2',
    });
  });

  it('accepts identifiers and names at their longest', () => {
    const frame = {
      type: 'peer-joined',
      peerId: ofLength(maximumIdentifierLength),
      role: 'guest',
      name: ofLength(maximumNameLength),
    };
    expect(serverFrameSchema.parse(frame)).toEqual(frame);
  });

  const missing: Array<[string, unknown]> = [
    ['a frame without type', without(joined, 'type')],
    // The server issues a resume token with every peerId, so a frame without one is not the server's.
    ['a joined without resumeToken', without(joined, 'resumeToken')],
    ['a joined without peerId', without(joined, 'peerId')],
    ['a joined without role', without(joined, 'role')],
    ['a joined without peers', without(joined, 'peers')],
    ['a joined without iceServers', without(joined, 'iceServers')],
    ['a joined without expiresAt', without(joined, 'expiresAt')],
    ['a joined whose peer has no name', { ...joined, peers: [{ peerId: 'H1', role: 'host' }] }],
    ['an ICE server without urls', { ...joined, iceServers: [{ username: 'u', credential: 'c' }] }],
    ['a waiting without resumeToken', without(validFrames.waiting!, 'resumeToken')],
    ['a waiting without peerId', without(validFrames.waiting!, 'peerId')],
    ['a guest-waiting without name', without(validFrames['guest-waiting']!, 'name')],
    ['a peer-joined without role', without(validFrames['peer-joined']!, 'role')],
    ['a peer-left without peerId', without(validFrames['peer-left']!, 'peerId')],
    ['a signal without from', without(validFrames.signal!, 'from')],
    ['a signal without data', without(validFrames.signal!, 'data')],
    ['a broadcast without data', without(validFrames.broadcast!, 'data')],
    ['an error without code', without(validFrames.error!, 'code')],
    ['an error without message', without(validFrames.error!, 'message')],
    ['a knock-refused without reason', without(validFrames['knock-refused']!, 'reason')],
    ['a knock-refused without name', without(validFrames['knock-refused']!, 'name')],
  ];
  const mistyped: Array<[string, unknown]> = [
    ['a frame of an unknown type', { type: 'kicked', peerId: 'G1' }],
    ['a joined with an unknown role', { ...joined, role: 'admin' }],
    [
      'a joined whose peers is not a list',
      { ...joined, peers: { peerId: 'H1', role: 'host', name: 'Rita' } },
    ],
    // The server always sends urls as a list, even for one URL.
    ['an ICE server whose urls is a string', { ...joined, iceServers: [{ urls: 'stun:turn.example.com' }] }],
    [
      'an ICE server whose credential is a number',
      { ...joined, iceServers: [{ urls: ['turn:x'], credential: 1 }] },
    ],
    ['a joined whose expiresAt is a number', { ...joined, expiresAt: 1795306857 }],
    ['a waiting whose resumeToken is a number', { ...validFrames.waiting, resumeToken: 42 }],
    ['a peer-joined whose name is a number', { ...validFrames['peer-joined'], name: 7 }],
    ['a signal whose from is null', { ...validFrames.signal, from: null }],
    ['an error with a code the protocol does not have', { ...validFrames.error, code: 'teapot' }],
    ['an error whose message is an object', { ...validFrames.error, message: { text: 'no' } }],
    [
      'a knock-refused with a reason the protocol does not have',
      { ...validFrames['knock-refused'], reason: 'bored' },
    ],
    ['a list instead of an object', [validFrames['peer-left']]],
    ['a number instead of an object', 42],
  ];
  const oversized: Array<[string, unknown]> = [
    ['a joined with a peerId too long', { ...joined, peerId: ofLength(maximumIdentifierLength + 1) }],
    [
      'a joined with a resumeToken too long',
      { ...joined, resumeToken: ofLength(maximumIdentifierLength + 1) },
    ],
    [
      'a joined whose peer has a name too long',
      { ...joined, peers: [{ peerId: 'H1', role: 'host', name: ofLength(maximumNameLength + 1) }] },
    ],
    [
      'a guest-waiting with a name too long',
      { ...validFrames['guest-waiting'], name: ofLength(maximumNameLength + 1) },
    ],
    [
      'a peer-left with a peerId too long',
      { type: 'peer-left', peerId: ofLength(maximumIdentifierLength + 1) },
    ],
    [
      'a signal from a peerId too long',
      { ...validFrames.signal, from: ofLength(maximumIdentifierLength + 1) },
    ],
  ];
  const empty: Array<[string, unknown]> = [
    ['a waiting with an empty peerId', { ...validFrames.waiting, peerId: '' }],
    ['a guest-waiting whose name is only spaces', { ...validFrames['guest-waiting'], name: '  ' }],
  ];

  it.each([...missing, ...mistyped, ...oversized, ...empty])('refuses %s', (_description, frame) => {
    expect(serverFrameSchema.safeParse(frame).success).toBe(false);
  });
});
