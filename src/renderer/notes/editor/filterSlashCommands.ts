import type { SlashCommand } from './SlashCommand.ts';
import { slashCommands } from './slashCommands.ts';

/** Commands whose title starts with the query come first, then those matching a word or keyword. */
export function filterSlashCommands(
  query: string,
  commands: readonly SlashCommand[] = slashCommands,
): SlashCommand[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...commands];
  const starts = commands.filter((command) => command.title.toLowerCase().startsWith(needle));
  const contains = commands.filter(
    (command) =>
      !starts.includes(command) &&
      (command.title.toLowerCase().includes(needle) ||
        command.keywords.some((keyword) => keyword.startsWith(needle))),
  );
  return [...starts, ...contains];
}
