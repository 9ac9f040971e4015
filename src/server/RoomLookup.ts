import type { Room } from './Room.ts';

// A room this process runs, or what is remembered about one that ended, or nothing at all.
export type RoomLookup =
  { status: 'active'; room: Room } | { status: 'expired' } | { status: 'closed' } | { status: 'unknown' };
