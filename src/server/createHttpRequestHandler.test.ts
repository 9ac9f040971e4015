import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';

let server: SignalingServerProcess;

beforeAll(async () => {
  server = await SignalingServerProcess.start();
});

afterAll(async () => {
  await server.stop();
});

function postRoom(init: { authorization?: string; body?: string }): Promise<Response> {
  return fetch(`${server.baseUrl}/api/rooms`, {
    method: 'POST',
    headers: init.authorization === undefined ? {} : { authorization: init.authorization },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

describe('POST /api/rooms', () => {
  it('creates a room with unguessable ids, a join link carrying the guest token in the fragment, and an expiry', async () => {
    const before = Date.now();
    const response = await server.createRoom({
      hostName: 'Ann Interviewer',
      intro: 'Backend role, 45 minutes',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const room = (await response.json()) as Record<string, string>;
    expect(Object.keys(room).sort()).toEqual(['expiresAt', 'guestToken', 'hostToken', 'joinUrl', 'roomId']);
    // base64url of at least 16 random bytes is at least 22 characters.
    for (const value of [room.roomId, room.hostToken, room.guestToken])
      expect(value).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(new Set([room.roomId, room.hostToken, room.guestToken]).size).toBe(3);
    expect(room.joinUrl).toBe(`${server.baseUrl}/join/${room.roomId}#token=${room.guestToken}`);
    const expiresAt = Date.parse(room.expiresAt ?? '');
    expect(expiresAt - before).toBeGreaterThan(24 * 3600 * 1000 - 60_000);
    expect(expiresAt - before).toBeLessThan(24 * 3600 * 1000 + 60_000);
  });

  it('accepts an empty body and honours ttlSeconds', async () => {
    expect((await postRoom({ authorization: `Bearer ${SignalingServerProcess.apiKey}` })).status).toBe(201);
    const response = await server.createRoom({ ttlSeconds: 90 });
    const { expiresAt } = (await response.json()) as { expiresAt: string };
    expect(Math.abs(Date.parse(expiresAt) - Date.now() - 90_000)).toBeLessThan(10_000);
  });

  it('answers 401 with a JSON error for a missing or wrong key', async () => {
    for (const authorization of [undefined, 'Bearer wrongkey', SignalingServerProcess.apiKey, 'Bearer ']) {
      const response = await postRoom({
        ...(authorization === undefined ? {} : { authorization }),
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('answers 413 for a body over 16 KiB', async () => {
    const response = await postRoom({
      authorization: `Bearer ${SignalingServerProcess.apiKey}`,
      body: JSON.stringify({ intro: 'x'.repeat(17 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('answers 400 for invalid JSON and for fields out of range', async () => {
    const authorization = `Bearer ${SignalingServerProcess.apiKey}`;
    const invalidJson = await postRoom({ authorization, body: '{"hostName":' });
    expect(invalidJson.status).toBe(400);
    expect(await invalidJson.json()).toMatchObject({ error: 'invalid_json' });
    for (const body of [
      { ttlSeconds: 0 },
      { ttlSeconds: 1.5 },
      { hostName: 42 },
      { intro: 'x'.repeat(2001) },
    ]) {
      const response = await server.createRoom(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('answers a CORS preflight so the desktop app can call it from its own origin', async () => {
    const response = await fetch(`${server.baseUrl}/api/rooms`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://rapport',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});

describe('GET /api/rooms/<roomId>/info', () => {
  it('shows only who the candidate will meet, with CORS, and no tokens', async () => {
    const created = (await (await server.createRoom({ hostName: 'Ann', intro: 'Hello!' })).json()) as Record<
      string,
      string
    >;
    const response = await fetch(`${server.baseUrl}/api/rooms/${created.roomId}/info`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      hostName: 'Ann',
      intro: 'Hello!',
      company: null,
      interviewTitle: null,
      startsAt: null,
      photo: null,
      expiresAt: created.expiresAt,
    });
  });

  it('shows the recruiter’s company and photo and the interview’s title and time, and refuses bad ones', async () => {
    const photo = `data:image/jpeg;base64,${Buffer.from('a small jpeg').toString('base64')}`;
    const created = (await (
      await server.createRoom({
        hostName: 'Ann',
        company: 'Acme',
        interviewTitle: 'Technical interview',
        startsAt: '2026-03-03T10:00:00+01:00',
        photo,
      })
    ).json()) as Record<string, string>;
    const info = await (await fetch(`${server.baseUrl}/api/rooms/${created.roomId}/info`)).json();
    expect(info).toMatchObject({
      company: 'Acme',
      interviewTitle: 'Technical interview',
      startsAt: '2026-03-03T09:00:00.000Z',
      photo,
    });
    for (const body of [
      { photo: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { photo: 'https://example.com/me.jpg' },
      { photo: 'data:image/jpeg;base64,<script>' },
      { startsAt: 'tomorrow at ten' },
      { company: 'x'.repeat(101) },
      { interviewTitle: 42 },
    ]) {
      const response = await server.createRoom(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('gives null for details the host left out', async () => {
    const created = (await (await server.createRoom()).json()) as Record<string, string>;
    const response = await fetch(`${server.baseUrl}/api/rooms/${created.roomId}/info`);
    expect(await response.json()).toEqual({
      hostName: null,
      intro: null,
      company: null,
      interviewTitle: null,
      startsAt: null,
      photo: null,
      expiresAt: created.expiresAt,
    });
  });

  it('answers 404 for a room that does not exist', async () => {
    const response = await fetch(`${server.baseUrl}/api/rooms/AAAAAAAAAAAAAAAAAAAAAA/info`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'unknown_room' });
  });
});

describe('other endpoints', () => {
  it('answers /healthz with 200', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${server.baseUrl}/nope`)).status).toBe(404);
    const wrongMethod = await fetch(`${server.baseUrl}/api/rooms`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('sends security headers on API responses', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
