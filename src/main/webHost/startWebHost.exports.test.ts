import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { exportPathPattern } from '../services/everythingExport/exportPathPattern.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';
import { startWebHost, type WebHost } from './startWebHost.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function host(): Promise<{ webHost: WebHost; data: string }> {
  const data = temporaryDirectory();
  const renderer = temporaryDirectory();
  writeFileSync(path.join(renderer.path, 'index.html'), '<!doctype html><title>Rapport</title>');
  const webHost = await startWebHost({
    dataDirectory: data.path,
    rendererDirectory: renderer.path,
    version: 'test',
    databaseKey: testDatabaseKey,
  });
  cleanups.push(
    () => data.remove(),
    () => renderer.remove(),
    () => webHost.close(),
  );
  return { webHost, data: data.path };
}

const tokenOf = (webHost: WebHost) => new URL(webHost.url).searchParams.get('token')!;

async function call<T>(webHost: WebHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${new URL(webHost.url).origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(webHost)}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

const get = (webHost: WebHost, address: string, site: string) =>
  fetch(`${new URL(webHost.url).origin}${address}`, {
    headers: { Authorization: `Bearer ${tokenOf(webHost)}`, 'Sec-Fetch-Site': site },
  });

it('serves an export with recordings once, to its own pages only, as an attachment, and then deletes it', async () => {
  const { webHost, data } = await host();
  const candidate = await call<{ id: string }>(webHost, 'candidates.create', { name: 'Cara Candidate' });
  const interview = await call<{ id: string }>(webHost, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Screen',
  });
  const interviewId = interview.id;
  await call(webHost, 'recordings.start', { interviewId, callOffsetMs: 0 });
  // A WebM head (EBML, Segment, Info, Cluster begun), so the duration fix-up has a header to write into.
  const video = Buffer.concat([
    Buffer.from('1a45dfa3844282817718538067' + '01ffffffffffffff', 'hex'),
    Buffer.from('1549a966872ad7b1830f4240' + '1f43b67501ffffffffffffff', 'hex'),
    Buffer.from('candidate-video-frame'),
  ]);
  const lastFrame = Buffer.from('candidate-video-frame');
  await call(webHost, 'recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 1000,
    data: video.toString('base64'),
  });
  await call(webHost, 'recordings.finish', {
    interviewId,
    durationMs: 1000,
    speech: { recruiter: [], candidate: [] },
  });
  const exported = await call<{
    delivery: string;
    fileName: string;
    downloadPath: string;
    sizeBytes: number;
  }>(webHost, 'backups.exportEverything', { includeRecordings: true });
  expect(exported.delivery).toBe('file');
  const file = path.join(data, 'exports', `${exportPathPattern.exec(exported.downloadPath)![1]}.zip`);

  // Another site's page, even with the cookie the browser would attach: refused, and the file stays.
  const crossSite = await get(webHost, exported.downloadPath, 'cross-site');
  expect(crossSite.status).toBe(403);
  expect(existsSync(file)).toBe(true);
  expect((await get(webHost, exported.downloadPath, 'same-site')).status).toBe(403);

  const response = await get(webHost, exported.downloadPath, 'same-origin');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${exported.fileName}"`);
  expect(response.headers.get('content-length')).toBe(String(exported.sizeBytes));
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const webm = Object.keys(files).find((name) =>
    name.endsWith(`/recordings/cara-candidate-${interviewId}.webm`),
  );
  expect(webm).toBeDefined();
  expect(Buffer.from(files[webm!]!).subarray(-lastFrame.length)).toEqual(lastFrame);

  await expect.poll(() => existsSync(file)).toBe(false);
  const again = await get(webHost, exported.downloadPath, 'same-origin');
  expect(again.status).toBe(404);
  await again.body?.cancel();
});

it('answers 404 for an address that was never handed out, and 401 without the token', async () => {
  const { webHost } = await host();
  const made = `/exports/${'0'.repeat(48)}.zip`;
  expect((await get(webHost, made, 'same-origin')).status).toBe(404);
  const anonymous = await fetch(`${new URL(webHost.url).origin}${made}`);
  expect(anonymous.status).toBe(401);
});
