export type RoomInfo = { hostName: string | null; intro: string | null; expiresAt: string };

export type RoomInfoResult =
  { status: 'ok'; info: RoomInfo } | { status: 'unknown' | 'expired' | 'unreachable' };

/** GET /api/rooms/<id>/info on the server that served this page: who invited the candidate, and until when. */
export async function fetchRoomInfo(roomId: string): Promise<RoomInfoResult> {
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/info`, { cache: 'no-store' });
  } catch {
    return { status: 'unreachable' };
  }
  if (response.status === 404) return { status: 'unknown' };
  if (response.status === 410) return { status: 'expired' };
  if (!response.ok) return { status: 'unreachable' };
  try {
    const body = (await response.json()) as Partial<RoomInfo>;
    return {
      status: 'ok',
      info: {
        hostName: typeof body.hostName === 'string' ? body.hostName : null,
        intro: typeof body.intro === 'string' ? body.intro : null,
        expiresAt: typeof body.expiresAt === 'string' ? body.expiresAt : '',
      },
    };
  } catch {
    return { status: 'unreachable' };
  }
}
