// A worker thread's entry: one StorageTask in, one StorageTaskResult out, then the thread ends.
import Database from 'better-sqlite3-multiple-ciphers';
import { parentPort, workerData } from 'node:worker_threads';
import { applyDatabaseKey } from '../encryption/applyDatabaseKey.ts';
import type { StorageTask } from './StorageTask.ts';
import type { StorageTaskResult } from './StorageTaskResult.ts';

const damageCodes = /^SQLITE_(CORRUPT|NOTADB)/;

function run(task: StorageTask): StorageTaskResult {
  let database: Database.Database | undefined;
  try {
    // Read-only: a check or a copy must never change the file it reads.
    database = new Database(task.file, { readonly: true, fileMustExist: true });
    if (task.keyHex) applyDatabaseKey(database, Buffer.from(task.keyHex, 'hex'));
    // A small cache: the check reads every page once, and the app's own connection needs the memory more.
    database.pragma('cache_size = -4096');
    const schemaVersion = database.pragma('user_version', { simple: true }) as number;
    if (task.task === 'vacuumInto') {
      database.prepare('VACUUM INTO ?').run(task.destination);
      return { ok: true, problems: [], schemaVersion };
    }
    const rows = database.pragma(`quick_check(${Math.max(1, Math.floor(task.maximumProblems))})`) as Array<{
      quick_check: string;
    }>;
    const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
    return { ok: true, problems, schemaVersion };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    // Damaged pages make SQLite throw rather than list a problem; that is the check's answer, not a failure.
    if (task.task === 'quickCheck' && typeof code === 'string' && damageCodes.test(code))
      return { ok: true, problems: [`${message} (${code})`], schemaVersion: -1 };
    return { ok: false, failure: { code: typeof code === 'string' ? code : 'ERROR', message } };
  } finally {
    database?.close();
  }
}

parentPort?.postMessage(run(workerData as StorageTask));
