/** How big and deep a note may get: far beyond a real interview, small enough to save in milliseconds. */
export const noteLimits = {
  /** Serialized JSON, in UTF-16 code units (what JSON.stringify(...).length counts). */
  documentCharacters: 5 * 1024 * 1024,
  depth: 64,
  nodes: 500_000,
  marksPerText: 10,
  attributeText: 2048,
  evidencePerNote: 1000,
  evidenceCharacters: 2000,
} as const;
