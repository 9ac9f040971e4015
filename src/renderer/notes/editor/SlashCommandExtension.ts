import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { filterSlashCommands } from './filterSlashCommands.ts';
import type { SlashCommand } from './SlashCommand.ts';
import type { SlashMenuStore } from './SlashMenuStore.ts';

export type SlashCommandExtensionOptions = { store: SlashMenuStore | null };

/** Typing "/" at the start of a line or after a space opens the command menu. */
export const SlashCommandExtension = Extension.create<SlashCommandExtensionOptions>({
  name: 'slashCommands',

  addOptions() {
    return { store: null };
  },

  addProseMirrorPlugins() {
    const store = this.options.store;
    if (!store) return [];
    return [
      Suggestion<SlashCommand, SlashCommand>({
        editor: this.editor,
        pluginKey: new PluginKey('slashCommands'),
        char: '/',
        // Fixed, so the floating menu never takes part in page layout (or in Chrome's scroll anchoring).
        floatingUi: { strategy: 'fixed' },
        items: ({ query }) => filterSlashCommands(query),
        command: ({ editor, range, props }) => props.run(editor, range),
        render: store.renderer,
      }),
    ];
  },
});
