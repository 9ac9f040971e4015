import { describe, expect, test, vi } from 'vitest';
import { createRouter } from '../Router.ts';
import type { Handlers } from '../Handlers.ts';
import type { DesktopShell } from '../../services/desktop/DesktopShell.ts';
import { desktopHandlers } from './desktopHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

function routerWith(desktop?: DesktopShell) {
  const context = { ...(desktop ? { desktop } : {}) } as HandlerContext;
  return createRouter(desktopHandlers(context) as Handlers, () => {});
}

describe('desktop handlers', () => {
  test('without a desktop shell (web host, tests) nothing is shown and PDF saving is unavailable', async () => {
    const router = routerWith();
    expect(await router.call('desktop.notify', { title: 'Cara is waiting', body: '' })).toEqual({
      ok: true,
      value: { shown: false },
    });
    expect(await router.call('desktop.savePdf', { fileName: 'notes', pageSize: 'A4' })).toEqual({
      ok: true,
      value: { outcome: 'unavailable', filePath: null },
    });
  });

  test('with the shell: notify passes title and body, savePdf adds .pdf and reports saved or cancelled', async () => {
    const desktop: DesktopShell = {
      notify: vi.fn(() => true),
      savePdf: vi.fn(async (fileName: string) =>
        fileName.startsWith('keep') ? `/home/ada/${fileName}` : null,
      ),
    };
    const router = routerWith(desktop);
    expect(await router.call('desktop.notify', { title: 'Cara is waiting', body: 'Admit her.' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(desktop.notify).toHaveBeenCalledWith('Cara is waiting', 'Admit her.');
    expect(await router.call('desktop.savePdf', { fileName: 'keep-me', pageSize: 'Letter' })).toEqual({
      ok: true,
      value: { outcome: 'saved', filePath: '/home/ada/keep-me.pdf' },
    });
    expect(desktop.savePdf).toHaveBeenCalledWith('keep-me.pdf', 'Letter');
    expect(await router.call('desktop.savePdf', { fileName: 'drop.PDF', pageSize: 'A4' })).toEqual({
      ok: true,
      value: { outcome: 'cancelled', filePath: null },
    });
  });

  test.each([
    ['a folder in the file name', { fileName: '../../etc/passwd', pageSize: 'A4' }],
    ['a Windows path', { fileName: 'C:\\notes.pdf', pageSize: 'A4' }],
    ['an unknown paper size', { fileName: 'notes', pageSize: 'A3' }],
    ['an empty name', { fileName: '   ', pageSize: 'A4' }],
  ])('savePdf refuses %s and never opens a dialog', async (_label, input) => {
    const desktop: DesktopShell = { notify: vi.fn(() => true), savePdf: vi.fn(async () => '/x.pdf') };
    const result = await routerWith(desktop).call('desktop.savePdf', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
    expect(desktop.savePdf).not.toHaveBeenCalled();
  });

  test('notify refuses an empty or overlong title, so a peer’s name cannot flood the desktop', async () => {
    const desktop: DesktopShell = { notify: vi.fn(() => true), savePdf: vi.fn(async () => null) };
    const router = routerWith(desktop);
    for (const title of ['', 'x'.repeat(121)]) {
      const result = await router.call('desktop.notify', { title, body: '' });
      expect(result.ok).toBe(false);
    }
    expect(desktop.notify).not.toHaveBeenCalled();
  });
});
