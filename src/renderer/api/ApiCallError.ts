import type { ApiError, ApiErrorCode, ApiFieldIssue } from '../../shared/contract/ApiError.ts';

/** A backend refusal, carrying the structured error so forms can show each issue next to its field. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiFieldIssue[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }

  /** Messages keyed by field path, for `aria-describedby` error text under inputs. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const issue of this.issues) byField[issue.path] ??= issue.message;
    return byField;
  }
}
