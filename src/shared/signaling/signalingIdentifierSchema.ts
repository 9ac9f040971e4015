import { z } from 'zod/mini';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';

// Room ids, peer ids, resume tokens and addressees all share one length rule on the wire.
export const signalingIdentifierSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(signalingProtocolLimits.maximumIdentifierLength));
