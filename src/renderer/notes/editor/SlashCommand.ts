import type { Editor, Range } from '@tiptap/core';

/** One entry of the "/" menu. */
export type SlashCommand = {
  id: string;
  title: string;
  hint: string;
  keywords: readonly string[];
  run: (editor: Editor, range: Range) => void;
};
