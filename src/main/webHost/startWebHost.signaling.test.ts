import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createSignalingServer } from '../../server/createSignalingServer.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { startWebHost, type WebHost } from './startWebHost.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function host(options: { signaling?: { url: string; key: string } } = {}): Promise<WebHost> {
  const data = temporaryDirectory();
  const renderer = temporaryDirectory();
  writeFileSync(path.join(renderer.path, 'index.html'), '<!doctype html><title>Rapport</title>');
  const started = await startWebHost({
    dataDirectory: data.path,
    rendererDirectory: renderer.path,
    version: 'test',
    ...options,
  });
  cleanups.push(
    () => data.remove(),
    () => renderer.remove(),
    () => started.close(),
  );
  return started;
}

const policyOf = async (webHost: WebHost) =>
  (await fetch(webHost.url)).headers.get('content-security-policy') ?? '';
const call = (webHost: WebHost, method: string, input: unknown) =>
  fetch(`${new URL(webHost.url).origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${new URL(webHost.url).searchParams.get('token')}` },
    body: JSON.stringify(input),
  }).then((response) => response.json() as Promise<{ ok: boolean; value: Record<string, unknown> }>);

it('starts its own signalling server on 127.0.0.1, lets the page reach it (http and ws), and stops it on close', async () => {
  const webHost = await host();
  expect(webHost.signalingUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const origin = new URL(webHost.signalingUrl);
  const policy = await policyOf(webHost);
  expect(policy).toContain(`connect-src 'self' ${origin.origin} ws://${origin.host}`);
  expect((await fetch(`${webHost.signalingUrl}/healthz`)).status).toBe(200);
  expect((await call(webHost, 'settings.get', {})).value).toMatchObject({
    localServerAvailable: true,
    signalingUrl: null,
  });

  await webHost.close();
  cleanups.pop();
  await expect(fetch(`${webHost.signalingUrl}/healthz`)).rejects.toThrow();
});

it('uses a given signalling server instead, and adds the one named in Settings on the next page load', async () => {
  const server = createSignalingServer({ apiKey: 'given-key', port: 0 });
  const url = await server.listen();
  cleanups.push(() => server.close());
  const webHost = await host({ signaling: { url, key: 'given-key' } });
  expect(webHost.signalingUrl).toBe(url);
  expect(await policyOf(webHost)).toContain(`ws://${new URL(url).host}`);

  await call(webHost, 'settings.update', { signalingUrl: 'https://signal.example.com', signalingKey: 'k' });
  expect(await policyOf(webHost)).toContain('https://signal.example.com wss://signal.example.com');
});
