import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';

let server: SignalingServerProcess;
let joinPageDirectory: string;

beforeAll(async () => {
  joinPageDirectory = await mkdtemp(path.join(tmpdir(), 'rapport-join-page-'));
  await writeFile(path.join(joinPageDirectory, 'secret.txt'), 'outside the assets folder');
  server = await SignalingServerProcess.start({ extraArguments: ['--join-page-dir', joinPageDirectory] });
});

afterAll(async () => {
  await server.stop();
  await rm(joinPageDirectory, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
}

describe('GET /join/<roomId>', () => {
  it('explains that the page is not built yet when there is no index.html', async () => {
    const response = await fetch(`${server.baseUrl}/join/abcDEF123_-xyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('has not been built');
    expectSecurityHeaders(response);
  });

  it('serves the built page for any room id, and its assets with long-lived caching', async () => {
    await mkdir(path.join(joinPageDirectory, 'assets'), { recursive: true });
    await writeFile(path.join(joinPageDirectory, 'index.html'), '<!doctype html><title>Join</title>');
    await writeFile(path.join(joinPageDirectory, 'assets', 'index-abc123.js'), 'console.log("join")');

    const page = await fetch(`${server.baseUrl}/join/abcDEF123_-xyz`);
    expect(await page.text()).toBe('<!doctype html><title>Join</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(page);

    const asset = await fetch(`${server.baseUrl}/join/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log("join")');
  });

  it('never serves files outside the assets folder', async () => {
    for (const attempt of ['..%2Fsecret.txt', '%2e%2e/secret.txt', '..%5Csecret.txt', 'missing.js', '%00']) {
      const response = await fetch(`${server.baseUrl}/join/assets/${attempt}`);
      expect(response.status, attempt).toBe(404);
    }
    expect((await fetch(`${server.baseUrl}/join/a/b`)).status).toBe(404);
  });
});
