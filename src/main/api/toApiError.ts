import type { ApiError } from '../../shared/contract/ApiError.ts';
import { asStorageError } from '../storage/errors/asStorageError.ts';
import { ConflictError } from '../storage/errors/ConflictError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { DiskFullError } from '../storage/errors/DiskFullError.ts';
import { InvalidValueError } from '../storage/errors/InvalidValueError.ts';
import { NotFoundError } from '../storage/errors/NotFoundError.ts';
import { ApiFailure } from './ApiFailure.ts';

const diskFullMessage =
  'The disk is full, so this change was not saved. Nothing saved before was lost. Free up some disk space, then try again.';

const databaseDamagedMessage =
  'Rapport’s database file is damaged and cannot be read or written safely. Quit Rapport, keep a copy of the file, and restore it from a backup.';

/**
 * The contract error for an expected failure: a handler's ApiFailure, or a storage error. Undefined means a bug,
 * which the router reports and answers with `internal`.
 */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiFailure)
    return withIssues({ code: error.code, message: error.message }, error.issues);
  const stored = asStorageError(error);
  if (stored instanceof NotFoundError)
    return withIssues({ code: 'not_found', message: stored.message }, stored.issues);
  if (stored instanceof ConflictError)
    return withIssues({ code: 'conflict', message: stored.message }, stored.issues);
  if (stored instanceof InvalidValueError)
    return withIssues({ code: 'invalid_input', message: stored.message }, stored.issues);
  // SQLite's own wording means nothing to a recruiter, so these two get the contract's message.
  if (stored instanceof DiskFullError) return { code: 'disk_full', message: diskFullMessage };
  if (stored instanceof DamagedDatabaseError)
    return { code: 'database_damaged', message: databaseDamagedMessage };
  return undefined;
}

function withIssues(error: ApiError, issues: ApiError['issues']): ApiError {
  return issues ? { ...error, issues } : error;
}
