/** The backend kept a newer version (saved from another window); the queue numbers past it and saves again. */
export class StaleSaveError extends Error {
  constructor(what: string) {
    super(`A newer version of this ${what} was stored elsewhere.`);
    this.name = 'StaleSaveError';
  }
}
