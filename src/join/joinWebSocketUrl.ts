/** The signalling socket on the server that served this page. */
export function joinWebSocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
