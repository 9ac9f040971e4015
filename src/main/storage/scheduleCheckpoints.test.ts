import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, onTestFinished } from 'vitest';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { openDatabase } from './openDatabase.ts';
import { scheduleCheckpoints } from './scheduleCheckpoints.ts';

const directory = temporaryDirectory();
afterEach(() => directory.remove());

function waitFor(condition: () => boolean, timeoutMilliseconds = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (condition()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMilliseconds) {
        clearInterval(poll);
        reject(new Error('condition not met in time'));
      }
    }, 20);
  });
}

it('folds committed pages back into the database file between requests, not during a commit', async () => {
  const file = path.join(directory.path, 'rapport.sqlite3');
  const database = openDatabase(file);
  const stop = scheduleCheckpoints(database, 50);
  onTestFinished(() => {
    stop();
    database.close();
  });
  const before = statSync(file).size;
  database.exec('CREATE TABLE filler (text TEXT) STRICT');
  const insert = database.prepare('INSERT INTO filler (text) VALUES (?)');
  database.transaction(() => {
    for (let index = 0; index < 2000; index += 1) insert.run('x'.repeat(1000));
  })();
  // The commit itself left the pages in the WAL (no automatic checkpoint at 1000 pages any more)…
  expect(statSync(file).size).toBe(before);
  // …and the timer copies them into the main file shortly after.
  await waitFor(() => statSync(file).size > before + 1_000_000);
});
