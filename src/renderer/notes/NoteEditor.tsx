import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { callClock } from '../lib/callClock.ts';
import { api } from '../api/api.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { noteSaveTarget } from '../saving/noteSaveTarget.ts';
import { createNoteExtensions } from './editor/createNoteExtensions.ts';
import { removeUnsafeLinks } from './editor/removeUnsafeLinks.ts';
import { sanitizePastedHtml } from './editor/sanitizePastedHtml.ts';
import { SlashMenuStore } from './editor/SlashMenuStore.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { noteSaveKey } from './noteSaveKey.ts';
import { SlashMenu } from './SlashMenu.tsx';
import './prosemirror.css';
import './notes.css';
import './noteMarks.css';
import './menus.css';

type Props = {
  noteId: string;
  document: NoteDocument;
  /** The sequence number the backend last stored for this note. */
  sequence: number;
  attributes: readonly EvidenceAttribute[];
  /** Hands the editor to the screen (restoring a revision replaces its content). */
  onReady?: (editor: Editor | null) => void;
  /** Called with the document each time it is read for saving. */
  onDocumentRead?: (document: NoteDocument) => void;
};

// Chrome's spellchecker re-checks the whole field on edits; past this size it costs more than it helps.
const spellcheckLimit = 60_000;

/**
 * The notes editor. Kept away from React re-renders (shouldRerenderOnTransaction: false): typing only marks
 * the note changed in the save queue, which reads the document when it actually saves.
 */
export function NoteEditor({ noteId, document, sequence, attributes, onReady, onDocumentRead }: Props) {
  const menuId = useId();
  const key = noteSaveKey(noteId);
  // Fixed for the editor's lifetime: later props do not reset what the recruiter is typing.
  const [setup] = useState(() => {
    const names = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
    const slashMenu = new SlashMenuStore(`slash-${menuId.replace(/[^a-zA-Z0-9-]/g, '')}`);
    return {
      names,
      slashMenu,
      document,
      sequence,
      extensions: createNoteExtensions({
        attributeName: (id) => names.get(id),
        slashMenu,
        elapsedSeconds: () => callClock.getElapsedSeconds(),
      }),
      // Stable objects: tiptap compares options on every render and reconfigures the view when they differ.
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Notes',
          class: 'note-editor-content',
          spellcheck: JSON.stringify(document).length > spellcheckLimit ? 'false' : 'true',
        },
        transformPastedHTML: sanitizePastedHtml,
        transformPasted: removeUnsafeLinks,
      },
    };
  });

  useEffect(() => {
    setup.names.clear();
    for (const attribute of attributes) setup.names.set(attribute.id, attribute.name);
  }, [attributes, setup]);

  const editor = useEditor({
    extensions: setup.extensions,
    content: setup.document,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: setup.editorProps,
    onUpdate: () => appSaveQueue.change(key),
    onBlur: () => appSaveQueue.flush(),
  });

  useEffect(() => {
    if (!editor) return;
    appSaveQueue.register(
      key,
      noteSaveTarget({
        api,
        queue: appSaveQueue,
        key,
        noteId,
        read: () => {
          const json = editor.getJSON() as NoteDocument;
          onDocumentRead?.(json);
          return json;
        },
      }),
      setup.sequence,
    );
    onReady?.(editor);
    return () => {
      appSaveQueue.unregister(key);
      onReady?.(null);
    };
  }, [editor, key, noteId, onReady, onDocumentRead, setup]);

  if (!editor) return null;
  return (
    <div className="note-editor">
      <EditorToolbar editor={editor} attributes={attributes} />
      <EditorContent editor={editor} className="note-editor-frame" />
      <SlashMenu store={setup.slashMenu} />
    </div>
  );
}
