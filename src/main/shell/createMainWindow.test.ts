import { beforeEach, describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
    readonly once = vi.fn((name: string, listener: () => void) => this.listeners.set(name, listener));
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly listeners = new Map<string, () => void>();
    constructor(options: FakeBrowserWindow['options']) {
      this.options = options;
      FakeBrowserWindow.instances.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: false } };
});
vi.mock('electron', () => electron);

import { createMainWindow } from './createMainWindow.ts';

const preloadFile = '/opt/rapport/out/preload/index.cjs';

function created() {
  createMainWindow({ preloadFile });
  const window = electron.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
  electron.nativeTheme.shouldUseDarkColors = false;
});

describe('createMainWindow webPreferences', () => {
  test.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', true],
    ['devTools', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ])('sets %s to %s', (key, value) => {
    expect(created().options.webPreferences[key]).toBe(value);
  });

  test('enables no Blink feature (enableBlinkFeatures is never set)', () => {
    expect(created().options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  test('turns DevTools on only when asked (--debug)', () => {
    createMainWindow({ preloadFile, devTools: true });
    expect(electron.BrowserWindow.instances.at(-1)!.options.webPreferences.devTools).toBe(true);
  });

  test('uses the bundled CommonJS preload', () => {
    expect(created().options.webPreferences.preload).toMatch(/index\.cjs$/);
  });
});

describe('createMainWindow', () => {
  test("is titled 'Rapport'", () => {
    expect(created().options.title).toBe('Rapport');
  });

  test('loads app://rapport/', () => {
    expect(created().loadURL).toHaveBeenCalledWith('app://rapport/');
  });

  test('stays hidden until ready-to-show, then shows', () => {
    const window = created();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')!();
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  test('has a minimum size', () => {
    const { minWidth, minHeight } = created().options;
    expect(minWidth).toBeGreaterThan(0);
    expect(minHeight).toBeGreaterThan(0);
  });

  test('paints a dark background in dark mode and a light one otherwise', () => {
    const light = created().options.backgroundColor;
    electron.nativeTheme.shouldUseDarkColors = true;
    const dark = created().options.backgroundColor;
    expect(light).toBe('#ffffff');
    expect(dark).not.toBe(light);
  });
});
