// What a client must respect on the wire (docs/signaling.md); shared so schemas, server and clients agree.
export const signalingProtocolLimits = {
  maximumFrameBytes: 64 * 1024,
  maximumIdentifierLength: 128,
  maximumTokenLength: 256,
  maximumNameLength: 80,
  messagesPerSecond: 50,
  messageBurst: 100,
  joinTimeoutMilliseconds: 10_000,
  // Far above any SDP or ICE payload; deeper JSON is refused before anything walks it recursively.
  maximumNestingDepth: 32,
} as const;
