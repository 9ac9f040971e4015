import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { openBackend as openRealBackend, type Backend } from '../backend/openBackend.ts';
import { resolveDataDirectory } from '../backend/resolveDataDirectory.ts';
import { configuredSignalingSources } from '../services/calls/configuredSignalingSources.ts';
import { signalingConnectSources } from '../services/calls/signalingConnectSources.ts';
import {
  startLocalSignalingServer as startRealSignalingServer,
  type LocalSignalingServer,
} from '../services/calls/startLocalSignalingServer.ts';
import { appOrigin } from './appOrigin.ts';
import { bindIpc } from './bindIpc.ts';
import { createMainWindow } from './createMainWindow.ts';
import { handlePermissions } from './handlePermissions.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { registerAppProtocol } from './registerAppProtocol.ts';
import { reportStartupFailure } from './reportStartupFailure.ts';

export type StartAppOptions = {
  /** out/preload/index.cjs, absolute. */
  preloadFile: string;
  /** out/renderer, absolute. */
  rendererDirectory: string;
  argv?: readonly string[];
  environment?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Extra origins for the CSP's connect-src, e.g. the signalling server. */
  connectSources?: readonly string[];
  openBackend?: typeof openRealBackend;
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

  try {
    backend = openBackend({
      dataDirectory,
      version: app.getVersion(),
      ...(signaling ? { localSignalingServer: signaling } : {}),
    });
  } catch (error) {
    // Never run on a database we could not open or do not understand.
    reportStartupFailure(error, dataDirectory);
    void signaling?.close();
    app.quit();
    return;
  }

  handlePermissions(session.defaultSession);
  const { router, settings } = backend;
  const fixedSources = [...(options.connectSources ?? []), ...signalingConnectSources(signaling?.url)];
  registerAppProtocol(protocol, {
    rendererDirectory: options.rendererDirectory,
    connectSources: async () => [...fixedSources, ...configuredSignalingSources(settings)],
  });
  bindIpc(ipcMain, router);

  const openWindow = (): void => {
    const window = createMainWindow({ preloadFile: options.preloadFile });
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
