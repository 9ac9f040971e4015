// `npm run web -- --data-dir DIR --port N`: the app in a browser, for machines where Electron cannot run.
// `--signal-url URL --signal-key KEY` points calls at a running signalling server instead of a built-in one.
// `--key-file FILE` keeps the database key somewhere else than DIR.key; `--restore-backup newest|NAME` restores first.
// RAPPORT_CLOCK_OFFSET_DAYS moves the backend's clock (for trying out retention; tests use it too).
// Exit codes: 0 stopped, 1 failed to start, 2 bad arguments, 3 the database is damaged.
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
    'key-file': { type: 'string' },
    'restore-backup': { type: 'string' },
  },
});

ensureInstalled(root);
if (!values['no-build']) ensureBuilt(root);

// Imported after the install check so a fresh clone gets its dependencies first.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');
const { resolveDataDirectory } = await import('../src/main/backend/resolveDataDirectory.ts');
const { loadWebHostDatabaseKey } = await import('../src/main/webHost/loadWebHostDatabaseKey.ts');
const { restoreBeforeOpening } = await import('../src/main/backend/restoreBeforeOpening.ts');
const { reportWebHostStartFailure } = await import('../src/main/webHost/reportWebHostStartFailure.ts');
const { restoreCommandHint } = await import('../src/main/webHost/restoreCommandHint.ts');
const { webHostExitCodes } = await import('../src/main/webHost/webHostExitCodes.ts');

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

const clockOffsetDays = Number(process.env.RAPPORT_CLOCK_OFFSET_DAYS ?? 0);
if (!Number.isFinite(clockOffsetDays)) {
  console.error('RAPPORT_CLOCK_OFFSET_DAYS must be a number of days.');
  process.exit(2);
}
const clock = clockOffsetDays === 0 ? undefined : () => new Date(Date.now() + clockOffsetDays * 86_400_000);

const keyFile = values['key-file'];
let stop: (exitCode: number) => void = () => {};
let host: Awaited<ReturnType<typeof startWebHost>> | undefined;
try {
  const databaseKey = loadWebHostDatabaseKey({
    dataDirectory,
    environment: process.env,
    ...(keyFile ? { keyFile } : {}),
  });
  if (values['restore-backup']) {
    const { restored, damagedCopy } = await restoreBeforeOpening({
      dataDirectory,
      databaseKey,
      name: values['restore-backup'],
    });
    console.error(
      `Restored the backup ${restored.file}.${damagedCopy ? ` The file it replaced is kept at ${damagedCopy}.` : ''}`,
    );
  }
  host = await startWebHost({
    databaseKey,
    dataDirectory,
    rendererDirectory: path.join(root, 'out', 'renderer'),
    version,
    port,
    connectSources: values['connect-src'],
    ...(clock ? { clock } : {}),
    ...(signalUrl && signalKey ? { signaling: { url: signalUrl, key: signalKey } } : {}),
    onQuitRequested: () =>
      stop(host?.databaseStatus().state === 'damaged' ? webHostExitCodes.databaseDamaged : 0),
  });
} catch (error) {
  const { text, exitCode } = reportWebHostStartFailure(error, dataDirectory);
  console.error(text);
  process.exit(exitCode);
}
const running = host;
console.log(`Rapport is running at ${running.url}`);
console.error(`Data directory: ${dataDirectory}`);
console.error(`Database key: ${running.keyFile ?? 'RAPPORT_DB_KEY'}`);
// Found while running: the page shows the recovery screen, and the process will end with code 3.
running.onDatabaseDamaged((status) => {
  console.error(`${status.message}\n${restoreCommandHint(dataDirectory)}`);
  process.exitCode = webHostExitCodes.databaseDamaged;
});
console.error(
  `Signalling server for calls: ${running.signalingUrl}${signalUrl ? '' : ' (built in, this computer only)'}`,
);

let closing = false;
stop = (exitCode) => {
  if (closing) return;
  closing = true;
  void running.close().then(() => process.exit(exitCode));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    stop(
      running.databaseStatus().state === 'damaged'
        ? webHostExitCodes.databaseDamaged
        : webHostExitCodes.stopped,
    ),
  );
}
