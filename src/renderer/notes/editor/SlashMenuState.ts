import type { SlashCommand } from './SlashCommand.ts';

/** What the "/" menu shows; `container` is the floating element the suggestion plugin positions. */
export type SlashMenuState = {
  open: boolean;
  items: readonly SlashCommand[];
  activeIndex: number;
  container: HTMLElement | null;
  choose: (command: SlashCommand) => void;
};
