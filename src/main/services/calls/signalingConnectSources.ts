/** CSP connect-src entries that let the renderer reach a signalling server: its http(s) and ws(s) origins. */
export function signalingConnectSources(baseUrl: string | null | undefined): string[] {
  if (!baseUrl) return [];
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  const webSocketScheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${webSocketScheme}//${url.host}`];
}
