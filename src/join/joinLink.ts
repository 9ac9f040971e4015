/** What the join link carries: the room from the path, the guest token from the #fragment (never sent to a server). */
export type JoinLink = { roomId: string; token: string };

export function parseJoinLink(pathname: string, hash: string): JoinLink | null {
  const roomId = /^\/join\/([A-Za-z0-9_-]{1,128})\/?$/.exec(pathname)?.[1];
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  if (!roomId || !token) return null;
  return { roomId, token };
}
