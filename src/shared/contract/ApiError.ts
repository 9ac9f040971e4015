/** Error codes every transport returns in the same shape; the renderer switches on `code`, never on text. */
export const apiErrorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'unauthorized',
  /** A service Rapport depends on (such as the signalling server) could not be reached or refused. */
  'unavailable',
  /** The disk holding the database is full: the change was not saved, and nothing saved before was lost. */
  'disk_full',
  /** The database file is damaged (corrupt, or not a database at all). */
  'database_damaged',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export type ApiFieldIssue = {
  /** Dotted path to the offending field, e.g. `email` or `links.2`. Empty for the whole input. */
  path: string;
  message: string;
};

export type ApiError = {
  code: ApiErrorCode;
  message: string;
  issues?: ApiFieldIssue[];
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
