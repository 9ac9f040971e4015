import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DatabaseTooNewError } from '../storage/DatabaseTooNewError.ts';
import { settingKeys } from '../storage/repositories/SettingsRepository.ts';
import { startAppHarness } from './startAppHarness.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { electron, signalingServer, start, failingBackend } = startAppHarness;

beforeEach(() => startAppHarness.reset());

describe('startApp before ready', () => {
  test('registers app:// as a standard, secure, fetchable, streaming scheme', async () => {
    await start().started;
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  test('registers the scheme before ready', () => {
    electron.app.whenReady.mockReturnValueOnce(new Promise<void>(() => {}));
    const { openBackend } = start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(openBackend).not.toHaveBeenCalled();
  });

  test('sandboxes every renderer', async () => {
    await start().started;
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  test('quits, and creates no window, when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const { started, openBackend } = start();
    await started;
    expect(electron.app.quit).toHaveBeenCalled();
    expect(openBackend).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  test('points userData at --data-dir before taking the lock', async () => {
    const { started, openBackend } = start({ argv: ['rapport', '--data-dir', '/tmp/rapport-e2e'] });
    await started;
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/rapport-e2e');
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
    expect(openBackend).toHaveBeenCalledWith(
      expect.objectContaining({ dataDirectory: '/tmp/rapport-e2e', version: '1.2.3' }),
    );
  });

  test('leaves userData alone without an override', async () => {
    const { started, openBackend } = start();
    await started;
    expect(electron.app.setPath).not.toHaveBeenCalled();
    expect(openBackend).toHaveBeenCalledWith(
      expect.objectContaining({ dataDirectory: '/home/ada/.config/Rapport', version: '1.2.3' }),
    );
  });
  test('hands the backend the desktop shell (notifications, PDF saving) over the main window', async () => {
    const { started, openBackend } = start();
    await started;
    expect(openBackend).toHaveBeenCalledWith(
      expect.objectContaining({
        desktop: { notify: expect.any(Function), savePdf: expect.any(Function) },
      }),
    );
  });
});

describe('startApp when the database cannot be opened', () => {
  const tooNew = new DatabaseTooNewError('/data/rapport.sqlite3', 9, 3);

  test('shows the error with "Copy error" and "Quit", then quits without a window', async () => {
    await start({ openBackend: failingBackend(tooNew) }).started;
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({
        buttons: ['Copy error', 'Quit'],
        detail: expect.stringContaining(tooNew.message),
      }),
    );
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  test('serves nothing and binds no IPC', async () => {
    await start({ openBackend: failingBackend(tooNew) }).started;
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  test('copies the error to the clipboard when asked', async () => {
    electron.dialog.showMessageBoxSync.mockReturnValue(0);
    await start({ openBackend: failingBackend(new Error('file is not a database')) }).started;
    expect(electron.clipboard.writeText).toHaveBeenCalledWith(
      expect.stringContaining('file is not a database'),
    );
    expect(electron.app.quit).toHaveBeenCalled();
  });

  test('does not touch the clipboard when the user just quits', async () => {
    await start({ openBackend: failingBackend(tooNew) }).started;
    expect(electron.clipboard.writeText).not.toHaveBeenCalled();
  });
});

describe('startApp once ready', () => {
  test('opens one window on app://rapport/ with the preload', async () => {
    await start().started;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://rapport/');
    expect(electron.BrowserWindow.instances[0]!.options).toMatchObject({
      webPreferences: { preload: '/opt/rapport/out/preload/index.cjs' },
    });
  });

  test("serves the 'app' scheme and binds 'rapport:invoke'", async () => {
    await start().started;
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('rapport:invoke', expect.any(Function));
  });

  test('starts the built-in signalling server, hands it to the backend, and lets the CSP reach it', async () => {
    const { started, openBackend, backend, startSignalingServer } = start();
    vi.mocked(backend.settings.get).mockImplementation((key) =>
      key === settingKeys.signalingUrl ? 'https://signal.example' : null,
    );
    await started;
    expect(startSignalingServer).toHaveBeenCalledWith({ joinPageDirectory: '/opt/rapport/out/join' });
    expect(openBackend).toHaveBeenCalledWith(
      expect.objectContaining({ localSignalingServer: signalingServer }),
    );
    const serve = vi.mocked(electron.protocol.handle).mock.calls[0]![1] as (
      request: Request,
    ) => Promise<Response>;
    const policy = (await serve(new Request('app://rapport/'))).headers.get('Content-Security-Policy')!;
    const connect = policy.split(';').find((directive) => directive.trim().startsWith('connect-src'))!;
    expect(connect.trim().split(/\s+/)).toEqual([
      'connect-src',
      "'self'",
      'http://127.0.0.1:47001',
      'ws://127.0.0.1:47001',
      'https://signal.example',
      'wss://signal.example',
    ]);
  });

  test('closes the built-in signalling server on will-quit', async () => {
    await start().started;
    signalingServer.close.mockClear();
    electron.app.emit('will-quit');
    expect(signalingServer.close).toHaveBeenCalledTimes(1);
  });

  test('still opens the window when the signalling server cannot start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { started, openBackend } = start({
      startSignalingServer: vi.fn(async () => {
        throw new Error('EADDRINUSE');
      }),
    });
    await started;
    expect(openBackend).toHaveBeenCalledWith(
      expect.not.objectContaining({ localSignalingServer: expect.anything() }),
    );
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  test('sets the permission handlers on the default session', async () => {
    await start().started;
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setDevicePermissionHandler).toHaveBeenCalled();
  });

  test('routes getDisplayMedia through our own picker, never the system one', async () => {
    await start().started;
    expect(electron.session.defaultSession.setDisplayMediaRequestHandler).toHaveBeenCalledWith(
      expect.any(Function),
      { useSystemPicker: false },
    );
  });

  test('hardens every webContents that is created', async () => {
    await start().started;
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  test('closes the backend (checkpointing the WAL) on will-quit', async () => {
    const { started, backend } = start();
    await started;
    electron.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  test('quits when the last window closes, except on macOS', async () => {
    await start({ platform: 'linux' }).started;
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  test('stays running on macOS when the last window closes', async () => {
    await start({ platform: 'darwin' }).started;
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  test('restores and focuses the window when a second instance starts', async () => {
    await start().started;
    electron.app.emit('second-instance');
    const window = electron.BrowserWindow.instances[0]!;
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('startApp in everyday use and with --debug', () => {
  /** Every role in the menu that startApp installed, submenus included. */
  function installedMenuRoles(): string[] {
    type Item = { role?: string; submenu?: Item[] };
    const menu = electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as { template: Item[] };
    const roles = (items: Item[]): string[] =>
      items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
    return roles(menu.template);
  }
  const webPreferences = () =>
    (electron.BrowserWindow.instances[0]!.options as { webPreferences: Record<string, unknown> })
      .webPreferences;

  test('installs our own menu, without developer tools, and a window whose DevTools are off', async () => {
    await start().started;
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(installedMenuRoles()).toEqual(expect.arrayContaining(['editMenu', 'windowMenu']));
    expect(installedMenuRoles()).not.toContain('toggleDevTools');
    expect(webPreferences().devTools).toBe(false);
  });

  test('offers the developer tools with --debug', async () => {
    await start({ argv: ['/opt/rapport/rapport', '--debug'] }).started;
    expect(installedMenuRoles()).toContain('toggleDevTools');
    expect(webPreferences().devTools).toBe(true);
  });
});
