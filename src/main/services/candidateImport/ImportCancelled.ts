/** Thrown inside an import when the user pressed Cancel; the import takes back what it wrote and reports it. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}
