import { setTimeout as delay } from 'node:timers/promises';
import { openBackend, type Backend, type OpenBackendOptions } from '../backend/openBackend.ts';
import { DatabaseDamagedAtStartError } from './DatabaseDamagedAtStartError.ts';

/**
 * Opens the backend and waits for its background check, but never longer than `checkWaitMs`: a small damaged
 * file is refused before the web host serves anything, and a big one still opens at once (the check goes on,
 * and the recovery screen appears if it finds damage).
 */
export async function openWebHostBackend(
  options: OpenBackendOptions & { checkWaitMs: number },
): Promise<Backend> {
  const { checkWaitMs, ...backendOptions } = options;
  const backend = openBackend(backendOptions);
  const status = await Promise.race([backend.startupCheck, delay(checkWaitMs, null, { ref: false })]);
  if (status?.state === 'damaged') {
    backend.close();
    throw new DatabaseDamagedAtStartError(status.message ?? 'The database is damaged.');
  }
  return backend;
}
