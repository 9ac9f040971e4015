// What GET /api/rooms/<id>/info may reveal: never tokens or participants.
export type RoomDescription =
  | {
      status: 'active';
      hostName: string | null;
      intro: string | null;
      company: string | null;
      interviewTitle: string | null;
      startsAt: string | null;
      photo: string | null;
      expiresAt: string;
    }
  | { status: 'expired' }
  | { status: 'closed' }
  | { status: 'unknown' };
