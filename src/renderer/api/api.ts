import { createClient } from './createClient.ts';
import { databaseDamage } from './databaseDamage.ts';
import { httpTransport } from './httpTransport.ts';
import { ipcTransport } from './ipcTransport.ts';
import './RapportBridge.ts';

const bridge = typeof window !== 'undefined' ? window.rapport : undefined;

/**
 * The one way the UI talks to the backend: over the preload's bridge in the desktop app, else the web host. A
 * damaged database reported by any call brings up the recovery screen.
 */
export const api = createClient(bridge ? ipcTransport(bridge) : httpTransport, (error) => {
  if (error.code === 'database_damaged' && databaseDamage.getSnapshot() === null)
    databaseDamage.set(error.message);
});
