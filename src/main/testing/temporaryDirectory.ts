import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh, empty directory, and a function that removes it. It sits alone inside a fresh parent, so what a
 * test makes beside it (the web host keeps its database key in DIR.key, next to the data directory) goes too.
 */
export function temporaryDirectory(prefix = 'rapport-test-'): { path: string; remove(): void } {
  const parent = mkdtempSync(path.join(tmpdir(), prefix));
  const directory = path.join(parent, 'data');
  mkdirSync(directory);
  return { path: directory, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
