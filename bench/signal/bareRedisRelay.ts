// The floor for `npm run bench:signal`'s two-process rows: the bare relay (bareWebSocketRelay.ts) split over two
// processes that pass frames through Redis pub/sub, one PUBLISH per frame. A client says once which pair and side it
// is; a frame for a side on this process is written to its socket, any other goes to the peer process's channel.
// No validation, no rooms, no batching. `node bench/signal/bareRedisRelay.ts <redis url> <name> <peer name>`.
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

const [redisUrl = '', name = '', peer = ''] = process.argv.slice(2);
const channelOf = (process: string) => `bare-relay:${process}`;
const publisher = new Redis(redisUrl);
const subscriber = new Redis(redisUrl);
const sides = new Map<string, WebSocket>();

// Header line "pair side" (the addressee), then the frame untouched.
subscriber.on('message', (_channel: string, message: string) => {
  const headerEnd = message.indexOf('\n');
  sides.get(message.slice(0, headerEnd))?.send(message.slice(headerEnd + 1));
});
await subscriber.subscribe(channelOf(name));

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
    else void publisher.publish(channelOf(peer), `${partner}\n${text}`);
  });
});

server.on('listening', () => {
  const address = server.address();
  if (typeof address === 'object' && address !== null) process.stdout.write(`listening on ${address.port}\n`);
});
process.on('SIGTERM', () => {
  subscriber.disconnect();
  publisher.disconnect();
  server.close(() => process.exit(0));
});
