import { stripUnsafeCharacters } from '../callEngine/messages/stripUnsafeCharacters.ts';

/**
 * Who wrote a chat line, as the list shows it. "You" is only ever this side's own lines: the other side's name
 * is shown as they gave it, unless it would read as "You" (or is empty), when their role stands in for it.
 */
export function chatAuthorLabel(own: boolean, name: string, otherRole: string): string {
  if (own) return 'You';
  const shown = stripUnsafeCharacters(name).trim();
  return shown === '' || /^you\b/i.test(shown) ? otherRole : shown;
}
