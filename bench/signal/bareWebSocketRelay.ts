// The baseline for `npm run bench:signal`: the least a WebSocket relay can do. Each client says once which pair and
// side it is, then every text frame it sends is forwarded untouched to the other side. No validation, no rooms, no
// limits. Run as its own process, like the real server: `node bench/signal/bareWebSocketRelay.ts`.
//
// With `<redis url> <name> <peer name>` it is one of two such processes (the floor of the two-process rows): a frame
// for a side it does not hold goes to the peer process's Redis channel, one PUBLISH per frame, no batching.
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

const [redisUrl, name, peer] = process.argv.slice(2);
const sides = new Map<string, WebSocket>();
const channelOf = (processName: string | undefined) => `bare-relay:${processName}`;
const publisher = redisUrl === undefined ? null : new Redis(redisUrl);
const subscriber = redisUrl === undefined ? null : new Redis(redisUrl);
if (subscriber !== null) {
  // Header line "pair side" (the addressee), then the frame untouched.
  subscriber.on('message', (_channel: string, message: string) => {
    const headerEnd = message.indexOf('\n');
    sides.get(message.slice(0, headerEnd))?.send(message.slice(headerEnd + 1));
  });
  await subscriber.subscribe(channelOf(name));
}

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
    const local = sides.get(partner);
    if (local !== undefined) local.send(text);
    else void publisher?.publish(channelOf(peer), `${partner}\n${text}`);
  });
});

server.on('listening', () => {
  const address = server.address();
  if (typeof address === 'object' && address !== null) process.stdout.write(`listening on ${address.port}\n`);
});
process.on('SIGTERM', () => {
  subscriber?.disconnect();
  publisher?.disconnect();
  server.close(() => process.exit(0));
});
