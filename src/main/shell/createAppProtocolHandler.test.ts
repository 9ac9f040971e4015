import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';
import { ExportFiles } from '../services/everythingExport/ExportFiles.ts';
import { exportPathPattern } from '../services/everythingExport/exportPathPattern.ts';
import { createAppProtocolHandler } from './createAppProtocolHandler.ts';
import { registerAppProtocol, type SchemeHandlerRegistry } from './registerAppProtocol.ts';

let sandbox: string;
let handler: (request: Request) => Promise<Response>;
const policy = contentSecurityPolicy();

beforeAll(() => {
  // out/renderer inside a directory that also holds a secret, which traversal must never reach.
  sandbox = mkdtempSync(path.join(tmpdir(), 'rapport-protocol-'));
  const renderer = path.join(sandbox, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log("rapport")');
  writeFileSync(path.join(sandbox, 'secret.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler(renderer, policy);
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** A request as Electron hands it over, without the URL normalisation `new Request` would apply. */
function rawRequest(url: string, method = 'GET'): Request {
  return { url, method } as Request;
}

describe('app:// protocol handler', () => {
  test('serves index.html at app://rapport/', async () => {
    const response = await handler(new Request('app://rapport/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Rapport</title>');
  });

  test('serves a built asset with its content type', async () => {
    const response = await handler(new Request('app://rapport/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("rapport")');
  });

  test('falls back to index.html for a client-side route without an extension', async () => {
    const response = await handler(new Request('app://rapport/candidates/42'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Rapport</title>');
  });

  test('answers 404 for a missing file with an extension', async () => {
    expect((await handler(new Request('app://rapport/assets/missing.js'))).status).toBe(404);
  });

  test('refuses app://rapport/../../etc/passwd', async () => {
    const response = await handler(rawRequest('app://rapport/../../etc/passwd'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('root:');
  });

  test('refuses a percent-encoded traversal to a file beside the renderer', async () => {
    const response = await handler(new Request('app://rapport/..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  test('refuses a backslash traversal', async () => {
    const response = await handler(new Request('app://rapport/..%5csecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  test('answers 404 for another host', async () => {
    const response = await handler(new Request('app://evil/index.html'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>Rapport</title>');
  });

  test('refuses methods other than GET and HEAD', async () => {
    expect((await handler(rawRequest('app://rapport/', 'POST'))).status).toBe(405);
  });

  test('sets the Content-Security-Policy header on a page', async () => {
    const response = await handler(new Request('app://rapport/'));
    expect(response.headers.get('Content-Security-Policy')).toBe(policy);
  });

  test('sets the Content-Security-Policy header on an error too', async () => {
    const response = await handler(new Request('app://evil/'));
    expect(response.headers.get('Content-Security-Policy')).toBe(policy);
  });

  test('forbids MIME sniffing', async () => {
    const response = await handler(new Request('app://rapport/assets/index-abc.js'));
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

describe('registerAppProtocol', () => {
  test("handles the 'app' scheme, with the CSP (and its connect sources) on every response", async () => {
    const handle = vi.fn();
    registerAppProtocol({ handle } as unknown as SchemeHandlerRegistry, {
      rendererDirectory: path.join(sandbox, 'renderer'),
      connectSources: ['wss://signal.example'],
    });
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const registered = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const response = await registered(new Request('app://rapport/'));
    expect(response.headers.get('Content-Security-Policy')).toBe(
      contentSecurityPolicy(['wss://signal.example']),
    );
  });
});

describe('the Content-Security-Policy', () => {
  const scriptSource = () =>
    contentSecurityPolicy()
      .split(';')
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith('script-src '));

  test("allows scripts from 'self' only", () => {
    expect(contentSecurityPolicy()).toContain("script-src 'self'");
  });

  test("has no 'unsafe-eval' in script-src", () => {
    expect(scriptSource()).toBeDefined();
    expect(scriptSource()).not.toContain('unsafe-eval');
  });

  test("has no 'unsafe-inline' in script-src", () => {
    expect(scriptSource()).not.toContain('unsafe-inline');
  });

  test("defaults everything else to 'none'", () => {
    expect(contentSecurityPolicy()).toContain("default-src 'none'");
  });
});

describe('recordings over app://', () => {
  const id = '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d';
  const bytes = Buffer.from('0123456789');
  const recordingHandler = () =>
    createAppProtocolHandler(path.join(sandbox, 'renderer'), policy, (interviewId) =>
      interviewId === id
        ? { totalBytes: bytes.length, read: (start, end) => bytes.subarray(start, end) }
        : null,
    );

  test('answers a byte range with 206, so the player can seek', async () => {
    const response = await recordingHandler()(
      new Request(`app://rapport/recordings/${id}.webm`, { headers: { Range: 'bytes=4-6' } }),
    );
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe('bytes 4-6/10');
    expect(response.headers.get('Content-Type')).toBe('video/webm');
    expect(await response.text()).toBe('456');
  });

  test('a recording that does not exist is a 404, and a range past the end a 416', async () => {
    const other = '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0e';
    expect((await recordingHandler()(new Request(`app://rapport/recordings/${other}.webm`))).status).toBe(
      404,
    );
    const past = new Request(`app://rapport/recordings/${id}.webm`, { headers: { Range: 'bytes=20-' } });
    expect((await recordingHandler()(past)).status).toBe(416);
  });
});

describe('"Export everything" files over app://', () => {
  test('streams the file once as an attachment, then deletes it; a second fetch is a 404', async () => {
    const files = new ExportFiles(sandbox);
    const written = await files.write(async (write) => {
      write(Buffer.from('PK zip bytes'));
      return { fileName: 'rapport-export-2026-05-01.zip' };
    });
    const token = exportPathPattern.exec(written.downloadPath)![1]!;
    const file = files.find(token)!.file;
    const exportHandler = createAppProtocolHandler(
      path.join(sandbox, 'renderer'),
      policy,
      undefined,
      (asked) => files.find(asked),
    );

    const response = await exportHandler(new Request(`app://rapport${written.downloadPath}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="rapport-export-2026-05-01.zip"',
    );
    expect(response.headers.get('Content-Type')).toBe('application/zip');
    expect(response.headers.get('Content-Security-Policy')).toBe(policy);
    expect(await response.text()).toBe('PK zip bytes');
    await vi.waitFor(() => expect(existsSync(file)).toBe(false));
    expect((await exportHandler(new Request(`app://rapport${written.downloadPath}`))).status).toBe(404);
  });
});
