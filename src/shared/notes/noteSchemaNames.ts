/**
 * The names of every node and mark a note may contain. The editor's extensions, the server's validator,
 * the plain-text index and the exporters all read this list, so a document cannot hold what one of them
 * does not understand.
 */
export const noteSchemaNames = {
  nodes: [
    'doc',
    'paragraph',
    'text',
    'heading',
    'bulletList',
    'orderedList',
    'listItem',
    'taskList',
    'taskItem',
    'blockquote',
    'codeBlock',
    'hardBreak',
    'horizontalRule',
    'kitQuestion',
    'timestamp',
  ],
  marks: ['bold', 'italic', 'strike', 'code', 'underline', 'link', 'evidence'],
} as const;

export type NoteNodeName = (typeof noteSchemaNames.nodes)[number];
export type NoteMarkName = (typeof noteSchemaNames.marks)[number];
