// The POST /api/rooms answer, less the join link, which depends on how the request reached us.
export interface CreatedRoom {
  roomId: string;
  hostToken: string;
  guestToken: string;
  expiresAt: string;
}
