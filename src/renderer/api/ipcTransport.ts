import type { RapportBridge } from './RapportBridge.ts';
import type { Transport } from './Transport.ts';

/**
 * The desktop app's transport: the preload's bridge, one function per method. Options need nothing here: the IPC
 * message reaches the main process even as the window closes.
 */
export function ipcTransport(bridge: RapportBridge): Transport {
  return (method, input) => {
    const call = bridge[method];
    // A preload older than the renderer may lack a method; answer as the router would.
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: method } });
    return call(input);
  };
}
