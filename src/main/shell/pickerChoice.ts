import { screenPickerAction } from './screenPickerPage.ts';

/**
 * Reads the picker's answer from the address its form tried to open: the chosen source's id, `null` for
 * "Cancel", or `undefined` when the navigation was not the picker's answer at all.
 */
export function pickerChoice(url: string, offered: ReadonlySet<string>): string | null | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (`${parsed.origin}${parsed.pathname}` !== screenPickerAction) return undefined;
  const source = parsed.searchParams.get('source');
  // Only an id we offered counts; anything else is a cancel.
  return source !== null && offered.has(source) ? source : null;
}
