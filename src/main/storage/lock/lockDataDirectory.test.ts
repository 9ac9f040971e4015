import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { DataDirectoryInUseError } from './DataDirectoryInUseError.ts';
import { lockDataDirectory } from './lockDataDirectory.ts';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

/** Another process that takes the lock, says "locked", and holds it until killed. */
async function holdInAnotherProcess() {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { lockDataDirectory } = await import(${JSON.stringify(path.join(import.meta.dirname, 'lockDataDirectory.ts'))});
       lockDataDirectory(${JSON.stringify(directory.path)}); console.log('locked'); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  await once(lines, 'line');
  return child;
}

it('lets one holder in at a time, and the next one after release', () => {
  const first = lockDataDirectory(directory.path);
  expect(() => lockDataDirectory(directory.path)).toThrow(DataDirectoryInUseError);
  first.release();
  lockDataDirectory(directory.path).release();
});

it('refuses a second process, naming the holder, and lets it in once the holder is killed (no stale lock)', async () => {
  const holder = await holdInAnotherProcess();
  try {
    expect(() => lockDataDirectory(directory.path)).toThrow(
      new RegExp(`Another Rapport is already using the data directory .*process ${holder.pid}`),
    );
  } finally {
    holder.kill('SIGKILL');
    await once(holder, 'exit');
  }
  // SIGKILL left its owner file behind; the lock itself went with the process.
  lockDataDirectory(directory.path).release();
});
