import { z } from 'zod/mini';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';
import { stripInvisibleCharacters } from './stripInvisibleCharacters.ts';

// Cleaned and trimmed before the length check, so a name of only spaces or invisible characters is refused
// rather than shown blank in the lobby.
export const peerNameSchema = z
  .string()
  .check(
    z.overwrite(stripInvisibleCharacters),
    z.trim(),
    z.minLength(1),
    z.maxLength(signalingProtocolLimits.maximumNameLength),
  );
