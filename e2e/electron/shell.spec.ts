import { existsSync } from 'node:fs';
import path from 'node:path';
import { methodNames } from '../../src/shared/contract/methodNames.ts';
import { contentSecurityPolicy } from '../../src/main/security/contentSecurityPolicy.ts';
import { expect, test } from '../fixtures/test.ts';
import { findElectronBinary } from '../../scripts/findElectronBinary.ts';
import { launchRapport, type LaunchedRapport } from './launchRapport.ts';

const binary = findElectronBinary();
test.skip(
  !binary,
  'Electron binary not installed on this machine (it is downloaded on first run, and this machine has no internet)',
);

// The page's globals, typed here because e2e/ is compiled without the DOM library.
type PageGlobals = {
  rapport?: Record<string, unknown>;
  require?: unknown;
  process?: unknown;
  module?: unknown;
  location: { href: string };
  open(url: string): unknown;
};

let rapport: LaunchedRapport;

test.beforeEach(async ({ dataDirectory }) => {
  rapport = await launchRapport(binary!, dataDirectory);
});

test.afterEach(async () => {
  await rapport.app.close();
});

test('launches on the given --data-dir, titled Rapport, on app://rapport/', async ({ dataDirectory }) => {
  await expect(rapport.window).toHaveTitle('Rapport');
  expect(rapport.window.url()).toMatch(/^app:\/\/rapport\//);
  expect(await rapport.app.evaluate(({ app }) => app.getPath('userData'))).toBe(dataDirectory);
  expect(existsSync(path.join(dataDirectory, 'rapport.sqlite3'))).toBe(true);
});

test('the page gets window.rapport with the contract methods, and no Node', async () => {
  const globals = await rapport.window.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return {
      methods: Object.keys(page.rapport ?? {}).sort(),
      frozen: Object.isFrozen(page.rapport),
      require: typeof page.require,
      process: typeof page.process,
      module: typeof page.module,
    };
  });
  expect(globals.methods).toEqual([...methodNames].sort());
  expect(globals.frozen).toBe(true);
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
});

test('a call through the bridge reaches the backend', async () => {
  const result = await rapport.window.evaluate(async () => {
    const bridge = (
      globalThis as unknown as { rapport: Record<string, (input: unknown) => Promise<unknown>> }
    ).rapport;
    return bridge['candidates.list']!({});
  });
  expect(result).toMatchObject({ ok: true });
});

test('navigating to an external URL is blocked', async () => {
  await rapport.window.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  // Nothing observable happens when a navigation is prevented, so give it time to go wrong.
  await rapport.window.waitForTimeout(1_000);
  expect(rapport.window.url()).toMatch(/^app:\/\/rapport\//);
  expect(await rapport.window.evaluate(() => typeof (globalThis as unknown as PageGlobals).rapport)).toBe(
    'object',
  );
});

test('window.open opens no Electron window', async () => {
  // file: is never handed to the OS either, so this opens nothing anywhere.
  const opened = await rapport.window.evaluate(() =>
    (globalThis as unknown as PageGlobals).open('file:///etc/passwd'),
  );
  expect(opened).toBeNull();
  expect(rapport.app.windows()).toHaveLength(1);
});

test('the page is served with our Content-Security-Policy', async () => {
  const header = await rapport.window.evaluate(async () => {
    const response = await fetch('app://rapport/');
    return response.headers.get('content-security-policy');
  });
  expect(header).toBe(contentSecurityPolicy());
});
