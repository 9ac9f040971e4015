import { createRoomOnServer } from '../../services/calls/createRoomOnServer.ts';
import type { SignalingServerAccess } from '../../services/calls/SignalingServerAccess.ts';
import { webSocketUrlFor } from '../../services/calls/webSocketUrlFor.ts';
import { CallMessageRepository } from '../../storage/repositories/CallMessageRepository.ts';
import { SettingsRepository, settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { ApiFailure } from '../ApiFailure.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

type InterviewFacts = { title: string; candidateName: string };

export function callHandlers(context: HandlerContext): GroupHandlers<'calls'> {
  const { database } = context;
  const settings = new SettingsRepository(database);
  const messages = new CallMessageRepository(database);
  const interviewFacts = database.prepare<[string], InterviewFacts>(
    `SELECT interviews.title AS title, candidates.name AS candidateName
     FROM interviews JOIN candidates ON candidates.id = interviews.candidate_id
     WHERE interviews.id = ? AND interviews.deleted_at IS NULL`,
  );
  const requireInterview = (id: string): InterviewFacts => {
    const facts = interviewFacts.get(id);
    if (!facts) throw new ApiFailure('not_found', 'That interview does not exist (or is in the Trash).');
    return facts;
  };

  /** The server Settings name, or Rapport's own local one when Settings leave it empty. */
  const serverToUse = (): SignalingServerAccess => {
    const url = settings.get(settingKeys.signalingUrl);
    if (url) {
      const key = settings.get(settingKeys.signalingKey);
      if (!key)
        throw new ApiFailure('unavailable', 'Add the signalling server’s key in Settings to start calls.');
      return { url, key };
    }
    if (context.localSignalingServer) return context.localSignalingServer;
    throw new ApiFailure(
      'unavailable',
      'No signalling server is set up. Add one in Settings to start calls.',
    );
  };

  return {
    'calls.createRoom': async ({ interviewId }) => {
      const facts = requireInterview(interviewId);
      const server = serverToUse();
      const recruiterName = settings.get(settingKeys.recruiterName) ?? '';
      const introMessage = settings.get(settingKeys.introMessage) ?? '';
      const room = await createRoomOnServer(server, {
        ...(recruiterName ? { hostName: recruiterName } : {}),
        ...(introMessage ? { intro: introMessage } : {}),
      });
      return {
        ...room,
        signalingUrl: server.url,
        webSocketUrl: webSocketUrlFor(server.url),
        recruiterName,
        introMessage,
        candidateName: facts.candidateName,
        interviewTitle: facts.title,
        relayOnly: settings.get(settingKeys.relayOnly) === 'true',
      };
    },
    'calls.saveChat': ({ interviewId, messages: lines }) => {
      requireInterview(interviewId);
      return messages.save(interviewId, lines);
    },
    'calls.listChat': ({ interviewId }) => {
      requireInterview(interviewId);
      return { messages: messages.forInterview(interviewId) };
    },
  };
}
