import type { CsvEncoding } from '../../../shared/csv/csvEncodings.ts';
import type { ImportOptions } from './importCsvFile.ts';

/** The work itself: a preview of a file, or an import of it. */
export type ImportTask =
  | { kind: 'preview'; file: string; encoding: CsvEncoding | 'auto' }
  | ({ kind: 'import' } & Omit<ImportOptions, 'encoding'> & { encoding: CsvEncoding | 'auto' });

/** What the main process hands an import worker: the task, and shared memory for progress and Cancel. */
export type ImportJob = ImportTask & {
  /** Pairs the worker's answer with this job. */
  jobId: string;
  databaseFile: string;
  /** The file's key as hex (it crosses to the worker by postMessage, never through a file); null for plaintext. */
  databaseKeyHex: string | null;
  /** Float64 slots, see importProgressSlots: written by the worker, read by the main process; Cancel goes back. */
  shared: SharedArrayBuffer;
};
