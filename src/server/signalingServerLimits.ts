// This server's own limits, in one place so the code, the tests and docs/signaling.md agree on the numbers.
// The limits that are part of the wire format live in src/shared/signaling/signalingProtocolLimits.ts.
export const signalingServerLimits = {
  maximumRequestBodyBytes: 16 * 1024,
  maximumAdmittedPeers: 4,
  maximumWaitingGuests: 16,
  maximumQueuedMessagesPerPeer: 256,
  maximumQueuedBytesPerPeer: 1024 * 1024,
  refusedFramesBeforeDisconnect: 100,
  refusedFramesForgivenPerSecond: 10,
  maximumBufferedBytesPerConnection: 4 * 1024 * 1024,
  maximumConnections: 2000,
  maximumActiveRooms: 10_000,
  maximumRoomTtlSeconds: 30 * 24 * 60 * 60,
  expiredRoomMemoryMilliseconds: 24 * 60 * 60 * 1000,
} as const;
