import type { WebSocket, WebSocketServer } from 'ws';

// A socket that has not answered the previous ping by the next one is dead (sleeping laptop, dropped Wi-Fi):
// terminating it lets the room announce peer-left instead of waiting minutes for TCP to notice.
export function startHeartbeat(server: WebSocketServer, intervalMilliseconds: number): () => void {
  const awaitingPong = new WeakSet<WebSocket>();
  const handleConnection = (socket: WebSocket): void => {
    socket.on('pong', () => awaitingPong.delete(socket));
  };
  server.on('connection', handleConnection);
  const timer = setInterval(() => {
    for (const socket of server.clients) {
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      if (socket.readyState !== socket.OPEN) continue;
      awaitingPong.add(socket);
      socket.ping();
    }
  }, intervalMilliseconds);
  timer.unref();
  return () => {
    clearInterval(timer);
    server.off('connection', handleConnection);
  };
}
