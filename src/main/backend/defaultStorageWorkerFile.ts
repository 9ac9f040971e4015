import path from 'node:path';

/** The storage worker's TypeScript source, which plain Node (the web host, tests) runs as it is. */
export const defaultStorageWorkerFile = path.join(
  import.meta.dirname,
  '..',
  'storage',
  'worker',
  'storageWorker.ts',
);
