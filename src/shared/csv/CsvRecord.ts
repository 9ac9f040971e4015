/** One record of a CSV file, as the streaming parser hands it over. */
export type CsvRecord = {
  /** The 1-based row number a spreadsheet shows (a quoted newline stays in its row; blank lines still count). */
  row: number;
  cells: string[];
  /**
   * Set when the record broke a limit: its cells were cut short (`cell`, `row`) or some were not kept (`cells`).
   * The record must then be reported, never imported as it is.
   */
  overLimit: 'cell' | 'row' | 'cells' | null;
  /** The record's length in characters, counted in full even when cut short. */
  characters: number;
};
