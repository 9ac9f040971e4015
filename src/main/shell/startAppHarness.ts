import { vi } from 'vitest';
import type { Backend } from '../backend/openBackend.ts';
import { fakeElectron as electron } from './fakeElectron.ts';
import { startApp, type StartAppOptions } from './startApp.ts';

function fakeBackend(): Backend {
  const status = {
    state: 'ok' as const,
    databaseFile: '/data/rapport.sqlite3',
    message: null,
    newestBackup: null,
  };
  return {
    router: { call: vi.fn() },
    settings: { get: vi.fn(() => null) },
    databaseFile: '/data/rapport.sqlite3',
    backupsDirectory: '/data/backups',
    status: vi.fn(() => status),
    startupCheck: Promise.resolve(status),
    onDamaged: vi.fn(() => () => {}),
    backUp: vi.fn(),
    recordingPlayback: vi.fn(() => null),
    exportDownload: vi.fn(() => null),
    closeWithBackup: vi.fn(async () => {}),
    close: vi.fn(),
  };
}

const databaseKey = {
  key: Buffer.alloc(32, 7),
  keyStorage: 'os_keychain' as const,
  keyStorageBackend: null,
  keyFile: '/data/rapport.database-key.json',
};

const signalingServer = { url: 'http://127.0.0.1:47001', key: 'local-key', close: vi.fn(async () => {}) };

function start(overrides: Partial<StartAppOptions> = {}) {
  const backend = fakeBackend();
  const openBackend = vi.fn(() => backend);
  const startSignalingServer = vi.fn(async () => signalingServer);
  const started = startApp({
    preloadFile: '/opt/rapport/out/preload/index.cjs',
    rendererDirectory: '/opt/rapport/out/renderer',
    argv: ['/opt/rapport/rapport'],
    environment: {},
    platform: 'linux',
    openBackend,
    startSignalingServer,
    loadDatabaseKey: vi.fn(async () => databaseKey),
    restoreBeforeOpening: vi.fn(),
    ...overrides,
  });
  return { started, backend, openBackend, startSignalingServer };
}

function failingBackend(error: Error): StartAppOptions['openBackend'] {
  return () => {
    throw error;
  };
}

function reset(): void {
  vi.clearAllMocks();
  electron.appListeners.clear();
  electron.BrowserWindow.instances.length = 0;
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  electron.dialog.showMessageBoxSync.mockReturnValue(1);
}

/** startApp over the fake Electron, with a fake backend and signalling server; reset() before each test. */
export const startAppHarness = {
  electron,
  fakeBackend,
  databaseKey,
  signalingServer,
  start,
  failingBackend,
  reset,
};
