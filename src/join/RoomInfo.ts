export type RoomInfo = {
  hostName: string | null;
  intro: string | null;
  company: string | null;
  interviewTitle: string | null;
  /** When the interview starts (ISO), for a scheduled one. */
  startsAt: string | null;
  /** The recruiter's photo as a JPEG data: URL. */
  photo: string | null;
  expiresAt: string;
};

export type RoomInfoResult =
  { status: 'ok'; info: RoomInfo } | { status: 'unknown' | 'expired' | 'closed' | 'unreachable' };

/** A dead link must be said within 2 s: a server that has not answered by then counts as unreachable. */
const answerWithinMilliseconds = 1800;

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** GET /api/rooms/<id>/info on the server that served this page: who invited the candidate, and until when. */
export async function fetchRoomInfo(roomId: string): Promise<RoomInfoResult> {
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/info`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(answerWithinMilliseconds),
    });
  } catch {
    return { status: 'unreachable' };
  }
  if (response.status === 404) return { status: 'unknown' };
  if (response.status === 410) {
    // 410 says the room is over; its body says whether it expired or its host closed it.
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    return { status: body.error === 'room_closed' ? 'closed' : 'expired' };
  }
  if (!response.ok) return { status: 'unreachable' };
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const startsAt = text(body.startsAt);
    const photo = text(body.photo);
    return {
      status: 'ok',
      info: {
        hostName: text(body.hostName),
        intro: text(body.intro),
        company: text(body.company),
        interviewTitle: text(body.interviewTitle),
        startsAt: startsAt !== null && !Number.isNaN(Date.parse(startsAt)) ? startsAt : null,
        // Only an image the page itself can show inline; anything else would be a request to somewhere else.
        photo: photo !== null && photo.startsWith('data:image/jpeg;base64,') ? photo : null,
        expiresAt: typeof body.expiresAt === 'string' ? body.expiresAt : '',
      },
    };
  } catch {
    return { status: 'unreachable' };
  }
}
