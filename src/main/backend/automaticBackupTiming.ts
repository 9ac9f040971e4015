/** When openBackend looks for a missing daily backup: a minute after start (so a quick run costs nothing), then hourly. */
export const automaticBackupTiming = {
  firstCheckAfterMs: 60_000,
  checkEveryMs: 60 * 60_000,
  /** A daily backup is due when the newest automatic one is older than this. */
  dueAfterMs: 24 * 60 * 60_000,
} as const;
