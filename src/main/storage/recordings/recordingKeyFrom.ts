import { hkdfSync } from 'node:crypto';

/** The recordings' own AES-256 key, derived from the database key: one secret to keep, two purposes apart. */
export function recordingKeyFrom(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'rapport recordings v1', 32));
}
