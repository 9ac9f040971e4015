// Every limit in one place so the code, the tests and docs/signaling.md agree on the numbers.
export const signalingLimits = {
  maximumFrameBytes: 64 * 1024,
  maximumRequestBodyBytes: 16 * 1024,
  maximumAdmittedPeers: 4,
  maximumWaitingGuests: 16,
  maximumQueuedMessagesPerPeer: 256,
  maximumQueuedBytesPerPeer: 1024 * 1024,
  messagesPerSecond: 50,
  messageBurst: 100,
  refusedFramesBeforeDisconnect: 100,
  refusedFramesForgivenPerSecond: 10,
  maximumBufferedBytesPerConnection: 4 * 1024 * 1024,
  maximumConnections: 2000,
  maximumActiveRooms: 10_000,
  maximumRoomTtlSeconds: 30 * 24 * 60 * 60,
  joinTimeoutMilliseconds: 10_000,
  expiredRoomMemoryMilliseconds: 24 * 60 * 60 * 1000,
} as const;
