import { randomBytes } from 'node:crypto';

// 16 bytes = 128 bits, enough that ids and tokens cannot be guessed or enumerated.
export function createRandomIdentifier(byteCount = 16): string {
  return randomBytes(byteCount).toString('base64url');
}
