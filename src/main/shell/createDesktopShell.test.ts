import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = () => void;

const electron = vi.hoisted(() => {
  class FakeNotification {
    static supported = true;
    static shown: FakeNotification[] = [];
    static isSupported = () => FakeNotification.supported;
    readonly options: { title: string; body: string };
    readonly listeners = new Map<string, Listener>();
    constructor(options: { title: string; body: string }) {
      this.options = options;
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    show() {
      FakeNotification.shown.push(this);
    }
  }
  return {
    Notification: FakeNotification,
    dialog: {
      showSaveDialog: vi.fn(async (_window: unknown, _options: unknown) => ({
        canceled: false,
        filePath: '' as string | undefined,
      })),
    },
  };
});
vi.mock('electron', () => electron);

const { createDesktopShell } = await import('./createDesktopShell.ts');

function fakeWindow() {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    focus: vi.fn(),
    webContents: {
      printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake')),
      executeJavaScript: vi.fn(async (_code: string) => undefined),
    },
  };
}

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'rapport-desktop-'));
  electron.Notification.shown = [];
  electron.Notification.supported = true;
  electron.dialog.showSaveDialog.mockClear();
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('createDesktopShell', () => {
  test('notify shows an Electron notification whose click restores and focuses the window', () => {
    const window = fakeWindow();
    const shell = createDesktopShell(() => window as never);
    expect(shell.notify('Cara Candidate is waiting to join', 'Admit them in Rapport.')).toBe(true);
    expect(electron.Notification.shown).toHaveLength(1);
    const [notification] = electron.Notification.shown;
    expect(notification!.options).toEqual({
      title: 'Cara Candidate is waiting to join',
      body: 'Admit them in Rapport.',
    });
    notification!.listeners.get('click')!();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.executeJavaScript).not.toHaveBeenCalled();
  });

  test('an overdue follow-up’s notification opens Today when clicked; with the window closed a click does nothing', () => {
    const window = fakeWindow();
    const shell = createDesktopShell(() => window as never);
    expect(shell.notify('Follow-up overdue: Ada', 'Send the take-home', 'today')).toBe(true);
    electron.Notification.shown[0]!.listeners.get('click')!();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith("location.hash = '#/'");

    const closed = createDesktopShell(() => null);
    expect(closed.notify('Follow-up overdue: Ada', 'Send the take-home', 'today')).toBe(true);
    expect(() => electron.Notification.shown[1]!.listeners.get('click')!()).not.toThrow();
  });

  test('notify says false, and shows nothing, where the system has no notifications', () => {
    electron.Notification.supported = false;
    const shell = createDesktopShell(() => fakeWindow() as never);
    expect(shell.notify('Cara is waiting', '')).toBe(false);
    expect(electron.Notification.shown).toHaveLength(0);
  });

  test('savePdf asks where, prints the page on the chosen paper, and writes the file there', async () => {
    const window = fakeWindow();
    const target = path.join(directory, 'screen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const shell = createDesktopShell(() => window as never);
    expect(await shell.savePdf('cara-technical-screen.pdf', 'Letter')).toBe(target);
    const [dialogWindow, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(dialogWindow).toBe(window);
    expect(options).toMatchObject({
      defaultPath: 'cara-technical-screen.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter' }),
    );
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  test('a cancelled dialog prints nothing and writes nothing', async () => {
    const window = fakeWindow();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    const shell = createDesktopShell(() => window as never);
    expect(await shell.savePdf('notes.pdf', 'A4')).toBeNull();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  test('with no window (closed) there is nothing to print and no dialog opens', async () => {
    const shell = createDesktopShell(() => null);
    expect(await shell.savePdf('notes.pdf', 'A4')).toBeNull();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
