import { beforeEach, expect, test, vi } from 'vitest';
import { screenPickerAction } from './screenPickerPage.ts';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static last: FakeBrowserWindow | null = null;
    readonly options: Record<string, unknown>;
    readonly listeners = new Map<string, Listener>();
    readonly contentsListeners = new Map<string, Listener>();
    destroyed = false;
    loadedUrl = '';
    readonly webContents = {
      on: (name: string, listener: Listener) => this.contentsListeners.set(name, listener),
    };
    readonly on = (name: string, listener: Listener) => this.listeners.set(name, listener);
    readonly once = this.on;
    readonly show = vi.fn();
    readonly isDestroyed = () => this.destroyed;
    readonly close = vi.fn(() => {
      this.destroyed = true;
      this.listeners.get('closed')?.();
    });
    readonly loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
    });
    constructor(options: Record<string, unknown>) {
      this.options = options;
      FakeBrowserWindow.last = this;
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

const { openScreenPicker } = await import('./openScreenPicker.ts');
const sources = [
  {
    id: 'screen:0:0',
    name: 'Entire screen',
    kind: 'screen' as const,
    thumbnailDataUrl: 'data:image/png;base64,AA',
  },
];

function navigate(url: string) {
  const event = { url, preventDefault: vi.fn() };
  electron.BrowserWindow.last!.contentsListeners.get('will-navigate')!(event);
  return event;
}

beforeEach(() => {
  electron.BrowserWindow.last = null;
});

test('opens a modal, script-free, sandboxed picker (no Auxclick, no DevTools) and answers the source the form chose', async () => {
  const parent = {} as never;
  const choice = openScreenPicker(parent, sources);
  const picker = electron.BrowserWindow.last!;
  expect(picker.options).toMatchObject({
    parent,
    modal: true,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  expect(decodeURIComponent(picker.loadedUrl)).toContain('Screen: Entire screen');
  const event = navigate(`${screenPickerAction}?source=screen%3A0%3A0`);
  expect(event.preventDefault).toHaveBeenCalled();
  await expect(choice).resolves.toBe('screen:0:0');
  expect(picker.close).toHaveBeenCalled();
});

test('answers null when the person cancels or closes the window, and never follows another navigation', async () => {
  const cancelled = openScreenPicker(null, sources);
  navigate(`${screenPickerAction}?cancel=1`);
  await expect(cancelled).resolves.toBeNull();

  const closed = openScreenPicker(null, sources);
  const elsewhere = navigate('https://evil.example/');
  expect(elsewhere.preventDefault).toHaveBeenCalled();
  electron.BrowserWindow.last!.close();
  await expect(closed).resolves.toBeNull();
});
