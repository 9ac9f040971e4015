import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../shared/contract/methodNames.ts';

// Sandboxed and bundled as CommonJS: electron and the method names only, no logic the renderer could reach.
// The channel must match bindIpc's; the preload may not import from src/main.
const channel = 'rapport:invoke';

const bridge = Object.freeze(
  Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channel, name, input)] as const),
  ),
);

// `window.rapport` and nothing else: no ipcRenderer, no channel the page can choose.
contextBridge.exposeInMainWorld('rapport', bridge);
