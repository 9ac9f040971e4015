/**
 * A WebSocket to the signalling server opened ahead of time (while the candidate types their name), so pressing
 * Join does not wait for the TCP/TLS and WebSocket handshakes. The server closes a socket that has not joined
 * within 10 s; such a socket, or one older than `maximumAgeMilliseconds`, is simply not used.
 */
const maximumAgeMilliseconds = 8000;

type WarmEntry = { url: string; socket: WebSocket; openedAt: number };

let warm: WarmEntry | null = null;

function usable(entry: WarmEntry | null, url: string): boolean {
  return (
    entry !== null &&
    entry.url === url &&
    Date.now() - entry.openedAt < maximumAgeMilliseconds &&
    (entry.socket.readyState === WebSocket.OPEN || entry.socket.readyState === WebSocket.CONNECTING)
  );
}

/** Opens (or keeps) a spare socket to `url`. Cheap to call often, e.g. on every keystroke in the name field. */
export function warmUpSocket(
  url: string,
  createWebSocket: (url: string) => WebSocket = (target) => new WebSocket(target),
): void {
  const current: WarmEntry | null = warm;
  if (usable(current, url)) return;
  current?.socket.close();
  try {
    const socket = createWebSocket(url);
    // An error or the server's join timeout just makes it unusable; it is never reported.
    socket.onerror = () => {};
    warm = { url, socket, openedAt: Date.now() };
  } catch {
    warm = null;
  }
}

/** Hands over the spare socket for `url` if there is a fresh one, or null. It is then no longer spare. */
export function takeWarmSocket(url: string): WebSocket | null {
  const entry: WarmEntry | null = warm;
  warm = null;
  if (entry && usable(entry, url)) return entry.socket;
  entry?.socket.close();
  return null;
}
