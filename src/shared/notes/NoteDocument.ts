/** A tiptap/ProseMirror mark as JSON, e.g. `{ type: 'link', attrs: { href } }`. */
export type NoteMark = {
  type: string;
  attrs?: Record<string, unknown>;
};

/** A tiptap/ProseMirror node as JSON. Text nodes carry `text`; every other node may carry `content`. */
export type NoteNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NoteNode[];
  marks?: NoteMark[];
  text?: string;
};

/** The whole note: the editor's `getJSON()`, stored as is. */
export type NoteDocument = NoteNode & { type: 'doc' };
