import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';
import { appOrigin } from './appOrigin.ts';
import { createAppProtocolHandler } from './createAppProtocolHandler.ts';

/** The slice of Protocol we use; a real one fits, and so does a test fake. */
export type SchemeHandlerRegistry = Pick<Protocol, 'handle'>;

/** Serves out/renderer as app://rapport/ with our CSP; the scheme must already be registered as privileged. */
export function registerAppProtocol(
  protocol: SchemeHandlerRegistry,
  options: {
    rendererDirectory: string;
    /** Origins the renderer may connect to, or a function giving the current ones. */
    connectSources?: readonly string[] | (() => Promise<readonly string[]>);
    /** The backend's recordings, served at /recordings/. */
    recordingPlayback?: Parameters<typeof createAppProtocolHandler>[2];
    /** The backend's export files, served once at /exports/. */
    exportDownload?: Parameters<typeof createAppProtocolHandler>[3];
  },
): void {
  const { connectSources = [] } = options;
  const policy =
    typeof connectSources === 'function'
      ? async () => contentSecurityPolicy(await connectSources())
      : contentSecurityPolicy(connectSources);
  protocol.handle(
    appOrigin.scheme,
    createAppProtocolHandler(
      options.rendererDirectory,
      policy,
      options.recordingPlayback,
      options.exportDownload,
    ),
  );
}
