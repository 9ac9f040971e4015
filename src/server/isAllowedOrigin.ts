// Browser pages on this machine (the web host, http://127.0.0.1:<port>) may connect; so may the desktop app.
const loopbackHost = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])(:\d{1,5})?$/;
const webOrigin = /^https?:\/\/([^/\s]+)$/;

// The Origin check on the WebSocket upgrade. Browsers always send Origin and pages cannot forge it, so this stops
// other web sites from using their visitors' browsers against us. Programs that are not browsers send none and may
// connect: they could claim any origin anyway, and the per-address limits hold them.
export function isAllowedOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
  allowedOrigins: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true;
  const normalized = origin.trim().toLowerCase();
  if (allowedOrigins.has(normalized)) return true;
  const host = webOrigin.exec(normalized)?.[1];
  if (host === undefined) return false;
  // The join page this server serves itself, whichever name or proxy it was reached through.
  if (hostHeader !== undefined && host === hostHeader.trim().toLowerCase()) return true;
  return loopbackHost.test(host);
}
