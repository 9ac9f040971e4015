/**
 * Where each figure lives in an import's shared Float64Array. One writer per slot (the worker, or the main
 * process for `cancel`), and an aligned 8-byte store is never torn, so no lock is needed.
 */
export const importProgressSlots = {
  phase: 0,
  bytesRead: 1,
  rows: 2,
  written: 3,
  cancel: 4,
  length: 5,
} as const;
