import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OpenBackendOptions } from '../backend/openBackend.ts';
import { DatabaseTooNewError } from '../storage/DatabaseTooNewError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { startAppHarness } from './startAppHarness.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { electron, fakeBackend, databaseKey, start, failingBackend } = startAppHarness;

beforeEach(() => startAppHarness.reset());

describe('startApp and the database key, backups and damage', () => {
  test('opens the backend with the key loadDatabaseKey found, the bundled storage worker and a quit that quits', async () => {
    const { started, openBackend } = start({ storageWorkerFile: '/opt/rapport/out/main/storageWorker.js' });
    await started;
    expect(openBackend).toHaveBeenCalledWith(
      expect.objectContaining({ databaseKey, storageWorkerFile: '/opt/rapport/out/main/storageWorker.js' }),
    );
    const [options] = vi.mocked(openBackend).mock.calls[0] as unknown as [OpenBackendOptions];
    const { onQuitRequested } = options;
    onQuitRequested!();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  test('shows why, and quits without a window, when the key cannot be loaded', async () => {
    const { started, openBackend } = start({
      loadDatabaseKey: vi.fn(async () => {
        throw new Error('The system keychain is not available');
      }),
    });
    await started;
    expect(openBackend).not.toHaveBeenCalled();
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.stringContaining('The system keychain is not available') }),
    );
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  test('backs up on quit: the first quit waits for closeWithBackup, then quits for real', async () => {
    const { started, backend } = start();
    await started;
    let finish!: () => void;
    vi.mocked(backend.closeWithBackup).mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const firstQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', firstQuit);
    expect(firstQuit.preventDefault).toHaveBeenCalled();
    // Another quit while the backup runs waits for the same one.
    const secondQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', secondQuit);
    expect(secondQuit.preventDefault).toHaveBeenCalled();
    expect(backend.closeWithBackup).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    const finalQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', finalQuit);
    expect(finalQuit.preventDefault).not.toHaveBeenCalled();
  });

  describe('a damaged database at start', () => {
    const directory = temporaryDirectory();
    const backupName = 'rapport-2026-05-01T10-20-30-123Z-daily.sqlite3';
    mkdirSync(path.join(directory.path, 'backups'));
    writeFileSync(path.join(directory.path, 'backups', backupName), 'an encrypted backup');
    const damaged = new DamagedDatabaseError(new Error('file is not a database'));
    const argv = ['rapport', '--data-dir', directory.path];
    afterAll(() => directory.remove());

    test('offers the newest backup first, with its date, then "Copy error" and "Quit"', async () => {
      await start({ argv, openBackend: failingBackend(damaged) }).started;
      expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
        expect.objectContaining({
          buttons: ['Restore the newest backup (2026-05-01 10:20 UTC)', 'Copy error', 'Quit'],
          detail: expect.stringContaining(path.join(directory.path, 'backups', backupName)),
        }),
      );
      expect(electron.app.quit).toHaveBeenCalled();
    });

    test('restores the newest backup when asked, then opens the window on it', async () => {
      electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
      const backend = fakeBackend();
      const openBackend = vi.fn().mockImplementationOnce(failingBackend(damaged)!).mockReturnValue(backend);
      const restoreBeforeOpening = vi.fn(async () => ({ restored: {} as never, damagedCopy: '/x' }));
      await start({ argv, openBackend, restoreBeforeOpening }).started;
      expect(restoreBeforeOpening).toHaveBeenCalledWith(
        expect.objectContaining({ dataDirectory: directory.path, databaseKey, name: 'newest' }),
      );
      expect(openBackend).toHaveBeenCalledTimes(2);
      expect(electron.BrowserWindow.instances).toHaveLength(1);
      expect(electron.app.quit).not.toHaveBeenCalled();
    });

    test('shows why and quits when the restore fails too', async () => {
      electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
      const restoreBeforeOpening = vi.fn(async () => {
        throw new Error('That backup cannot be restored: it is damaged too.');
      });
      await start({ argv, openBackend: failingBackend(damaged), restoreBeforeOpening }).started;
      expect(electron.dialog.showMessageBoxSync).toHaveBeenLastCalledWith(
        expect.objectContaining({ detail: expect.stringContaining('it is damaged too') }),
      );
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      expect(electron.app.quit).toHaveBeenCalled();
    });

    test('offers no restore for a database from a newer Rapport', async () => {
      await start({ argv, openBackend: failingBackend(new DatabaseTooNewError('/x', 9, 3)) }).started;
      expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
        expect.objectContaining({ buttons: ['Copy error', 'Quit'] }),
      );
    });
  });
});
