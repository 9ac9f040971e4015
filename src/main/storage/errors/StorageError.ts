import type { FieldIssue } from './FieldIssue.ts';

/** A failure storage knows how to name; the API layer decides what the caller is told. */
export abstract class StorageError extends Error {
  readonly issues: FieldIssue[] | undefined;

  constructor(message: string, issues?: FieldIssue[], options?: ErrorOptions) {
    super(message, options);
    this.issues = issues;
  }
}
