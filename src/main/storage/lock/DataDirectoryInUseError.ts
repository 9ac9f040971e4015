/** Another Rapport process (the desktop app or a web host) already has this data directory open. */
export class DataDirectoryInUseError extends Error {
  override readonly name = 'DataDirectoryInUseError';
  readonly dataDirectory: string;

  constructor(dataDirectory: string, owner: string | null) {
    super(
      `Another Rapport is already using the data directory ${dataDirectory}${owner ? ` (${owner})` : ''}. ` +
        'Two processes writing one database could undo each other’s work, so this one will not start. ' +
        'Close the other one first, or choose another directory with --data-dir.',
    );
    this.dataDirectory = dataDirectory;
  }
}
