import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** The parts of Electron startApp touches, as vi.fn()s a test can steer and inspect. */
export const fakeElectron = (() => {
  const appListeners = new Map<string, Listener[]>();
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.instances.filter((window) => !window.closed);
    readonly options: unknown;
    closed = false;
    readonly listeners = new Map<string, () => void>();
    readonly on = vi.fn((name: string, listener: () => void) => this.listeners.set(name, listener));
    readonly once = this.on;
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    readonly isDestroyed = vi.fn(() => false);
    constructor(options: unknown) {
      this.options = options;
      FakeBrowserWindow.instances.push(this);
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
  };
  return {
    appListeners,
    app: {
      on: vi.fn((name: string, listener: Listener) => {
        appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
      }),
      emit: (name: string, ...args: unknown[]) =>
        appListeners.get(name)?.forEach((listener) => listener(...args)),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      whenReady: vi.fn(async () => {}),
      getPath: vi.fn((_name: string) => '/home/ada/.config/Rapport'),
      setPath: vi.fn(),
      getVersion: vi.fn(() => '1.2.3'),
      requestSingleInstanceLock: vi.fn(() => true),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: session },
    dialog: { showMessageBoxSync: vi.fn((_options: unknown) => 1) },
    clipboard: { writeText: vi.fn() },
    shell: { openExternal: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
    Notification: { isSupported: vi.fn(() => true) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
  };
})();
