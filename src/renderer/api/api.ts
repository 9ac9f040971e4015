import { createClient } from './createClient.ts';
import { httpTransport } from './httpTransport.ts';
import type { Transport } from './Transport.ts';
import './RapportBridge.ts';

const bridge = typeof window !== 'undefined' ? window.rapport : undefined;

const ipcTransport: Transport | undefined = bridge
  ? (method, input) => {
      const call = bridge[method];
      if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: method } });
      return call(input);
    }
  : undefined;

/** The one way the UI talks to the backend. */
export const api = createClient(ipcTransport ?? httpTransport);
