import { beforeEach, describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async (_url: string) => {}) } }));
vi.mock('electron', () => electron);

import { hardenWebContents, type HardenableWebContents } from './hardenWebContents.ts';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as HardenableWebContents);
  return {
    /** Fires `name` and reports whether the listener prevented it. */
    emit(name: string, url?: string): boolean {
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no ${name} listener`);
      const event = { url, preventDefault: vi.fn() };
      listener(event);
      return event.preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

beforeEach(() => {
  electron.shell.openExternal.mockClear();
});

describe('hardenWebContents', () => {
  test('prevents navigation to a foreign origin', () => {
    expect(fakeContents().emit('will-navigate', 'https://evil.example/')).toBe(true);
  });

  test('prevents navigation to a look-alike host', () => {
    expect(fakeContents().emit('will-navigate', 'app://rapport.evil.example/')).toBe(true);
  });

  test('prevents navigation to a local file', () => {
    expect(fakeContents().emit('will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  test('allows navigation within app://rapport', () => {
    expect(fakeContents().emit('will-navigate', 'app://rapport/candidates')).toBe(false);
  });

  test('prevents a redirect to a foreign origin', () => {
    expect(fakeContents().emit('will-redirect', 'https://evil.example/')).toBe(true);
  });

  test('allows a redirect within app://rapport', () => {
    expect(fakeContents().emit('will-redirect', 'app://rapport/')).toBe(false);
  });

  test('prevents attaching a <webview>', () => {
    expect(fakeContents().emit('will-attach-webview')).toBe(true);
  });

  test('denies window.open even for an allowed link', () => {
    expect(fakeContents().open('https://example.com/')).toEqual({ action: 'deny' });
  });

  test('opens an https link in the system browser', () => {
    fakeContents().open('https://example.com/profile');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/profile');
  });

  test('opens a mailto link in the mail client', () => {
    fakeContents().open('mailto:ada@example.com');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('mailto:ada@example.com');
  });

  test.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://user:pass@example.com/',
    'http://example.com/',
  ])('neither opens %s externally nor in a window', (url) => {
    expect(fakeContents().open(url)).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
