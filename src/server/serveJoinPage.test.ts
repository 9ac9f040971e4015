import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

// node:http, not fetch: fetch decompresses on its own and hides what went over the wire.
function getRaw(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('compression and revalidation', () => {
  const script = `export const words = ${JSON.stringify('interview '.repeat(20_000))};\n`;

  beforeAll(async () => {
    await mkdir(path.join(joinPageDirectory, 'assets'), { recursive: true });
    await writeFile(path.join(joinPageDirectory, 'assets', 'big-abc.js'), script);
    await writeFile(path.join(joinPageDirectory, 'assets', 'photo-abc.png'), Buffer.alloc(4096, 7));
  });

  it('sends brotli when the browser accepts it, gzip when only that, and the bytes as they are otherwise', async () => {
    const url = `${server.baseUrl}/join/assets/big-abc.js`;
    const brotli = await getRaw(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.body.length).toBeLessThan(script.length / 10);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

    const gzip = await getRaw(url, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await getRaw(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    const refused = await getRaw(url, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(script);
  });

  it('compresses the page itself too, and never images', async () => {
    const page = await getRaw(`${server.baseUrl}/join/abcDEF123_-xyz`, { 'Accept-Encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    const image = await getRaw(`${server.baseUrl}/join/assets/photo-abc.png`, { 'Accept-Encoding': 'br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(4096);
  });

  it('answers a revalidation with the same tag by 304 and no body, and a changed file by 200', async () => {
    const url = `${server.baseUrl}/join/assets/big-abc.js`;
    const first = await getRaw(url, { 'Accept-Encoding': 'br' });
    const tag = String(first.headers.etag);
    expect(tag).toMatch(/^W\/".+-br"$/);
    const again = await getRaw(url, { 'Accept-Encoding': 'br', 'If-None-Match': tag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy is another representation: the brotli tag does not match it.
    expect((await getRaw(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': tag })).status).toBe(200);

    await writeFile(path.join(joinPageDirectory, 'assets', 'big-abc.js'), `${script}// rebuilt\n`);
    const changed = await getRaw(url, { 'Accept-Encoding': 'br', 'If-None-Match': tag });
    expect(changed.status).toBe(200);
    expect(brotliDecompressSync(changed.body).toString()).toContain('// rebuilt');
  });
});
