// This server's own limits, in one place so the code, the tests and docs/signaling.md agree on the numbers.
// The limits that are part of the wire format live in src/shared/signaling/signalingProtocolLimits.ts.
export const signalingServerLimits = {
  maximumRequestBodyBytes: 16 * 1024,
  maximumAdmittedPeers: 4,
  maximumWaitingGuests: 16,
  // Dropped knockers are kept only so a reload can resume; beyond this many the oldest is forgotten.
  maximumDroppedKnockersKept: 16,
  maximumRecordedPeers: 4 + 16 + 16,
  maximumQueuedMessagesPerPeer: 256,
  maximumQueuedBytesPerPeer: 1024 * 1024,
  refusedFramesBeforeDisconnect: 100,
  refusedFramesForgivenPerSecond: 10,
  maximumBufferedBytesPerConnection: 4 * 1024 * 1024,
  maximumConnections: 2000,
  defaultMaximumConnectionsPerAddress: 50,
  defaultJoinAttemptsPerAddressPerMinute: 100,
  knockRefusalReportBurst: 10,
  knockRefusalReportsPerSecond: 0.5,
  maximumActiveRooms: 10_000,
  maximumRoomTtlSeconds: 30 * 24 * 60 * 60,
  endedRoomMemoryMilliseconds: 24 * 60 * 60 * 1000,
} as const;
