import { describe, expect, test, vi } from 'vitest';
import type { Router } from '../api/Router.ts';
import { bindIpc, type InvokeRegistry } from './bindIpc.ts';

type Frame = { url: string; parent: Frame | null };
type Handler = (event: { senderFrame: Frame | null }, method: unknown, input: unknown) => Promise<unknown>;

const mainFrame: Frame = { url: 'app://rapport/candidates', parent: null };

function bound() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  const router = {
    call: vi.fn(async (_method: unknown, _input: unknown) => ({ ok: true, value: 'from router' })),
  };
  bindIpc(ipcMain as unknown as InvokeRegistry, router as unknown as Router);
  const invoke = (senderFrame: Frame | null, method: unknown = 'candidates.list', input: unknown = {}) => {
    const handler = handlers.get('rapport:invoke');
    if (!handler) throw new Error("nothing handles 'rapport:invoke'");
    return handler({ senderFrame }, method, input);
  };
  return { handlers, router, invoke };
}

describe('bindIpc', () => {
  test("handles exactly one channel, 'rapport:invoke'", () => {
    expect([...bound().handlers.keys()]).toEqual(['rapport:invoke']);
  });

  test('passes a call from our main frame to the router and returns its answer', async () => {
    const { router, invoke } = bound();
    await expect(invoke(mainFrame, 'candidates.create', { name: 'Ada' })).resolves.toEqual({
      ok: true,
      value: 'from router',
    });
    expect(router.call).toHaveBeenCalledWith('candidates.create', { name: 'Ada' });
  });

  test('refuses a call from a foreign origin without calling the router', async () => {
    const { router, invoke } = bound();
    const result = await invoke({ url: 'https://evil.example/', parent: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.call).not.toHaveBeenCalled();
  });

  test('refuses a call from a subframe, even on our origin, without calling the router', async () => {
    const { router, invoke } = bound();
    const result = await invoke({ url: 'app://rapport/embedded', parent: mainFrame });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.call).not.toHaveBeenCalled();
  });

  test('refuses a call whose frame is gone without calling the router', async () => {
    const { router, invoke } = bound();
    const result = await invoke(null);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.call).not.toHaveBeenCalled();
  });
});
