import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { temporaryDirectory } from '../../src/main/testing/temporaryDirectory.ts';
import { scanElectronSecurity } from './scanElectronSecurity.ts';

const made: { remove(): void }[] = [];
afterEach(() => made.splice(0).forEach((directory) => directory.remove()));

/** A tiny app for the scanner, in a folder of its own. */
function app(files: Record<string, string>): string {
  const temporary = temporaryDirectory();
  made.push(temporary);
  const directory = path.join(temporary.path, 'app');
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return directory;
}

const strictPage =
  '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" ' +
  "content=\"default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'\"></head></html>";

// A scan parses every file with Babel: seconds on a quiet machine, far more on a busy one.
describe('scanElectronSecurity (Electronegativity, offline)', { timeout: 90_000 }, () => {
  test('reports a window without context isolation or sandbox', async () => {
    const directory = app({
      'main.js':
        "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
      'index.html': strictPage,
    });
    const ids = (await scanElectronSecurity(directory, { electronVersion: '45.4.1' })).map(({ id }) => id);
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(ids).toContain('SANDBOX_JS_CHECK');
  });

  test('reports an app with no Content-Security-Policy anywhere', async () => {
    const directory = app({ 'main.js': "require('electron');\n", 'index.html': '<html></html>' });
    const findings = await scanElectronSecurity(directory, { electronVersion: '45.4.1' });
    expect(findings.map(({ id }) => id)).toContain('CSP_GLOBAL_CHECK');
  });

  test('reports a window that leaves Auxclick on, and not one that disables it', async () => {
    const window = (preferences: string) =>
      `const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: true${preferences} } });\n`;
    const open = app({ 'main.js': window(''), 'index.html': strictPage });
    expect((await scanElectronSecurity(open, { electronVersion: '45.4.1' })).map(({ id }) => id)).toContain(
      'AUXCLICK_JS_CHECK',
    );
    const closed = app({ 'main.js': window(", disableBlinkFeatures: 'Auxclick'"), 'index.html': strictPage });
    expect(
      (await scanElectronSecurity(closed, { electronVersion: '45.4.1' })).map(({ id }) => id),
    ).not.toContain('AUXCLICK_JS_CHECK');
  });
});
