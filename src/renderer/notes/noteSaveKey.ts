/** The save queue's key for a note. */
export function noteSaveKey(noteId: string): string {
  return `note:${noteId}`;
}
