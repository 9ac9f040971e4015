// WebSocket close codes this server uses (docs/signaling.md, "Close codes").
export const closeCodes = {
  // A room decision (unknown, expired, closed, full, denied) or the peer left.
  normal: 1000,
  goingAway: 1001,
  // The client broke the rules.
  policyViolation: 1008,
  // Handling this connection's frame failed unexpectedly; it was closed so nothing else is affected.
  internalError: 1011,
  // The room moved to another server process; resume with peerId and resumeToken on any of them.
  serviceRestart: 1012,
  // The server cannot reach what it needs (Redis) right now.
  tryAgainLater: 1013,
  replaced: 4000,
} as const;
