import { describe, expect, it, vi } from 'vitest';
import type { FakeTrack } from './testing/fakeMedia.ts';
import { callTestBed } from './testing/callTestBed.ts';
import { installFakeCallEnvironment } from './testing/installFakeCallEnvironment.ts';

const { connectedHost } = callTestBed;

installFakeCallEnvironment();

describe('in the call', () => {
  it('sends and receives chat over the data channel, ignoring duplicates', async () => {
    const call = await connectedHost();
    expect(call.machine.sendChat('  Hello Cara  ')).toBe(true);
    expect(call.machine.sendChat('   ')).toBe(false);
    expect(call.peer.sent.at(-1)).toMatchObject({ type: 'chat', text: 'Hello Cara', name: 'Rita Recruiter' });
    const incoming = {
      type: 'chat' as const,
      id: 'm-remote',
      text: 'Hi Rita',
      sentAt: '2030-01-01T00:00:00.000Z',
      name: 'Cara',
    };
    call.peer.options.onMessage(incoming);
    call.peer.options.onMessage(incoming);
    expect(call.machine.getSnapshot().chat.map((line) => [line.from, line.text])).toEqual([
      ['local', 'Hello Cara'],
      ['remote', 'Hi Rita'],
    ]);
  });

  it('mutes by disabling the microphone track and tells the other side; shows the other side’s mute', async () => {
    const call = await connectedHost();
    call.machine.setMuted(true);
    const audio = call.peer.options.stream!.getAudioTracks()[0]!;
    expect(audio.enabled).toBe(false);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'mute-state', muted: true });
    call.machine.setCameraOff(true);
    expect(call.peer.options.stream!.getVideoTracks()[0]!.enabled).toBe(false);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'camera-state', off: true });

    call.peer.options.onMessage({ type: 'mute-state', muted: true });
    call.peer.options.onMessage({ type: 'camera-state', off: true });
    expect(call.machine.getSnapshot().remote).toMatchObject({ muted: true, cameraOff: true });
  });

  it('ends on hang-up: says bye both ways, leaves the room, releases devices and stops the clock', async () => {
    const call = await connectedHost();
    const tracks = call.peer.options.stream!.getTracks() as unknown as FakeTrack[];
    vi.advanceTimersByTime(3_500);
    call.machine.end();
    const snapshot = call.machine.getSnapshot();
    expect(snapshot).toMatchObject({
      state: 'ended',
      endedBy: 'local',
      elapsedSeconds: 3,
      localStream: null,
    });
    expect(snapshot.endedAt).not.toBeNull();
    expect(call.peer.sent).toContainEqual({ type: 'bye' });
    expect(call.server.signals().at(-1)).toEqual({ session: 'id-1', control: 'bye' });
    expect(call.server.closed).toBe(true);
    expect(call.peer.destroyed).toBe(true);
    expect(tracks.every((track) => track.stopped)).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(call.machine.getSnapshot().elapsedSeconds).toBe(3);
  });

  it('ignores every late event once ended', async () => {
    const call = await connectedHost();
    const peer = call.peer;
    call.machine.end();
    peer.options.onConnect();
    peer.options.onClose('closed');
    call.server.emit({ type: 'guest-waiting', peerId: 'g2', name: 'Late' });
    call.server.emit({ type: 'error', code: 'room_expired', message: 'gone' });
    expect(call.machine.getSnapshot()).toMatchObject({ state: 'ended', waitingGuests: [], problem: null });
  });
});

describe('a hostile peer', () => {
  it('drops malformed, oversized and unknown messages, and cleans what it keeps', async () => {
    const call = await connectedHost();
    for (const bad of [
      null,
      'not an object',
      { type: 'chat', id: 'x', text: 42, sentAt: 'now', name: 'Cara' },
      { type: 'chat', id: 'x', text: '', sentAt: 'now', name: 'Cara' },
      { type: 'chat', id: 'x', text: 'y'.repeat(9000), sentAt: 'now', name: 'Cara' },
      { type: 'chat', id: '', text: 'hi', sentAt: 'now', name: 'Cara' },
      { type: 'mute-state', muted: 'yes' },
      { type: 'quality', report: { level: 'excellent' } },
      { type: 'run', code: 'alert(1)' },
    ]) {
      call.peer.options.onMessage(bad as never);
    }
    expect(call.machine.getSnapshot().chat).toEqual([]);
    expect(call.machine.getSnapshot().remote.muted).toBe(false);

    call.peer.options.onMessage({
      type: 'chat',
      id: 'r1',
      text: 'Hi\u202e there\u200b',
      sentAt: 'not-a-date',
      name: '\u202eYou\u0000',
    });
    const [line] = call.machine.getSnapshot().chat;
    expect(line).toMatchObject({ from: 'remote', name: 'You', text: 'Hi there' });
    expect(Number.isNaN(Date.parse(line!.sentAt))).toBe(false);
  });

  it('keeps at most 1,000 of the other side’s chat lines, while the recruiter can still write', async () => {
    const call = await connectedHost();
    for (let index = 0; index < 1500; index += 1) {
      vi.advanceTimersByTime(200);
      call.peer.options.onMessage({
        type: 'chat',
        id: `flood-${index}`,
        text: 'spam',
        sentAt: '2030-01-01T00:00:00.000Z',
        name: 'Cara',
      });
    }
    expect(call.machine.getSnapshot().chat).toHaveLength(1000);
    expect(call.machine.sendChat('Let us carry on')).toBe(true);
    expect(call.machine.getSnapshot().chat.at(-1)).toMatchObject({ from: 'local', text: 'Let us carry on' });
  });

  it('drops a flood of chat lines beyond a burst of 50, then takes 5 a second', async () => {
    const call = await connectedHost();
    const say = (id: string) =>
      call.peer.options.onMessage({
        type: 'chat',
        id,
        text: 'spam',
        sentAt: '2030-01-01T00:00:00.000Z',
        name: 'C',
      });
    for (let index = 0; index < 200; index += 1) say(`burst-${index}`);
    expect(call.machine.getSnapshot().chat).toHaveLength(50);
    vi.advanceTimersByTime(1000);
    for (let index = 0; index < 20; index += 1) say(`later-${index}`);
    expect(call.machine.getSnapshot().chat).toHaveLength(55);
  });
});

describe('restoring the chat after "Join again"', () => {
  it('puts a saved chat back before joining, and never into a chat under way', async () => {
    const fresh = callTestBed.setUp('guest');
    const saved = [
      { id: 'a', from: 'local', name: 'Cara', text: 'Hello', sentAt: '2030-01-01T10:00:00.000Z' },
      { id: 'b', from: 'remote', name: 'Rita', text: 'Hi Cara', sentAt: '2030-01-01T10:00:05.000Z' },
      { id: 'c', from: 'remote', name: 'Rita', text: '' },
    ];
    expect(fresh.machine.restoreChat(saved)).toBe(2);
    expect(fresh.machine.getSnapshot().chat.map((line) => [line.from, line.text])).toEqual([
      ['local', 'Hello'],
      ['remote', 'Hi Cara'],
    ]);
    expect(fresh.machine.restoreChat(saved)).toBe(0);

    const inCall = await connectedHost();
    expect(inCall.machine.restoreChat(saved)).toBe(0);
    expect(inCall.machine.getSnapshot().chat).toEqual([]);
    expect(callTestBed.setUp('guest').machine.restoreChat('{"not":"an array"}')).toBe(0);
  });
});
