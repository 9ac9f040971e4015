import { allowedLinkProtocols } from './allowedLinkProtocols.ts';

/** True for an absolute http(s) or mailto address; everything else (scripts, data, relative paths) is refused. */
export function isAllowedLink(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.
  const compact = Array.from(href)
    .filter((character) => {
      const code = character.charCodeAt(0);
      return code > 0x20 && (code < 0x7f || code > 0x9f);
    })
    .join('');
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    return false;
  }
  return (allowedLinkProtocols as readonly string[]).includes(url.protocol);
}
