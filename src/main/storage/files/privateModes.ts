/** Only the owner may read the data directory and what is in it: candidates' data, backups, keys. */
export const privateModes = { directory: 0o700, file: 0o600 } as const;
