const maximumLength = 2048;

/** Only web pages and e-mail addresses leave the app, never with credentials, scripts or local files. */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > maximumLength) return false;
  // The URL parser silently strips tabs, newlines and edge spaces; refuse them instead of guessing intent.
  if ([...url].some((character) => character <= ' ' || character === '\u007f')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
  return false;
}
