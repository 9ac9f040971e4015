import { z } from 'zod';

/** Settings as the renderer sees them. The signalling server's key is never sent back, only whether one is set. */
export const appSettings = z.object({
  /** The signalling server to create rooms on; null means the one Rapport runs itself on this computer. */
  signalingUrl: z.string().nullable(),
  hasSignalingKey: z.boolean(),
  /** Whether Rapport's own local server is running (and so whether leaving signalingUrl empty works). */
  localServerAvailable: z.boolean(),
  /** How the recruiter introduces themselves to candidates on the join page and in invitations. */
  recruiterName: z.string(),
  introMessage: z.string(),
  /** Send all call media through the TURN server, so neither side learns the other's IP address. */
  relayOnly: z.boolean(),
});

export type AppSettings = z.infer<typeof appSettings>;
