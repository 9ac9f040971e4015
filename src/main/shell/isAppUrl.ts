import { appOrigin } from './appOrigin.ts';

/**
 * True when `url` (a full URL or a bare origin) is exactly our origin, app://rapport.
 * Node reports `origin` as "null" for custom schemes, so scheme, host, port and credentials are compared by hand.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appOrigin.scheme}:` &&
    parsed.host === appOrigin.host &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
