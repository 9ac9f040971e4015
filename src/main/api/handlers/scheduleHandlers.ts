import { chooseSignalingServer } from '../../services/calls/chooseSignalingServer.ts';
import { openInterviewRoom } from '../../services/calls/openInterviewRoom.ts';
import { buildInvitation } from '../../services/invitations/buildInvitation.ts';
import type { ScheduleFacts } from '../../storage/repositories/ScheduleRepository.ts';
import { ApiFailure } from '../ApiFailure.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

const latestStartDays = 28;

export function scheduleHandlers(context: HandlerContext): GroupHandlers<'schedule'> {
  const { schedule, interviews, profile, settings } = context.repositories;
  const clock = clockOf(context);

  function assertTime(startsAt: string, now: Date): string {
    const start = Date.parse(startsAt);
    if (start < now.getTime() - 60_000) {
      throw new ApiFailure('invalid_input', 'That time has passed.', [
        { path: 'startsAt', message: 'Pick a time that has not passed' },
      ]);
    }
    if (start > now.getTime() + latestStartDays * 86_400_000) {
      // Call rooms live at most 30 days on the signalling server, and the invitation carries the room's link.
      throw new ApiFailure('invalid_input', `Schedule within the next ${latestStartDays} days.`, [
        { path: 'startsAt', message: `Pick a time in the next ${latestStartDays} days` },
      ]);
    }
    return new Date(start).toISOString();
  }

  /** The room the invitation links to: kept while it lasts past the interview, otherwise a new one. */
  async function linkFor(
    facts: ScheduleFacts,
    now: Date,
  ): Promise<{ joinUrl: string | null; problem: string | null }> {
    if (facts.cancelledAt !== null || facts.startsAt === null) return { joinUrl: null, problem: null };
    const stored = schedule.room(facts.interviewId);
    const endsAt = Date.parse(facts.startsAt) + (facts.durationMinutes ?? 60) * 60_000;
    if (stored && Date.parse(stored.expiresAt) > endsAt) return { joinUrl: stored.joinUrl, problem: null };
    try {
      const server = chooseSignalingServer(settings, context.localSignalingServer);
      const room = await openInterviewRoom(server, facts, profile.get(), now);
      schedule.saveRoom(facts.interviewId, room, now.toISOString());
      return { joinUrl: room.joinUrl, problem: null };
    } catch (error) {
      // Scheduling still counts: the invitation says the link follows, and "Start call" opens a room later.
      return {
        joinUrl: null,
        problem: error instanceof Error ? error.message : 'The call room could not be opened.',
      };
    }
  }

  async function answer(interviewId: string, now: Date) {
    const facts = schedule.facts(interviewId);
    const link = await linkFor(facts, now);
    return {
      interview: interviews.get(interviewId),
      invitation: buildInvitation(schedule.facts(interviewId), profile.get(), link, now),
    };
  }

  return {
    'schedule.create': async (input) => {
      const now = clock();
      const startsAt = assertTime(input.startsAt, now);
      const created = interviews.create(
        { candidateId: input.candidateId, title: input.title, kitId: input.kitId, scheduledAt: null },
        now.toISOString(),
      );
      schedule.setTime(
        created.id,
        { startsAt, durationMinutes: input.durationMinutes, timeZone: input.timeZone },
        now.toISOString(),
      );
      return answer(created.id, now);
    },
    'schedule.move': async (input) => {
      const now = clock();
      const startsAt = assertTime(input.startsAt, now);
      schedule.setTime(
        input.interviewId,
        { startsAt, durationMinutes: input.durationMinutes, timeZone: input.timeZone },
        now.toISOString(),
      );
      return answer(input.interviewId, now);
    },
    'schedule.cancel': async ({ interviewId }) => {
      const now = clock();
      schedule.cancel(interviewId, now.toISOString());
      return answer(interviewId, now);
    },
    'schedule.invitation': async ({ interviewId }) => {
      const now = clock();
      const facts = schedule.facts(interviewId);
      if (facts.startsAt === null)
        throw new ApiFailure('conflict', 'This interview has no time yet: schedule it first.');
      return (await answer(interviewId, now)).invitation;
    },
  };
}
