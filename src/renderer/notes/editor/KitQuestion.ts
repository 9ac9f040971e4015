import { mergeAttributes, Node } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorProps } from '@tiptap/pm/view';

const kitPartIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
const maximumText = 2000;

/**
 * A kit question inside the notes: the question (and its guidance) as a header nobody can type into, then a
 * notes area of ordinary blocks. Isolating, so Backspace and Enter never merge two questions' notes.
 */
export const KitQuestion = Node.create({
  name: 'kitQuestion',
  group: 'block',
  content: 'block+',
  defining: true,
  isolating: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      questionId: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute('data-question-id');
          return value !== null && kitPartIdPattern.test(value) ? value : null;
        },
        renderHTML: (attributes) =>
          attributes.questionId ? { 'data-question-id': attributes.questionId } : {},
      },
      text: {
        default: '',
        parseHTML: (element) => (element.getAttribute('data-question-text') ?? '').slice(0, maximumText),
        renderHTML: () => ({}),
      },
      guidance: {
        default: '',
        parseHTML: (element) => (element.getAttribute('data-question-guidance') ?? '').slice(0, maximumText),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-kit-question]', contentElement: '.kit-question-notes' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = String(node.attrs.text ?? '');
    const guidance = String(node.attrs.guidance ?? '');
    const header: unknown[] = [
      'header',
      { class: 'kit-question-header', contenteditable: 'false' },
      ['p', { class: 'kit-question-text' }, text],
    ];
    if (guidance !== '') header.push(['p', { class: 'kit-question-guidance' }, guidance]);
    return [
      'section',
      mergeAttributes(HTMLAttributes, {
        'data-kit-question': '',
        'data-question-text': text,
        'data-question-guidance': guidance,
        class: 'kit-question',
        role: 'group',
        'aria-label': text,
      }),
      header as never,
      ['div', { class: 'kit-question-notes' }, 0],
    ];
  },

  addProseMirrorPlugins() {
    // A click on the question itself puts the caret at the end of that question's notes. A double click too:
    // ProseMirror counts two clicks within 500 ms and 10 px as one, even on two questions (the page scrolled
    // between them), and the header has no words to select.
    const toNotes: NonNullable<EditorProps['handleClickOn']> = (
      view,
      _position,
      node,
      nodePosition,
      event,
    ) => {
      if (node.type.name !== 'kitQuestion') return false;
      const target = event.target as HTMLElement | null;
      if (!target?.closest('.kit-question-header')) return false;
      const end = nodePosition + node.nodeSize - 1;
      const selection = TextSelection.near(view.state.doc.resolve(end), -1);
      view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
      view.focus();
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey('kitQuestionClick'),
        props: { handleClickOn: toNotes, handleDoubleClickOn: toNotes },
      }),
    ];
  },
});
