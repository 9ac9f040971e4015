// `npm run web -- --data-dir DIR --port N`: the app in a browser, for machines where Electron cannot run.
// `--signal-url URL --signal-key KEY` points calls at a running signalling server instead of a built-in one.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './ensureBuilt.ts';
import { ensureInstalled } from './ensureInstalled.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
    'connect-src': { type: 'string', multiple: true, default: [] },
    'signal-url': { type: 'string' },
    'signal-key': { type: 'string' },
  },
});

ensureInstalled(root);
if (!values['no-build']) ensureBuilt(root);

// Imported after the install check so a fresh clone gets its dependencies first.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');
const { resolveDataDirectory } = await import('../src/main/backend/resolveDataDirectory.ts');

const dataDirectory = resolveDataDirectory(
  values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
  process.env,
  path.join(homedir(), '.config', 'Rapport'),
);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
const signalUrl = values['signal-url']?.replace(/\/+$/, '');
const signalKey = values['signal-key'] ?? process.env.RAPPORT_SIGNAL_KEY;
if (signalUrl && (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(signalUrl) || !signalKey)) {
  console.error('--signal-url needs an http(s) address and a key (--signal-key or RAPPORT_SIGNAL_KEY).');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

let host;
try {
  host = await startWebHost({
    dataDirectory,
    rendererDirectory: path.join(root, 'out', 'renderer'),
    version,
    port,
    connectSources: values['connect-src'],
    ...(signalUrl && signalKey ? { signaling: { url: signalUrl, key: signalKey } } : {}),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Rapport is running at ${host.url}`);
console.error(`Data directory: ${dataDirectory}`);
console.error(
  `Signalling server for calls: ${host.signalingUrl}${signalUrl ? '' : ' (built in, this computer only)'}`,
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void host.close().then(() => process.exit(0));
  });
}
