import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

function domTextSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return {
      anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset),
      head: view.posAtDOM(selection.focusNode, selection.focusOffset),
    };
  } catch {
    return null;
  }
}

/**
 * Before a key the editor handles itself (Enter, Backspace…), adopts the browser's selection if it moved
 * without ProseMirror noticing yet. The browser reports a caret moved by End or Home in a later task, so a
 * fast End-then-Enter (automation, a quick typist) would otherwise split the old, wider selection and
 * delete the text in it.
 */
export const SelectionSync = Extension.create({
  name: 'selectionSync',
  priority: 10_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('selectionSync'),
        props: {
          handleKeyDown(view, event) {
            if (view.composing || ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return false;
            const current = view.state.selection;
            if (!(current instanceof TextSelection)) return false;
            const dom = domTextSelection(view);
            if (!dom || (dom.anchor === current.anchor && dom.head === current.head)) return false;
            const { doc } = view.state;
            if (
              dom.anchor < 0 ||
              dom.head < 0 ||
              dom.anchor > doc.content.size ||
              dom.head > doc.content.size
            )
              return false;
            const next = TextSelection.between(doc.resolve(dom.anchor), doc.resolve(dom.head));
            if (!next.eq(current)) view.dispatch(view.state.tr.setSelection(next));
            return false;
          },
        },
      }),
    ];
  },
});
