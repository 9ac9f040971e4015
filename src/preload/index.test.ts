import { describe, expect, test, vi } from 'vitest';
import { methodNames } from '../shared/contract/methodNames.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

await import('./index.ts');

// Captured at load, since that is when the preload runs and vitest may clear mock history between tests.
const exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls];
const sentOrListened =
  electron.ipcRenderer.send.mock.calls.length + electron.ipcRenderer.on.mock.calls.length;

function exposed(): Record<string, (...args: unknown[]) => Promise<unknown>> {
  return exposeCalls[0]![1] as Record<string, (...args: unknown[]) => Promise<unknown>>;
}

describe('preload', () => {
  test("exposes one thing, 'rapport', to the main world", () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]![0]).toBe('rapport');
  });

  test('exposes exactly the contract method names', () => {
    expect(Object.keys(exposed()).sort()).toEqual([...methodNames].sort());
  });

  test('exposes only functions, no ipcRenderer and no generic invoke', () => {
    for (const value of Object.values(exposed())) expect(typeof value).toBe('function');
    expect(Object.values(exposed())).not.toContain(electron.ipcRenderer.invoke);
    expect(exposed()).not.toHaveProperty('invoke');
    expect(exposed()).not.toHaveProperty('ipcRenderer');
  });

  test('freezes the bridge', () => {
    expect(Object.isFrozen(exposed())).toBe(true);
  });

  test.each(methodNames)("%s calls ipcRenderer.invoke('rapport:invoke', name, input)", async (name) => {
    electron.ipcRenderer.invoke.mockClear();
    const input = { probe: name };
    await exposed()[name]!(input);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('rapport:invoke', name, input);
  });

  test('passes on only the input, never extra arguments the page adds', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await exposed()['candidates.list']!({}, 'other-channel', 'more');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      'rapport:invoke',
      'candidates.list',
      {},
    );
  });

  test('never sends or listens on its own', () => {
    expect(sentOrListened).toBe(0);
  });
});
