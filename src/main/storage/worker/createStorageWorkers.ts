import { Worker } from 'node:worker_threads';
import type { StorageTask } from './StorageTask.ts';
import type { StorageTaskResult } from './StorageTaskResult.ts';

export type StorageWorkers = {
  /** Runs one task on a fresh worker thread. */
  run(task: StorageTask): Promise<StorageTaskResult>;
  /** Stops every running task, for closing the database; their promises reject. */
  terminateAll(): Promise<void>;
};

/**
 * Worker threads for the reads that take a whole file (the startup check, backups). `workerFile` is the worker's
 * entry: the TypeScript source under plain Node, the bundled out/main/storageWorker.js in the desktop app.
 */
export function createStorageWorkers(workerFile: string): StorageWorkers {
  const running = new Set<Worker>();
  return {
    run(task) {
      return new Promise((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: task });
        running.add(worker);
        let answered = false;
        worker.once('message', (result: StorageTaskResult) => {
          answered = true;
          resolve(result);
        });
        worker.once('error', (error) => {
          answered = true;
          reject(error);
        });
        worker.once('exit', (code) => {
          running.delete(worker);
          if (!answered)
            reject(new Error(`The storage worker stopped (exit code ${code}) before it answered.`));
        });
      });
    },
    async terminateAll() {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}
