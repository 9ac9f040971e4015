/** A query that cannot be read as typed; the message says why, in words for the person typing it. */
export class SearchSyntaxError extends Error {
  override name = 'SearchSyntaxError';
}
