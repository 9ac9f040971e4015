import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../storage/errors/ConflictError.ts';
import { DiskFullError } from '../storage/errors/DiskFullError.ts';
import { InvalidValueError } from '../storage/errors/InvalidValueError.ts';
import { NotFoundError } from '../storage/errors/NotFoundError.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { createRepositories } from '../storage/repositories/createRepositories.ts';
import { schemaVersionOf } from '../storage/schemaVersionOf.ts';
import { snapshotDatabase } from '../testing/snapshotDatabase.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { unusedDatabaseControl } from '../testing/unusedDatabaseControl.ts';
import { ApiFailure } from './ApiFailure.ts';
import { CandidateImportRunner } from '../services/candidateImport/CandidateImportRunner.ts';
import { createHandlers } from './createHandlers.ts';
import { createRouter } from './Router.ts';
import { toApiError } from './toApiError.ts';

describe('toApiError', () => {
  it('names each storage refusal with its contract code, keeping the message and field issues', () => {
    const issues = [{ path: 'email', message: 'Another candidate already has this email address' }];
    expect(toApiError(new NotFoundError('No candidate has that id.'))).toEqual({
      code: 'not_found',
      message: 'No candidate has that id.',
    });
    expect(
      toApiError(new ConflictError('Another candidate already has this email address.', issues)),
    ).toEqual({
      code: 'conflict',
      message: 'Another candidate already has this email address.',
      issues,
    });
    expect(
      toApiError(
        new InvalidValueError('That pipeline stage does not exist.', [
          { path: 'stageId', message: 'Unknown stage' },
        ]),
      ),
    ).toEqual({
      code: 'invalid_input',
      message: 'That pipeline stage does not exist.',
      issues: [{ path: 'stageId', message: 'Unknown stage' }],
    });
  });

  it('passes a handler’s ApiFailure through as it is', () => {
    expect(toApiError(new ApiFailure('unavailable', 'No signalling server is set up.'))).toEqual({
      code: 'unavailable',
      message: 'No signalling server is set up.',
    });
  });

  it('tells the recruiter the disk is full and nothing was lost, without SQLite’s wording', () => {
    const cause = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    for (const error of [cause, new DiskFullError(cause)]) {
      const mapped = toApiError(error)!;
      expect(mapped.code).toBe('disk_full');
      expect(mapped.message).toMatch(/disk is full/i);
      expect(mapped.message).toMatch(/nothing saved before was lost/i);
      expect(mapped.message).not.toContain('SQLITE');
    }
  });

  it('tells the recruiter the database file is damaged', () => {
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_NOTADB']) {
      const mapped = toApiError(new Database.SqliteError('database disk image is malformed', code))!;
      expect(mapped.code).toBe('database_damaged');
      expect(mapped.message).toMatch(/database file is damaged/i);
    }
  });

  it('leaves a bug unnamed, so the router answers internal', () => {
    expect(toApiError(new TypeError('boom'))).toBeUndefined();
    expect(toApiError(new Database.SqliteError('no such table: x', 'SQLITE_ERROR'))).toBeUndefined();
  });
});

describe('the router on a full disk', () => {
  let directory: ReturnType<typeof temporaryDirectory>;
  let database: Database.Database;
  beforeEach(() => {
    directory = temporaryDirectory();
    database = openDatabase(path.join(directory.path, 'rapport.sqlite3'));
  });
  afterEach(() => {
    database.close();
    directory.remove();
  });

  it('answers disk_full, reports it to the log, and writes nothing', async () => {
    const reported: unknown[] = [];
    const repositories = createRepositories(database, { noteRevisionIntervalMs: 0 });
    const router = createRouter(
      createHandlers({
        repositories,
        imports: new CandidateImportRunner({
          databaseFile: database.name,
          databaseKey: null,
          dataDirectory: directory.path,
        }),
        version: 'test',
        dataDirectory: directory.path,
        databaseFile: database.name,
        schemaVersion: () => schemaVersionOf(database),
        database: unusedDatabaseControl,
      }),
      (error) => reported.push(error),
    );
    const ids = Array.from(
      { length: 150 },
      (_, index) =>
        repositories.candidates.create({ name: `Person ${index}`, email: `p${index}@example.com` }).id,
    );
    // This connection may not grow the file past the pages it has now: a real SQLITE_FULL, on demand.
    database.pragma(`max_page_count = ${database.pragma('page_count', { simple: true }) as number}`);
    const before = snapshotDatabase(database);

    const result = await router.call('candidates.bulkUpdate', {
      ids,
      action: { kind: 'addTag', tag: 'needs-new-pages-for-every-one' },
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(reported).toEqual([expect.objectContaining({ code: 'SQLITE_FULL' })]);
    expect(snapshotDatabase(database)).toBe(before);
  });
});
