import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { insertTimestamp } from './editor/insertTimestamp.ts';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';
import { EvidenceMenu } from './EvidenceMenu.tsx';
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
}: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="toolbar-button"
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
}: {
  editor: Editor;
  attributes: readonly EvidenceAttribute[];
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
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
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
        label="Task list"
        shortcut="[ ] "
        pressed={state.taskList}
        onClick={() => chain().toggleTaskList().run()}
      >
        <ToolbarIcon name="taskList" />
      </ToolbarButton>
      <ToolbarButton
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
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolbarButton
        label="Insert timestamp"
        shortcut={`${mod}${isMac ? '⇧' : 'Shift+'}T`}
        onClick={() => insertTimestamp(editor)}
      >
        <ToolbarIcon name="timestamp" />
      </ToolbarButton>
      <EvidenceMenu
        editor={editor}
        attributes={attributes}
        disabled={state.selectionEmpty && !state.evidence}
        tagged={state.evidence}
      />
    </div>
  );
}
