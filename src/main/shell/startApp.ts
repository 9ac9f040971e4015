import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import path from 'node:path';
import { openBackend as openRealBackend, type Backend } from '../backend/openBackend.ts';
import type { DatabaseKeySource } from '../backend/DatabaseKeySource.ts';
import { resolveDataDirectory } from '../backend/resolveDataDirectory.ts';
import { restoreBeforeOpening as restoreRealBackup } from '../backend/restoreBeforeOpening.ts';
import { configuredSignalingSources } from '../services/calls/configuredSignalingSources.ts';
import { signalingConnectSources } from '../services/calls/signalingConnectSources.ts';
import {
  startLocalSignalingServer as startRealSignalingServer,
  type LocalSignalingServer,
} from '../services/calls/startLocalSignalingServer.ts';
import { appOrigin } from './appOrigin.ts';
import { applicationMenuTemplate } from './applicationMenuTemplate.ts';
import { bindIpc } from './bindIpc.ts';
import { createDesktopShell } from './createDesktopShell.ts';
import { createMainWindow } from './createMainWindow.ts';
import { handleDisplayMedia } from './handleDisplayMedia.ts';
import { handlePermissions } from './handlePermissions.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { openScreenPicker } from './openScreenPicker.ts';
import { loadDesktopDatabaseKey } from './loadDesktopDatabaseKey.ts';
import { registerAppProtocol } from './registerAppProtocol.ts';
import { reportStartupFailure } from './reportStartupFailure.ts';

export type StartAppOptions = {
  /** out/preload/index.cjs, absolute. */
  preloadFile: string;
  /** out/renderer, absolute. */
  rendererDirectory: string;
  /** out/main/storageWorker.js, absolute: the bundled worker for the database check and backups. */
  storageWorkerFile?: string;
  argv?: readonly string[];
  environment?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Extra origins for the CSP's connect-src, e.g. the signalling server. */
  connectSources?: readonly string[];
  openBackend?: typeof openRealBackend;
  loadDatabaseKey?: typeof loadDesktopDatabaseKey;
  restoreBeforeOpening?: typeof restoreRealBackup;
  startSignalingServer?: typeof startRealSignalingServer;
};

/**
 * The whole Electron lifecycle. Resolves once startup has finished or been abandoned; Electron itself comes
 * from the `electron` module so tests can replace it with vi.mock.
 */
export async function startApp(options: StartAppOptions): Promise<void> {
  const argv = options.argv ?? process.argv;
  const environment = options.environment ?? process.env;
  const platform = options.platform ?? process.platform;
  const openBackend = options.openBackend ?? openRealBackend;
  const startSignalingServer = options.startSignalingServer ?? startRealSignalingServer;
  const debug = argv.includes('--debug');
  const loadDatabaseKey = options.loadDatabaseKey ?? loadDesktopDatabaseKey;
  const restoreBeforeOpening = options.restoreBeforeOpening ?? restoreRealBackup;

  // Must happen before 'ready': a standard, secure scheme gets a real origin, fetch, and a secure context.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appOrigin.scheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
  // Every renderer sandboxed, even one created by a future code path that forgets its webPreferences.
  app.enableSandbox();

  const defaultDirectory = app.getPath('userData');
  const dataDirectory = resolveDataDirectory(argv, environment, defaultDirectory);
  // Before the lock: Electron keys the single-instance lock on userData, so each data directory gets one process.
  if (dataDirectory !== defaultDirectory) app.setPath('userData', dataDirectory);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | null = null;
  let backend: Backend | null = null;
  let signaling: LocalSignalingServer | null = null;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  // The backup on quit needs the event loop, so the first quit waits for it and then quits again.
  let quitBackup: 'not started' | 'running' | 'done' = 'not started';
  app.on('before-quit', (event) => {
    if (quitBackup === 'done' || !backend) return;
    event.preventDefault();
    if (quitBackup === 'running') return;
    quitBackup = 'running';
    void backend
      .closeWithBackup()
      .catch((error: unknown) => console.error('Rapport could not back up on quit', error))
      .finally(() => {
        quitBackup = 'done';
        app.quit();
      });
  });
  app.on('will-quit', () => {
    try {
      backend?.close();
    } catch (error) {
      console.error('Rapport could not close its database cleanly', error);
    }
    backend = null;
    void signaling?.close();
    signaling = null;
  });

  await app.whenReady();
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ platform, debug })));

  try {
    // The built-in signalling server for calls when Settings name none; without it the rest still works.
    signaling = await startSignalingServer({
      joinPageDirectory: path.join(options.rendererDirectory, '..', 'join'),
    });
  } catch (error) {
    console.error(
      'Rapport could not start its built-in signalling server; calls need one set in Settings',
      error,
    );
  }

  let databaseKey: DatabaseKeySource | null = null;
  const open = (key: DatabaseKeySource): Backend =>
    openBackend({
      dataDirectory,
      version: app.getVersion(),
      databaseKey: key,
      ...(options.storageWorkerFile ? { storageWorkerFile: options.storageWorkerFile } : {}),
      onQuitRequested: () => app.quit(),
      ...(signaling ? { localSignalingServer: signaling } : {}),
      desktop: createDesktopShell(() => mainWindow),
    });
  try {
    databaseKey = await loadDatabaseKey({ dataDirectory, environment, platform });
    backend = open(databaseKey);
  } catch (error) {
    // Never run on a database we could not open or do not understand; a damaged one may be restored first.
    if (reportStartupFailure(error, dataDirectory) === 'restore' && databaseKey) {
      try {
        await restoreBeforeOpening({
          dataDirectory,
          databaseKey,
          name: 'newest',
          ...(options.storageWorkerFile ? { storageWorkerFile: options.storageWorkerFile } : {}),
        });
        backend = open(databaseKey);
      } catch (second) {
        reportStartupFailure(second, dataDirectory);
      }
    }
    if (!backend) {
      void signaling?.close();
      app.quit();
      return;
    }
  }

  // The window shows the recovery screen; the log keeps the same words for support.
  backend.onDamaged((status) => console.error(status.message));
  handlePermissions(session.defaultSession);
  // Screen sharing goes through the app's own picker, over the main window.
  handleDisplayMedia(session.defaultSession, (sources) => openScreenPicker(mainWindow, sources));
  const { router, settings, recordingPlayback, exportDownload } = backend;
  const fixedSources = [...(options.connectSources ?? []), ...signalingConnectSources(signaling?.url)];
  registerAppProtocol(protocol, {
    rendererDirectory: options.rendererDirectory,
    connectSources: async () => [...fixedSources, ...configuredSignalingSources(settings)],
    recordingPlayback,
    exportDownload,
  });
  bindIpc(ipcMain, router);

  const openWindow = (): void => {
    const window = createMainWindow({ preloadFile: options.preloadFile, devTools: debug });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}
