import type { CsvLimits } from './CsvLimits.ts';

/**
 * What an import keeps of one row: far beyond a real export (the longest note field is 20,000 characters), small
 * enough that a broken or hostile file (one 30-million-character row) costs a few megabytes, not a gigabyte.
 */
export const csvImportLimits: CsvLimits = {
  cellCharacters: 100_000,
  rowCharacters: 1_000_000,
  cells: 1000,
};
