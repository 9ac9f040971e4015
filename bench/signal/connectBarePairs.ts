import { once } from 'node:events';
import WebSocket from 'ws';
import type { RelayEndpoint } from './RelayEndpoint.ts';

// The same pairs on a bare relay: one socket per side, announced with "pair side", each side to the relay process
// `urlOf` names (one process for all, or the two through Redis).
export async function connectBarePairs(
  urlOf: (pair: number, side: 'host' | 'guest') => string,
  pairCount: number,
  localAddressOf: (socketIndex: number) => string,
): Promise<{ host: RelayEndpoint; guest: RelayEndpoint }[]> {
  const pairs: { host: RelayEndpoint; guest: RelayEndpoint }[] = [];
  for (let pair = 0; pair < pairCount; pair += 1) {
    const [host, guest] = await Promise.all(
      (['host', 'guest'] as const).map(async (side, sideIndex) => {
        const socket = new WebSocket(urlOf(pair, side), {
          localAddress: localAddressOf(pair * 2 + sideIndex),
          perMessageDeflate: false,
        });
        await once(socket, 'open');
        socket.send(`${pair} ${side}`);
        return endpoint(socket);
      }),
    );
    pairs.push({ host: host!, guest: guest! });
  }
  return pairs;
}

function endpoint(socket: WebSocket): RelayEndpoint {
  return {
    send: (data) => socket.send(JSON.stringify({ data })),
    onData: (handler) =>
      socket.on('message', (text) => handler((JSON.parse(String(text)) as { data: unknown }).data)),
    close: () => socket.close(),
  };
}
