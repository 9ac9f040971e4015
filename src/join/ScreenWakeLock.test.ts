import { describe, expect, it, vi } from 'vitest';
import { ScreenWakeLock } from './ScreenWakeLock.ts';

function fakePage() {
  const listeners = new Set<() => void>();
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    show(state: DocumentVisibilityState) {
      page.visibilityState = state;
      for (const listener of listeners) listener();
    },
    listeners,
  };
  return page;
}

function fakeApi() {
  const sentinels: Array<{ released: boolean; release: () => Promise<void> }> = [];
  const api = {
    request: vi.fn(async () => {
      const sentinel = {
        released: false,
        release: async () => {
          sentinel.released = true;
        },
      };
      sentinels.push(sentinel);
      return sentinel;
    }),
  };
  return { api, sentinels };
}

describe('ScreenWakeLock', () => {
  it('asks for the screen lock, again when the page is shown after the browser dropped it, and lets it go', async () => {
    const page = fakePage();
    const { api, sentinels } = fakeApi();
    const lock = new ScreenWakeLock(api, page as unknown as Document);
    lock.hold();
    await vi.waitFor(() => expect(sentinels).toHaveLength(1));
    // Hidden: the browser releases the lock on its own.
    sentinels[0]!.released = true;
    page.show('hidden');
    expect(api.request).toHaveBeenCalledTimes(1);
    page.show('visible');
    await vi.waitFor(() => expect(sentinels).toHaveLength(2));
    lock.release();
    await vi.waitFor(() => expect(sentinels[1]!.released).toBe(true));
    expect(page.listeners.size).toBe(0);
  });

  it('does nothing where the browser has no wake lock, and survives a refusal', async () => {
    const page = fakePage();
    const none = new ScreenWakeLock(undefined, page as unknown as Document);
    none.hold();
    expect(page.listeners.size).toBe(0);
    const refusing = new ScreenWakeLock(
      { request: () => Promise.reject(new DOMException('Battery saver', 'NotAllowedError')) },
      page as unknown as Document,
    );
    refusing.hold();
    await Promise.resolve();
    refusing.release();
  });
});
