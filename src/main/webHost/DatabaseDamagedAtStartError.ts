/** The web host's check at start found the database damaged; the CLI prints the message and exits with code 3. */
export class DatabaseDamagedAtStartError extends Error {
  override readonly name = 'DatabaseDamagedAtStartError';
}
