import { z } from 'zod/mini';
import type { PeerMessage } from './PeerMessage.ts';
import { stripUnsafeCharacters } from './stripUnsafeCharacters.ts';

export const maximumChatLength = 4000;
const maximumNameLength = 80;

const bounded = (maximum: number) => z.string().check(z.maxLength(maximum));
const availability = z.enum(['working', 'blocked', 'missing', 'failed']);
const figure = z.nullable(z.number().check(z.gte(0), z.lte(1_000_000)));

// What may arrive at all: types, and sizes before cleaning (a peer cannot make us clean megabytes).
const wireSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chat'),
    id: bounded(100),
    text: bounded(maximumChatLength * 2),
    sentAt: bounded(64),
    name: bounded(maximumNameLength * 4),
  }),
  z.object({ type: z.literal('mute-state'), muted: z.boolean() }),
  z.object({ type: z.literal('camera-state'), off: z.boolean() }),
  z.object({ type: z.literal('screen-share'), sharing: z.boolean() }),
  z.object({
    type: z.literal('device-state'),
    camera: availability,
    microphone: availability,
  }),
  z.object({
    type: z.literal('quality'),
    report: z.object({
      level: z.enum(['good', 'fair', 'poor']),
      roundTripMilliseconds: figure,
      lossPercent: figure,
      jitterMilliseconds: figure,
      bitrateKilobits: figure,
      framesPerSecond: figure,
    }),
  }),
  z.object({
    type: z.literal('signal'),
    data: z.object({
      session: bounded(128),
      signal: z.optional(z.unknown()),
      control: z.optional(z.enum(['restart', 'ice-restart', 'bye'])),
    }),
  }),
  z.object({ type: z.literal('recording-request') }),
  z.object({ type: z.literal('recording-consent'), accepted: z.boolean() }),
  z.object({ type: z.literal('recording-state'), recording: z.boolean() }),
  z.object({ type: z.literal('bye') }),
]);

/**
 * Anything that came off the data channel is untrusted: returns the message checked and normalised (names and
 * text cleaned and cut to size, the date made ISO 8601), or null when it cannot be made sound (no text left, an
 * unknown type, a wrong field type). A date that does not parse becomes the time it arrived.
 */
export function parsePeerMessage(value: unknown, now: () => Date = () => new Date()): PeerMessage | null {
  const parsed = wireSchema.safeParse(value);
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.type !== 'chat') return message as PeerMessage;
  const id = stripUnsafeCharacters(message.id).trim();
  const text = stripUnsafeCharacters(message.text, true).trim().slice(0, maximumChatLength).trim();
  if (!id || !text) return null;
  const sent = Date.parse(message.sentAt);
  return {
    type: 'chat',
    id,
    text,
    name: stripUnsafeCharacters(message.name).trim().slice(0, maximumNameLength).trim(),
    sentAt: Number.isFinite(sent) ? new Date(sent).toISOString() : now().toISOString(),
  };
}
