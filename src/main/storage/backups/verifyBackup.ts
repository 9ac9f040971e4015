import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { summarizeFindings } from '../health/summarizeFindings.ts';
import { migrations } from '../migrations/migrations.ts';
import type { StorageWorkers } from '../worker/createStorageWorkers.ts';

/** Refuses a backup that is damaged, unreadable with this key, or from a newer Rapport; nothing is changed. */
export async function verifyBackup(workers: StorageWorkers, file: string, key: Buffer | null): Promise<void> {
  const result = await workers.run({
    task: 'quickCheck',
    file,
    keyHex: key?.toString('hex') ?? null,
    maximumProblems: 1,
  });
  const refuse = (why: string) =>
    new InvalidValueError(`That backup cannot be restored: ${why} Nothing was changed.`, [
      { path: 'name', message: why },
    ]);
  if (!result.ok) throw refuse(`it could not be read (${result.failure.message}).`);
  if (result.problems.length > 0)
    throw refuse(`it is damaged or was encrypted with another key (${summarizeFindings(result.problems)}).`);
  const newest = migrations.at(-1)?.version ?? 0;
  if (result.schemaVersion > newest) throw refuse('it was made by a newer version of Rapport.');
}
