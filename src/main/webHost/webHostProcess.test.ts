import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDirectoryDatabase } from '../../../e2e/fixtures/openDataDirectoryDatabase.ts';
import { startWebHostProcess, type WebHostProcess } from '../../../e2e/fixtures/startWebHostProcess.ts';
import { methodNames } from '../../shared/contract/methodNames.ts';
import { databaseFileName } from '../backend/openBackend.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let host: WebHostProcess;

beforeEach(async () => {
  directory = temporaryDirectory();
  host = await startWebHostProcess(directory.path);
});
afterEach(async () => {
  if (host.process.exitCode === null) await host.kill();
  directory.remove();
});

const token = () => new URL(host.url).searchParams.get('token')!;
const call = (method: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}`, ...headers },
    body,
  });

describe('the web host process', () => {
  it('prints one URL on 127.0.0.1 with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
  });

  it('answers 401 to every request without the token, for pages and API alike', async () => {
    for (const target of ['/', '/index.html', '/api/candidates.list', `/?token=${token()}x`]) {
      const response = await fetch(`${host.origin}${target}`, {
        method: target.startsWith('/api') ? 'POST' : 'GET',
      });
      expect(response.status, target).toBe(401);
    }
    const wrongBearer = await call('candidates.list', '{}', { Authorization: 'Bearer nope' });
    expect(wrongBearer.status).toBe(401);
  });

  it('hands the token to the browser as an HttpOnly SameSite cookie that then authorises requests', async () => {
    const page = await fetch(host.url, { redirect: 'manual' });
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await fetch(`${host.origin}/api/stages.list`, {
      method: 'POST',
      headers: { Cookie: cookie.split(';')[0]! },
      body: '{}',
    });
    expect(await withCookie.json()).toMatchObject({ ok: true, value: { stages: expect.any(Array) } });
  });

  it('refuses API calls made by a page on another origin, even one carrying the token cookie', async () => {
    const before = (await (await call('candidates.list', '{}')).json()) as { value: { total: number } };
    const body = JSON.stringify({ name: 'Mallory' });
    const fromOtherPort = await call('candidates.create', body, { Origin: 'http://127.0.0.1:1' });
    expect(fromOtherPort.status).toBe(403);
    const sameSite = await call('candidates.create', body, { 'Sec-Fetch-Site': 'same-site' });
    expect(sameSite.status).toBe(403);
    const ownPage = await call('candidates.list', '{}', {
      Origin: host.origin,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(await ownPage.json()).toMatchObject({ ok: true, value: { total: before.value.total } });
  });

  it('serves every contract method and refuses malformed bodies with structured errors while staying up', async () => {
    for (const method of methodNames) {
      for (const body of ['{"unexpected": true}', '[]', '"text"', '{"id": 5}']) {
        const response = await call(method, body);
        const result = (await response.json()) as { ok: boolean; error?: { code: string } };
        expect(result.ok, `${method} ${body}`).toBe(false);
        expect(result.error?.code).toBe('invalid_input');
      }
    }
    expect((await call('candidates.create', '{not json')).status).toBe(400);
    expect(await (await call('nope.nope', '{}')).json()).toMatchObject({ error: { code: 'unknown_method' } });
    const tooLarge = await call(
      'candidates.create',
      JSON.stringify({ name: 'x'.repeat(33 * 1024 * 1024) }),
    ).catch(() => null);
    if (tooLarge) expect(tooLarge.status).toBe(413);
    expect((await (await call('candidates.list', '{}')).json()) as unknown).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
  });

  it('keeps what was saved across a SIGTERM, and leaves a healthy encrypted WAL database that only its key opens', async () => {
    const created = (await (
      await call('candidates.create', JSON.stringify({ name: 'Zoë Kraków' }))
    ).json()) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    await host.stop();
    expect(host.process.exitCode).toBe(0);

    const file = path.join(directory.path, databaseFileName);
    const sqlite = () => execFileSync('sqlite3', [file, 'SELECT name FROM candidates'], { stdio: 'pipe' });
    expect(sqlite).toThrow(/file is not a database/);
    const database = openDataDirectoryDatabase(directory.path);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.prepare('SELECT name FROM candidates').pluck().all()).toEqual(['Zoë Kraków']);
    database.close();

    host = await startWebHostProcess(directory.path);
    const listed = (await (await call('candidates.list', '{}')).json()) as {
      value: { items: Array<{ name: string }> };
    };
    expect(listed.value.items.map((item) => item.name)).toEqual(['Zoë Kraków']);
  });

  it('refuses to start on a database from a newer Rapport, with a clear message', async () => {
    await host.stop();
    const database = openDataDirectoryDatabase(directory.path, { readonly: false });
    database.pragma('user_version = 9990');
    database.close();
    await expect(startWebHostProcess(directory.path)).rejects.toThrow(/newer version of Rapport/);
  });
});

describe('the web host process, at its edges', () => {
  it('answers a body over 32 MiB with a 413 the client reads, and stays up', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(33 * 1024 * 1024) });
    const declared = await call('candidates.create', huge);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // Streamed without a Content-Length: the limit is found while reading.
    const chunk = new Uint8Array(1024 * 1024).fill(120);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 34) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${host.origin}/api/candidates.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    expect(await (await call('candidates.list', '{}')).json()).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
  });

  /** A request with a Host header of our choosing (fetch always sends the real one). */
  const withHost = (hostHeader: string, target: string, method = 'GET') =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port: new URL(host.url).port,
          path: target,
          method,
          headers: {
            Host: hostHeader,
            Authorization: `Bearer ${token()}`,
            'Content-Type': 'application/json',
          },
        },
        (incoming) => {
          let body = '';
          incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(method === 'POST' ? '{}' : undefined);
    });

  it('answers only to its own Host, 127.0.0.1:PORT or localhost:PORT, even with the token', async () => {
    const port = new URL(host.url).port;
    for (const foreign of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${Number(port) + 1}`,
      `127.0.0.1`,
    ]) {
      const page = await withHost(foreign, `/?token=${token()}`);
      expect(page.status, foreign).toBe(421);
      expect(page.body).not.toContain('<html');
      const api = await withHost(foreign, '/api/candidates.list', 'POST');
      expect(api.status, foreign).toBe(421);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    for (const own of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const api = await withHost(own, '/api/candidates.list', 'POST');
      expect(api.status, own).toBe(200);
      expect(JSON.parse(api.body)).toMatchObject({ ok: true });
    }
  });
});
