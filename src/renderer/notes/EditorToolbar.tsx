import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { insertTimestamp } from './editor/insertTimestamp.ts';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { EvidenceMenu } from './EvidenceMenu.tsx';
import { FormattingOverflowMenu } from './FormattingOverflowMenu.tsx';
import { LinkPopover } from './LinkPopover.tsx';
import { ToolbarIcon } from './ToolbarIcon.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

function ToolbarButton({
  label,
  shortcut,
  pressed,
  onClick,
  children,
  overflowable = false,
}: {
  /** Hidden when the toolbar is narrow; "More formatting" offers it then. */
  overflowable?: boolean;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={overflowable ? 'toolbar-button toolbar-overflowable' : 'toolbar-button'}
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keep the editor's selection: a toolbar click acts on it, it does not take focus.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * Formatting for the notes. Reads editor state through useEditorState, so it re-renders when a button's state
 * changes, never on every keystroke.
 */
export function EditorToolbar({
  editor,
  attributes,
  mode = 'notes',
  onFollowUp,
}: {
  editor: Editor;
  attributes: readonly EvidenceAttribute[];
  mode?: 'notes' | 'message';
  onFollowUp?: ((passage: string) => void) | undefined;
}) {
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading'),
      bulletList: current.isActive('bulletList'),
      taskList: current.isActive('taskList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      evidence: current.isActive('evidence'),
      selectionEmpty: current.state.selection.empty,
    }),
  });
  const chain = () => editor.chain().focus();
  const followUp =
    onFollowUp &&
    (() => {
      const { from, to } = editor.state.selection;
      onFollowUp(editor.state.doc.textBetween(from, to, ' ').trim());
    });
  return (
    <div
      // With "Tag as evidence" and "Follow up on this" the row needs about 640 px (notes.css).
      className={followUp ? 'editor-toolbar editor-toolbar-full' : 'editor-toolbar'}
      role="toolbar"
      aria-label="Formatting"
    >
      <ToolbarButton
        label="Bold"
        shortcut={`${mod}B`}
        pressed={state.bold}
        onClick={() => chain().toggleBold().run()}
      >
        <strong aria-hidden="true">B</strong>
      </ToolbarButton>
      <ToolbarButton
        label="Italic"
        shortcut={`${mod}I`}
        pressed={state.italic}
        onClick={() => chain().toggleItalic().run()}
      >
        <em aria-hidden="true">I</em>
      </ToolbarButton>
      <ToolbarButton
        overflowable
        label="Heading"
        shortcut="### "
        pressed={state.heading}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      >
        <span aria-hidden="true">H</span>
      </ToolbarButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolbarButton
        label="Bullet list"
        shortcut="- "
        pressed={state.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        <ToolbarIcon name="bulletList" />
      </ToolbarButton>
      <ToolbarButton
        overflowable
        label="Task list"
        shortcut="[ ] "
        pressed={state.taskList}
        onClick={() => chain().toggleTaskList().run()}
      >
        <ToolbarIcon name="taskList" />
      </ToolbarButton>
      <ToolbarButton
        overflowable
        label="Quote"
        shortcut="> "
        pressed={state.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      >
        <ToolbarIcon name="quote" />
      </ToolbarButton>
      <div className="menu-anchor">
        <ToolbarButton label="Link" pressed={state.link} onClick={() => setLinking((value) => !value)}>
          <ToolbarIcon name="link" />
        </ToolbarButton>
        {linking && <LinkPopover editor={editor} onClose={() => setLinking(false)} />}
      </div>
      {mode === 'notes' && <span className="toolbar-separator" aria-hidden="true" />}
      {mode === 'notes' && (
        <ToolbarButton
          label="Insert timestamp"
          shortcut={`${mod}${isMac ? '⇧' : 'Shift+'}T`}
          onClick={() => insertTimestamp(editor)}
        >
          <ToolbarIcon name="timestamp" />
        </ToolbarButton>
      )}
      <FormattingOverflowMenu
        onDone={() => editor.view.focus()}
        items={[
          // In the menu only where their buttons are hidden (a pane under 520 px, notes.css).
          {
            label: 'Heading',
            checked: state.heading,
            narrowOnly: true,
            run: () => chain().toggleHeading({ level: 3 }).run(),
          },
          {
            label: 'Task list',
            checked: state.taskList,
            narrowOnly: true,
            run: () => chain().toggleTaskList().run(),
          },
          {
            label: 'Quote',
            checked: state.blockquote,
            narrowOnly: true,
            run: () => chain().toggleBlockquote().run(),
          },
          // Under 680 px (beside the scorecard at 1280×720, or beside a call) the row has no room for it.
          ...(followUp
            ? [{ label: 'Follow up on this', disabled: state.selectionEmpty, run: followUp }]
            : []),
        ]}
      />
      {mode === 'notes' && (
        <EvidenceMenu
          editor={editor}
          attributes={attributes}
          disabled={state.selectionEmpty && !state.evidence}
          tagged={state.evidence}
        />
      )}
      {followUp && (
        <button
          type="button"
          className="toolbar-button toolbar-button-text toolbar-overflowable-wide"
          disabled={state.selectionEmpty}
          title="Select a passage, then make a follow-up of it"
          onMouseDown={(event) => event.preventDefault()}
          onClick={followUp}
        >
          Follow up on this
        </button>
      )}
    </div>
  );
}
