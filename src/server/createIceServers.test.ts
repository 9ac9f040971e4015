import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

const turnSecret = 'coturn-shared-secret';
let server: SignalingServerProcess;

beforeAll(async () => {
  server = await SignalingServerProcess.start({
    extraArguments: [
      '--stun-url',
      'stun:turn.example.test:3478',
      '--turn-url',
      'turn:turn.example.test:3478?transport=udp',
      '--turn-url',
      'turns:turn.example.test:5349?transport=tcp',
    ],
    // Secrets go through the environment in real deployments, so test that path.
    environment: { SIGNAL_TURN_SECRET: turnSecret },
  });
});

afterAll(async () => {
  await server.stop();
});

it('hands every joined peer STUN and TURN servers with coturn REST credentials', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const [stun, turn] = host.joined.iceServers as Array<{
    urls: string[];
    username?: string;
    credential?: string;
  }>;
  expect(stun).toEqual({ urls: ['stun:turn.example.test:3478'] });
  expect(turn?.urls).toEqual([
    'turn:turn.example.test:3478?transport=udp',
    'turns:turn.example.test:5349?transport=tcp',
  ]);

  const match = /^(\d+):rapport$/.exec(turn?.username ?? '');
  const expiresAtSeconds = Number(match?.[1]);
  const nowSeconds = Date.now() / 1000;
  expect(expiresAtSeconds).toBeGreaterThan(nowSeconds + 3600);
  expect(expiresAtSeconds).toBeLessThan(nowSeconds + 2 * 24 * 3600);
  expect(turn?.credential).toBe(
    createHmac('sha1', turnSecret)
      .update(turn?.username ?? '')
      .digest('base64'),
  );
});

it('gives admitted guests credentials too', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const guest = await room.joinGuest(host, 'Bob');
  const iceServers = guest.joined.iceServers as Array<{ username?: string }>;
  expect(iceServers[1]?.username).toMatch(/^\d+:rapport$/);
});
