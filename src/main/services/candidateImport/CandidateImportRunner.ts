import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/contract/ApiError.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { importPhases } from '../../../shared/import/importPhases.ts';
import type { ImportReport } from '../../../shared/schemas/importReport.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';
import { openDatabaseFile } from '../../storage/encryption/openDatabaseFile.ts';
import { CandidateImportWriter } from '../../storage/repositories/CandidateImportWriter.ts';
import { detectFileEncoding } from './detectFileEncoding.ts';
import type { ImportJob, ImportTask } from './ImportJob.ts';
import { importProgressSlots } from './importProgressSlots.ts';
import { importWorkerUrl } from './importWorkerUrl.ts';
import { previewCsvFile } from './previewCsvFile.ts';

type Progress = MethodOutput<'candidates.importProgress'>;
type Running = { shared: Float64Array; totalBytes: number; kind: ImportTask['kind']; jobId: string };
type WorkerAnswer = { jobId: string } & (
  { ok: true; value: unknown } | { ok: false; expected: ApiError | null; detail: string }
);

/** The largest file an import accepts: far past 100,000 rows with long notes, and still a bounded disk cost. */
const maximumUploadBytes = 1024 * 1024 * 1024;
const maximumUploads = 8;
/**
 * The worker's heap ceiling. An import keeps a chunk, a record, a batch and one email per row, so even a million
 * rows fit; a runaway file ends that worker with a clear error instead of swelling the app.
 */
const workerHeapMb = 192;
/** Up to this size a preview costs the main thread a few milliseconds, less than waiting for the worker to start. */
const inlinePreviewBytes = 1024 * 1024;

/**
 * Imports off the main thread. A file arrives in chunks (`appendUpload`) into the data directory's imports/
 * folder, so neither process ever holds it whole; a preview or an import of it runs in its own worker thread,
 * one long-lived worker thread, which reports each job's progress through shared memory and polls a Cancel flag
 * there. One import runs at a time; previews may run beside it.
 */
export class CandidateImportRunner {
  readonly #databaseFile: string;
  /** The file's key, handed to the worker's own connection; null for a plaintext file (the bench's baseline). */
  readonly #databaseKey: Buffer | null;
  readonly #directory: string;
  readonly #uploads = new Map<string, { file: string; size: number }>();
  readonly #running = new Map<string, Running>();
  readonly #jobs = new Map<
    string,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void; importId: string }
  >();
  #current: Worker | null = null;

  constructor(options: { databaseFile: string; databaseKey: Buffer | null; dataDirectory: string }) {
    this.#databaseFile = options.databaseFile;
    this.#databaseKey = options.databaseKey;
    this.#directory = path.join(options.dataDirectory, 'imports');
    // Files left by a run that ended mid-import are of no use to this one.
    rmSync(this.#directory, { recursive: true, force: true });
  }

  appendUpload(input: ParsedInput<'candidates.importUpload'>): MethodOutput<'candidates.importUpload'> {
    const bytes = Buffer.from(input.data, 'base64');
    let upload = input.uploadId ? this.#uploads.get(input.uploadId) : undefined;
    if (input.uploadId && !upload)
      throw new ApiFailure('not_found', 'That upload is not here any more. Choose the file again.');
    if (input.offset !== (upload?.size ?? 0)) {
      throw new ApiFailure(
        'invalid_input',
        'A part of the file arrived out of order. Choose the file again.',
        [{ path: 'offset', message: `Expected offset ${upload?.size ?? 0}` }],
      );
    }
    if ((upload?.size ?? 0) + bytes.length > maximumUploadBytes) {
      throw new ApiFailure('invalid_input', 'The file is larger than 1 GB; split it and import each part.', [
        { path: 'data', message: 'File too large' },
      ]);
    }
    if (!upload) {
      if (this.#uploads.size >= maximumUploads) this.#forget(this.#uploads.keys().next().value!);
      mkdirSync(this.#directory, { recursive: true });
      const uploadId = randomUUID();
      upload = { file: path.join(this.#directory, `${uploadId}.csv`), size: 0 };
      writeFileSync(upload.file, '');
      this.#uploads.set(uploadId, upload);
      input = { ...input, uploadId };
    }
    appendFileSync(upload.file, bytes);
    // The worker's start-up (a second or more on a busy machine) overlaps the upload instead of the preview.
    this.warmUp();
    upload.size += bytes.length;
    return { uploadId: input.uploadId!, size: upload.size };
  }

  async preview(
    input: ParsedInput<'candidates.importPreview'>,
  ): Promise<MethodOutput<'candidates.importPreview'>> {
    return this.#withFile(input, async (file) => {
      // A small file is read right here, in milliseconds, while the worker starts for the import that follows.
      if (statSync(file).size <= inlinePreviewBytes) {
        this.warmUp();
        const encoding = input.encoding === 'auto' ? await detectFileEncoding(file) : input.encoding;
        return previewCsvFile(file, encoding);
      }
      return this.#work<MethodOutput<'candidates.importPreview'>>(randomUUID(), {
        kind: 'preview',
        file,
        encoding: input.encoding,
      });
    });
  }

  async run(input: ParsedInput<'candidates.import'>, now = new Date().toISOString()): Promise<ImportReport> {
    const importId = input.importId ?? randomUUID();
    if ([...this.#running.values()].some((running) => running.kind === 'import')) {
      throw new ApiFailure('conflict', 'Another import is running. Wait for it to finish, or cancel it.');
    }
    const report = await this.#withFile(input, (file) =>
      this.#work<ImportReport>(importId, {
        kind: 'import',
        file,
        encoding: input.encoding,
        mode: input.mode,
        dryRun: input.dryRun,
        now,
        ...(input.mapping ? { mapping: input.mapping } : {}),
      }).catch((error: unknown) => {
        if (!(error instanceof WorkerDied)) throw error;
        this.#takeBack(now);
        throw error.cause;
      }),
    );
    if (report.committed && input.uploadId) this.#forget(input.uploadId);
    return report;
  }

  progress(importId: string): Progress {
    const running = this.#running.get(importId);
    if (!running)
      return { running: false, phase: 'finished', bytesRead: 0, totalBytes: 0, rows: 0, written: 0 };
    const slot = (name: keyof typeof importProgressSlots) => running.shared[importProgressSlots[name]]!;
    return {
      running: true,
      phase: importPhases[slot('phase')] ?? 'starting',
      bytesRead: slot('bytesRead'),
      totalBytes: running.totalBytes,
      rows: slot('rows'),
      written: slot('written'),
    };
  }

  cancel(importId: string): { cancelled: boolean } {
    const running = this.#running.get(importId);
    if (!running) return { cancelled: false };
    running.shared[importProgressSlots.cancel] = 1;
    return { cancelled: true };
  }

  /** Stops every worker (each takes its own connection with it) and removes uploaded files. */
  async close(): Promise<void> {
    const worker = this.#current;
    this.#current = null;
    await worker?.terminate();
    this.#uploads.clear();
    rmSync(this.#directory, { recursive: true, force: true });
  }

  async #withFile<T>(
    input: { csv?: string; uploadId?: string },
    use: (file: string) => Promise<T>,
  ): Promise<T> {
    if (input.uploadId !== undefined) {
      const upload = this.#uploads.get(input.uploadId);
      if (!upload)
        throw new ApiFailure('not_found', 'That upload is not here any more. Choose the file again.');
      return use(upload.file);
    }
    // Text sent in the call itself (small files, scripts, tests) takes the same path through a file.
    mkdirSync(this.#directory, { recursive: true });
    const file = path.join(this.#directory, `text-${randomUUID()}.csv`);
    writeFileSync(file, input.csv ?? '', 'utf8');
    try {
      return await use(file);
    } finally {
      rmSync(file, { force: true });
    }
  }

  /** The one worker, started on first use and kept (unreferenced while idle) so later jobs skip its start-up. */
  #worker(): Worker {
    if (this.#current) return this.#current;
    const worker = new Worker(importWorkerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    });
    worker.unref();
    worker.on('message', (message: WorkerAnswer) => {
      const job = this.#jobs.get(message.jobId);
      if (!job) return;
      this.#finish(message.jobId);
      if (message.ok) job.resolve(message.value);
      else if (message.expected)
        job.reject(new ApiFailure(message.expected.code, message.expected.message, message.expected.issues));
      else job.reject(new Error(`The import worker failed: ${message.detail}`));
    });
    const fail = (reason: unknown) => {
      if (this.#current === worker) this.#current = null;
      for (const [jobId, job] of this.#jobs) {
        this.#finish(jobId);
        job.reject(new WorkerDied(reason));
      }
    };
    worker.on('error', (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ApiFailure(
              'invalid_input',
              'This file needs more memory than an import may use, so nothing was imported. Split it into smaller files.',
              [{ path: 'csv', message: 'Too large to import at once' }],
            )
          : error,
      ),
    );
    worker.on('exit', (code) => fail(new Error(`The import worker stopped (exit code ${code}).`)));
    this.#current = worker;
    return worker;
  }

  /** Starts the worker ahead of need (the screen calls it while the file uploads), so the preview does not wait. */
  warmUp(): void {
    this.#worker();
  }

  #work<T>(importId: string, task: ImportTask): Promise<T> {
    const shared = new Float64Array(new SharedArrayBuffer(importProgressSlots.length * 8));
    const worker = this.#worker();
    const jobId = randomUUID();
    this.#running.set(importId, { shared, totalBytes: statSync(task.file).size, kind: task.kind, jobId });
    return new Promise<T>((resolve, reject) => {
      this.#jobs.set(jobId, { resolve: resolve as (value: unknown) => void, reject, importId });
      worker.ref();
      worker.postMessage({
        ...task,
        jobId,
        databaseFile: this.#databaseFile,
        databaseKeyHex: this.#databaseKey?.toString('hex') ?? null,
        shared: shared.buffer,
      } satisfies ImportJob);
    });
  }

  #finish(jobId: string): void {
    const job = this.#jobs.get(jobId);
    this.#jobs.delete(jobId);
    if (job && this.#running.get(job.importId)?.jobId === jobId) this.#running.delete(job.importId);
    if (this.#jobs.size === 0) this.#current?.unref();
  }

  #takeBack(now: string): void {
    const database = openDatabaseFile(this.#databaseFile, this.#databaseKey);
    try {
      database.pragma('busy_timeout = 5000');
      database.pragma('foreign_keys = ON');
      new CandidateImportWriter(database).removeUnfinished(now);
    } finally {
      database.close();
    }
  }

  #forget(uploadId: string): void {
    const upload = this.#uploads.get(uploadId);
    this.#uploads.delete(uploadId);
    if (upload) rmSync(upload.file, { force: true });
  }
}

/** A worker that ended without answering (out of memory, or killed); `cause` is what to tell the caller. */
class WorkerDied extends Error {
  constructor(reason: unknown) {
    super('The import worker ended without an answer.', { cause: reason });
  }
}
