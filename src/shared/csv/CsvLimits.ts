/** How much of one record the streaming parser keeps: past these it keeps counting but stores nothing more. */
export type CsvLimits = {
  cellCharacters: number;
  rowCharacters: number;
  cells: number;
};
