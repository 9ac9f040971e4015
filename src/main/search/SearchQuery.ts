/** A user's search text, made safe: plain words only, never FTS5 syntax. */
export type SearchQuery = {
  /** Whitespace-separated chunks of the input, each one an FTS5 phrase ("ada@example.com" is ada, example, com). */
  phrases: string[];
  /** Whether the last phrase's last word is still being typed and so matches as a prefix. */
  prefix: boolean;
  /** The words of every phrase, folded, for highlighting. */
  words: string[];
};
