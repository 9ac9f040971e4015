/** A note an import adds to a candidate: the file's notes column, or its columns without a field. */
export type ImportedNote = { title: string; text: string };
