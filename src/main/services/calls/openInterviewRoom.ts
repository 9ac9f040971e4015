import type { RecruiterProfile } from '../../../shared/schemas/recruiterProfile.ts';
import type { ScheduleFacts, StoredRoom } from '../../storage/repositories/ScheduleRepository.ts';
import { createRoomOnServer } from './createRoomOnServer.ts';
import type { SignalingServerAccess } from './SignalingServerAccess.ts';

const graceAfterEndSeconds = 2 * 60 * 60;
const maximumTtlSeconds = 30 * 24 * 60 * 60;

/**
 * Opens a room for an interview with everything the join page shows: the recruiter's name, company, intro and
 * photo, the interview's title and time. A scheduled interview's room lasts until two hours after its end.
 */
export async function openInterviewRoom(
  server: SignalingServerAccess,
  facts: Pick<ScheduleFacts, 'title' | 'startsAt' | 'durationMinutes'>,
  profile: RecruiterProfile,
  now: Date,
): Promise<StoredRoom> {
  const endsAt =
    facts.startsAt === null ? null : Date.parse(facts.startsAt) + (facts.durationMinutes ?? 60) * 60_000;
  const ttlSeconds =
    endsAt === null
      ? undefined
      : Math.min(
          maximumTtlSeconds,
          Math.max(3600, Math.ceil((endsAt - now.getTime()) / 1000) + graceAfterEndSeconds),
        );
  const room = await createRoomOnServer(server, {
    ...(profile.name ? { hostName: profile.name } : {}),
    ...(profile.intro ? { intro: profile.intro } : {}),
    ...(profile.company ? { company: profile.company } : {}),
    ...(profile.photo ? { photo: profile.photo } : {}),
    interviewTitle: facts.title,
    ...(facts.startsAt ? { startsAt: facts.startsAt } : {}),
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  });
  return {
    serverUrl: server.url,
    roomId: room.roomId,
    hostToken: room.hostToken,
    joinUrl: room.joinUrl,
    expiresAt: room.expiresAt,
  };
}
