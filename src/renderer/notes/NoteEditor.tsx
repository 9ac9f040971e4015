import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { callClock } from '../lib/callClock.ts';
import { api } from '../api/api.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { noteSaveTarget } from '../saving/noteSaveTarget.ts';
import type { SaveTarget } from '../saving/SaveQueue.ts';
import { createNoteExtensions } from './editor/createNoteExtensions.ts';
import { withNamedTimestamps } from './withNamedTimestamps.ts';
import { removeUnsafeLinks } from './editor/removeUnsafeLinks.ts';
import { sanitizePastedHtml } from './editor/sanitizePastedHtml.ts';
import { SlashMenuStore } from './editor/SlashMenuStore.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { noteSaveKey } from './noteSaveKey.ts';
import { readNote, type NoteRead } from './readNote.ts';
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
  /** Called with what was read each time the note is read for saving. */
  onDocumentRead?: (read: NoteRead) => void;
  /** Where the document saves, when it is not a note (a feedback draft): its queue key and target. */
  saveAs?: { key: string; target: (read: () => NoteDocument) => SaveTarget };
  /** The editor's accessible name. */
  label?: string;
  /** 'message': a letter to a candidate, so no timestamps and no evidence tags. */
  mode?: 'notes' | 'message';
  /** Offers "Follow up on this" for the selected passage. */
  onFollowUp?: (passage: string) => void;
};

// Past this much JSON (about 5,000 words) a note counts as long: Chrome's spellchecker re-checks the whole field
// on edits and costs more than it helps, and off-screen blocks are worth skipping.
const longNoteCharacters = 60_000;

/**
 * The notes editor. Kept away from React re-renders (shouldRerenderOnTransaction: false): typing only marks
 * the note changed in the save queue, which reads the document when it actually saves.
 */
export function NoteEditor({
  noteId,
  document,
  sequence,
  attributes,
  onReady,
  onDocumentRead,
  saveAs,
  label = 'Notes',
  mode = 'notes',
  onFollowUp,
}: Props) {
  const menuId = useId();
  const key = saveAs?.key ?? noteSaveKey(noteId);
  const [saveTo] = useState(() => saveAs?.target ?? null);
  // Fixed for the editor's lifetime: later props do not reset what the recruiter is typing.
  const [setup] = useState(() => {
    const long = JSON.stringify(document).length > longNoteCharacters;
    const names = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
    const slashMenu = new SlashMenuStore(`slash-${menuId.replace(/[^a-zA-Z0-9-]/g, '')}`);
    return {
      names,
      slashMenu,
      document,
      sequence,
      extensions: withNamedTimestamps(
        createNoteExtensions({
          attributeName: (id) => names.get(id),
          slashMenu,
          elapsedSeconds: () => callClock.getElapsedSeconds(),
        }),
      ),
      // Stable objects: tiptap compares options on every render and reconfigures the view when they differ.
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          // A long note skips the layout of its off-screen blocks (notes.css); a short one is laid out whole, so
          // scrolling it never lands on a guessed height.
          class: long ? 'note-editor-content note-editor-long' : 'note-editor-content',
          spellcheck: long ? 'false' : 'true',
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

  // Saves only queue a note for search; when the recruiter leaves the editor, search catches up at once. Run
  // through the save queue, so it comes after the save it should index. Derived data: a failure waits for the
  // backend's own timer.
  const [indexNow] = useState(() => (options: { keepalive?: boolean } = {}) => {
    if (saveAs) return;
    if (options.keepalive) {
      void api.notes.indexNow({ id: noteId }, { keepalive: true }).catch(() => undefined);
      return;
    }
    void appSaveQueue.run(() => api.notes.indexNow({ id: noteId })).catch(() => undefined);
  });

  const editor = useEditor({
    extensions: setup.extensions,
    content: setup.document,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: setup.editorProps,
    onUpdate: () => appSaveQueue.change(key),
    onBlur: () => {
      appSaveQueue.flush();
      indexNow();
    },
  });

  useEffect(() => {
    if (!editor) return;
    // Costs the blocks changed since the last read (readNote), so a save of a long note does not stall typing.
    const readBlocks = () => {
      const read = readNote(editor.state.doc);
      onDocumentRead?.(read);
      return read;
    };
    const read = () => readBlocks().document;
    appSaveQueue.register(
      key,
      saveTo ? saveTo(read) : noteSaveTarget({ api, queue: appSaveQueue, key, noteId, read: readBlocks }),
      setup.sequence,
    );
    onReady?.(editor);
    return () => {
      appSaveQueue.unregister(key);
      onReady?.(null);
    };
  }, [editor, key, noteId, onReady, onDocumentRead, setup, saveTo]);

  // After the effect above, so on unmount the unsaved state is queued before the request to index it.
  useEffect(() => {
    const onPageHide = () => indexNow({ keepalive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      indexNow();
    };
  }, [indexNow]);

  if (!editor) return null;
  return (
    <div className="note-editor">
      <EditorToolbar editor={editor} attributes={attributes} mode={mode} onFollowUp={onFollowUp} />
      <EditorContent editor={editor} className="note-editor-frame" />
      <SlashMenu store={setup.slashMenu} />
    </div>
  );
}
