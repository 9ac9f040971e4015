import { describe, expect, it, vi } from 'vitest';
import { CallMachine } from '../callEngine/CallMachine.ts';
import { fakeMedia } from '../callEngine/testing/fakeMedia.ts';
import { fakePeerFactory } from '../callEngine/testing/FakePeer.ts';
import { fakeSignalingFactory } from '../callEngine/testing/FakeSignaling.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { CallRoom } from './CallRoom.ts';
import { CallSession } from './CallSession.ts';
import { callMessage } from '../../shared/schemas/callMessage.ts';
import { installFakeCallEnvironment } from '../callEngine/testing/installFakeCallEnvironment.ts';

const room: CallRoom = {
  roomId: 'room-1',
  hostToken: 'host-token',
  joinUrl: 'http://127.0.0.1:1/join/room-1#token=guest',
  expiresAt: '2030-01-01T00:00:00.000Z',
  signalingUrl: 'http://127.0.0.1:1',
  webSocketUrl: 'ws://127.0.0.1:1/ws',
  recruiterName: 'Rita Recruiter',
  introMessage: '',
  candidateId: '018f0000-0000-7000-8000-000000000001',
  candidateName: 'Cara Candidate',
  interviewTitle: 'Screen',
  company: '',
  startsAt: null,
  linkChanged: false,
  relayOnly: true,
};

function setUp(
  createRoom: () => Promise<CallRoom> = async () => room,
  saveChat: (messages: unknown[]) => Promise<void> = async () => {},
) {
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
    callConnected: async (id) => {
      calls.push(`connected ${id}`);
      return { id } as Interview;
    },
    callEnded: async (id) => {
      calls.push(`ended ${id}`);
      return { id, status: 'done', durationSeconds: 420, callDurationSeconds: 42 } as Interview;
    },
    saveChat: async (_id, messages) => {
      saved.push(messages);
      await saveChat(messages);
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

installFakeCallEnvironment();

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

  it('records the call as connected, drives the call clock, saves chat, and records the call’s end', async () => {
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
    expect(calls).toEqual(['createRoom interview-1', 'connected interview-1']);
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
    expect(calls.at(-1)).toBe('ended interview-1');
    expect(clock.at(-1)).toBeNull();
    const after = session.getSnapshot();
    expect(after.phase === 'active' && after.recorded?.callDurationSeconds).toBe(42);
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

  it('saves only new chat lines, in batches the contract accepts, and never a line it would refuse', async () => {
    const { session, signaling, peers, saved } = setUp();
    const machine = await connectedCall(session, signaling, peers);
    const peer = peers.instances[0]!;
    for (let index = 0; index < 1200; index += 1) {
      // A person's pace (5 lines a second at most gets through): a faster flood is dropped by the machine.
      await vi.advanceTimersByTimeAsync(200);
      peer.options.onMessage({
        type: 'chat',
        id: `r${index}`,
        text: index % 2 ? `line ${index}` : '\u200b',
        sentAt: index % 3 ? 'not-a-date' : '2030-01-01T00:00:01.000Z',
        name: '\u202eCara',
      });
    }
    await vi.advanceTimersByTimeAsync(2000);
    machine.sendChat('Thanks!');
    await vi.advanceTimersByTimeAsync(2000);
    const lines = saved.flat() as Array<{ id: string; authorName: string }>;
    expect(saved.every((batch) => batch.length <= 500)).toBe(true);
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    expect(lines).toHaveLength(601);
    for (const line of lines) expect(callMessage.safeParse(line).success).toBe(true);
    expect(lines.at(0)?.authorName).toBe('Cara');
    expect(saved.at(-1)).toMatchObject([{ author: 'recruiter', text: 'Thanks!' }]);
  });

  it('ends the interview with its duration even when the chat cannot be saved', async () => {
    const { session, signaling, peers, calls } = setUp(undefined, async () => {
      throw new Error('invalid_input');
    });
    const machine = await connectedCall(session, signaling, peers);
    machine.sendChat('Hello');
    machine.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toBe('ended interview-1');
    const after = session.getSnapshot();
    expect(after.phase === 'active' && after.recorded?.callDurationSeconds).toBe(42);
    expect(after.phase === 'active' && String(after.recordError)).toMatch(/invalid_input/);
  });
});

async function connectedCall(
  session: CallSession,
  signaling: ReturnType<typeof setUp>['signaling'],
  peers: ReturnType<typeof setUp>['peers'],
): Promise<CallMachine> {
  await session.start('interview-1');
  const state = session.getSnapshot();
  if (state.phase !== 'active') throw new Error('not active');
  const server = signaling.instances[0]!;
  server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara' });
  state.machine.admit('g1');
  server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara' });
  peers.instances[0]!.options.onConnect();
  return state.machine;
}
