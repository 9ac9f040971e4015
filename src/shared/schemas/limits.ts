/** Upper bounds on user text: generous for real use, small enough that no input can exhaust memory or the index. */
export const limits = {
  shortText: 200,
  email: 254,
  phone: 50,
  url: 2048,
  links: 20,
  tag: 50,
  tags: 30,
  reason: 1000,
  longText: 20_000,
  pageSize: 500,
  /** A CSV import: about 250,000 typical rows, and under the web host's 32 MiB request limit. */
  csvCharacters: 30_000_000,
  /** The longest query search accepts; it reads only the first few words, so a pasted page is fine. */
  searchText: 20_000,
  /** A saved search's query: a long Boolean query, not a pasted page. */
  savedQuery: 1000,
  savedSearchName: 80,
  /** Each is counted whenever the sidebar shows them, so there are few. */
  savedSearches: 50,
} as const;
