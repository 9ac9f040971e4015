import type { ApiErrorCode, ApiFieldIssue } from '../../shared/contract/ApiError.ts';

/** Thrown by handlers for an expected failure; the router turns it into a structured error for the caller. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiFieldIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiFieldIssue[]) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.issues = issues;
  }
}
