import { z } from 'zod/mini';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';

// Trimmed before the length check, so a name of only spaces is refused rather than shown blank in the lobby.
export const peerNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(signalingProtocolLimits.maximumNameLength));
