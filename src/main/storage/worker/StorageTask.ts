/** Work that reads a whole database file, done on a worker thread so the main thread keeps answering. */
export type StorageTask =
  | {
      task: 'quickCheck';
      file: string;
      /** Hex; null for a plaintext file. */
      keyHex: string | null;
      /** PRAGMA quick_check(N) stops after N problems: enough to know, bounded to read. */
      maximumProblems: number;
    }
  | {
      task: 'vacuumInto';
      file: string;
      keyHex: string | null;
      /** An absent or empty file; VACUUM INTO writes it encrypted with the source's key. */
      destination: string;
    };
