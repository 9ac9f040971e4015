/** The database file is encrypted, and the key it needs is nowhere to be found: making a new one would not open it. */
export class MissingDatabaseKeyError extends Error {
  override readonly name = 'MissingDatabaseKeyError';

  constructor(databaseFile: string, expectedAt: string) {
    super(
      `The database ${databaseFile} is encrypted, but its key is not at ${expectedAt}. Rapport cannot read it ` +
        'without the key it was encrypted with, so nothing was changed. Put the key file back, set RAPPORT_DB_KEY, ' +
        'or, if the desktop app made this directory, open it with the desktop app (its key is in the system keychain).',
    );
  }
}
