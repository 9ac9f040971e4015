/** The file was written by a newer Rapport. We refuse to touch it rather than risk damaging it. */
export class DatabaseTooNewError extends Error {
  readonly fileVersion: number;
  readonly supportedVersion: number;

  constructor(file: string, fileVersion: number, supportedVersion: number) {
    super(
      `The database ${file} was written by a newer version of Rapport (schema ${fileVersion}; this version ` +
        `understands up to ${supportedVersion}). Update Rapport to open it. The file has not been changed.`,
    );
    this.name = 'DatabaseTooNewError';
    this.fileVersion = fileVersion;
    this.supportedVersion = supportedVersion;
  }
}
