import { randomBytes } from 'node:crypto';
import { createSignalingServer } from '../../../server/createSignalingServer.ts';
import type { SignalingServerAccess } from './SignalingServerAccess.ts';

export type LocalSignalingServer = SignalingServerAccess & { close(): Promise<void> };

/**
 * The signalling server Rapport runs itself when none is configured: in this process, on 127.0.0.1 only, on a
 * free port, with a fresh random key. Good for trying calls on one machine or a LAN behind a proxy.
 */
export async function startLocalSignalingServer(
  options: { joinPageDirectory?: string } = {},
): Promise<LocalSignalingServer> {
  const key = randomBytes(24).toString('base64url');
  const server = createSignalingServer({
    apiKey: key,
    host: '127.0.0.1',
    port: 0,
    ...(options.joinPageDirectory ? { joinPageDirectory: options.joinPageDirectory } : {}),
  });
  const url = await server.listen();
  return { url, key, close: () => server.close() };
}
