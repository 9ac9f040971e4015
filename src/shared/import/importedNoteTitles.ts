/** The titles of the notes an import writes, as the timeline and search show them. */
export const importedNoteTitles = {
  notes: 'Imported notes',
  importedFields: 'Imported fields',
} as const;
