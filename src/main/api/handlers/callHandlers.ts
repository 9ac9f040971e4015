import { createRoomOnServer } from '../../services/calls/createRoomOnServer.ts';
import type { SignalingServerAccess } from '../../services/calls/SignalingServerAccess.ts';
import { webSocketUrlFor } from '../../services/calls/webSocketUrlFor.ts';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { ApiFailure } from '../ApiFailure.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function callHandlers(context: HandlerContext): GroupHandlers<'calls'> {
  const { settings, callMessages, interviews } = context.repositories;

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
      const facts = interviews.callFacts(interviewId);
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
