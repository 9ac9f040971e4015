import { CallMachine } from './CallMachine.ts';
import type { CallRole } from './CallSnapshot.ts';
import { createPeer } from './createPeer.ts';
import { acquireMedia, acquireScreen, listDevices, onDevicesChanged } from './MediaDevices.ts';
import { SignalingClient } from './SignalingClient.ts';

/** A call machine wired to the real browser: WebSocket signalling, RTCPeerConnection, getUserMedia. */
export function createCallMachine(role: CallRole, localName = ''): CallMachine {
  return new CallMachine({
    role,
    localName,
    createSignaling: (options) => new SignalingClient(options),
    createPeer,
    media: { acquire: acquireMedia, list: listDevices, acquireScreen, watchDevices: onDevicesChanged },
  });
}
