import Database from 'better-sqlite3-multiple-ciphers';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { asStorageError } from './asStorageError.ts';
import { DamagedDatabaseError } from './DamagedDatabaseError.ts';
import { DiskFullError } from './DiskFullError.ts';
import { NotFoundError } from './NotFoundError.ts';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

/** Runs `work` and returns what it threw. */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('asStorageError', () => {
  it('turns a real SQLITE_FULL into a DiskFullError that keeps the cause', () => {
    const database = new Database(path.join(directory.path, 'full.sqlite3'));
    database.exec('CREATE TABLE filler (text TEXT)');
    // A database may not grow past its current pages: the cheapest full disk there is.
    database.pragma(`max_page_count = ${database.pragma('page_count', { simple: true }) as number}`);
    const insert = database.prepare('INSERT INTO filler VALUES (?)');
    const error = thrownBy(() => {
      for (let row = 0; row < 100; row += 1) insert.run('x'.repeat(10_000));
    });
    database.close();
    expect(error).toMatchObject({ code: 'SQLITE_FULL' });
    const stored = asStorageError(error);
    expect(stored).toBeInstanceOf(DiskFullError);
    expect(stored?.cause).toBe(error);
  });

  it('turns a real SQLITE_NOTADB into a DamagedDatabaseError', () => {
    const file = path.join(directory.path, 'garbage.sqlite3');
    writeFileSync(file, Buffer.alloc(8192, 'not a database at all '));
    const database = new Database(file);
    const error = thrownBy(() => database.pragma('user_version'));
    database.close();
    expect(error).toMatchObject({ code: 'SQLITE_NOTADB' });
    expect(asStorageError(error)).toBeInstanceOf(DamagedDatabaseError);
  });

  it.each(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_VTAB'])(
    'treats %s as a damaged database',
    (code) => {
      const error = new Database.SqliteError('database disk image is malformed', code);
      expect(asStorageError(error)).toBeInstanceOf(DamagedDatabaseError);
    },
  );

  it('passes storage errors through unchanged', () => {
    const error = new NotFoundError('No candidate has that id.', [{ path: 'id', message: 'Unknown' }]);
    expect(asStorageError(error)).toBe(error);
  });

  it('leaves every other failure to the caller, as a bug', () => {
    expect(
      asStorageError(new Database.SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_UNIQUE')),
    ).toBe(undefined);
    expect(asStorageError(new Database.SqliteError('database is locked', 'SQLITE_BUSY'))).toBe(undefined);
    expect(asStorageError(new TypeError('boom'))).toBe(undefined);
    expect(asStorageError('a string')).toBe(undefined);
  });
});
