import { z } from 'zod/mini';

// RTCIceServer as the server sends it (urls always a list), so clients pass it straight to RTCPeerConnection.
export const iceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.optional(z.string()),
  credential: z.optional(z.string()),
});
