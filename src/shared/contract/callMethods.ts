import { z } from 'zod';
import { callMessage } from '../schemas/callMessage.ts';
import { entityId } from '../schemas/entityId.ts';
import { isoDateTime } from '../schemas/isoDateTime.ts';
import { defineMethod } from './defineMethod.ts';

export const callMethods = {
  createRoom: defineMethod({
    description:
      'Open a call room for an interview on the configured signalling server (or the built-in one). The server key stays in the main process.',
    input: z.strictObject({ interviewId: entityId }),
    output: z.object({
      roomId: z.string(),
      hostToken: z.string(),
      /** The candidate's link: the guest token travels in its #fragment, never to a server log. */
      joinUrl: z.string(),
      expiresAt: isoDateTime,
      /** The server's http(s) base address, and its WebSocket endpoint. */
      signalingUrl: z.string(),
      webSocketUrl: z.string(),
      recruiterName: z.string(),
      introMessage: z.string(),
      candidateId: z.string(),
      candidateName: z.string(),
      interviewTitle: z.string(),
      company: z.string(),
      /** When a scheduled interview starts; null for a call started at once. */
      startsAt: isoDateTime.nullable(),
      /** The link the invitation carried no longer works (the server forgot the room): send this one instead. */
      linkChanged: z.boolean(),
      relayOnly: z.boolean(),
    }),
  }),
  saveChat: defineMethod({
    description: 'Keep a call’s chat with its interview. Lines already saved (same id) are not duplicated.',
    input: z.strictObject({ interviewId: entityId, messages: z.array(callMessage).max(5000) }),
    output: z.object({ saved: z.number().int(), total: z.number().int() }),
  }),
  listChat: defineMethod({
    description: 'The chat kept with an interview, oldest first.',
    input: z.strictObject({ interviewId: entityId }),
    output: z.object({ messages: z.array(callMessage.extend({ text: z.string(), sentAt: isoDateTime })) }),
  }),
};
