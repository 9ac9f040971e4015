import { chooseSignalingServer } from '../../services/calls/chooseSignalingServer.ts';
import { openInterviewRoom } from '../../services/calls/openInterviewRoom.ts';
import { roomIsOpen } from '../../services/calls/roomIsOpen.ts';
import { webSocketUrlFor } from '../../services/calls/webSocketUrlFor.ts';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function callHandlers(context: HandlerContext): GroupHandlers<'calls'> {
  const { settings, callMessages, interviews, schedule, profile } = context.repositories;
  const clock = clockOf(context);

  return {
    'calls.createRoom': async ({ interviewId }) => {
      const facts = schedule.facts(interviewId);
      const server = chooseSignalingServer(settings, context.localSignalingServer);
      const recruiter = profile.get();
      const now = clock();
      // A scheduled interview's invitation already carries a link: use its room while the server still has it.
      const stored = schedule.room(interviewId);
      const reusable = stored !== null && stored.serverUrl === server.url && (await roomIsOpen(stored, now));
      const room = reusable ? stored : await openInterviewRoom(server, facts, recruiter, now);
      if (!reusable && facts.startsAt !== null) schedule.saveRoom(interviewId, room, now.toISOString());
      return {
        roomId: room.roomId,
        hostToken: room.hostToken,
        joinUrl: room.joinUrl,
        expiresAt: room.expiresAt,
        signalingUrl: server.url,
        webSocketUrl: webSocketUrlFor(server.url),
        recruiterName: recruiter.name,
        introMessage: recruiter.intro,
        company: recruiter.company,
        candidateId: facts.candidateId,
        candidateName: facts.candidateName,
        interviewTitle: facts.title,
        startsAt: facts.startsAt,
        linkChanged: stored !== null && !reusable,
        relayOnly: settings.get(settingKeys.relayOnly) === 'true',
      };
    },
    'calls.saveChat': ({ interviewId, messages }) => {
      // Refuses an unknown interview, or one in the Trash, before anything is written.
      interviews.callFacts(interviewId);
      return callMessages.save(interviewId, messages);
    },
    'calls.listChat': ({ interviewId }) => {
      interviews.callFacts(interviewId);
      return { messages: callMessages.forInterview(interviewId) };
    },
  };
}
