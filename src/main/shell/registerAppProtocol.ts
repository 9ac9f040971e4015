import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';
import { appOrigin } from './appOrigin.ts';
import { createAppProtocolHandler } from './createAppProtocolHandler.ts';

/** The slice of Protocol we use; a real one fits, and so does a test fake. */
export type SchemeHandlerRegistry = Pick<Protocol, 'handle'>;

/** Serves out/renderer as app://rapport/ with our CSP; the scheme must already be registered as privileged. */
export function registerAppProtocol(
  protocol: SchemeHandlerRegistry,
  options: { rendererDirectory: string; connectSources?: readonly string[] },
): void {
  protocol.handle(
    appOrigin.scheme,
    createAppProtocolHandler(options.rendererDirectory, contentSecurityPolicy(options.connectSources ?? [])),
  );
}
