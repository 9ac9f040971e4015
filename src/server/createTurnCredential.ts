import { createHmac } from 'node:crypto';

// coturn's `use-auth-secret` (TURN REST API) accepts username "<unix expiry>:<label>" with password
// base64(HMAC-SHA1(secret, username)), so the secret never leaves the server and credentials expire by themselves.
export function createTurnCredential(
  secret: string,
  expiresAtSeconds: number,
): { username: string; credential: string } {
  const username = `${expiresAtSeconds}:rapport`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}
