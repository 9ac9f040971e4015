const defaultMs = 3000;

/**
 * How long a changed note waits before its text is re-indexed for search: three seconds (so search finds a typed
 * word within five), or RAPPORT_NOTE_INDEX_DELAY_MS (tests set it long, to catch a note saved but not indexed).
 */
export function noteIndexDelayMs(fromEnvironment = process.env.RAPPORT_NOTE_INDEX_DELAY_MS): number {
  const value = Number(fromEnvironment);
  return fromEnvironment !== undefined && fromEnvironment !== '' && Number.isFinite(value) && value >= 0
    ? value
    : defaultMs;
}
