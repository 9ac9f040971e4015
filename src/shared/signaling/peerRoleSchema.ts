import { z } from 'zod/mini';

// Hosts hold the host token and run the interview; guests hold the guest token and wait in the lobby until admitted.
export const peerRoleSchema = z.enum(['host', 'guest']);
