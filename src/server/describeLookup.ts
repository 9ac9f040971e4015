import type { RoomDescription } from './RoomDescription.ts';
import type { RoomLookup } from './RoomLookup.ts';

export function describeLookup(lookup: RoomLookup): RoomDescription {
  if (lookup.status !== 'active') return { status: lookup.status };
  const { room } = lookup;
  return {
    status: 'active',
    hostName: room.hostName,
    intro: room.intro,
    company: room.company,
    interviewTitle: room.interviewTitle,
    startsAt: room.startsAt,
    photo: room.photo,
    expiresAt: room.expiresAt,
  };
}
