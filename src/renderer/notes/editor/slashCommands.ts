import type { SlashCommand } from './SlashCommand.ts';
import { insertTimestamp } from './insertTimestamp.ts';

/** What "/" offers, in menu order. Each command first removes the typed "/query". */
export const slashCommands: readonly SlashCommand[] = [
  {
    id: 'heading',
    title: 'Heading',
    hint: 'A heading for a part of your notes',
    keywords: ['title', 'h3', 'section'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).setNode('heading', { level: 3 }).run(),
  },
  {
    id: 'bullet-list',
    title: 'Bullet list',
    hint: 'A simple list',
    keywords: ['unordered', 'ul', 'points'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).toggleBulletList().run(),
  },
  {
    id: 'numbered-list',
    title: 'Numbered list',
    hint: 'A list with numbers',
    keywords: ['ordered', 'ol'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).toggleOrderedList().run(),
  },
  {
    id: 'task-list',
    title: 'Task list',
    hint: 'Follow-ups to tick off',
    keywords: ['todo', 'checkbox', 'action'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).toggleTaskList().run(),
  },
  {
    id: 'quote',
    title: 'Quote',
    hint: 'What the candidate said, word for word',
    keywords: ['blockquote', 'citation'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).toggleBlockquote().run(),
  },
  {
    id: 'timestamp',
    title: 'Timestamp',
    hint: 'Time into the call, or the time of day',
    keywords: ['time', 'clock', 'now'],
    run: (editor, range) => {
      insertTimestamp(editor, range);
    },
  },
  {
    id: 'divider',
    title: 'Divider',
    hint: 'A horizontal line',
    keywords: ['rule', 'hr', 'separator'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).setHorizontalRule().run(),
  },
  {
    id: 'code-block',
    title: 'Code block',
    hint: 'Code the candidate wrote',
    keywords: ['code', 'snippet', 'pre'],
    run: (editor, range) => editor.chain().focus().deleteRange(range).toggleCodeBlock().run(),
  },
];
