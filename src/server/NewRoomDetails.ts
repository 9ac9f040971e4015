// What POST /api/rooms may set; everything else about a room is generated.
export interface NewRoomDetails {
  hostName: string | null;
  intro: string | null;
  company?: string | null;
  interviewTitle?: string | null;
  /** ISO time of the interview, shown on the join page in the candidate's own zone. */
  startsAt?: string | null;
  /** A small JPEG data URL (createRoomRequestSchema bounds it). */
  photo?: string | null;
  ttlSeconds: number;
}
