import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignalingServer } from '../../../server/createSignalingServer.ts';
import type { SignalingServer } from '../../../server/SignalingServer.ts';
import { openBackend, type Backend } from '../../backend/openBackend.ts';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../../testing/testDatabaseKey.ts';

const key = 'local-test-key';
let server: SignalingServer;
let serverUrl: string;
let directory: ReturnType<typeof temporaryDirectory>;
let backend: Backend;
let interviewId: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.router.call(method, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}

async function failure(method: string, input: unknown) {
  const result = await backend.router.call(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

beforeAll(async () => {
  server = createSignalingServer({ apiKey: key, port: 0 });
  serverUrl = await server.listen();
  directory = temporaryDirectory();
  backend = openBackend({
    dataDirectory: directory.path,
    version: 'test',
    databaseKey: testDatabaseKey,
    automaticBackups: false,
    localSignalingServer: { url: serverUrl, key },
  });
  const candidate = await call<{ id: string }>('candidates.create', { name: 'Cara Candidate' });
  interviewId = (
    await call<{ id: string }>('interviews.create', { candidateId: candidate.id, title: 'Technical screen' })
  ).id;
});

afterAll(async () => {
  backend.close();
  directory.remove();
  await server.close();
});

describe('settings', () => {
  it('start empty, using the local server, and never return the key', async () => {
    expect(await call('settings.get', {})).toEqual({
      signalingUrl: null,
      hasSignalingKey: false,
      localServerAvailable: true,
      recruiterName: '',
      introMessage: '',
      relayOnly: false,
    });
  });

  it('validate the server address', async () => {
    for (const signalingUrl of [
      'ftp://x.example',
      'not a url',
      'https://user:pw@x.example',
      'https://x.example/?a=1',
      'javascript:alert(1)',
    ]) {
      const error = await failure('settings.update', { signalingUrl });
      expect(error.code, signalingUrl).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe('signalingUrl');
      expect(error.issues?.[0]?.message).toMatch(/starting with https:\/\//);
    }
  });

  it('forget the key when the server address changes without a new key, so it never goes to another host', async () => {
    await call('settings.update', { signalingUrl: 'https://signal.example.com', signalingKey: 'shh' });
    expect(await call('settings.update', { recruiterName: 'Rita' })).toMatchObject({ hasSignalingKey: true });
    expect(await call('settings.update', { signalingUrl: 'https://signal.example.com/' })).toMatchObject({
      hasSignalingKey: true,
    });
    expect(await call('settings.update', { signalingUrl: 'https://elsewhere.example.com' })).toMatchObject({
      signalingUrl: 'https://elsewhere.example.com',
      hasSignalingKey: false,
    });
  });

  it('save, trim a trailing slash, keep the key secret, and clear back to the local server', async () => {
    const saved = await call<Record<string, unknown>>('settings.update', {
      signalingUrl: 'https://signal.example.com/',
      signalingKey: 'shh',
      recruiterName: '  Rita Recruiter ',
      introMessage: 'Looking forward to it.',
      relayOnly: true,
    });
    expect(saved).toMatchObject({
      signalingUrl: 'https://signal.example.com',
      hasSignalingKey: true,
      recruiterName: 'Rita Recruiter',
      relayOnly: true,
    });
    expect(JSON.stringify(saved)).not.toContain('shh');
    const cleared = await call('settings.update', { signalingUrl: '', signalingKey: null, relayOnly: false });
    expect(cleared).toMatchObject({
      signalingUrl: null,
      hasSignalingKey: false,
      recruiterName: 'Rita Recruiter',
    });
  });
});

describe('calls.createRoom', () => {
  it('opens a room on the local server with the recruiter’s name and intro, returning the join link', async () => {
    const room = await call<Record<string, string>>('calls.createRoom', { interviewId });
    expect(room).toMatchObject({
      signalingUrl: serverUrl,
      webSocketUrl: `${serverUrl.replace('http', 'ws')}/ws`,
      recruiterName: 'Rita Recruiter',
      introMessage: 'Looking forward to it.',
      candidateName: 'Cara Candidate',
      interviewTitle: 'Technical screen',
      relayOnly: false,
    });
    expect(room.joinUrl).toBe(`${serverUrl}/join/${room.roomId}#token=${room.joinUrl!.split('#token=')[1]}`);
    const info = await (await fetch(`${serverUrl}/api/rooms/${room.roomId}/info`)).json();
    expect(info).toMatchObject({ hostName: 'Rita Recruiter', intro: 'Looking forward to it.' });
  });

  it('refuses an unknown interview before contacting any server', async () => {
    expect(
      (await failure('calls.createRoom', { interviewId: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d' })).code,
    ).toBe('not_found');
  });

  it('explains a wrong key, a missing key and an unreachable server', async () => {
    await call('settings.update', { signalingUrl: serverUrl, signalingKey: 'wrong' });
    expect(await failure('calls.createRoom', { interviewId })).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/refused the key/),
    });
    await call('settings.update', { signalingKey: null });
    expect(await failure('calls.createRoom', { interviewId })).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/key in Settings/),
    });
    await call('settings.update', { signalingUrl: 'http://127.0.0.1:9', signalingKey: key });
    expect(await failure('calls.createRoom', { interviewId })).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/could not be reached/),
    });
    await call('settings.update', { signalingUrl: serverUrl, signalingKey: key });
    expect((await call<{ roomId: string }>('calls.createRoom', { interviewId })).roomId).toMatch(/\w+/);
    await call('settings.update', { signalingUrl: null, signalingKey: null });
  });
});

describe('chat kept with the interview', () => {
  const lines = [
    { id: 'a', author: 'recruiter', authorName: 'Rita', text: 'Hello!', sentAt: '2026-05-01T10:00:00.000Z' },
    { id: 'b', author: 'candidate', authorName: 'Cara', text: 'Hi 👋', sentAt: '2026-05-01T10:00:05.000Z' },
  ];

  it('saves each line once, however often the call is saved, and lists them in order', async () => {
    expect(await call('calls.saveChat', { interviewId, messages: lines })).toEqual({ saved: 2, total: 2 });
    expect(await call('calls.saveChat', { interviewId, messages: [...lines].reverse() })).toEqual({
      saved: 0,
      total: 2,
    });
    expect(await call('calls.listChat', { interviewId })).toEqual({ messages: lines });
  });

  it('refuses an unknown interview and a bad author', async () => {
    expect(
      (
        await failure('calls.saveChat', {
          interviewId: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d',
          messages: lines,
        })
      ).code,
    ).toBe('not_found');
    expect(
      (await failure('calls.saveChat', { interviewId, messages: [{ ...lines[0], author: 'admin' }] })).code,
    ).toBe('invalid_input');
  });
});
