import type { Extensions } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';
import { Evidence } from './Evidence.ts';
import { KitQuestion } from './KitQuestion.ts';
import { SelectionSync } from './SelectionSync.ts';
import { SlashCommandExtension } from './SlashCommandExtension.ts';
import type { SlashMenuStore } from './SlashMenuStore.ts';
import { Timestamp } from './Timestamp.ts';

/**
 * The note schema: StarterKit (headings, lists, quotes, bold, italic, links and markdown shortcuts), task lists,
 * kit questions, timestamps and evidence. Its node and mark names match `noteSchemaNames`, which the server
 * validates against.
 */
export function createNoteExtensions(options: {
  attributeName: (attributeId: string) => string | undefined;
  slashMenu: SlashMenuStore | null;
  /** The call clock: seconds into the running call, or null with none. */
  elapsedSeconds: () => number | null;
}): Extensions {
  return [
    StarterKit.configure({
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
      heading: { levels: [1, 2, 3, 4] },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    Placeholder.configure({ placeholder: 'Write here, or type / for commands' }),
    KitQuestion,
    Timestamp.configure({ elapsedSeconds: options.elapsedSeconds }),
    Evidence.configure({ attributeName: options.attributeName }),
    SlashCommandExtension.configure({ store: options.slashMenu }),
    SelectionSync,
  ];
}
