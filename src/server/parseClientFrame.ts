import { locales } from 'zod/mini';
import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';
import { clientFrameSchema } from '../shared/signaling/clientFrameSchema.ts';
import { jsonTextNestsDeeperThan } from '../shared/signaling/jsonTextNestsDeeperThan.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';

type ParsedClientFrame = { frame: ClientFrame } | { problem: string; namedType: ClientFrame['type'] | null };

// The shared schemas use zod/mini, which loads no messages; error frames should still say what was wrong.
const englishIssues = { error: locales.en().localeError };
const frameTypes = new Set<unknown>(
  clientFrameSchema.def.options.flatMap((option) => option.shape.type.def.values),
);

// Text to a protocol frame, or why not. Nesting is bounded on the text, before JSON.parse: a 64 KiB frame can nest
// 30,000 levels, which costs the parser ~25 ms and overflows JSON.stringify's stack when relayed.
export function parseClientFrame(text: string): ParsedClientFrame {
  if (jsonTextNestsDeeperThan(text, signalingProtocolLimits.maximumNestingDepth)) {
    return {
      problem: `The frame nests deeper than ${signalingProtocolLimits.maximumNestingDepth} levels.`,
      namedType: null,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { problem: 'The frame is not valid JSON text.', namedType: null };
  }
  // A frame of a known type but bad fields is still that kind of frame, which decides how it is refused.
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const namedType = frameTypes.has(type) ? (type as ClientFrame['type']) : null;
  const parsed = clientFrameSchema.safeParse(value, englishIssues);
  if (parsed.success) return { frame: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue !== undefined && issue.path.length > 0 ? issue.path.map(String).join('.') : 'frame';
  return { problem: `${where}: ${issue?.message ?? 'does not match the protocol'}`.slice(0, 200), namedType };
}
