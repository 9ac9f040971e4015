import { once } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serverFrameSchema } from '../shared/signaling/serverFrameSchema.ts';
import { FuzzFrames } from './testing/FuzzFrames.ts';
import { expectNewRoomRelays } from './testing/expectNewRoomRelays.ts';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

// SIGNAL_FUZZ_FRAMES=2000000 npx vitest run src/server/fuzz.test.ts for a longer run; SIGNAL_FUZZ_SEED replays one.
const frameCount = Number(process.env.SIGNAL_FUZZ_FRAMES ?? 100_000);
const seed = Number(process.env.SIGNAL_FUZZ_SEED ?? Date.now() % 2 ** 31);
// Under the per-connection burst of 100, so the rate limiter lets every frame through to the parser.
const framesPerConnection = 95;
const connectionsAtOnce = 40;
// Spread over loopback addresses so the per-address caps do not stop the run (they have their own test).
const fuzzAddresses = Array.from({ length: 50 }, (_, index) => `127.0.1.${index + 1}`);

let server: SignalingServerProcess;

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  server = await SignalingServerProcess.start();
}, 30_000);

afterAll(async () => {
  await server.stop();
});

interface FuzzTally {
  framesSent: number;
  framesReceived: number;
  offProtocol: string[];
}

// One fuzzing client: joins one of the rooms (or tries to), sends its share of frames without waiting, reads whatever
// comes back and checks that every frame the server sends is inside the wire format.
async function fuzzOneConnection(
  frames: FuzzFrames,
  rooms: TestRoom[],
  address: string,
  count: number,
  tally: FuzzTally,
): Promise<void> {
  const socket = new WebSocket(server.webSocketUrl, { localAddress: address });
  socket.on('error', () => {});
  socket.on('message', (data, isBinary) => {
    tally.framesReceived += 1;
    const text = String(data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (isBinary || !serverFrameSchema.safeParse(parsed).success) tally.offProtocol.push(text.slice(0, 200));
  });
  const closed = once(socket, 'close');
  await once(socket, 'open');
  const room = frames.pick(rooms);
  const token = frames.pick([
    room.credentials.hostToken,
    room.credentials.guestToken,
    room.credentials.guestToken,
  ]);
  const answer = once(socket, 'message');
  socket.send(JSON.stringify({ type: 'join', roomId: room.roomId, token, name: `Fuzzer ${address}` }));
  // A room a fuzzing host already ended answers room_closed and closes: no point sending into that.
  const [first] = (await Promise.race([answer, closed])) as [unknown];
  if (socket.readyState !== WebSocket.OPEN || String(first).includes('"error"')) {
    socket.close();
    await closed;
    return;
  }
  // Real peer ids make the fuzzers' admits, denials and signals hit real slots.
  const peerId = (JSON.parse(String(first)) as { peerId?: unknown }).peerId;
  if (typeof peerId === 'string') frames.addTarget(peerId);
  for (let index = 0; index < count && socket.readyState === WebSocket.OPEN; index += 1) {
    const frame = frames.next();
    socket.send(frame, { binary: typeof frame !== 'string' });
    tally.framesSent += 1;
  }
  socket.close();
  await closed;
}

it(
  `survives ${frameCount.toLocaleString('en')} random and mutated frames while a well-formed call keeps relaying`,
  { timeout: 120_000 },
  async () => {
    const frames = new FuzzFrames(seed);
    // The call that must not notice anything: on its own address, pinging both ways all through the run.
    const calm = await TestRoom.create(server);
    const host = await calm.joinHost('Ann');
    const guest = await calm.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    for (const identifier of [calm.roomId, host.peerId, guest.peerId, calm.credentials.guestToken]) {
      frames.addTarget(identifier);
    }
    let fuzzing = true;
    let roundTrips = 0;
    const calmCall = (async () => {
      while (fuzzing) {
        host.socket.send({ type: 'signal', to: guest.peerId, data: { candidate: roundTrips } });
        expect(await guest.socket.nextOfType('signal')).toEqual({
          type: 'signal',
          from: host.peerId,
          data: { candidate: roundTrips },
        });
        guest.socket.send({ type: 'signal', to: host.peerId, data: { answer: roundTrips } });
        expect(await host.socket.nextOfType('signal')).toMatchObject({ data: { answer: roundTrips } });
        roundTrips += 1;
        // Well under the 50 frames/s a connection may send.
        await new Promise<void>((resolve) => setTimeout(resolve, 40));
      }
    })();

    const tally: FuzzTally = { framesSent: 0, framesReceived: 0, offProtocol: [] };
    let batch = 0;
    while (tally.framesSent < frameCount) {
      // Fresh rooms now and then, since fuzzing hosts end theirs with "end".
      const rooms = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(() => TestRoom.create(server)));
      for (const room of rooms) frames.addTarget(room.roomId);
      const connections: Promise<void>[] = [];
      for (let index = 0; index < connectionsAtOnce; index += 1) {
        const address =
          fuzzAddresses[(batch * connectionsAtOnce + index) % fuzzAddresses.length] ?? '127.0.1.1';
        connections.push(fuzzOneConnection(frames, rooms, address, framesPerConnection, tally));
      }
      await Promise.all(connections);
      batch += 1;
    }
    fuzzing = false;
    await calmCall;

    expect({ seed, offProtocol: tally.offProtocol.slice(0, 5) }).toEqual({ seed, offProtocol: [] });
    expect(tally.framesSent).toBeGreaterThanOrEqual(frameCount);
    expect(tally.framesReceived).toBeGreaterThan(0);
    expect(roundTrips).toBeGreaterThan(0);
    expect(server.isRunning).toBe(true);
    // Nothing the fuzzer sent reached a code path that threw: the guard that would log this stayed idle.
    expect(server.stderr).not.toContain('could not be handled');
    await expectNewRoomRelays(server);
  },
);
