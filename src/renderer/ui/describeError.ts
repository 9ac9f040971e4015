import { ApiCallError } from '../api/ApiCallError.ts';

/** Words a recruiter can act on, whatever was thrown; never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Something went wrong inside Rapport. Nothing was changed.';
}
