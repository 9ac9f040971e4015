/** How many backups of each series are kept (issue 12: the last 7 daily and 4 weekly). */
export const backupRetention = {
  /** Automatic backups: the newest of each of the most recent days, and of each of the most recent weeks. */
  days: 7,
  weeks: 4,
  /** "Back up now", newest first. */
  manual: 10,
  /** Copies made before a restore or before encrypting, newest first. */
  safety: 5,
} as const;
