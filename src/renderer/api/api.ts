import { createClient } from './createClient.ts';
import { httpTransport } from './httpTransport.ts';
import { ipcTransport } from './ipcTransport.ts';
import './RapportBridge.ts';

const bridge = typeof window !== 'undefined' ? window.rapport : undefined;

/** The one way the UI talks to the backend: over the preload's bridge in the desktop app, else the web host. */
export const api = createClient(bridge ? ipcTransport(bridge) : httpTransport);
