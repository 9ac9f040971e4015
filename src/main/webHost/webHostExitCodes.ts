/** What `npm run web` exits with, so a script can tell a damaged database from a typo. */
export const webHostExitCodes = {
  stopped: 0,
  failed: 1,
  usage: 2,
  /** The database file is damaged (found at start or while running); the message names the newest backup. */
  databaseDamaged: 3,
} as const;
