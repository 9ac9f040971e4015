import type { ServerFrame } from './ServerFrame.ts';
import { serverFrameSchema } from './serverFrameSchema.ts';

// Clients ignore what they cannot read (docs/signaling.md), so a bad frame is null here, never an exception.
export function parseServerFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  const result = serverFrameSchema.safeParse(value);
  return result.success ? result.data : null;
}
