import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisServerProcess } from './testing/RedisServerProcess.ts';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

let redis: RedisServerProcess;
const started: SignalingServerProcess[] = [];

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  redis = await RedisServerProcess.start();
}, 30_000);

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop('SIGKILL')));
});

afterAll(async () => {
  await redis.stop();
});

async function startProcess(): Promise<SignalingServerProcess> {
  const server = await SignalingServerProcess.start({ extraArguments: ['--redis', redis.url] });
  started.push(server);
  return server;
}

/**
 * Waits until the room's record in Redis holds the guest as admitted. The owner writes slots through after it
 * answers the socket, so a kill in the very next millisecond can still lose an admission: the test kills after it.
 */
async function admissionStored(roomId: string, peerId: string): Promise<void> {
  const client = new Redis(redis.url);
  try {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const text = await client.get(`rapport:signal:room:${roomId}`);
      const record =
        text === null ? null : (JSON.parse(text) as { peers: { peerId: string; admitted: boolean }[] });
      if (record?.peers.some((peer) => peer.peerId === peerId && peer.admitted)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('The admission never reached Redis.');
  } finally {
    client.disconnect();
  }
}

describe('several server processes on one Redis', () => {
  it('lets a guest on process B reach a host on process A, through the lobby and both ways', async () => {
    const [processA, processB] = [await startProcess(), await startProcess()];
    const roomOnA = await TestRoom.create(processA, { hostName: 'Ann Smith' });
    const roomOnB = roomOnA.through(processB);

    const info = await fetch(`${processB.baseUrl}/api/rooms/${roomOnA.roomId}/info`);
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ hostName: 'Ann Smith' });

    const host = await roomOnA.joinHost('Ann');
    const guest = await roomOnB.joinGuest(host, 'Bob');
    expect(guest.joined.peers).toEqual([{ peerId: host.peerId, role: 'host', name: 'Ann' }]);
    expect(await host.socket.nextOfType('peer-joined')).toMatchObject({
      peerId: guest.peerId,
      role: 'guest',
    });

    guest.socket.send({ type: 'signal', to: host.peerId, data: { sdp: 'offer from B' } });
    expect(await host.socket.nextOfType('signal')).toEqual({
      type: 'signal',
      from: guest.peerId,
      data: { sdp: 'offer from B' },
    });
    host.socket.send({ type: 'signal', to: guest.peerId, data: { sdp: 'answer from A' } });
    expect(await guest.socket.nextOfType('signal')).toEqual({
      type: 'signal',
      from: host.peerId,
      data: { sdp: 'answer from A' },
    });
    host.socket.send({ type: 'broadcast', data: 'muted' });
    expect(await guest.socket.nextOfType('broadcast')).toMatchObject({ from: host.peerId, data: 'muted' });

    // Refusals decided on A reach a socket on B, and the host on A hears of the refused knock.
    const altered = await roomOnB.connect(`${roomOnA.credentials.guestToken}x`, 'Cara');
    expect(await altered.next()).toMatchObject({ type: 'error', code: 'invalid_token' });
    expect((await altered.waitForClose()).code).toBe(1008);
    expect(await host.socket.nextOfType('knock-refused')).toEqual({
      type: 'knock-refused',
      reason: 'invalid_token',
      name: 'Cara',
    });
  });

  it('closes a room through whichever process gets the DELETE, for everyone on every process', async () => {
    const [processA, processB] = [await startProcess(), await startProcess()];
    const roomOnA = await TestRoom.create(processA);
    const roomOnB = roomOnA.through(processB);
    const host = await roomOnA.joinHost('Ann');
    const guest = await roomOnB.joinGuest(host, 'Bob');

    const response = await fetch(`${processB.baseUrl}/api/rooms/${roomOnA.roomId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${SignalingServerProcess.apiKey}` },
    });
    expect(response.status).toBe(204);
    for (const socket of [host.socket, guest.socket]) {
      expect(await socket.nextOfType('error')).toMatchObject({ code: 'room_closed' });
      expect((await socket.waitForClose()).code).toBe(1000);
    }
    for (const room of [roomOnA, roomOnB]) {
      const late = await room.connect(room.credentials.guestToken, 'Cara');
      expect(await late.next()).toMatchObject({ type: 'error', code: 'room_closed' });
      expect((await fetch(`${room.server.baseUrl}/api/rooms/${room.roomId}/info`)).status).toBe(410);
    }
  });

  it('keeps the room when the process running it is killed and restarted: both peers resume their slots', async () => {
    const [processA, processB] = [await startProcess(), await startProcess()];
    const roomOnA = await TestRoom.create(processA);
    const roomOnB = roomOnA.through(processB);
    const host = await roomOnA.joinHost('Ann');
    const guest = await roomOnB.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    await admissionStored(roomOnA.roomId, guest.peerId);

    await processA.stop('SIGKILL');
    expect((await host.socket.waitForClose()).code).toBe(1006);
    // B notices its room's process is gone and lets the guest's socket go, to resume wherever the room runs next.
    expect(await guest.socket.waitForClose()).toEqual({ code: 1012, reason: 'room moved' });

    const processA2 = await startProcess();
    const roomOnA2 = roomOnA.through(processA2);
    const info = await fetch(`${processA2.baseUrl}/api/rooms/${roomOnA.roomId}/info`);
    expect(info.status).toBe(200);

    const hostBack = await roomOnA2.connect(
      roomOnA.credentials.hostToken,
      'Ann',
      host.peerId,
      host.resumeToken,
    );
    expect(await hostBack.next()).toMatchObject({ type: 'joined', peerId: host.peerId, role: 'host' });
    const guestBack = await roomOnB.connect(
      roomOnA.credentials.guestToken,
      'Bob',
      guest.peerId,
      guest.resumeToken,
    );
    // No lobby again: the slot, admitted, survived in Redis.
    expect(await guestBack.next()).toMatchObject({
      type: 'joined',
      peerId: guest.peerId,
      role: 'guest',
      peers: [{ peerId: host.peerId, role: 'host', name: 'Ann' }],
    });
    expect(await hostBack.nextOfType('peer-joined')).toMatchObject({ peerId: guest.peerId });

    guestBack.send({ type: 'signal', to: host.peerId, data: 'renegotiate' });
    expect(await hostBack.nextOfType('signal')).toEqual({
      type: 'signal',
      from: guest.peerId,
      data: 'renegotiate',
    });
    hostBack.send({ type: 'signal', to: guest.peerId, data: 'answer' });
    expect(await guestBack.nextOfType('signal')).toEqual({
      type: 'signal',
      from: host.peerId,
      data: 'answer',
    });
  });

  it('hands its rooms on when a process stops cleanly, so the next join on another process carries on', async () => {
    const [processA, processB] = [await startProcess(), await startProcess()];
    const roomOnA = await TestRoom.create(processA);
    const roomOnB = roomOnA.through(processB);
    const host = await roomOnA.joinHost('Ann');
    const guest = await roomOnB.joinGuest(host, 'Bob');

    expect(await processA.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect((await host.socket.waitForClose()).code).toBe(1001);
    expect(await guest.socket.waitForClose()).toEqual({ code: 1012, reason: 'room moved' });

    const hostBack = await roomOnB.connect(
      roomOnA.credentials.hostToken,
      'Ann',
      host.peerId,
      host.resumeToken,
    );
    expect(await hostBack.next()).toMatchObject({ type: 'joined', peerId: host.peerId });
    const guestBack = await roomOnB.connect(
      roomOnA.credentials.guestToken,
      'Bob',
      guest.peerId,
      guest.resumeToken,
    );
    expect(await guestBack.next()).toMatchObject({ type: 'joined', peerId: guest.peerId });
  });

  it('refuses to start when Redis cannot be reached, saying so', async () => {
    await expect(
      SignalingServerProcess.start({ extraArguments: ['--redis', 'redis://127.0.0.1:1'] }),
    ).rejects.toThrow(/Could not start: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
  });
});
