/** The signalling server's WebSocket endpoint for its http(s) base address: http → ws, https → wss, plus /ws. */
export function webSocketUrlFor(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/ws`;
  return url.toString();
}
