import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallMachine } from '../callEngine/CallMachine.ts';
import { fakeMedia, FakeMediaStream } from '../callEngine/testing/fakeMedia.ts';
import { fakePeerFactory } from '../callEngine/testing/FakePeer.ts';
import { fakeSignalingFactory } from '../callEngine/testing/FakeSignaling.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { CallRoom } from './CallRoom.ts';
import { CallSession } from './CallSession.ts';

const room: CallRoom = {
  roomId: 'room-1',
  hostToken: 'host-token',
  joinUrl: 'http://127.0.0.1:1/join/room-1#token=guest',
  expiresAt: '2030-01-01T00:00:00.000Z',
  signalingUrl: 'http://127.0.0.1:1',
  webSocketUrl: 'ws://127.0.0.1:1/ws',
  recruiterName: 'Rita Recruiter',
  introMessage: '',
  candidateName: 'Cara Candidate',
  interviewTitle: 'Screen',
  relayOnly: true,
};

function setUp(createRoom: () => Promise<CallRoom> = async () => room) {
  const signaling = fakeSignalingFactory();
  const peers = fakePeerFactory();
  const calls: string[] = [];
  const clock: Array<number | null> = [];
  const saved: unknown[][] = [];
  const session = new CallSession({
    createRoom: async (interviewId) => {
      calls.push(`createRoom ${interviewId}`);
      return createRoom();
    },
    startInterview: async (id) => {
      calls.push(`start ${id}`);
      return { id } as Interview;
    },
    endInterview: async (id) => {
      calls.push(`end ${id}`);
      return { id, status: 'done', durationSeconds: 42 } as Interview;
    },
    saveChat: async (_id, messages) => {
      saved.push(messages);
    },
    createMachine: (name) =>
      new CallMachine({
        role: 'host',
        localName: name,
        createSignaling: signaling,
        createPeer: peers,
        media: fakeMedia(),
      }),
    setCallStartedAt: (value) => clock.push(value),
  });
  return { session, signaling, peers, calls, clock, saved };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('MediaStream', FakeMediaStream);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('CallSession', () => {
  it('opens a room, the lobby and the host connection, with relay-only ICE when Settings say so', async () => {
    const { session, signaling, calls } = setUp();
    await session.start('interview-1');
    const state = session.getSnapshot();
    expect(state.phase).toBe('active');
    if (state.phase !== 'active') return;
    expect(calls).toEqual(['createRoom interview-1']);
    expect(state.machine.getSnapshot().state).toBe('lobby');
    expect(signaling.instances[0]!.options).toMatchObject({
      url: room.webSocketUrl,
      roomId: 'room-1',
      token: 'host-token',
      name: 'Rita Recruiter',
    });
    expect(session.isBusy()).toBe(true);
  });

  it('records the interview start on connect, drives the call clock, saves chat, and records the end', async () => {
    const { session, signaling, peers, calls, clock, saved } = setUp();
    await session.start('interview-1');
    const state = session.getSnapshot();
    if (state.phase !== 'active') throw new Error('not active');
    const server = signaling.instances[0]!;
    server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara' });
    state.machine.admit('g1');
    server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara' });
    peers.instances[0]!.options.onConnect();
    expect(peers.instances[0]!.options.iceTransportPolicy).toBe('relay');
    expect(calls).toEqual(['createRoom interview-1', 'start interview-1']);
    expect(clock).toEqual([Date.parse(state.machine.getSnapshot().startedAt!)]);

    state.machine.sendChat('Welcome!');
    peers.instances[0]!.options.onMessage({
      type: 'chat',
      id: 'r1',
      text: 'Thanks',
      sentAt: '2030-01-01T00:00:01.000Z',
      name: 'Cara',
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved.at(-1)).toMatchObject([
      { author: 'recruiter', authorName: 'Rita Recruiter', text: 'Welcome!' },
      { id: 'r1', author: 'candidate', authorName: 'Cara', text: 'Thanks' },
    ]);

    state.machine.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toBe('end interview-1');
    expect(clock.at(-1)).toBeNull();
    const after = session.getSnapshot();
    expect(after.phase === 'active' && after.recorded?.durationSeconds).toBe(42);
    expect(session.isBusy()).toBe(false);
    session.dismiss();
    expect(session.getSnapshot().phase).toBe('idle');
  });

  it('does not record anything when nobody ever joined', async () => {
    const { session, calls } = setUp();
    await session.start('interview-1');
    const state = session.getSnapshot();
    if (state.phase !== 'active') throw new Error('not active');
    state.machine.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['createRoom interview-1']);
  });

  it('shows why a room could not be opened, and lets the recruiter try again', async () => {
    const { session } = setUp(async () => {
      throw new Error('server down');
    });
    await session.start('interview-1');
    expect(session.getSnapshot()).toMatchObject({ phase: 'unavailable', interviewId: 'interview-1' });
    expect(session.isBusy()).toBe(false);
  });

  it('refuses to start a second call while one is going on', async () => {
    const { session, calls } = setUp();
    await session.start('interview-1');
    await session.start('interview-2');
    expect(calls).toEqual(['createRoom interview-1']);
    session.dismiss();
    expect(session.getSnapshot().phase).toBe('active');
  });
});
