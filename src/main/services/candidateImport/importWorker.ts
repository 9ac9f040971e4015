import { parentPort } from 'node:worker_threads';
import { importPhases } from '../../../shared/import/importPhases.ts';
import { toApiError } from '../../api/toApiError.ts';
import { openDatabaseFile } from '../../storage/encryption/openDatabaseFile.ts';
import { CandidateImportWriter } from '../../storage/repositories/CandidateImportWriter.ts';
import { detectFileEncoding } from './detectFileEncoding.ts';
import { importCsvFile } from './importCsvFile.ts';
import type { ImportControl } from './ImportControl.ts';
import type { ImportJob } from './ImportJob.ts';
import { importProgressSlots } from './importProgressSlots.ts';
import { previewCsvFile } from './previewCsvFile.ts';

// The worker entry: it serves jobs until the app stops. Parsing, checking and writing all happen here, off the
// main thread, each import on its own connection to the same WAL database, so the app's reads never wait for it
// and its writes wait for one batch at most.
function controlFor(job: ImportJob): ImportControl {
  const shared = new Float64Array(job.shared);
  return {
    cancelled: () => shared[importProgressSlots.cancel] === 1,
    progress({ phase, bytesRead, rows, written }) {
      shared[importProgressSlots.phase] = importPhases.indexOf(phase);
      shared[importProgressSlots.bytesRead] = bytesRead;
      shared[importProgressSlots.rows] = rows;
      shared[importProgressSlots.written] = written;
    },
  };
}

async function run(job: ImportJob, control: ImportControl): Promise<unknown> {
  const encoding = job.encoding === 'auto' ? await detectFileEncoding(job.file) : job.encoding;
  if (job.kind === 'preview') return previewCsvFile(job.file, encoding, control);
  const key = job.databaseKeyHex === null ? null : Buffer.from(job.databaseKeyHex, 'hex');
  const database = openDatabaseFile(job.databaseFile, key);
  try {
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    const stages = database.prepare<[], { id: string; name: string }>('SELECT id, name FROM stages').all();
    return await importCsvFile({ ...job, encoding }, new CandidateImportWriter(database), stages, control);
  } finally {
    database.close();
  }
}

parentPort!.on('message', (job: ImportJob) => {
  const control = controlFor(job);
  run(job, control).then(
    (value) => parentPort!.postMessage({ jobId: job.jobId, ok: true, value }),
    (error: unknown) => {
      // An expected failure (a refused file, a full disk) crosses as its contract error; a bug as its text.
      const expected = toApiError(error);
      const detail =
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
      parentPort!.postMessage({ jobId: job.jobId, ok: false, expected: expected ?? null, detail });
    },
  );
});
