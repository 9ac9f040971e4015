import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
      const response = await fetch(`${host.origin}${target}`, { method: target.startsWith('/api') ? 'POST' : 'GET' });
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
    const ownPage = await call('candidates.list', '{}', { Origin: host.origin, 'Sec-Fetch-Site': 'same-origin' });
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
    const tooLarge = await call('candidates.create', JSON.stringify({ name: 'x'.repeat(33 * 1024 * 1024) })).catch(
      () => null,
    );
    if (tooLarge) expect(tooLarge.status).toBe(413);
    expect((await (await call('candidates.list', '{}')).json()) as unknown).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('keeps what was saved across a SIGTERM, and leaves a healthy WAL database the sqlite3 tool can read', async () => {
    const created = (await (await call('candidates.create', JSON.stringify({ name: 'Zoë Kraków' }))).json()) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    await host.stop();
    expect(host.process.exitCode).toBe(0);

    const file = path.join(directory.path, databaseFileName);
    const sqlite = (sql: string) => execFileSync('sqlite3', [file, sql]).toString().trim();
    expect(sqlite('PRAGMA integrity_check')).toBe('ok');
    expect(sqlite('PRAGMA journal_mode')).toBe('wal');
    expect(sqlite('SELECT name FROM candidates')).toBe('Zoë Kraków');

    host = await startWebHostProcess(directory.path);
    const listed = (await (await call('candidates.list', '{}')).json()) as { value: { items: Array<{ name: string }> } };
    expect(listed.value.items.map((item) => item.name)).toEqual(['Zoë Kraków']);
  });

  it('refuses to start on a database from a newer Rapport, with a clear message', async () => {
    await host.stop();
    execFileSync('sqlite3', [path.join(directory.path, databaseFileName), 'PRAGMA user_version = 9990']);
    await expect(startWebHostProcess(directory.path)).rejects.toThrow(/newer version of Rapport/);
  });
});
