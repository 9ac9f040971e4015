// The baseline for `npm run bench:signal`: the least a WebSocket relay can do. Each client says once which pair and
// side it is, then every text frame it sends is forwarded untouched to the other side. No validation, no rooms, no
// limits. Run as its own process, like the real server: `node bench/signal/bareWebSocketRelay.ts`.
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

const sides = new Map<string, WebSocket>();
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

server.on('connection', (socket) => {
  let partner: string | null = null;
  socket.on('message', (data) => {
    const text = String(data);
    if (partner === null) {
      const [pair, side] = text.split(' ');
      sides.set(`${pair} ${side}`, socket);
      partner = `${pair} ${side === 'host' ? 'guest' : 'host'}`;
      return;
    }
    sides.get(partner)?.send(text);
  });
});

server.on('listening', () => {
  const address = server.address();
  if (typeof address === 'object' && address !== null) process.stdout.write(`listening on ${address.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
