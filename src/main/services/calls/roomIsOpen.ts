import type { StoredRoom } from '../../storage/repositories/ScheduleRepository.ts';

const timeoutMilliseconds = 5_000;

/**
 * Whether the signalling server still has a room: rooms live in its memory, so a restart forgets them and the
 * link an invitation carried stops working. Unreachable counts as open: the call attempt itself will say why.
 */
export async function roomIsOpen(room: StoredRoom, now: Date): Promise<boolean> {
  if (Date.parse(room.expiresAt) <= now.getTime()) return false;
  try {
    const response = await fetch(`${room.serverUrl}/api/rooms/${encodeURIComponent(room.roomId)}/info`, {
      signal: AbortSignal.timeout(timeoutMilliseconds),
      redirect: 'error',
    });
    return response.status !== 404 && response.status !== 410;
  } catch {
    return true;
  }
}
