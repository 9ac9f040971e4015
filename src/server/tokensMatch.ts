import { createHash, timingSafeEqual } from 'node:crypto';

// Hashing first gives equal-length buffers, so the comparison is constant-time whatever the candidate's length.
export function tokensMatch(candidate: string, expected: string): boolean {
  const candidateDigest = createHash('sha256').update(candidate).digest();
  const expectedDigest = createHash('sha256').update(expected).digest();
  return timingSafeEqual(candidateDigest, expectedDigest);
}
