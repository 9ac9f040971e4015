/** One weakening of a security setting: `from` is replaced by `to` (first occurrence) in `file`. */
export type ShellMutation = {
  name: string;
  file: string;
  from: string;
  to: string;
  /** The tests that must catch it, when not the shell's own. */
  tests?: string[];
};

const window = 'src/main/shell/createMainWindow.ts';
const picker = 'src/main/shell/openScreenPicker.ts';
const permissions = 'src/main/shell/handlePermissions.ts';
const csp = 'src/main/security/contentSecurityPolicy.ts';
const harden = 'src/main/shell/hardenWebContents.ts';
const start = 'src/main/shell/startApp.ts';
const fuses = 'scripts/packaging/rapportFuses.ts';

/** Electron's checklist, item by item, as the shell implements it: each of these must fail a test. */
export const shellMutations: ShellMutation[] = [
  // The window (checklist 2–4, 10, and DevTools off outside --debug).
  {
    name: 'contextIsolation off',
    file: window,
    from: 'contextIsolation: true',
    to: 'contextIsolation: false',
  },
  { name: 'sandbox off', file: window, from: 'sandbox: true', to: 'sandbox: false' },
  { name: 'nodeIntegration on', file: window, from: 'nodeIntegration: false', to: 'nodeIntegration: true' },
  {
    name: 'nodeIntegrationInWorker on',
    file: window,
    from: 'nodeIntegrationInWorker: false',
    to: 'nodeIntegrationInWorker: true',
  },
  {
    name: 'nodeIntegrationInSubFrames on',
    file: window,
    from: 'nodeIntegrationInSubFrames: false',
    to: 'nodeIntegrationInSubFrames: true',
  },
  { name: 'webSecurity off', file: window, from: 'webSecurity: true', to: 'webSecurity: false' },
  {
    name: 'allowRunningInsecureContent on',
    file: window,
    from: 'allowRunningInsecureContent: false',
    to: 'allowRunningInsecureContent: true',
  },
  { name: 'webviewTag on', file: window, from: 'webviewTag: false', to: 'webviewTag: true' },
  {
    name: 'experimentalFeatures on',
    file: window,
    from: 'experimentalFeatures: false',
    to: 'experimentalFeatures: true',
  },
  {
    name: 'enableBlinkFeatures added',
    file: window,
    from: "disableBlinkFeatures: 'Auxclick',",
    to: "disableBlinkFeatures: 'Auxclick', enableBlinkFeatures: 'ExecCommandInJavaScript',",
  },
  {
    name: 'Auxclick not disabled',
    file: window,
    from: "disableBlinkFeatures: 'Auxclick',",
    to: '',
  },
  {
    name: 'devTools always on',
    file: window,
    from: 'devTools: options.devTools === true',
    to: 'devTools: true',
  },
  // The screen picker window.
  { name: 'picker: sandbox off', file: picker, from: 'sandbox: true', to: 'sandbox: false' },
  { name: 'picker: javascript on', file: picker, from: 'javascript: false', to: 'javascript: true' },
  { name: 'picker: devTools on', file: picker, from: 'devTools: false', to: 'devTools: true' },
  // Permissions (checklist 5).
  {
    name: 'request: any permission',
    file: permissions,
    from: '!grantable.has(permission) ||',
    to: '',
  },
  {
    name: 'request: webContents URL unchecked',
    file: permissions,
    from: '!isAppUrl(webContents.getURL()) ||',
    to: '',
  },
  {
    name: 'request: requestingUrl unchecked',
    file: permissions,
    from: '|| !isAppUrl(details.requestingUrl)) {',
    to: ') {',
  },
  {
    name: 'request: any media type',
    file: permissions,
    from: 'mediaTypes.length > 0 && mediaTypes.every(isAudioOrVideo)',
    to: 'true',
  },
  {
    name: 'check: requestingOrigin unchecked',
    file: permissions,
    from: '|| !isAppUrl(requestingOrigin)) return false;',
    to: ') return false;',
  },
  {
    name: 'check: webContents URL unchecked',
    file: permissions,
    from: 'if (!webContents || !isAppUrl(webContents.getURL())) return false;',
    to: '',
  },
  {
    name: 'check: requestingUrl unchecked',
    file: permissions,
    from: 'if (details.requestingUrl !== undefined && !isAppUrl(details.requestingUrl)) return false;',
    to: '',
  },
  {
    name: 'device permissions granted',
    file: permissions,
    from: 'setDevicePermissionHandler(() => false)',
    to: 'setDevicePermissionHandler(() => true)',
  },
  // The Content-Security-Policy (checklist 7).
  {
    name: 'CSP: script-src unsafe-inline',
    file: csp,
    from: `"script-src 'self'"`,
    to: `"script-src 'self' 'unsafe-inline'"`,
  },
  {
    name: 'CSP: script-src unsafe-eval',
    file: csp,
    from: `"script-src 'self'"`,
    to: `"script-src 'self' 'unsafe-eval'"`,
  },
  { name: 'CSP: default-src *', file: csp, from: `"default-src 'none'"`, to: `"default-src *"` },
  { name: 'CSP: connect-src *', file: csp, from: "`connect-src 'self' ", to: '`connect-src * ' },
  { name: 'CSP: no base-uri', file: csp, from: `"base-uri 'none'",`, to: '' },
  { name: 'CSP: no form-action', file: csp, from: `"form-action 'none'",`, to: '' },
  { name: 'CSP: no frame-ancestors', file: csp, from: `"frame-ancestors 'none'",`, to: '' },
  { name: 'CSP: no object-src', file: csp, from: `"object-src 'none'",`, to: '' },
  // Navigation and new windows (checklist 13–15).
  {
    name: 'navigation allowed',
    file: harden,
    from: "contents.on('will-navigate', (event) => {\n    if (!isAppUrl(event.url)) event.preventDefault();",
    to: "contents.on('will-navigate', (event) => {\n    void event;",
  },
  {
    name: 'redirects allowed',
    file: harden,
    from: "contents.on('will-redirect', (event) => {\n    if (!isAppUrl(event.url)) event.preventDefault();",
    to: "contents.on('will-redirect', (event) => {\n    void event;",
  },
  {
    name: 'webview allowed',
    file: harden,
    from: "'will-attach-webview', (event) => {\n    event.preventDefault();",
    to: "'will-attach-webview', (event) => {\n    void event;",
  },
  {
    name: 'new windows allowed',
    file: harden,
    from: "return { action: 'deny' };",
    to: "return { action: 'allow' };",
  },
  {
    name: 'openExternal for any URL',
    file: harden,
    from: 'if (isAllowedExternalUrl(url)) {',
    to: 'if (url) {',
  },
  {
    name: 'file: links leave the app',
    file: 'src/main/shell/isAllowedExternalUrl.ts',
    from: "if (parsed.protocol === 'mailto:')",
    to: "if (parsed.protocol === 'file:') return true;\n  if (parsed.protocol === 'mailto:')",
  },
  // IPC senders (checklist 17).
  {
    name: 'IPC: iframes may call',
    file: 'src/main/shell/bindIpc.ts',
    from: '&& frame.parent === null',
    to: '',
  },
  {
    name: 'IPC: any origin may call',
    file: 'src/main/shell/bindIpc.ts',
    from: 'return isAppUrl(frame.url) &&',
    to: 'return true &&',
  },
  {
    name: 'app URL: any host',
    file: 'src/main/shell/isAppUrl.ts',
    from: 'parsed.host === appOrigin.host &&',
    to: '',
  },
  // The app as a whole.
  { name: 'app.enableSandbox() dropped', file: start, from: 'app.enableSandbox();', to: '' },
  {
    name: 'webContents not hardened',
    file: start,
    from: "app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));",
    to: "app.on('web-contents-created', () => undefined);",
  },
  {
    name: 'permissions not handled',
    file: start,
    from: 'handlePermissions(session.defaultSession);',
    to: '',
  },
  {
    name: 'DevTools in the menu',
    file: 'src/main/shell/applicationMenuTemplate.ts',
    from: "if (options.debug) view.push({ type: 'separator' }, { role: 'toggleDevTools' });",
    to: "view.push({ type: 'separator' }, { role: 'toggleDevTools' });",
  },
  // Fuses (checklist 19).
  {
    name: 'fuse: RunAsNode on',
    file: fuses,
    from: '[FuseV1Options.RunAsNode]: false',
    to: '[FuseV1Options.RunAsNode]: true',
  },
  {
    name: 'fuse: NODE_OPTIONS on',
    file: fuses,
    from: '[FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false',
    to: '[FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true',
  },
  {
    name: 'fuse: --inspect on',
    file: fuses,
    from: '[FuseV1Options.EnableNodeCliInspectArguments]: false',
    to: '[FuseV1Options.EnableNodeCliInspectArguments]: true',
  },
  {
    name: 'fuse: asar integrity off',
    file: fuses,
    from: '[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true',
    to: '[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false',
  },
  // The preload exposes only the contract's methods.
  {
    name: 'preload exposes ipcRenderer',
    file: 'src/preload/index.ts',
    from: "contextBridge.exposeInMainWorld('rapport', bridge);",
    to: "contextBridge.exposeInMainWorld('rapport', { ...bridge, ipcRenderer });",
  },
  // Storage guards the issue found unguarded by any test.
  {
    name: 'purge outside the Trash',
    file: 'src/main/storage/repositories/CandidateRepository.ts',
    from: 'if (current.deletedAt === null) {\n      throw new ConflictError',
    to: 'if (current.deletedAt === "never") {\n      throw new ConflictError',
    tests: ['src/main/storage/repositories'],
  },
  {
    name: 'restore over a taken email',
    file: 'src/main/storage/repositories/CandidateRepository.ts',
    from: 'this.#assertEmailFree(current.email, id);\n      this.#database',
    to: 'this.#database',
    tests: ['src/main/storage/repositories'],
  },
];
