/** An offer or answer, or one trickled ICE candidate, as they travel between the two sides. */
export type PeerSignal =
  | { kind: 'description'; description: RTCSessionDescriptionInit & { type: 'offer' | 'answer' } }
  | { kind: 'candidate'; candidate: RTCIceCandidateInit };

const maximumSdpLength = 60_000;
const maximumCandidateLength = 1_000;

/** Checks what the other side sent before WebRTC sees it; anything else is null and ignored. */
export function parseSignal(value: unknown): PeerSignal | null {
  if (!value || typeof value !== 'object') return null;
  const data = value as Record<string, unknown>;
  if ((data.type === 'offer' || data.type === 'answer') && typeof data.sdp === 'string') {
    if (data.sdp.length > maximumSdpLength) return null;
    return { kind: 'description', description: { type: data.type, sdp: data.sdp } };
  }
  const candidate = data.candidate;
  if (!candidate || typeof candidate !== 'object') return null;
  const fields = candidate as Record<string, unknown>;
  if (typeof fields.candidate !== 'string' || fields.candidate.length > maximumCandidateLength) return null;
  const sdpMid = typeof fields.sdpMid === 'string' && fields.sdpMid.length <= 32 ? fields.sdpMid : null;
  const sdpMLineIndex =
    Number.isInteger(fields.sdpMLineIndex) && (fields.sdpMLineIndex as number) >= 0
      ? (fields.sdpMLineIndex as number)
      : null;
  if (sdpMid === null && sdpMLineIndex === null) return null;
  return {
    kind: 'candidate',
    candidate: {
      candidate: fields.candidate,
      sdpMid,
      sdpMLineIndex,
      ...(typeof fields.usernameFragment === 'string' && fields.usernameFragment.length <= 256
        ? { usernameFragment: fields.usernameFragment }
        : {}),
    },
  };
}
